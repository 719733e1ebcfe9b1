use std::collections::BTreeMap;
use std::io::IsTerminal;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use anyhow::{anyhow, bail, Context as _, Result};
use clap::{Args, ValueEnum};
use rdkafka::admin::AdminClient;
use rdkafka::client::ClientContext;
use rdkafka::config::RDKafkaLogLevel;
use rdkafka::consumer::{BaseConsumer, Consumer, ConsumerContext, Rebalance};
use rdkafka::error::{KafkaError, KafkaResult, RDKafkaErrorCode};
use rdkafka::message::{Headers, OwnedHeaders, OwnedMessage};
use rdkafka::producer::{BaseProducer, BaseRecord, Producer, PurgeConfig};
use rdkafka::{Message, Offset, TopicPartitionList};
use serde::Serialize;

use crate::cli::{parse_property, OutputFormat};
use crate::context::{drain, shutdown_signal, Context, KfkClientContext};
use crate::error::{Interrupted, UsageError};
use crate::group_admin::{self, TxnFailure};
use crate::offsets::{self, parse_start, Position, PositionSpec};
use crate::output::{self, one_line};
use crate::progress::Progress;

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
/// Records keep key, value, headers and (with --timestamp keep) timestamp. Filtered-out
/// records (--key-regex, --header) still advance the committed offsets. By default kfk
/// copies what the source held at start and exits (--until end); --follow keeps copying.
/// Partitions the group has no committed offset for start at --start.
/// With -v each transaction's source offset ranges are logged when it begins and when it
/// commits, aborts, or is left open by a fatal error (the next start aborts it), as
/// `kfk copy: txn begin|commit|abort|open TOPIC PARTITION:FIRST-LAST,...`.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  kfk copy --from orders --to orders-v2 --group copy-orders
  kfk copy --from orders --to orders --to-brokers staging:9092 --group mirror-orders --follow
  kfk copy --from orders --to orders --to-profile staging --group backfill --start 2h
  kfk copy --from events --to errors --group errors --header level=error --partitioning same
  # three copiers sharing the work:
  for i in 0 1 2; do kfk copy --from big --to big-copy --group big-copy --instance $i & done")]
pub struct CopyArgs {
    /// Source topic
    #[arg(long = "from", value_name = "TOPIC")]
    pub source: String,

    /// Destination topic
    #[arg(long = "to", value_name = "TOPIC")]
    pub destination: String,

    /// Destination cluster, with the source's security settings [default: the source cluster]
    #[arg(long, value_name = "BROKERS")]
    pub to_brokers: Option<String>,

    /// Destination cluster, as a profile of the config file (its brokers, security and properties)
    #[arg(long, value_name = "PROFILE", conflicts_with = "to_brokers")]
    pub to_profile: Option<String>,

