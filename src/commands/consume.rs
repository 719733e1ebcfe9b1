use std::io::{self, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use anyhow::{anyhow, bail, Context as _, Result};
use clap::{Args, ValueEnum};
use rdkafka::client::ClientContext;
use rdkafka::config::RDKafkaLogLevel;
use rdkafka::consumer::{BaseConsumer, CommitMode, Consumer, ConsumerContext, Rebalance};
use rdkafka::error::{KafkaError, RDKafkaErrorCode};
use rdkafka::message::{BorrowedMessage, Headers};
use rdkafka::{Message, Offset, Timestamp, TopicPartitionList};
use serde::Serialize;

use crate::cli::OutputFormat;
use crate::context::{shutdown_signal, Context, KfkClientContext, PartitionList, TopicSpec};
use crate::error::{Interrupted, PartialFailure, UsageError};
use crate::offsets::{self, parse_start, parse_until, PartitionExtent, Position, PositionSpec};
use crate::record_json::JsonBytes;
use crate::timespec::format_millis;

/// Read records from topics: tail them, read exact ranges, or consume as a group.
///
/// Without --exit, --until or --count it follows the topics like `tail -f`, starting at
/// the end; with any of them it starts at the beginning. Records go to stdout, the value
/// on a line by default; -f takes kcat's format tokens; --output json prints one object
/// per record in the shape `kfk produce --input json` reads.
///
/// --from (-o): beginning, end, stored (the group's committed offset), N, -N (N before
/// the end), +N (N after the beginning), a time (2026-11-26T10:00:00Z, '2026-11-26 10:00'
/// local, @1795687200000) or a duration ago (1h); per partition as 0=100,1=end.
/// --until: an offset (not included), end, or a time; with --from it reads a window.
///
/// Format tokens: %t topic, %p partition, %o offset, %k key, %s value, %T timestamp (ms),
/// %d timestamp (RFC 3339), %h headers (k=v,...), %K key length, %S value length (-1 for
/// null), %% a percent sign; escapes \n \t \\.
///
/// With --group, kfk joins the consumer group and commits after writing (--commit after,
/// at-least-once): an offset is committed only once its record was written to stdout.
/// Ctrl-C commits what was written, leaves the group at once and exits 130. A closed
/// stdout (| head) commits what was written and exits 0.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  kfk consume -t orders                                # follow new records
  kfk consume -t orders -o beginning -e                # everything, then exit
  kfk consume -t orders -o -10 -e                      # the last 10 of each partition
  kfk consume -t orders -o '2026-11-26T10:00:00Z' --until '2026-11-26T10:05:00Z'
  kfk consume -t orders -p 0 -o 0=1200 -c 1 -f 'key %k at %p@%o: %s\\n'
  kfk consume -t orders -e --output json | kfk produce -t orders-copy --input json
  kfk consume -t orders -g billing                     # as a member of group billing")]
pub struct ConsumeArgs {
    /// Topic to read, optionally with partitions (orders:0,2); repeatable
    #[arg(
        short = 't',
        long = "topic",
        value_name = "TOPIC[:PARTITIONS]",
        required_unless_present = "pattern"
    )]
    pub topics: Vec<TopicSpec>,

    /// Read every topic whose name matches this regular expression
    #[arg(long, value_name = "REGEX", conflicts_with = "topics")]
    pub pattern: Option<String>,

    /// Only these partitions of every topic, e.g. 0,2,4-6
    #[arg(short = 'p', long, value_name = "LIST")]
    pub partitions: Option<PartitionList>,

    /// Where to start (see above) [default: end when following, else beginning; stored with --group]
    #[arg(short = 'o', long = "from", value_name = "POSITION", value_parser = parse_start, allow_hyphen_values = true)]
    pub from: Option<PositionSpec>,

    /// Where to stop, per partition: an offset (not included), end, or a time
    #[arg(long, value_name = "POSITION", value_parser = parse_until)]
    pub until: Option<PositionSpec>,

    /// Stop at the end of each partition as it was when kfk started
    #[arg(short = 'e', long = "exit")]
    pub exit_at_end: bool,

    /// Stop after N records in all
    #[arg(short = 'c', long, value_name = "N")]
    pub count: Option<u64>,

    /// Print each record with this format (kcat's tokens, see above)
    #[arg(short = 'f', long, value_name = "FORMAT")]
    pub format: Option<String>,

    /// With --output json, embed values that are JSON documents as JSON, not strings
    #[arg(long)]
    pub value_json: bool,

    /// Consume as a member of this consumer group
    #[arg(short = 'g', long)]
    pub group: Option<String>,

    /// How the group spreads partitions over its members
    #[arg(long, value_enum, default_value_t = AssignmentStrategy::CooperativeSticky, requires = "group")]
    pub assignment_strategy: AssignmentStrategy,

    /// When offsets are committed: after writing (at-least-once), before (at-most-once), none
    #[arg(long, value_enum, default_value_t = CommitWhen::After, requires = "group")]
    pub commit: CommitWhen,

    /// The group's session.timeout.ms, e.g. 45s
    #[arg(long, value_parser = humantime::parse_duration, requires = "group")]
    pub session_timeout: Option<Duration>,

    /// The group's heartbeat.interval.ms, e.g. 3s
    #[arg(long, value_parser = humantime::parse_duration, requires = "group")]
    pub heartbeat_interval: Option<Duration>,

    /// The group's max.poll.interval.ms, e.g. 5m
    #[arg(long, value_parser = humantime::parse_duration, requires = "group")]
    pub max_poll_interval: Option<Duration>,

    /// read_committed hides records of aborted transactions
    #[arg(long, value_enum, default_value_t = Isolation::ReadCommitted)]
    pub isolation: Isolation,

    /// At the end, print records and bytes per partition and the rate on stderr
    #[arg(long)]
    pub stats: bool,
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum AssignmentStrategy {
    Range,
    Roundrobin,
    CooperativeSticky,
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum CommitWhen {
    After,
    Before,
    None,
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
#[value(rename_all = "snake_case")]
pub enum Isolation {
    ReadCommitted,
    ReadUncommitted,
}

/// Output is written to stdout in chunks of about this size, and whenever kfk is idle.
const FLUSH_BYTES: usize = 64 * 1024;
/// Consumer errors shown before they are only counted.
const MAX_WARNINGS: u32 = 10;

pub async fn run(ctx: &Context, args: ConsumeArgs) -> Result<()> {
    let renderer = Renderer::new(&args, ctx.output)?;
    let group = args.group.clone();
    let from = start_spec(&args)?;

    let mut overrides = vec![
        (
            "group.id",
            group
                .clone()
                .unwrap_or_else(|| format!("kfk-consume-{}", std::process::id())),
        ),
        ("enable.auto.offset.store", "false".to_string()),
        (
            "enable.auto.commit",
            (group.is_some() && args.commit != CommitWhen::None).to_string(),
        ),
        ("isolation.level", value_name(args.isolation)),
        ("enable.partition.eof", "false".to_string()),
        // librdkafka pauses a partition's fetching for a whole second (its default) once
        // 100k records are queued; a tool that drains its queue fast wants them back soon.
        ("fetch.queue.backoff.ms", "10".to_string()),
    ];
    if group.is_some() {
        let strategy = match args.assignment_strategy {
            AssignmentStrategy::Range => "range",
            AssignmentStrategy::Roundrobin => "roundrobin",
            AssignmentStrategy::CooperativeSticky => "cooperative-sticky",
        };
        overrides.push(("partition.assignment.strategy", strategy.to_string()));
        // In a group, --from only says where to start without a committed offset.
        let reset = if starts_at_beginning(&args) {
            "earliest"
        } else {
            "latest"
        };
        overrides.push(("auto.offset.reset", reset.to_string()));
        for (key, value) in [
            ("session.timeout.ms", args.session_timeout),
            ("heartbeat.interval.ms", args.heartbeat_interval),
            ("max.poll.interval.ms", args.max_poll_interval),
        ] {
            if let Some(value) = value {
                overrides.push((key, value.as_millis().to_string()));
            }
        }
    }
    let commit_after = group.is_some() && args.commit == CommitWhen::After;
    let consumer: BaseConsumer<ConsumeContext> = ctx.client_with(&overrides, |client| {
        ConsumeContext::new(client, commit_after)
    })?;
    let (consumer, cluster) = ctx
        .cluster_via(consumer, |consumer, timeout| {
            consumer.fetch_metadata(None, timeout)
        })
        .await?;

    let specs = topic_specs(&args, &cluster)?;
    let targets = cluster.partitions_of(&specs)?;
    let mut existing: Vec<i32> = targets.iter().map(|(_, p)| *p).collect();
    existing.sort_unstable();
    existing.dedup();
    let topics: Vec<&str> = specs.iter().map(|s| s.topic.as_str()).collect();
    for (flag, spec) in [("--from", Some(&from)), ("--until", args.until.as_ref())] {
        if let Some(spec) = spec {
            spec.refuse_unknown_partitions(flag, &topics.join("', '"), &existing)
                .map_err(UsageError)?;
        }
    }
    if group.is_some() && specs.iter().any(|s| s.partitions.is_some()) {
        bail!(UsageError(
            "--group takes whole topics; partitions are assigned by the group".into()
        ));
    }

    let stop = Arc::new(AtomicBool::new(false));
    let signals = tokio::spawn(watch_interrupts(stop.clone()));
    let timeout = ctx.timeout();
    let explain_context = ctx.settings.brokers.value.clone();
    let job = ConsumeJob {
        args,
        from,
        renderer,
        stop,
        timeout,
    };
    let result = tokio::task::spawn_blocking(move || job.run(consumer, targets, specs))
        .await
        .context("the consumer thread panicked")?;
    signals.abort();
    result.map_err(|err| match err.downcast::<KafkaError>() {
        Ok(kafka) => ctx.explain(kafka),
        Err(other) => other.context(format!("consuming from {explain_context}")),
    })
}

/// --from as given, or the default for the mode.
fn start_spec(args: &ConsumeArgs) -> Result<PositionSpec> {
    let bounded = args.exit_at_end || args.until.is_some() || args.count.is_some();
    let default = if args.group.is_some() {
        Position::Stored
    } else if bounded {
        Position::Beginning
    } else {
        Position::End
    };
    let Some(spec) = &args.from else {
        return Ok(PositionSpec::uniform(default));
    };
    if args.group.is_some() {
        let allowed = spec.partitions.is_empty()
            && matches!(
                spec.default,
                Some(Position::Stored | Position::Beginning | Position::End)
            );
        if !allowed {
            bail!(UsageError(
                "with --group, --from takes stored, beginning or end (where to start without a \
                 committed offset); to move a group use kfk consumer-groups reset-offsets"
                    .into()
            ));
        }
        return Ok(PositionSpec::uniform(Position::Stored));
    }
    if spec.positions().any(|p| p == Position::Stored) {
        bail!(UsageError("--from stored needs --group".into()));
    }
    Ok(spec.clone())
}

/// Whether a group starts a partition without a committed offset at its beginning
/// (`--from beginning`) rather than its end.
fn starts_at_beginning(args: &ConsumeArgs) -> bool {
    matches!(
        args.from.as_ref().and_then(|spec| spec.default),
        Some(Position::Beginning)
    )
}

fn topic_specs(args: &ConsumeArgs, cluster: &crate::context::Cluster) -> Result<Vec<TopicSpec>> {
    let partitions = args.partitions.as_ref().map(|list| list.0.clone());
    if let Some(pattern) = &args.pattern {
        let regex = regex::Regex::new(pattern).map_err(|err| {
            UsageError(format!(
                "invalid --pattern: {}",
                crate::output::one_line(&err)
            ))
        })?;
        let specs: Vec<TopicSpec> = cluster
            .topics
            .iter()
            .filter(|t| regex.is_match(&t.name))
            .map(|t| TopicSpec {
                topic: t.name.clone(),
                partitions: partitions.clone(),
            })
            .collect();
        if specs.is_empty() {
            bail!("no topic matches --pattern '{pattern}'");
        }
        return Ok(specs);
    }
    Ok(args
        .topics
        .iter()
        .map(|spec| TopicSpec {
            topic: spec.topic.clone(),
            partitions: spec.partitions.clone().or_else(|| partitions.clone()),
        })
        .collect())
}

fn value_name<T: ValueEnum>(value: T) -> String {
    value
        .to_possible_value()
        .map(|v| v.get_name().to_string())
        .unwrap_or_default()
}

/// First Ctrl-C/SIGTERM: stop, write and commit what was read. Second: leave at once.
async fn watch_interrupts(stop: Arc<AtomicBool>) {
    shutdown_signal().await;
    stop.store(true, Ordering::SeqCst);
    shutdown_signal().await;
    std::process::exit(i32::from(crate::error::EXIT_INTERRUPTED));
}

/// How records are printed.
enum Renderer {
    Value,
    Format(Vec<Token>),
    Json { value_json: bool },
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Token {
    Literal(Vec<u8>),
    Topic,
    Partition,
    Offset,
    Key,
    Value,
    Timestamp,
    Date,
    Headers,
    KeyLength,
    ValueLength,
}

impl Renderer {
    fn new(args: &ConsumeArgs, output: OutputFormat) -> Result<Renderer> {
        match (&args.format, output) {
            (Some(_), OutputFormat::Json) => {
                bail!(UsageError(
                    "-f/--format and --output json exclude each other".into()
                ))
            }
            (Some(format), OutputFormat::Table) => {
                Ok(Renderer::Format(parse_format(format).map_err(UsageError)?))
            }
            (None, OutputFormat::Json) => Ok(Renderer::Json {
                value_json: args.value_json,
            }),
            (None, OutputFormat::Table) if args.value_json => {
                bail!(UsageError("--value-json applies to --output json".into()))
            }
            (None, OutputFormat::Table) => Ok(Renderer::Value),
        }
    }

    fn render(&self, message: &BorrowedMessage<'_>, out: &mut Vec<u8>) {
        match self {
            Renderer::Value => {
                out.extend_from_slice(message.payload().unwrap_or_default());
                out.push(b'\n');
            }
            Renderer::Format(tokens) => {
                for token in tokens {
                    render_token(token, message, out);
                }
            }
            Renderer::Json { value_json } => {
                let value = message.payload();
                let embedded = if *value_json {
                    value.and_then(|v| {
                        serde_json::from_slice::<&serde_json::value::RawValue>(v).ok()
                    })
                } else {
                    None
                };
                let headers: Vec<(&str, JsonBytes<'_>)> = message
                    .headers()
                    .map(|h| h.iter().map(|h| (h.key, JsonBytes(h.value))).collect())
                    .unwrap_or_default();
                let (timestamp, timestamp_type) = match message.timestamp() {
                    Timestamp::NotAvailable => (None, None),
                    Timestamp::CreateTime(ms) => (Some(ms), Some("create_time")),
                    Timestamp::LogAppendTime(ms) => (Some(ms), Some("log_append_time")),
                };
                let record = JsonRecord {
                    topic: message.topic(),
                    partition: message.partition(),
                    offset: message.offset(),
                    timestamp,
                    timestamp_type,
                    key: JsonBytes(message.key()),
                    value: match embedded {
                        Some(raw) => JsonValue::Embedded(raw),
                        None => JsonValue::Bytes(JsonBytes(value)),
                    },
                    headers,
                };
                // Serializing borrowed data into a Vec cannot fail.
                let _ = serde_json::to_writer(&mut *out, &record);
                out.push(b'\n');
            }
        }
    }
}

#[derive(Serialize)]
struct JsonRecord<'a> {
    topic: &'a str,
    partition: i32,
    offset: i64,
    timestamp: Option<i64>,
    timestamp_type: Option<&'static str>,
    key: JsonBytes<'a>,
    value: JsonValue<'a>,
    headers: Vec<(&'a str, JsonBytes<'a>)>,
}

#[derive(Serialize)]
#[serde(untagged)]
enum JsonValue<'a> {
    Bytes(JsonBytes<'a>),
    Embedded(&'a serde_json::value::RawValue),
}

fn render_token(token: &Token, message: &BorrowedMessage<'_>, out: &mut Vec<u8>) {
    let length = |bytes: Option<&[u8]>| bytes.map_or(-1, |b| b.len() as i64);
    let _ = match token {
        Token::Literal(bytes) => {
            out.extend_from_slice(bytes);
            Ok(())
        }
        Token::Topic => {
            out.extend_from_slice(message.topic().as_bytes());
            Ok(())
        }
        Token::Partition => write!(out, "{}", message.partition()),
        Token::Offset => write!(out, "{}", message.offset()),
        Token::Key => {
            out.extend_from_slice(message.key().unwrap_or_default());
            Ok(())
        }
        Token::Value => {
            out.extend_from_slice(message.payload().unwrap_or_default());
            Ok(())
        }
        Token::Timestamp => write!(out, "{}", message.timestamp().to_millis().unwrap_or(-1)),
        Token::Date => match message.timestamp().to_millis() {
            Some(ms) => write!(out, "{}", format_millis(ms)),
            None => write!(out, "-"),
        },
        Token::Headers => {
            if let Some(headers) = message.headers() {
                for (i, header) in headers.iter().enumerate() {
                    if i > 0 {
                        out.push(b',');
                    }
                    out.extend_from_slice(header.key.as_bytes());
                    if let Some(value) = header.value {
                        out.push(b'=');
                        out.extend_from_slice(value);
                    }
                }
            }
            Ok(())
        }
        Token::KeyLength => write!(out, "{}", length(message.key())),
        Token::ValueLength => write!(out, "{}", length(message.payload())),
    };
}

fn parse_format(format: &str) -> Result<Vec<Token>, String> {
    let mut tokens = Vec::new();
    let mut literal = Vec::new();
    let mut chars = format.chars();
    while let Some(c) = chars.next() {
        let token = match c {
            '%' => match chars.next() {
                Some('t') => Token::Topic,
                Some('p') => Token::Partition,
                Some('o') => Token::Offset,
                Some('k') => Token::Key,
                Some('s') => Token::Value,
                Some('T') => Token::Timestamp,
                Some('d') => Token::Date,
                Some('h') => Token::Headers,
                Some('K') => Token::KeyLength,
                Some('S') => Token::ValueLength,
                Some('%') => {
                    literal.push(b'%');
                    continue;
                }
                Some(other) => {
                    return Err(format!(
                        "unknown format token '%{other}' (known: %t %p %o %k %s %T %d %h %K %S %%)"
                    ))
                }
                None => return Err("the format ends with a lone '%'".into()),
            },
            '\\' => {
                match chars.next() {
                    Some('n') => literal.push(b'\n'),
                    Some('t') => literal.push(b'\t'),
                    Some('r') => literal.push(b'\r'),
                    Some('\\') => literal.push(b'\\'),
                    Some(other) => {
                        return Err(format!(
                            "unknown escape '\\{other}' (known: \\n \\t \\r \\\\)"
                        ))
                    }
                    None => return Err("the format ends with a lone '\\'".into()),
                }
                continue;
            }
            other => {
                let mut buf = [0; 4];
                literal.extend_from_slice(other.encode_utf8(&mut buf).as_bytes());
                continue;
            }
        };
        if !literal.is_empty() {
            tokens.push(Token::Literal(std::mem::take(&mut literal)));
        }
        tokens.push(token);
    }
    if !literal.is_empty() {
        tokens.push(Token::Literal(literal));
    }
    Ok(tokens)
}

/// Per-partition progress: what was written, where to stop, what was counted.
struct PartitionState {
    topic: String,
    partition: i32,
    /// The offset after the last record written to stdout, not yet stored for commit.
    pending: Option<i64>,
    /// Stop before this offset (--exit, --until).
    end: Option<i64>,
    done: bool,
    records: u64,
    bytes: u64,
}

/// Rendered records not yet on stdout, and the partitions' progress. Shared with the
/// rebalance callback, which must write and commit before partitions are taken away.
struct Sink {
    buffer: Vec<u8>,
    partitions: Vec<PartitionState>,
    last: usize,
    write_error: Option<io::Error>,
}

impl Sink {
    fn slot(&mut self, topic: &str, partition: i32) -> &mut PartitionState {
        let index = match self.partitions.get(self.last) {
            Some(p) if p.partition == partition && p.topic == topic => self.last,
            _ => match self
                .partitions
                .iter()
                .position(|p| p.partition == partition && p.topic == topic)
            {
                Some(index) => index,
                None => {
                    self.partitions.push(PartitionState {
                        topic: topic.to_string(),
                        partition,
                        pending: None,
                        end: None,
                        done: false,
                        records: 0,
                        bytes: 0,
                    });
                    self.partitions.len() - 1
                }
            },
        };
        self.last = index;
        &mut self.partitions[index]
    }

    /// Writes the buffer to stdout. Only when that succeeded are the offsets of the
    /// records in it handed over for commit.
    fn flush<C: ConsumerContext>(&mut self, consumer: &BaseConsumer<C>, commit_after: bool) {
        if self.write_error.is_some() {
            return;
        }
        if !self.buffer.is_empty() {
            let mut stdout = io::stdout().lock();
            if let Err(err) = stdout.write_all(&self.buffer).and_then(|_| stdout.flush()) {
                self.write_error = Some(err);
                return;
            }
            self.buffer.clear();
        }
        if !commit_after {
            return;
        }
        let mut written = TopicPartitionList::new();
        for state in &mut self.partitions {
            if let Some(next) = state.pending.take() {
                let _ = written.add_partition_offset(
                    &state.topic,
                    state.partition,
                    Offset::Offset(next),
                );
            }
        }
        if written.count() > 0 {
            // A partition revoked meanwhile refuses the store; its records are re-read by
            // its next owner, which is what at-least-once allows.
            let _ = consumer.store_offsets(&written);
        }
    }
}

/// The consumer's librdkafka context: kfk's logging plus the rebalance hook.
struct ConsumeContext {
    client: KfkClientContext,
    sink: Mutex<Sink>,
    commit_after: bool,
    /// Whether a background commit has failed yet (said once, on stderr).
    commit_failed: AtomicBool,
}

impl ConsumeContext {
    fn new(client: KfkClientContext, commit_after: bool) -> Self {
        ConsumeContext {
            client,
            commit_failed: AtomicBool::new(false),
            sink: Mutex::new(Sink {
                buffer: Vec::with_capacity(2 * FLUSH_BYTES),
                partitions: Vec::new(),
                last: 0,
                write_error: None,
            }),
            commit_after,
        }
    }

    fn sink(&self) -> MutexGuard<'_, Sink> {
        self.sink
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

impl ClientContext for ConsumeContext {
    fn log(&self, level: RDKafkaLogLevel, facility: &str, message: &str) {
        self.client.log(level, facility, message);
    }

    fn error(&self, error: KafkaError, reason: &str) {
        self.client.error(error, reason);
    }
}

impl ConsumerContext for ConsumeContext {
    /// Background commits that fail are said once: until one succeeds, a restart of the
    /// group reads again what was already written.
    fn commit_callback(&self, result: rdkafka::error::KafkaResult<()>, _: &TopicPartitionList) {
        match result {
            Ok(()) | Err(KafkaError::ConsumerCommit(RDKafkaErrorCode::NoOffset)) => {}
            Err(err) => {
                if !self.commit_failed.swap(true, Ordering::SeqCst) {
                    eprintln!(
                        "kfk consume: warning: committing the group's offsets failed ({err})"
                    );
                }
            }
        }
    }

    fn pre_rebalance(&self, consumer: &BaseConsumer<Self>, rebalance: &Rebalance<'_>) {
        if let Rebalance::Revoke(_) = rebalance {
            // Before the partitions go: write what was read and commit it synchronously,
            // so their next owner starts after it.
            self.sink().flush(consumer, self.commit_after);
            if self.commit_after {
                let _ = consumer.commit_consumer_state(CommitMode::Sync);
            }
        }
    }
}

struct ConsumeJob {
    args: ConsumeArgs,
    from: PositionSpec,
    renderer: Renderer,
    stop: Arc<AtomicBool>,
    timeout: Duration,
}

impl ConsumeJob {
    fn run(
        self,
        consumer: BaseConsumer<ConsumeContext>,
        targets: Vec<(String, i32)>,
        specs: Vec<TopicSpec>,
    ) -> Result<()> {
        let started = Instant::now();
        let bounded = self.args.exit_at_end || self.args.until.is_some();
        let extents = if bounded || self.args.group.is_none() {
            targets
                .iter()
                .map(|(topic, partition)| {
                    let (low, high) = consumer.fetch_watermarks(topic, *partition, self.timeout)?;
                    Ok(PartitionExtent {
                        topic: topic.clone(),
                        partition: *partition,
                        low,
                        high,
                    })
                })
                .collect::<Result<Vec<_>, KafkaError>>()?
        } else {
            Vec::new()
        };
        let ends = if bounded {
            self.ends(&consumer, &extents)?
        } else {
            vec![None; extents.len()]
        };
        {
            let mut sink = consumer.context().sink();
            for (extent, end) in extents.iter().zip(&ends) {
                let state = sink.slot(&extent.topic, extent.partition);
                state.end = *end;
                // Nothing to read below the end: done before it starts.
                state.done = end.is_some_and(|end| end <= extent.low);
            }
        }

        match &self.args.group {
            Some(_) => {
                let topics: Vec<&str> = specs.iter().map(|s| s.topic.as_str()).collect();
                consumer.subscribe(&topics)?;
            }
            None => {
                let positions: Vec<Position> = extents
                    .iter()
                    .map(|e| {
                        self.from
                            .for_partition(e.partition)
                            .unwrap_or(Position::End)
                    })
                    .collect();
                let starts = offsets::resolve(&consumer, &extents, &positions, self.timeout)?;
                let mut assignment = TopicPartitionList::new();
                let mut sink = consumer.context().sink();
                for (extent, start) in extents.iter().zip(starts) {
                    let state = sink.slot(&extent.topic, extent.partition);
                    if let (Offset::Offset(start), Some(end)) = (start, state.end) {
                        if start >= end {
                            state.done = true;
                            continue;
                        }
                    }
                    assignment.add_partition_offset(&extent.topic, extent.partition, start)?;
                }
                drop(sink);
                consumer.assign(&assignment)?;
            }
        }

        let outcome = self.consume(&consumer);
        let context = consumer.context();
        context.sink().flush(&consumer, context.commit_after);
        let mut commit_failure = None;
        if self.args.group.is_some() && self.args.commit != CommitWhen::None {
            match consumer.commit_consumer_state(CommitMode::Sync) {
                Ok(()) | Err(KafkaError::ConsumerCommit(RDKafkaErrorCode::NoOffset)) => {}
                Err(err) => {
                    commit_failure = Some(format!(
                        "the final commit failed ({err}): the group will read records already written again"
                    ))
                }
            }
        }
        let write_error = context.sink().write_error.take();
        if self.args.stats {
            print_stats(&context.sink().partitions, started.elapsed());
        }
        drop(consumer); // leaves the group now rather than after the session timeout
        outcome?;
        if let Some(err) = write_error {
            return Err(err).context("writing to stdout");
        }
        if self.stop.load(Ordering::SeqCst) {
            if let Some(failure) = commit_failure {
                eprintln!("kfk consume: {failure}");
            }
            return Err(Interrupted.into());
        }
        match commit_failure {
            Some(failure) => Err(PartialFailure(failure).into()),
            None => Ok(()),
        }
    }

    /// Where each partition stops: the end as it was now (--exit) and/or --until.
    fn ends(
        &self,
        consumer: &BaseConsumer<ConsumeContext>,
        extents: &[PartitionExtent],
    ) -> Result<Vec<Option<i64>>> {
        let until = match &self.args.until {
            Some(spec) => {
                let positions: Vec<Position> = extents
                    .iter()
                    .map(|e| spec.for_partition(e.partition).unwrap_or(Position::End))
                    .collect();
                // An --until past the log end still stops there only with --exit.
                let open: Vec<PartitionExtent> = extents
                    .iter()
                    .map(|e| PartitionExtent {
                        high: i64::MAX,
                        ..e.clone()
                    })
                    .collect();
                let resolved = offsets::resolve(consumer, &open, &positions, self.timeout)?;
                resolved
                    .into_iter()
                    .zip(positions)
                    .zip(extents)
                    .map(|((offset, position), extent)| match (offset, position) {
                        (_, Position::End) => Some(extent.high),
                        (Offset::Offset(n), Position::Time(_)) if n == i64::MAX => None,
                        (Offset::Offset(n), _) => Some(n),
                        _ => None,
                    })
                    .collect()
            }
            None => vec![None; extents.len()],
        };
        Ok(extents
            .iter()
            .zip(until)
            .map(|(extent, until)| {
                let at_exit = self.args.exit_at_end.then_some(extent.high);
                match (at_exit, until) {
                    (Some(a), Some(b)) => Some(a.min(b)),
                    (a, b) => a.or(b),
                }
            })
            .collect())
    }

    fn consume(&self, consumer: &BaseConsumer<ConsumeContext>) -> Result<()> {
        let context = consumer.context();
        let commit_before = self.args.group.is_some() && self.args.commit == CommitWhen::Before;
        let bounded = self.args.exit_at_end || self.args.until.is_some();
        let mut total = 0u64;
        let mut warnings = 0u32;
        if bounded && self.finished(consumer) {
            return Ok(());
        }
        loop {
            if self.stop.load(Ordering::Relaxed) || self.args.count.is_some_and(|c| total >= c) {
                return Ok(());
            }
            let message = match consumer.poll(Duration::from_millis(100)) {
                None => {
                    let mut sink = context.sink();
                    sink.flush(consumer, context.commit_after);
                    if sink.write_error.is_some() {
                        return Ok(());
                    }
                    drop(sink);
                    if bounded && self.finished(consumer) {
                        return Ok(());
                    }
                    continue;
                }
                Some(Err(err)) => {
                    if err
                        .rdkafka_error_code()
                        .is_some_and(|code| code == RDKafkaErrorCode::Fatal)
                    {
                        return Err(anyhow!("the consumer failed: {err}"));
                    }
                    warnings += 1;
                    if warnings <= MAX_WARNINGS {
                        eprintln!("kfk consume: warning: {err}");
                    }
                    continue;
                }
                Some(Ok(message)) => message,
            };
            let mut sink = context.sink();
            let offset = message.offset();
            let state = sink.slot(message.topic(), message.partition());
            if state.end.is_some_and(|end| offset >= end) {
                state.done = true;
                drop(sink);
                self.pause(consumer, &message);
                if self.finished(consumer) {
                    return Ok(());
                }
                continue;
            }
            state.records += 1;
            state.bytes += (message.payload_len() + message.key().map_or(0, <[u8]>::len)) as u64;
            if context.commit_after {
                state.pending = Some(offset + 1);
            }
            let reached_end = state.end.is_some_and(|end| offset + 1 >= end);
            if reached_end {
                state.done = true;
            }
            if commit_before {
                consumer.store_offset(message.topic(), message.partition(), offset + 1)?;
            }
            self.renderer.render(&message, &mut sink.buffer);
            total += 1;
            if sink.buffer.len() >= FLUSH_BYTES {
                sink.flush(consumer, context.commit_after);
                if sink.write_error.is_some() {
                    return Ok(());
                }
            }
            drop(sink);
            if reached_end {
                self.pause(consumer, &message);
                if self.finished(consumer) {
                    return Ok(());
                }
            }
        }
    }

    fn pause(&self, consumer: &BaseConsumer<ConsumeContext>, message: &BorrowedMessage<'_>) {
        let mut list = TopicPartitionList::new();
        list.add_partition(message.topic(), message.partition());
        let _ = consumer.pause(&list);
    }

    /// Whether every partition kfk reads has reached where it stops. In a group, the
    /// partitions are those currently assigned; one whose position is already at its end
    /// delivers nothing, so positions are checked too.
    fn finished(&self, consumer: &BaseConsumer<ConsumeContext>) -> bool {
        let mut sink = consumer.context().sink();
        if self.args.group.is_none() {
            if sink.partitions.iter().all(|p| p.done || p.end.is_none()) {
                return true;
            }
            // A partition whose last offsets are transaction markers delivers no record
            // there, but its position moves past them.
            let Ok(positions) = consumer.position() else {
                return false;
            };
            for element in positions.elements() {
                let state = sink.slot(element.topic(), element.partition());
                if let (Offset::Offset(position), Some(end)) = (element.offset(), state.end) {
                    state.done |= position >= end;
                }
            }
            return sink.partitions.iter().all(|p| p.done || p.end.is_none());
        }
        let Ok(positions) = consumer.position() else {
            return false;
        };
        if positions.count() == 0 {
            return false;
        }
        // A partition with nothing read yet has no position; its committed offset tells
        // whether there is anything left to read.
        let committed = positions
            .elements()
            .iter()
            .any(|e| !matches!(e.offset(), Offset::Offset(_)))
            .then(|| consumer.committed(self.timeout).ok())
            .flatten();
        positions.elements().iter().all(|element| {
            let offset = match element.offset() {
                Offset::Offset(position) => Some(position),
                _ => committed
                    .as_ref()
                    .and_then(|c| c.find_partition(element.topic(), element.partition()))
                    .and_then(|e| match e.offset() {
                        Offset::Offset(position) => Some(position),
                        _ => None,
                    }),
            };
            let state = sink.slot(element.topic(), element.partition());
            let at_end = match (offset, state.end) {
                (Some(position), Some(end)) => position >= end,
                // Neither read nor committed: the group starts it at auto.offset.reset,
                // which for "latest" is the end already.
                (None, Some(_)) => !starts_at_beginning(&self.args),
                _ => false,
            };
            state.done || at_end
        })
    }
}

fn print_stats(partitions: &[PartitionState], elapsed: Duration) {
    let mut total_records = 0;
    let mut total_bytes = 0;
    for p in partitions.iter().filter(|p| p.records > 0) {
        eprintln!(
            "kfk consume: {} [{}]: {} records, {}",
            p.topic,
            p.partition,
            p.records,
            indicatif::HumanBytes(p.bytes)
        );
        total_records += p.records;
        total_bytes += p.bytes;
    }
    let seconds = elapsed.as_secs_f64().max(1e-9);
    eprintln!(
        "kfk consume: {total_records} records, {} in {:.2}s ({:.0} records/s)",
        indicatif::HumanBytes(total_bytes),
        seconds,
        total_records as f64 / seconds
    );
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(crate::fuzz_config())]
        #[test]
        fn formats_never_panic(raw in ".{0,30}", shaped in "([%\\\\][a-zA-Z%\\\\]?|[a-z ])*") {
            let _ = parse_format(&raw);
            let _ = parse_format(&shaped);
        }
    }

    use super::*;

    #[test]
    fn format_strings_parse() {
        assert_eq!(
            parse_format("%k=%s\\n").unwrap(),
            [
                Token::Key,
                Token::Literal(b"=".to_vec()),
                Token::Value,
                Token::Literal(b"\n".to_vec())
            ]
        );
        assert_eq!(
            parse_format("100%% %t").unwrap(),
            [Token::Literal(b"100% ".to_vec()), Token::Topic]
        );
        assert!(parse_format("%x").is_err());
        assert!(parse_format("%").is_err());
        assert!(parse_format("\\q").is_err());
    }
}
