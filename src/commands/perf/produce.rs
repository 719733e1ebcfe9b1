use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use anyhow::{bail, Context as _, Result};
use clap::Args;
use serde::Serialize;

use super::payload::{Keys, Payloads};
use super::stats::{Latencies, LatencySummary, Rate, Ticker};
use super::{Amount, Load};
use crate::commands::args::producer::ProducerFlags;
use crate::commands::completions::live;
use crate::context::Context;
use crate::error::{Interrupted, PartialFailure};
use crate::io::output::{self, OutputFormat};
use crate::io::signals;
use crate::kafka::{OnDelivery, OutRecord, Producer, SentRecord};
use crate::model::record::Record;

/// Load-test producing: send records as fast as the cluster takes them (or at
/// --throughput), and report records/s, MB/s and the latency from send to
/// acknowledgement (avg, max, p50, p95, p99, p99.9), as kafka-producer-perf-test.sh does.
///
/// Records are --record-size bytes of random letters (one payload, sent again and again)
/// or the lines of --payload-file taken in turn; --key-cardinality K gives them K distinct
/// keys. A progress line goes to stderr every --interval (every 5s on a terminal). The
/// summary goes to stdout; --output json gives {"sent", "failed", "records" (delivered),
/// "bytes", "seconds", "records_per_sec", "mb_per_sec", "latency_ms": {"avg", "min",
/// "p50", "p95", "p99", "p99.9", "max"}}. Exit status 3 if any record was not delivered.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  kfk perf produce -t bench --num-records 1000000 --record-size 100
  kfk perf produce -t bench --duration 1m --throughput 200000 --acks all
  kfk perf produce -t bench -n 100000 --payload-file samples.txt --key-cardinality 1000
  kfk perf produce -t bench -n 500000 --transactional-id perf --txn-size 1000 --output json")]
pub struct PerfProduceArgs {
    /// Topic to write to
    #[arg(short = 't', long, add = live::topics())]
    pub topic: String,

    #[command(flatten)]
    pub load: Load,

    /// Size of each record's value in bytes
    #[arg(
        long,
        value_name = "BYTES",
        default_value_t = 100,
        conflicts_with = "payload_file"
    )]
    pub record_size: usize,

    /// Values to send, one per line, taken in turn
    #[arg(long, value_name = "FILE")]
    pub payload_file: Option<PathBuf>,

    /// Give records keys, this many distinct ones [default: no keys]
    #[arg(long, value_name = "K", value_parser = clap::value_parser!(u64).range(1..))]
    pub key_cardinality: Option<u64>,

    #[command(flatten)]
    pub producer: ProducerFlags,
}

/// The summary, for --output json.
#[derive(Serialize)]
struct Summary {
    sent: u64,
    failed: u64,
    #[serde(flatten)]
    rate: Rate,
    latency_ms: LatencySummary,
}

pub async fn run(ctx: &Context, args: PerfProduceArgs) -> Result<()> {
    let payloads = Payloads::new(args.payload_file.as_deref(), args.record_size)?;
    let options = args.producer.options();
    let tracker = Arc::new(LoadTracker::new());
    let (producer, cluster) = match ctx
        .kafka
        .connected_producer(&options, &args.topic, Some(tracker.on_delivery()))
        .await
    {
        Ok(connected) => connected,
        Err(err) => return Err(ctx.kafka.why_missing(err, None).await),
    };
    cluster.topic(&args.topic)?;
    let stop = signals::stop_flag(Some(
        "kfk perf: stopping; waiting for records in flight (Ctrl-C again to quit now)",
    ));
    let timeout = ctx.timeout();
    let (summary, interrupted) = tokio::task::spawn_blocking(move || {
        produce(&producer, &tracker, &args, payloads, &stop, timeout)
    })
    .await
    .context("the producer thread panicked")??;
    match ctx.output {
        OutputFormat::Json | OutputFormat::Yaml | OutputFormat::Csv => {
            output::print_data(ctx.output, &summary)?
        }
        OutputFormat::Table => output::print_line(&format!(
            "{}, {}.",
            summary.rate.sentence("sent"),
            summary.latency_ms.sentence()
        ))?,
    }
    if interrupted {
        return Err(Interrupted.into());
    }
    if summary.failed > 0 {
        bail!(PartialFailure(format!(
            "{} of {} {} not delivered",
            summary.failed,
            crate::io::output::count(summary.sent, "record"),
            crate::io::output::was(summary.failed)
        )));
    }
    Ok(())
}