    /// Consumer group that reads the source and owns the committed offsets
    #[arg(short = 'g', long)]
    pub group: String,

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
    #[arg(long, value_name = "DURATION", default_value = "1s", value_parser = humantime::parse_duration)]
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
struct Summary {
    copied: u64,
    filtered: u64,
    transactions: u64,
    aborted: u64,
    seconds: f64,
    records_per_second: f64,
    /// Why a restart would not resume where this run ended, if it would not.
    #[serde(skip_serializing_if = "Option::is_none")]
    warning: Option<String>,
}

pub async fn run(ctx: &Context, args: CopyArgs) -> Result<()> {
    let key_regex = args
        .key_regex
        .as_deref()
        .map(regex::Regex::new)
        .transpose()
        .map_err(|err| UsageError(format!("invalid --key-regex: {}", one_line(&err))))?;
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

    let source_cluster = ctx.cluster().await?;
    let source_topic = source_cluster.topic(&args.source)?;
    let source_partitions = source_topic.partitions.len();
    let existing: Vec<i32> = source_topic
        .partitions
        .iter()
        .map(|p| p.partition)
        .collect();
    args.start
        .refuse_unknown_partitions("--start", &args.source, &existing)
        .map_err(UsageError)?;
    let dest_cluster = dest.cluster().await?;
    let dest_partitions = dest_cluster.topic(&args.destination)?.partitions.len();
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
    if args.partitioning == Partitioning::Same && dest_partitions < source_partitions {
        bail!(UsageError(format!(
            "--partitioning same needs '{}' to have at least {source_partitions} partitions; it has {dest_partitions}",
            args.destination
        )));
    }
    let transactional_id = args.transactional_id.clone().unwrap_or_else(|| {
        format!(
            "kfk-copy-{}-{}-{}-{}",
            args.group, args.source, args.destination, args.instance
        )
    });

    let source = source_topic.name.clone();
    let wanted: Vec<(String, i32)> = source_topic
        .partitions
        .iter()
        .map(|p| (source.clone(), p.partition))
        .collect();
    let timeout = ctx.timeout();
    let source_admin: AdminClient<KfkClientContext> = ctx.admin()?;
    let extents = ctx
        .blocking(move || group_admin::log_extents(source_admin.inner(), &wanted, timeout))
        .await?;
    let positions: Vec<Position> = extents
        .iter()
        .map(|e| {
            args.start
                .for_partition(e.partition)
                .unwrap_or(Position::Beginning)
        })
        .collect();
    let lookup = ctx.lookup_consumer()?;
    let lookup_extents = extents.clone();
    let starts = ctx
        .blocking(move || {
            offsets::resolve(&lookup, &lookup_extents, &positions, timeout)
                .map_err(|err| anyhow!("cannot look up the --start positions in '{source}': {err}"))
        })
        .await?;
    let starts: BTreeMap<i32, Offset> = extents.iter().map(|e| e.partition).zip(starts).collect();
    let ends = (!args.follow).then(|| {
        extents
            .iter()
            .map(|e| (e.partition, e.high))
            .collect::<BTreeMap<i32, i64>>()
    });

    let admin: AdminClient<KfkClientContext> = dest.admin()?;
    let consumer: BaseConsumer<CopyContext> = ctx.client_with(
        &[
            ("group.id", args.group.clone()),
            ("enable.auto.commit", "false".into()),
            ("enable.auto.offset.store", "false".into()),
            ("isolation.level", "read_committed".into()),
            ("partition.assignment.strategy", "range".into()),
            ("fetch.queue.backoff.ms", "10".into()),
        ],
        |client| CopyContext {
            client,
            admin,
            group: args.group.clone(),
            starts,
            timeout,
            next: Mutex::new(BTreeMap::new()),
        },
    )?;
    let producer: BaseProducer<KfkClientContext> = dest.client(&[
        ("transactional.id", transactional_id.clone()),
        ("partitioner", "murmur2_random".into()),
        ("acks", "all".into()),
    ])?;

    let stop = Arc::new(AtomicBool::new(false));
    let signals = tokio::spawn(watch_interrupts(stop.clone()));
    let job = CopyJob {
        args,
        key_regex,
        ends,
        cross_cluster,
        stop: stop.clone(),
        timeout: ctx.timeout(),
        verbose: ctx.verbose(),
    };
    let outcome = tokio::task::spawn_blocking(move || job.run(consumer, producer))
        .await
        .context("the copy thread panicked")?;
    signals.abort();
    let summary = outcome?;
    match ctx.output {
        OutputFormat::Json => output::print_json(&summary)?,
        OutputFormat::Table => {
            eprintln!(
                "kfk copy: {} copied, {} filtered, {} transactions committed, {} aborted, {:.2}s, {:.0} records/s",
                summary.copied, summary.filtered, summary.transactions, summary.aborted, summary.seconds, summary.records_per_second
            );
            if let Some(warning) = &summary.warning {
                eprintln!("kfk copy: warning: {warning}");
            }
        }
    }
    if stop.load(Ordering::SeqCst) {
        return Err(Interrupted.into());
    }
    Ok(())
}

async fn watch_interrupts(stop: Arc<AtomicBool>) {
    shutdown_signal().await;
    stop.store(true, Ordering::SeqCst);
    shutdown_signal().await;
    std::process::exit(i32::from(crate::error::EXIT_INTERRUPTED));
}

/// The source consumer's context: on assignment, partitions start at the offsets the
/// group committed on the destination cluster (where the transactions commit them).
struct CopyContext {
    client: KfkClientContext,
    admin: AdminClient<KfkClientContext>,
    group: String,
    /// Where each partition starts when the group has no committed offset for it.
    starts: BTreeMap<i32, Offset>,
    timeout: Duration,
    /// The next source offset to copy, per assigned partition.
    next: Mutex<BTreeMap<i32, i64>>,
}

impl CopyContext {
    fn next(&self) -> MutexGuard<'_, BTreeMap<i32, i64>> {
        self.next
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

impl ClientContext for CopyContext {
    fn log(&self, level: RDKafkaLogLevel, facility: &str, message: &str) {
        self.client.log(level, facility, message);
    }

