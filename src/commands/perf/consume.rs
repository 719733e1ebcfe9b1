use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{bail, Context as _, Result};
use clap::Args;

use crate::commands::args::choices;
use serde::Serialize;

use super::log_ends;
use super::stats::{Rate, Ticker};
use crate::commands::args::duration::{between, DAY, MS};
use crate::commands::completions::live;
use crate::context::Context;
use crate::error::{Interrupted, PartialFailure, UsageError};
use crate::io::output::{self, OutputFormat};
use crate::io::signals;
use crate::kafka::options::{
    AssignmentStrategy, ClientOptions, Commits, GroupConsumerOptions, GroupProtocol, Isolation,
    ReaderOptions, StartWithoutCommit, Unbatched,
};
use crate::kafka::{Consumer, Hooks};
use crate::model::position::Offset;
use crate::model::record::Record;

/// Load-test consuming: read a topic as fast as the cluster serves it, alone (every
/// partition from its start) or as a member of --group, and report records/s, MB/s, the
/// time to the first record and, with --group, how long joining the group took (its
/// first rebalance), as kafka-consumer-perf-test.sh does.
///
/// The rates count from the first assignment to the last record. It stops after
/// --num-records, or with -e at the end every partition had when the run began; whichever
/// comes first. When no record arrives for --idle-timeout (after the last record; the
/// first gets --timeout from the assignment when that is longer) the run ends, with exit
/// status 3 if fewer than --num-records arrived or, with -e, a partition is short of its
/// end. --output json gives
/// {"records", "bytes", "seconds", "records_per_sec", "mb_per_sec", "first_record_ms",
/// "rebalance_ms"} (rebalance_ms is null without --group).
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  kfk perf consume -t bench -e
  kfk perf consume -t bench --num-records 1000000 --group perf-$RANDOM
  kfk perf consume -t bench -e --isolation read_committed --output json")]
pub struct PerfConsumeArgs {
    /// Topic to read
    #[arg(short = 't', long, add = live::topics())]
    pub topic: String,

    /// Stop after N records
    #[arg(short = 'n', long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub num_records: Option<u64>,

    /// Stop at the end of every partition, as it was when the run began
    #[arg(short = 'e', long = "exit")]
    pub exit_at_end: bool,

    /// Read as a member of this consumer group (it commits nothing)
    #[arg(short = 'g', long)]
    pub group: Option<String>,

    /// The group protocol: classic, or consumer (KIP-848, Kafka 4.0+: the broker assigns)
    #[arg(long, value_parser = choices::group_protocol(), default_value = "classic", requires = "group")]
    pub group_protocol: GroupProtocol,

    /// Which records to read: read-uncommitted, as Apache's tool, or only committed ones
    #[arg(long, value_parser = choices::isolation(), default_value = "read_uncommitted")]
    pub isolation: Isolation,

    /// End the run when no record arrives for this long
    #[arg(long, value_name = "DURATION", default_value = "10s", value_parser = between(MS, DAY))]
    pub idle_timeout: Duration,

    /// A progress line on stderr every INTERVAL [default: 5s on a terminal, else none]
    #[arg(long, value_name = "INTERVAL", value_parser = between(100 * MS, DAY))]
    pub interval: Option<Duration>,

    /// No progress lines
    #[arg(short = 'q', long)]
    pub quiet: bool,
}

#[derive(Serialize)]
struct Summary {
    #[serde(flatten)]
    rate: Rate,
    first_record_ms: Option<f64>,
    rebalance_ms: Option<f64>,
}

/// A perf consumer, and when its first partitions were assigned.
pub(super) struct PerfReader {
    pub consumer: Consumer,
    assigned_at: Arc<Mutex<Option<Instant>>>,
}

impl PerfReader {
    /// When the consumer's first partitions were assigned.
    pub fn assigned(&self) -> Option<Instant> {
        self.assigned_at.lock().ok().and_then(|at| *at)
    }
}

/// Notes the first assignment's time, and sets where assigned partitions start when
/// `starts` (topic, offset by partition) says.
fn hooks(assigned_at: Arc<Mutex<Option<Instant>>>, starts: Option<(String, Vec<i64>)>) -> Hooks {
    Hooks {
        assigned: Some(Box::new(move |partitions| {
            if !partitions.is_empty() {
                if let Ok(mut at) = assigned_at.lock() {
                    at.get_or_insert_with(Instant::now);
                }
            }
            partitions
                .iter()
                .map(|(topic, partition)| match &starts {
                    Some((wanted, starts)) if wanted == topic => {
                        starts.get(*partition as usize).map(|n| Offset::At(*n))
                    }
                    _ => None,
                })
                .collect()
        })),
        ..Hooks::default()
    }
}

