use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use anyhow::{bail, Context as _, Result};
use clap::Args;

use crate::commands::args::choices;
use serde::Serialize;

use super::consume::{reader, PerfReader};
use super::payload::random_letters;
use super::produce::{send_load, LoadTracker};
use super::stats::{Latencies, LatencySummary, Rate, Ticker};
use super::{log_ends, Load};
use crate::commands::args::duration::{between, DAY, MS};
use crate::commands::args::producer::ProducerFlags;
use crate::commands::completions::live;
use crate::context::Context;
use crate::error::{Interrupted, PartialFailure};
use crate::io::output::{self, OutputFormat};
use crate::io::signals;
use crate::kafka::options::{GroupProtocol, Isolation};
use crate::kafka::Producer;
use crate::model::position::Offset;
use crate::model::record::Record;

/// End-to-end latency: produce records stamped with their send time, read them back, and
/// report the time from send to receipt (avg, max, p50, p95, p99, p99.9), beside the
/// producer's acknowledgement latency, as Kafka's end-to-end latency tool does.
///
/// Run it at a --throughput the cluster can sustain, or queueing will dominate. Records
/// are read from each partition's end as it was at the start, alone or through --group,
/// by a reader whose fetches the broker answers at once; --linger is 0 unless given.
/// With --isolation read_committed the producer writes transactions of --txn-size records
/// (100 unless given; under --transactional-id, else kfk-perf-e2e-PID), so the latency
/// includes the commits. A record not received within --idle-timeout of the last one sent
/// is lost: exit status 3, as for records not delivered. --output json gives {"sent",
/// "failed", "received", "lost", "records" (delivered), "bytes", "seconds",
/// "records_per_sec", "mb_per_sec", "latency_ms": {...}, "ack_latency_ms": {...}}.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  kfk perf e2e -t latency --throughput 1000 --duration 30s
  kfk perf e2e -t latency --throughput 5000 -n 100000 --group e2e-probe
  kfk perf e2e -t latency --throughput 1000 -n 20000 --isolation read_committed")]
pub struct E2eArgs {
    /// Topic to write to and read from
    #[arg(short = 't', long, add = live::topics())]
    pub topic: String,

    #[command(flatten)]
    pub load: Load,

    /// Size of each record's value in bytes (16 at least: the stamp)
    #[arg(long, value_name = "BYTES", default_value_t = 100, value_parser = clap::value_parser!(u64).range(16..))]
    pub record_size: u64,

    /// Read through this consumer group
    #[arg(short = 'g', long)]
    pub group: Option<String>,

    /// What the reader sees: every record, or only committed transactions'
    #[arg(long, value_parser = choices::isolation(), default_value = "read_uncommitted")]
    pub isolation: Isolation,

    /// How long to wait for records after the last one was sent (and for joining --group)
    #[arg(long, value_name = "DURATION", default_value = "10s", value_parser = between(MS, DAY))]
    pub idle_timeout: Duration,

    #[command(flatten)]
    pub producer: ProducerFlags,
}

#[derive(Serialize)]
struct Summary {
    sent: u64,
    failed: u64,
    received: u64,
    lost: u64,
    #[serde(flatten)]
    rate: Rate,
    latency_ms: LatencySummary,
    ack_latency_ms: LatencySummary,
}

/// The first 8 bytes of a stamped value: this run's mark, so records of other runs or
/// writers are not taken for ours; the next 8: the send time in µs since the epoch.
const STAMP: usize = 16;

pub async fn run(ctx: &Context, mut args: E2eArgs) -> Result<()> {
    args.load.amount()?;
    if args.isolation == Isolation::ReadCommitted && args.producer.transactional_id.is_none() {
        args.producer.transactional_id = Some(format!("kfk-perf-e2e-{}", std::process::id()));
    }
    if args.producer.transactional_id.is_some() && args.producer.txn_size.is_none() {
        args.producer.txn_size = Some(100);
    }
    // Records are sent as they are due; waiting to fill batches would add to the latency.
    args.producer.linger.get_or_insert(Duration::ZERO);
    let options = args.producer.options();
    let tracker = Arc::new(LoadTracker::new());
    let (producer, cluster) = ctx
        .kafka
        .connected_producer(&options, &args.topic, Some(tracker.on_delivery()))
        .await?;
    let ends = log_ends(ctx, &cluster, &args.topic).await?;
    let consumer = reader(
        ctx,
        args.group.as_deref().map(|g| (g, GroupProtocol::Classic)),
        args.isolation,
        Some((args.topic.clone(), ends.clone())),
        true,
    )?;
    let stop = signals::stop_flag(Some(
        "kfk perf: stopping; waiting for records in flight (Ctrl-C again to quit now)",
    ));
    let timeout = ctx.timeout();
    let output = ctx.output;
    let interrupted = stop.clone();
    let summary = tokio::task::spawn_blocking(move || {
        start_reading(&consumer, &args, &ends)?;
        measure(&producer, &tracker, &consumer, &args, &stop, timeout)
    })
    .await
    .context("the end-to-end thread panicked")??;
    match output {
        OutputFormat::Json | OutputFormat::Yaml | OutputFormat::Csv => {
            output::print_data(ctx.output, &summary)?
        }
        OutputFormat::Table => output::print_line(&format!(
            "{}; {} received, {} lost. End to end: {}. Acknowledged: {:.2} ms avg, \
             {:.2} ms 99th.",
            summary.rate.sentence("sent"),
            summary.received,
            summary.lost,
            summary.latency_ms.sentence(),
            summary.ack_latency_ms.avg,
            summary.ack_latency_ms.p99
        ))?,
    }
    if interrupted.load(Ordering::Relaxed) {
        return Err(Interrupted.into());
    }
    if summary.failed + summary.lost > 0 {
        bail!(PartialFailure(format!(
            "of {}, {} {} not delivered and {} not received",
            crate::io::output::count(summary.sent, "record"),
            summary.failed,
            crate::io::output::was(summary.failed),
            summary.lost
        )));
    }
    Ok(())
}