    fn error(&self, error: KafkaError, reason: &str) {
        self.client.error(error, reason);
    }
}

impl ConsumerContext for CopyContext {
    fn pre_rebalance(&self, _consumer: &BaseConsumer<Self>, rebalance: &Rebalance<'_>) {
        match rebalance {
            Rebalance::Assign(list) => {
                let committed =
                    group_admin::committed_offsets(self.admin.inner(), &self.group, self.timeout)
                        .unwrap_or_else(|err| {
                            eprintln!(
                                "kfk copy: warning: cannot read the committed offsets: {err:#}"
                            );
                            Vec::new()
                        });
                let mut next = self.next();
                for element in list.elements() {
                    let offset = committed
                        .iter()
                        .find(|c| c.partition == element.partition() && c.topic == element.topic())
                        .map(|c| Offset::Offset(c.offset))
                        .or_else(|| self.starts.get(&element.partition()).copied())
                        .unwrap_or(Offset::Beginning);
                    if let Offset::Offset(n) = offset {
                        next.insert(element.partition(), n);
                    }
                    // The list is the one librdkafka assigns right after this callback; its
                    // offsets say where each partition starts.
                    let topic = std::ffi::CString::new(element.topic()).unwrap_or_default();
                    unsafe {
                        rdkafka::bindings::rd_kafka_topic_partition_list_set_offset(
                            list.ptr(),
                            topic.as_ptr(),
                            element.partition(),
                            offset.to_raw().unwrap_or(-2),
                        );
                    }
                }
            }
            Rebalance::Revoke(list) => {
                let mut next = self.next();
                for element in list.elements() {
                    next.remove(&element.partition());
                }
            }
            Rebalance::Error(_) => {}
        }
    }
}

struct CopyJob {
    args: CopyArgs,
    key_regex: Option<regex::Regex>,
    ends: Option<BTreeMap<i32, i64>>,
    /// The destination is another cluster, where the source group has no members.
    cross_cluster: bool,
    stop: Arc<AtomicBool>,
    timeout: Duration,
    verbose: bool,
}

impl CopyJob {
    fn run(
        self,
        consumer: BaseConsumer<CopyContext>,
        producer: BaseProducer<KfkClientContext>,
    ) -> Result<Summary> {
        let started = Instant::now();
        producer
            .init_transactions(self.timeout)
            .map_err(|err| anyhow!("cannot start transactions on the destination: {err}"))?;
        consumer.subscribe(&[self.args.source.as_str()])?;
        let progress = Progress::records(std::io::stderr().is_terminal(), self.ends.is_some());
        let mut summary = Summary::default();
        let mut aborted_in_a_row = 0;
        loop {
            if self.stop.load(Ordering::SeqCst) || self.finished(&consumer) {
                break;
            }
            let batch = self.gather(&consumer)?;
            if batch.is_empty() {
                continue;
            }
            match self.transfer(&consumer, &producer, &batch) {
                Ok(copied) => {
                    if summary.transactions == 0 {
                        summary.warning = self.resume_warning(&consumer, &batch);
                        if let Some(warning) = &summary.warning {
                            eprintln!("kfk copy: warning: {warning}");
                        }
                    }
                    summary.transactions += 1;
                    summary.copied += copied;
                    summary.filtered += batch.len() as u64 - copied;
                    aborted_in_a_row = 0;
                    let mut next = consumer.context().next();
                    for (partition, (_, last)) in ranges(&batch) {
                        next.insert(partition, last + 1);
                    }
                }
                Err(err) => {
                    if err.fatal {
                        self.log_ranges("open", &batch);
                        bail!("the transaction failed for good (the copier may have been fenced by another instance with the same id): {err}");
                    }
                    // Abort waits for every queued record and event to be served; nothing of
                    // this transaction is wanted any more.
                    producer.purge(PurgeConfig::default().queue().inflight());
                    drain(&producer, self.timeout);
                    retrying(self.timeout, || producer.abort_transaction(self.timeout)).map_err(|abort_err| {
                        self.log_ranges("open", &batch);
                        anyhow!("cannot abort a failed transaction ({err}): {abort_err}; run the same command again: the next start aborts it")
                    })?;
                    summary.aborted += 1;
                    aborted_in_a_row += 1;
                    self.log_ranges("abort", &batch);
                    if aborted_in_a_row == MAX_ABORTS_IN_A_ROW {
                        bail!(
                            "{MAX_ABORTS_IN_A_ROW} transactions in a row aborted; giving up: {err}"
                        );
                    }
                    eprintln!("kfk copy: transaction aborted, retrying its records: {err}");
                    self.rewind(&consumer, &batch);
                }
            }
            let done = summary.copied + summary.filtered;
            progress.set_records(done, self.remaining(&consumer).map(|left| done + left));
        }
        progress.finish();
        let seconds = started.elapsed().as_secs_f64();
        summary.seconds = seconds;
        summary.records_per_second = summary.copied as f64 / seconds.max(1e-9);
        Ok(summary)
    }

