//! `kfk copy`: exactly-once copy between topics and clusters. The source consumer's
//! context (`context`) says where assigned partitions start; the job (`job`) moves
//! batches in transactions.

mod context;
mod job;
mod targets;
mod watchdog;

use std::collections::{BTreeMap, BTreeSet};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use anyhow::{anyhow, bail, Context as _, Result};
use clap::{Args, ValueEnum};
use serde::Serialize;

use self::context::CopyState;
use self::job::CopyJob;
use crate::commands::args::duration::{between, HOUR, MS};
use crate::commands::args::{choices, parse_property};
use crate::commands::completions::live;
use crate::context::Context;
use crate::error::{Interrupted, UsageError};
use crate::io::output::{self, OutputFormat};
use crate::io::signals;
use crate::kafka::admin;
use crate::kafka::options::{
    AssignmentStrategy, Commits, GroupConsumerOptions, GroupProtocol, Isolation, ProducerOptions,
    StartWithoutCommit,
};
use crate::model::filter::RecordFilter;
use crate::model::position::{parse_start, Offset, Position, PositionSpec};

/// Copy a topic to another topic or cluster with exactly-once transactions.
///
/// The source is read with read_committed isolation as consumer group --group; each batch
/// (--batch-records or --batch-time, whichever comes first) is written to the destination
/// in one transaction together with the source offsets it consumed, committed under the
/// same group. A restart continues after the last committed transaction: no record is lost
/// and none is written twice, as read_committed readers of the destination see it.
///
/// Across clusters (--to-brokers) the transaction lives on the destination cluster, so
/// the consumed source offsets are committed there, under --group on the destination, and
/// read back from there when a partition is assigned. That keeps the copy exactly-once
/// across clusters; the group's offsets on the source cluster are not used. Kafka accepts
/// offsets only for topics it has, so the destination cluster needs a topic with the
/// source's name and at least its partition count (the copy into a topic of that name,
/// the usual mirror, is one).
///
/// To copy with N processes, run N copiers with the same --group and --instance 0..N-1:
/// the group shares the source partitions among them, and each instance has its own
/// stable transactional id (kfk-copy-GROUP-SRC-DST-INSTANCE), so a restarted instance
/// fences its predecessor and aborts its open transaction at once.
///
/// Records keep key, value, headers and (with --timestamp keep) timestamp, byte for byte:
/// Avro, Protobuf and JSON Schema records are not re-encoded and keep their schema ids,
/// so readers of the destination need the source's Schema Registry. Filtered-out
/// records (--key-regex, --header) still advance the committed offsets. By default kfk
/// copies what the source held at start and exits (--until end); --follow keeps copying.
/// Partitions the group has no committed offset for start at --start.
/// --to-header NAME redrives a dead-letter topic: each record goes to the topic its
/// header NAME names (the last such header), exactly once like any copy, and --to takes
/// the records without it. Topics are those the destination cluster had at start; a
/// record with nowhere to go stops the copy before its batch is written, naming the
/// record. Combine with --header to redrive only some (reason=timeout).
/// With -v each transaction's source offset ranges are logged when it begins and when it
/// commits, aborts, or is left open by a fatal error (the next start aborts it), as
/// `kfk copy: txn begin|commit|abort|open TOPIC PARTITION:FIRST-LAST,...`.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  kfk copy --from orders --to orders-v2 --group copy-orders
  kfk copy --from orders --to orders --to-brokers staging:9092 --group mirror-orders --follow
  kfk copy --from orders --to orders --to-profile staging --group backfill --start 2h
  kfk copy --from events --to errors --group errors --header level=error --partitioning same
  kfk copy --from orders-dlq --to-header original-topic --group redrive --header reason=timeout
  # three copiers sharing the work:
  for i in 0 1 2; do kfk copy --from big --to big-copy --group big-copy --instance $i & done")]
pub struct CopyArgs {
    /// Source topic
    #[arg(long = "from", value_name = "TOPIC", add = live::topics())]
    pub source: String,

    /// Destination topic; with --to-header, the one for records without that header
    #[arg(long = "to", value_name = "TOPIC", add = live::topics(), required_unless_present = "to_header")]
    pub destination: Option<String>,

    /// Write each record to the topic its header NAME names (redriving a dead-letter
    /// topic to where each record came from)
    #[arg(long, value_name = "NAME")]
    pub to_header: Option<String>,

    /// Destination cluster, with the source's security settings [default: the source cluster]
    #[arg(long, value_name = "BROKERS")]
    pub to_brokers: Option<String>,

    /// Destination cluster, as a profile of the config file (its brokers, security and properties)
    #[arg(long, value_name = "PROFILE", conflicts_with = "to_brokers")]
    pub to_profile: Option<String>,

    /// Consumer group that reads the source and owns the committed offsets
    #[arg(short = 'g', long, add = live::groups())]
    pub group: String,