/// The sending loop, on a thread of its own; says whether it was interrupted.
fn produce(
    producer: &Producer,
    tracker: &LoadTracker,
    args: &PerfProduceArgs,
    mut payloads: Payloads,
    stop: &AtomicBool,
    timeout: Duration,
) -> Result<(Summary, bool)> {
    let mut keys = Keys::new(args.key_cardinality);
    let fill = |i: u64, key: &mut Vec<u8>, value: &mut Vec<u8>| {
        value.clear();
        value.extend_from_slice(payloads.next());
        keys.next(i, key)
    };
    let sent = send_load(
        producer,
        tracker,
        &args.topic,
        &args.load,
        &args.producer,
        stop,
        timeout,
        fill,
    )?;
    let tally = tracker.tally();
    let summary = Summary {
        sent: sent.records,
        failed: sent.failed(&tally),
        rate: Rate::new(tally.delivered, tally.bytes, sent.elapsed),
        latency_ms: tally.latencies.summary(),
    };
    Ok((summary, stop.load(Ordering::Relaxed)))
}

/// What a sending loop did.
pub(super) struct Sent {
    pub records: u64,
    /// Records of transactions that failed to commit.
    pub aborted: u64,
    /// From the first send to the last delivery report.
    pub elapsed: Duration,
}

impl Sent {
    /// Records not delivered: refused, failed, aborted, or never reported.
    pub fn failed(&self, tally: &Tally) -> u64 {
        let unreported = self.records.saturating_sub(tally.delivered + tally.failed);
        tally.failed + unreported + self.aborted
    }
}

/// Sends records until `load` is reached or `stop` is set, at most at its throughput;
/// `fill(i, key, value)` writes record i (the key only if it returns true). Waits for
/// every delivery report before it returns.
#[allow(clippy::too_many_arguments)]
pub(super) fn send_load(
    producer: &Producer,
    tracker: &LoadTracker,
    topic: &str,
    load: &Load,
    flags: &ProducerFlags,
    stop: &AtomicBool,
    timeout: Duration,
    fill: impl FnMut(u64, &mut Vec<u8>, &mut Vec<u8>) -> bool,
) -> Result<Sent> {
    let amount = load.amount()?;
    let sending = AtomicBool::new(true);
    std::thread::scope(|scope| {
        // Delivery reports are served as they come, on a thread of their own, so that a
        // report's time is its latency and the sender can sleep between records.
        scope.spawn(|| {
            while sending.load(Ordering::Relaxed) {
                producer.serve_for(Duration::from_millis(100));
            }
        });
        let sent = send_records(
            producer, tracker, topic, load, amount, flags, stop, timeout, fill,
        );
        sending.store(false, Ordering::Relaxed);
        sent
    })
}

#[allow(clippy::too_many_arguments)]
fn send_records(
    producer: &Producer,
    tracker: &LoadTracker,
    topic: &str,
    load: &Load,
    amount: Amount,
    flags: &ProducerFlags,
    stop: &AtomicBool,
    timeout: Duration,
    mut fill: impl FnMut(u64, &mut Vec<u8>, &mut Vec<u8>) -> bool,
) -> Result<Sent> {
    let transactional = flags.transactional_id.is_some();
    if transactional {
        producer.init_transactions(timeout)?;
        producer.begin_transaction()?;
    }
    let mut ticker = Ticker::new(load.interval, load.quiet);
    let started = ticker.started();
    let origin = tracker.origin;
    let handle = producer.topic(topic);
    let (mut key, mut value) = (Vec::new(), Vec::new());
    let mut sent: u64 = 0;
    let mut in_transaction: u64 = 0;
    let mut aborted: u64 = 0;
    while !stop.load(Ordering::Relaxed) && !amount.reached(sent, started) {
        if let Some(rate) = load.throughput {
            // Record i leaves no earlier than i / rate seconds after the start.
            let due = started + Duration::from_secs_f64(sent as f64 / rate as f64);
            std::thread::sleep(due.saturating_duration_since(Instant::now()));
        }
        let keyed = fill(sent, &mut key, &mut value);
        let sent_at = origin.elapsed().as_micros() as usize;
        let record = OutRecord {
            key: keyed.then_some(key.as_slice()),
            value: Some(&value),
            opaque: sent_at,
            ..OutRecord::default()
        };
        if let Err(err) = producer.send(&handle, record) {
            tracker.refused(&err.to_string());
        }
        sent += 1;
        in_transaction += 1;
        if transactional && flags.txn_size.is_some_and(|n| in_transaction >= n) {
            aborted += commit(producer, in_transaction, flags.message_timeout);
            producer.begin_transaction()?;
            in_transaction = 0;
        }
        // Reading the clock for every record would cost more than the check is worth.
        if sent.is_multiple_of(256) {
            if let Some(window) = ticker.due(Instant::now()) {
                tracker.progress(window);
            }
        }
    }
    if transactional {
        aborted += commit(producer, in_transaction, flags.message_timeout);
    }
    producer.drain(flags.message_timeout + Duration::from_secs(1));
    Ok(Sent {
        records: sent,
        aborted,
        elapsed: started.elapsed(),
    })
}