    /// Up to --batch-records records, or what arrived within --batch-time.
    fn gather(&self, consumer: &BaseConsumer<CopyContext>) -> Result<Vec<OwnedMessage>> {
        let deadline = Instant::now() + self.args.batch_time;
        let mut batch = Vec::new();
        while (batch.len() as u64) < self.args.batch_records && Instant::now() < deadline {
            if self.stop.load(Ordering::SeqCst) {
                break;
            }
            match consumer.poll(Duration::from_millis(50)) {
                Some(Ok(message)) => {
                    let beyond_end = self
                        .ends
                        .as_ref()
                        .and_then(|ends| ends.get(&message.partition()))
                        .is_some_and(|end| message.offset() >= *end);
                    if !beyond_end {
                        batch.push(message.detach());
                    }
                }
                Some(Err(err)) => eprintln!("kfk copy: warning: {err}"),
                None => {
                    if self.finished(consumer) {
                        break;
                    }
                }
            }
        }
        Ok(batch)
    }

    /// One transaction: the batch's records and its source offsets. Returns the records
    /// written (the rest were filtered out).
    fn transfer(
        &self,
        consumer: &BaseConsumer<CopyContext>,
        producer: &BaseProducer<KfkClientContext>,
        batch: &[OwnedMessage],
    ) -> std::result::Result<u64, TxnFailure> {
        producer.begin_transaction().map_err(failure)?;
        self.log_ranges("begin", batch);
        let mut copied = 0;
        for message in batch.iter().filter(|m| self.selected(m)) {
            let mut record: BaseRecord<'_, [u8], [u8]> = BaseRecord::to(&self.args.destination);
            record.key = message.key();
            record.payload = message.payload();
            record.headers = message.headers().map(|h| {
                h.iter()
                    .fold(OwnedHeaders::new(), |all, header| all.insert(header))
            });
            if self.args.partitioning == Partitioning::Same {
                record.partition = Some(message.partition());
            }
            if self.args.timestamp == TimestampMode::Keep {
                record.timestamp = message.timestamp().to_millis();
            }
            loop {
                match producer.send(record) {
                    Ok(()) => break,
                    Err((KafkaError::MessageProduction(RDKafkaErrorCode::QueueFull), returned)) => {
                        record = returned;
                        producer.poll(Duration::from_millis(10));
                    }
                    Err((err, _)) => return Err(failure(err)),
                }
            }
            copied += 1;
        }
        let mut offsets = TopicPartitionList::new();
        for (partition, (_, last)) in ranges(batch) {
            offsets
                .add_partition_offset(&self.args.source, partition, Offset::Offset(last + 1))
                .map_err(failure)?;
        }
        if self.cross_cluster {
            // The destination's coordinator does not know the source group's members.
            group_admin::send_offsets_for_group(
                producer.client(),
                &offsets,
                &self.args.group,
                self.timeout,
            )?;
        } else {
            // The consumer's own group metadata fences zombies across rebalances.
            let metadata = consumer.group_metadata().ok_or_else(|| TxnFailure {
                fatal: true,
                message: "the consumer has no group metadata".into(),
            })?;
            retrying(self.timeout, || {
                producer.send_offsets_to_transaction(&offsets, &metadata, self.timeout)
            })
            .map_err(failure)?;
        }
        drain(producer, self.timeout);
        retrying(self.timeout, || producer.commit_transaction(self.timeout)).map_err(failure)?;
        self.log_ranges("commit", batch);
        Ok(copied)
    }

    /// Reads the group's offsets back after the first commit: a restart resumes from them,
    /// so a cluster that did not store them (librdkafka's mock cluster keeps no
    /// transactional offsets) would copy everything again.
    fn resume_warning(
        &self,
        consumer: &BaseConsumer<CopyContext>,
        batch: &[OwnedMessage],
    ) -> Option<String> {
        let group = &self.args.group;
        let stored = match group_admin::stable_committed_offsets(
            consumer.context().admin.inner(),
            group,
            self.timeout,
        ) {
            Ok(stored) => stored,
            Err(err) => {
                return Some(format!(
                    "cannot read back the offsets of group '{group}' ({err:#}); a restart may copy records again"
                ))
            }
        };
        let missing: Vec<String> = ranges(batch)
            .into_iter()
            .filter(|(partition, (_, last))| {
                !stored.iter().any(|s| {
                    s.partition == *partition && s.topic == self.args.source && s.offset > *last
                })
            })
            .map(|(partition, _)| partition.to_string())
            .collect();
        (!missing.is_empty()).then(|| {
            format!(
                "the cluster did not keep the offsets that the first transaction committed for group '{group}' \
                 (partitions {} of '{}'): a restart would copy everything again. A cluster that does not \
                 store transactional offsets (TxnOffsetCommit), such as kfk dev-cluster, cannot resume a copy",
                missing.join(","),
                self.args.source
            )
        })
    }