/// Assigns every partition at its end, or joins the group and waits for partitions.
fn start_reading(reader: &PerfReader, args: &E2eArgs, ends: &[i64]) -> Result<()> {
    let consumer = &reader.consumer;
    let Some(group) = &args.group else {
        let assignment: Vec<(String, i32, Offset)> = ends
            .iter()
            .enumerate()
            .map(|(partition, end)| (args.topic.clone(), partition as i32, Offset::At(*end)))
            .collect();
        consumer.assign(&assignment)?;
        return Ok(());
    };
    consumer.subscribe(&[&args.topic])?;
    let deadline = Instant::now() + args.idle_timeout;
    while Instant::now() < deadline {
        if let Some(Err(err)) = consumer.poll(Duration::from_millis(50)) {
            bail!("joining group '{group}': {err}");
        }
        if reader.assigned().is_some() {
            return Ok(());
        }
    }
    bail!(
        "group '{group}' assigned no partitions within {} (--idle-timeout)",
        humantime::format_duration(args.idle_timeout)
    )
}

fn now_micros() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_micros() as u64)
}

/// Sends on one thread and receives on this one.
fn measure(
    producer: &Producer,
    tracker: &LoadTracker,
    consumer: &PerfReader,
    args: &E2eArgs,
    stop: &AtomicBool,
    timeout: Duration,
) -> Result<Summary> {
    let mark = now_micros() ^ (u64::from(std::process::id()) << 40);
    let filler = random_letters(args.record_size as usize - STAMP);
    let sending_done = AtomicBool::new(false);
    let fill = |_: u64, _: &mut Vec<u8>, value: &mut Vec<u8>| {
        value.clear();
        value.extend_from_slice(&mark.to_be_bytes());
        value.extend_from_slice(&now_micros().to_be_bytes());
        value.extend_from_slice(&filler);
        false
    };
    let (sent, received) = std::thread::scope(|scope| {
        let sender = scope.spawn(|| {
            let sent = send_load(
                producer,
                tracker,
                &args.topic,
                &args.load,
                &args.producer,
                stop,
                timeout,
                fill,
            );
            sending_done.store(true, Ordering::SeqCst);
            sent
        });
        let received = receive(consumer, tracker, args, mark, &sending_done);
        let sent = sender
            .join()
            .map_err(|_| anyhow::anyhow!("the sending thread panicked"))?;
        anyhow::Ok((sent?, received))
    })?;
    let tally = tracker.tally();
    let delivered = tally.delivered.saturating_sub(sent.aborted);
    Ok(Summary {
        sent: sent.records,
        failed: sent.failed(&tally),
        received: received.records,
        lost: delivered.saturating_sub(received.records),
        rate: Rate::new(
            tally.delivered,
            tally.delivered * args.record_size,
            sent.elapsed,
        ),
        latency_ms: received.latencies.summary(),
        ack_latency_ms: tally.latencies.summary(),
    })
}

struct Received {
    records: u64,
    latencies: Latencies,
}

/// Reads this run's records until every delivered one arrived, or none came for the idle
/// timeout after sending ended.
fn receive(
    consumer: &PerfReader,
    tracker: &LoadTracker,
    args: &E2eArgs,
    mark: u64,
    sending_done: &AtomicBool,
) -> Received {
    let mut received = Received {
        records: 0,
        latencies: Latencies::new(),
    };
    let mut window = Latencies::new();
    let mut ticker = Ticker::new(args.load.interval, args.load.quiet);
    let mut last = Instant::now();
    loop {
        let done = sending_done.load(Ordering::SeqCst);
        if done && received.records >= tracker.tally().delivered {
            break;
        }
        if done && last.elapsed() >= args.idle_timeout {
            break;
        }
        match consumer.consumer.poll(Duration::from_millis(50)) {
            Some(Ok(message)) => {
                let arrived = now_micros();
                let stamp = message.value().and_then(|v| v.get(..STAMP));
                let Some((run, sent)) = stamp.map(|s| s.split_at(8)) else {
                    continue;
                };
                if run != mark.to_be_bytes() {
                    continue;
                }
                let sent = u64::from_be_bytes(sent.try_into().unwrap_or_default());
                let latency = Duration::from_micros(arrived.saturating_sub(sent));
                received.latencies.record(latency);
                window.record(latency);
                received.records += 1;
                last = Instant::now();
            }
            Some(Err(err)) => output::warn(&format!("while reading: {err}")),
            None => {}
        }
        if let Some(elapsed) = ticker.due(Instant::now()) {
            let latency = window.summary();
            eprintln!(
                "{} records received in {:.1} s, {:.2} ms avg, {:.2} ms max end-to-end latency.",
                received.records,
                elapsed.as_secs_f64(),
                latency.avg,
                latency.max
            );
            window.reset();
        }
    }
    received
}