    /// The group protocol: classic, or consumer (KIP-848, Kafka 4.0+: the broker assigns
    /// partitions, and copiers sharing the group move partitions one at a time)
    #[arg(long, value_parser = choices::group_protocol(), default_value = "classic")]
    pub group_protocol: GroupProtocol,

    /// Transactional id [default: kfk-copy-GROUP-SRC-DST-INSTANCE]
    #[arg(long, value_name = "ID")]
    pub transactional_id: Option<String>,

    /// This copier's number among several sharing --group
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub instance: u32,

    /// Records per transaction
    #[arg(long, value_name = "N", default_value_t = 1000, value_parser = clap::value_parser!(u64).range(1..))]
    pub batch_records: u64,

    /// Longest time to gather one transaction's records
    #[arg(long, value_name = "DURATION", default_value = "1s", value_parser = between(MS, HOUR))]
    pub batch_time: Duration,

    /// Where to start in partitions without a committed offset: the forms of `kfk consume
    /// --from` (beginning, end, N, -N, +N, a time, or per partition: 0=100,1=end)
    #[arg(long, value_name = "POSITION", default_value = "beginning", value_parser = parse_start)]
    pub start: PositionSpec,

    /// Stop at the source's end as it was at start: a snapshot copy (the default without --follow)
    #[arg(long, value_enum, value_name = "WHEN", conflicts_with = "follow")]
    pub until: Option<Until>,

    /// Keep copying new records instead of stopping at the source's end at start
    #[arg(long)]
    pub follow: bool,

    /// Destination partition: same as the source's, or by key hash (Java-compatible)
    #[arg(long, value_enum, default_value_t = Partitioning::Hash)]
    pub partitioning: Partitioning,

    /// Record timestamps: keep the source's, or let the producer set now
    #[arg(long, value_enum, default_value_t = TimestampMode::Keep)]
    pub timestamp: TimestampMode,

    /// Copy only records whose key matches this regular expression
    #[arg(long, value_name = "REGEX")]
    pub key_regex: Option<String>,