/// A consumer of `group`, or of its own partitions without one; `starts` (topic, offset
/// by partition) sets where a group's assigned partitions start, and `unbatched` has
/// fetches answered at once (for latency).
pub(super) fn reader(
    ctx: &Context,
    group: Option<(&str, GroupProtocol)>,
    isolation: Isolation,
    starts: Option<(String, Vec<i64>)>,
    unbatched: bool,
) -> Result<PerfReader> {
    let assigned_at = Arc::new(Mutex::new(None));
    let wrap = hooks(assigned_at.clone(), starts);
    let consumer = match group {
        Some((group, protocol)) => {
            let options = GroupConsumerOptions {
                protocol,
                group: group.to_string(),
                assignment: AssignmentStrategy::CooperativeSticky,
                commits: Commits::Manual,
                start_without_commit: StartWithoutCommit::Earliest,
                isolation,
                session_timeout: None,
                heartbeat_interval: None,
                max_poll_interval: None,
            };
            build(ctx, options, unbatched, wrap)
        }
        None => {
            let options = ReaderOptions {
                isolation,
                purpose: "perf",
            };
            build(ctx, options, unbatched, wrap)
        }
    }?;
    Ok(PerfReader {
        consumer,
        assigned_at,
    })
}

fn build<O: ClientOptions>(
    ctx: &Context,
    options: O,
    unbatched: bool,
    hooks: Hooks,
) -> Result<Consumer> {
    match unbatched {
        true => ctx.kafka.consumer(&Unbatched(options), hooks),
        false => ctx.kafka.consumer(&options, hooks),
    }
}

pub async fn run(ctx: &Context, args: PerfConsumeArgs) -> Result<()> {
    if args.num_records.is_none() && !args.exit_at_end {
        bail!(UsageError(
            "say when to stop: --num-records N, -e (at the end), or both".into()
        ));
    }
    let PerfReader {
        consumer,
        assigned_at,
    } = reader(
        ctx,
        args.group.as_deref().map(|g| (g, args.group_protocol)),
        args.isolation,
        None,
        false,
    )?;
    let (consumer, cluster) = ctx
        .kafka
        .cluster_through(consumer, Some(&args.topic))
        .await?;
    let consumer = PerfReader {
        consumer,
        assigned_at,
    };
    let ends = log_ends(ctx, &cluster, &args.topic).await?;
    let stop = signals::stop_flag(None);
    let output = ctx.output;
    let idle = args.idle_timeout;
    // The first record may take a group join or a slow first fetch: it gets --timeout
    // when that is longer than the idle timeout.
    let first_wait = idle.max(ctx.timeout());
    let (summary, shortfall) =
        tokio::task::spawn_blocking(move || read(&consumer, &args, &ends, &stop, first_wait))
            .await
            .context("the consumer thread panicked")??;
    let rate = summary.rate;
    match output {
        OutputFormat::Json | OutputFormat::Yaml | OutputFormat::Csv => {
            output::print_data(ctx.output, &summary)?
        }
        OutputFormat::Table => {
            let mut line = rate.sentence("read");
            if let Some(ms) = summary.first_record_ms {
                line += &format!("; first record after {ms:.1} ms");
            }
            if let Some(ms) = summary.rebalance_ms {
                line += &format!("; joining the group took {ms:.1} ms");
            }
            output::print_line(&format!("{line}."))?;
        }
    }
    match shortfall {
        Stop::Done => Ok(()),
        Stop::Interrupted => Err(Interrupted.into()),
        Stop::Idle(wanted) => Err(PartialFailure(format!(
            "only {} of {wanted} records arrived: none came for {}",
            rate.records,
            humantime::format_duration(idle)
        ))
        .into()),
        Stop::ShortOfEnd if rate.records == 0 => Err(PartialFailure(format!(
            "-e: no record arrived within {} though the partitions hold records",
            humantime::format_duration(first_wait)
        ))
        .into()),
        Stop::ShortOfEnd => Err(PartialFailure(format!(
            "-e: {} records arrived, then none for {}, before every partition reached its end",
            rate.records,
            humantime::format_duration(idle)
        ))
        .into()),
    }
}