/// Commits the open transaction; returns how many records it aborted instead.
fn commit(producer: &Producer, records: u64, timeout: Duration) -> u64 {
    match producer.commit_or_abort(timeout) {
        Ok(()) => 0,
        Err(err) => {
            output::warn(&format!("a transaction of {records} records failed: {err}"));
            records
        }
    }
}

/// What the delivery reports feed: latencies from each record's send time (its opaque,
/// µs since `origin`) to its delivery report, and the counts.
pub(super) struct LoadTracker {
    origin: Instant,
    state: Mutex<Tally>,
}

#[derive(Default)]
pub(super) struct Tally {
    pub delivered: u64,
    pub failed: u64,
    bytes: u64,
    pub latencies: Latencies,
    window: Latencies,
    window_records: u64,
    window_bytes: u64,
}

/// Failed records shown one by one on stderr before only being counted.
const MAX_ERRORS_SHOWN: u64 = 10;

impl LoadTracker {
    pub fn new() -> LoadTracker {
        LoadTracker {
            origin: Instant::now(),
            state: Mutex::new(Tally::default()),
        }
    }

    pub fn tally(&self) -> MutexGuard<'_, Tally> {
        self.state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn refused(&self, reason: &str) {
        let mut tally = self.tally();
        tally.failed += 1;
        if tally.failed <= MAX_ERRORS_SHOWN {
            output::warn(&format!("a record was not sent: {reason}"));
        }
    }

    /// The progress line of the last `window`.
    fn progress(&self, window: Duration) {
        let mut tally = self.tally();
        let rate = Rate::new(tally.window_records, tally.window_bytes, window);
        let latency = tally.window.summary();
        eprintln!(
            "{}, {:.2} ms avg latency, {:.2} ms max latency.",
            rate.sentence("sent"),
            latency.avg,
            latency.max
        );
        tally.window.reset();
        tally.window_records = 0;
        tally.window_bytes = 0;
    }
}

impl LoadTracker {
    /// The producer's delivery hook, feeding this tracker.
    pub fn on_delivery(self: &Arc<Self>) -> OnDelivery {
        let tracker = self.clone();
        Box::new(move |sent_at, record, result| tracker.delivery(sent_at, record, result))
    }

    fn delivery(&self, sent_at: usize, record: &SentRecord<'_>, result: Result<(), String>) {
        let latency = self
            .origin
            .elapsed()
            .saturating_sub(Duration::from_micros(sent_at as u64));
        let mut tally = self.tally();
        match result {
            Ok(()) => {
                let bytes = (record.value().map_or(0, <[u8]>::len)
                    + record.key().map_or(0, <[u8]>::len)) as u64;
                tally.delivered += 1;
                tally.bytes += bytes;
                tally.latencies.record(latency);
                tally.window.record(latency);
                tally.window_records += 1;
                tally.window_bytes += bytes;
            }
            Err(err) => {
                tally.failed += 1;
                if tally.failed <= MAX_ERRORS_SHOWN {
                    output::warn(&format!("a record was not delivered: {err}"));
                }
            }
        }
    }
}