    /// Copy only records with this header (repeatable; all must match)
    #[arg(long = "header", value_name = "KEY=VALUE", value_parser = parse_property)]
    pub headers: Vec<(String, String)>,
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum Until {
    End,
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum Partitioning {
    Same,
    Hash,
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimestampMode {
    Keep,
    Now,
}

#[derive(Serialize, Default)]
pub(super) struct Summary {
    pub(super) copied: u64,
    pub(super) filtered: u64,
    pub(super) transactions: u64,
    pub(super) aborted: u64,
    pub(super) seconds: f64,
    pub(super) records_per_second: f64,
    /// Why a restart would not resume where this run ended, if it would not.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) warning: Option<String>,
}

pub async fn run(ctx: &Context, args: CopyArgs) -> Result<()> {
    let filter = RecordFilter::new(args.key_regex.as_deref(), None, &args.headers, &[])
        .map_err(UsageError)?;
    if args.start.positions().any(|p| p == Position::Stored) {
        bail!(UsageError(
            "--start cannot be 'stored': copy always starts from the group's committed offsets where they exist; --start says where to begin without them".into()
        ));
    }
    let destination_ctx = match (&args.to_brokers, &args.to_profile) {
        (Some(brokers), _) => Some(ctx.with_brokers(brokers)),
        (None, Some(profile)) => Some(ctx.with_profile(profile)?),
        (None, None) => None,
    };
    let cross_cluster = destination_ctx.is_some();
    let dest = destination_ctx.as_ref().unwrap_or(ctx);

    let (source_name, dest_name) = match cross_cluster {
        true => (Some("the source cluster"), Some("the destination cluster")),
        false => (None, None),
    };
    let source_cluster = ctx.kafka.cluster().await?;
    let source_topic = match source_cluster.topic(&args.source) {
        Ok(topic) => topic,
        Err(err) => return Err(ctx.kafka.why_missing(err, source_name).await),
    };
    let source_partitions = source_topic.partitions.len();
    let existing: Vec<i32> = source_topic
        .partitions
        .iter()
        .map(|p| p.partition)
        .collect();
    args.start
        .refuse_unknown_partitions("--start", &args.source, &existing)
        .map_err(UsageError)?;
    let dest_cluster = dest.kafka.cluster().await?;
    if let Some(destination) = &args.destination {
        let dest_partitions = match dest_cluster.topic(destination) {
            Ok(topic) => topic.partitions.len(),
            Err(err) => return Err(dest.kafka.why_missing(err, dest_name).await),
        };
        if args.partitioning == Partitioning::Same
            && args.to_header.is_none()
            && dest_partitions < source_partitions
        {
            bail!(UsageError(format!(
                "--partitioning same needs '{destination}' to have at least {source_partitions} partitions; it has {dest_partitions}"
            )));
        }
    }
    let resumable = dest_cluster.keeps_transactional_offsets();
    let cannot_resume = (!resumable).then(|| {
        "this cluster does not keep the offsets transactions commit (librdkafka's mock \
         cluster, which kfk dev-cluster runs): the copy cannot resume, and every run copies \
         again from --start (the beginning unless set)"
            .to_string()
    });
    if let Some(warning) = &cannot_resume {
        eprintln!("kfk copy: warning: {warning}");
    }
    if cross_cluster {
        // Kafka takes offset commits only for partitions it has.
        let mirror = dest_cluster
            .topic(&args.source)
            .map(|t| t.partitions.len())
            .unwrap_or(0);
        if mirror < source_partitions {
            bail!(UsageError(format!(
                "across clusters the source offsets are committed on the destination, under the source topic's name, \
                 and Kafka accepts offsets only for partitions it has: the destination needs a topic '{}' with at least \
                 {source_partitions} partitions (it has {mirror}); create it, or copy into a topic of that name",
                args.source
            )));
        }
    }
    let transactional_id = args.transactional_id.clone().unwrap_or_else(|| {
        let destination = match (&args.to_header, &args.destination) {
            (Some(header), _) => format!("header:{header}"),
            (None, Some(topic)) => topic.clone(),
            (None, None) => String::new(),
        };
        format!(
            "kfk-copy-{}-{}-{destination}-{}",
            args.group, args.source, args.instance
        )
    });
    let targets = targets::Targets {
        fixed: args.destination.clone(),
        header: args.to_header.clone(),
        known: dest_cluster
            .topics
            .iter()
            .map(|t| (t.name.clone(), t.partitions.len()))
            .collect(),
        partitioning: args.partitioning,
    };

    let source = source_topic.name.clone();
    let wanted: Vec<(String, i32)> = source_topic
        .partitions
        .iter()
        .map(|p| (source.clone(), p.partition))
        .collect();
    let timeout = ctx.timeout();
    let extents = ctx
        .kafka
        .with_admin(move |client, timeout| admin::log_extents(client, &wanted, timeout))
        .await?;
    let positions: Vec<Position> = extents
        .iter()
        .map(|e| {
            args.start
                .for_partition(e.partition)
                .unwrap_or(Position::Beginning)
        })
        .collect();
    let starts = ctx
        .kafka
        .resolve_positions(extents.clone(), positions)
        .await
        .map_err(|err| anyhow!("cannot look up the --start positions in '{source}': {err}"))?;
    let starts: BTreeMap<i32, Offset> = extents.iter().map(|e| e.partition).zip(starts).collect();
    let ends = (!args.follow).then(|| {
        extents
            .iter()
            .map(|e| (e.partition, e.high))
            .collect::<BTreeMap<i32, i64>>()
    });

    let offsets_reader = dest.kafka.offsets_reader()?;
    let reading = GroupConsumerOptions {
        protocol: args.group_protocol,
        group: args.group.clone(),
        // One partition per member in order, so copiers sharing a group split evenly.
        assignment: AssignmentStrategy::Range,
        // Offsets are committed inside the transactions, never by the consumer.
        commits: Commits::Manual,
        // The rebalance hook sets every start itself (see CopyState).
        start_without_commit: StartWithoutCommit::Latest,
        isolation: Isolation::ReadCommitted,
        session_timeout: None,
        heartbeat_interval: None,
        max_poll_interval: None,
    };
    let state = Arc::new(CopyState {
        offsets_reader,
        group: args.group.clone(),
        starts,
        timeout,
        next: Mutex::new(BTreeMap::new()),
        assigned: Mutex::new(BTreeSet::new()),
        revoked: Mutex::new(BTreeSet::new()),
        any_revoked: AtomicBool::new(false),
        failure: Mutex::new(None),
    });
    let consumer = ctx.kafka.consumer(&reading, state.hooks())?;
    let writing = ProducerOptions {
        transactional_id: Some(transactional_id.clone()),
        // What librdkafka picks for a transactional producer: its transaction timeout.
        message_timeout: Duration::from_secs(60),
        ..ProducerOptions::safe()
    };
    let producer = dest.kafka.producer(&writing, None)?;

    let stop = signals::stop_flag(None);
    let job = CopyJob {
        args,
        filter,
        targets,
        state,
        ends,
        cross_cluster,
        stop: stop.clone(),
        timeout: ctx.timeout(),
        verbose: ctx.verbose(),
        resumable,
    };
    let outcome = tokio::task::spawn_blocking(move || job.run(consumer, producer))
        .await
        .context("the copy thread panicked")?;
    let mut summary = outcome?;
    summary.warning = summary.warning.or(cannot_resume);
    match ctx.output {
        OutputFormat::Json | OutputFormat::Yaml | OutputFormat::Csv => {
            output::print_data(ctx.output, &summary)?
        }
        OutputFormat::Table => {
            eprintln!(
                "kfk copy: {} copied, {} filtered, {} committed, {} aborted, {:.2}s, {:.0} records/s",
                summary.copied,
                summary.filtered,
                output::count(summary.transactions, "transaction"),
                summary.aborted,
                summary.seconds,
                summary.records_per_second
            );
        }
    }
    if stop.load(Ordering::SeqCst) {
        return Err(Interrupted.into());
    }
    Ok(())
}