/// Why the reading stopped.
enum Stop {
    Done,
    Interrupted,
    /// No record for the idle timeout, short of this many.
    Idle(u64),
    /// No record for the idle timeout with -e, before the end.
    ShortOfEnd,
}

fn read(
    reader: &PerfReader,
    args: &PerfConsumeArgs,
    ends: &[i64],
    stop: &AtomicBool,
    first_wait: Duration,
) -> Result<(Summary, Stop)> {
    let started = Instant::now();
    let consumer = &reader.consumer;
    match &args.group {
        Some(_) => consumer.subscribe(&[&args.topic])?,
        None => {
            let assignment: Vec<(String, i32, Offset)> = (0..ends.len())
                .map(|partition| (args.topic.clone(), partition as i32, Offset::Beginning))
                .collect();
            consumer.assign(&assignment)?;
        }
    }
    // The next offset to read of each partition; a partition is done at its end.
    let mut next: Vec<i64> = vec![0; ends.len()];
    let mut ticker = Ticker::new(args.interval, args.quiet);
    let (mut records, mut bytes) = (0u64, 0u64);
    let (mut window_records, mut window_bytes) = (0u64, 0u64);
    let mut first: Option<Instant> = None;
    let mut last = started;
    let stopped = loop {
        if stop.load(Ordering::Relaxed) {
            break Stop::Interrupted;
        }
        if args.num_records.is_some_and(|n| records >= n) {
            break Stop::Done;
        }
        match consumer.poll(Duration::from_millis(100)) {
            Some(Ok(message)) => {
                let size = (message.value().map_or(0, <[u8]>::len)
                    + message.key().map_or(0, <[u8]>::len)) as u64;
                records += 1;
                bytes += size;
                window_records += 1;
                window_bytes += size;
                last = Instant::now();
                first.get_or_insert(last);
                if let Some(slot) = next.get_mut(message.partition() as usize) {
                    *slot = message.offset() + 1;
                }
            }
            Some(Err(err)) => output::warn(&format!("while reading: {err}")),
            None => {
                if args.exit_at_end && at_end(consumer, &args.topic, &mut next, ends) {
                    break Stop::Done;
                }
                // Two clocks: the first record is awaited from the assignment (a group
                // join or a slow first fetch is no idleness), later ones from the last.
                let (waiting_since, limit) = match first {
                    Some(_) => (last, args.idle_timeout),
                    None => (reader.assigned().unwrap_or(started), first_wait),
                };
                if waiting_since.elapsed() >= limit {
                    break match args.num_records {
                        Some(n) if records < n => Stop::Idle(n),
                        // -e and not at the end: records were left unread.
                        _ if args.exit_at_end => Stop::ShortOfEnd,
                        _ => Stop::Done,
                    };
                }
            }
        }
        if let Some(window) = ticker.due(Instant::now()) {
            eprintln!(
                "{}.",
                Rate::new(window_records, window_bytes, window).sentence("read")
            );
            (window_records, window_bytes) = (0, 0);
        }
    };
    let assigned_at = reader.assigned();
    let reading_from = match &args.group {
        Some(_) => assigned_at.unwrap_or(started),
        None => started,
    };
    let millis = |d: Duration| d.as_secs_f64() * 1000.0;
    let summary = Summary {
        rate: Rate::new(records, bytes, last.saturating_duration_since(reading_from)),
        first_record_ms: first.map(|at| millis(at - started)),
        rebalance_ms: args
            .group
            .as_ref()
            .and(assigned_at)
            .map(|at| millis(at - started)),
    };
    Ok((summary, stopped))
}

/// Whether every partition this consumer reads has reached the end it had at the start.
/// Positions come from the consumer too: a transaction's marker at the end of a
/// partition is no record, but the position passes it.
fn at_end(consumer: &Consumer, topic: &str, next: &mut [i64], ends: &[i64]) -> bool {
    if let Ok(positions) = consumer.positions() {
        for (_, partition, at) in positions.iter().filter(|(t, _, _)| t == topic) {
            if let (Some(at), Some(slot)) = (at, next.get_mut(*partition as usize)) {
                *slot = (*slot).max(*at);
            }
        }
    }
    let Ok(assigned) = consumer.assignment() else {
        return false;
    };
    !assigned.is_empty()
        && assigned
            .iter()
            .filter(|(t, _)| t == topic)
            .all(|(_, partition)| {
                let p = *partition as usize;
                next.get(p)
                    .zip(ends.get(p))
                    .is_some_and(|(n, end)| n >= end)
            })
}