    fn selected(&self, message: &OwnedMessage) -> bool {
        if let Some(regex) = &self.key_regex {
            let key = message
                .key()
                .map(String::from_utf8_lossy)
                .unwrap_or_default();
            if !regex.is_match(&key) {
                return false;
            }
        }
        self.args.headers.iter().all(|(key, value)| {
            message.headers().is_some_and(|headers| {
                headers
                    .iter()
                    .any(|h| h.key == key && h.value == Some(value.as_bytes()))
            })
        })
    }

    /// After an abort, the consumer goes back to the first record of the batch in each
    /// partition (the last committed offset), so the batch is copied again.
    fn rewind(&self, consumer: &BaseConsumer<CopyContext>, batch: &[OwnedMessage]) {
        for (partition, (first, _)) in ranges(batch) {
            if let Err(err) = consumer.seek(
                &self.args.source,
                partition,
                Offset::Offset(first),
                self.timeout,
            ) {
                eprintln!("kfk copy: warning: cannot rewind partition {partition}: {err}");
            }
        }
    }

    fn log_ranges(&self, event: &str, batch: &[OwnedMessage]) {
        if !self.verbose {
            return;
        }
        let ranges: Vec<String> = ranges(batch)
            .into_iter()
            .map(|(partition, (first, last))| format!("{partition}:{first}-{last}"))
            .collect();
        eprintln!(
            "kfk copy: txn {event} {} {}",
            self.args.source,
            ranges.join(",")
        );
    }

    /// Without --follow: the records left to copy in the assigned partitions.
    fn remaining(&self, consumer: &BaseConsumer<CopyContext>) -> Option<u64> {
        let ends = self.ends.as_ref()?;
        let next = consumer.context().next();
        Some(
            next.iter()
                .map(|(partition, n)| {
                    let end = ends.get(partition).copied().unwrap_or(0);
                    u64::try_from(end - n).unwrap_or(0)
                })
                .sum(),
        )
    }

    /// Without --follow: every assigned partition has been copied up to its end at start.
    fn finished(&self, consumer: &BaseConsumer<CopyContext>) -> bool {
        let Some(ends) = &self.ends else { return false };
        let Ok(assignment) = consumer.assignment() else {
            return false;
        };
        if assignment.count() == 0 {
            return false;
        }
        let next = consumer.context().next();
        assignment.elements().iter().all(|element| {
            let end = ends.get(&element.partition()).copied().unwrap_or(0);
            next.get(&element.partition()).is_some_and(|n| *n >= end) || end == 0
        })
    }
}

/// After this many aborts with no commit between them, the cause is not transient.
const MAX_ABORTS_IN_A_ROW: u32 = 5;

/// Calls a transactional operation again while librdkafka says it may be retried (a
/// timeout while a broker is away), for up to three rounds of `timeout`.
fn retrying(timeout: Duration, mut call: impl FnMut() -> KafkaResult<()>) -> KafkaResult<()> {
    let deadline = Instant::now() + timeout * 3;
    loop {
        match call() {
            Err(KafkaError::Transaction(err))
                if err.is_retriable() && Instant::now() < deadline => {}
            outcome => return outcome,
        }
    }
}

fn failure(err: KafkaError) -> TxnFailure {
    let fatal = matches!(&err, KafkaError::Transaction(e) if e.is_fatal());
    TxnFailure {
        fatal,
        message: err.to_string(),
    }
}

/// First and last offset per partition in a batch.
fn ranges(batch: &[OwnedMessage]) -> BTreeMap<i32, (i64, i64)> {
    let mut ranges: BTreeMap<i32, (i64, i64)> = BTreeMap::new();
    for message in batch {
        let entry = ranges
            .entry(message.partition())
            .or_insert((message.offset(), message.offset()));
        entry.0 = entry.0.min(message.offset());
        entry.1 = entry.1.max(message.offset());
    }
    ranges
}
