//! `kfk consume`: where to start and stop (`job`), what a record looks like on stdout
//! (`render`), and writing and committing in step (`sink`).

mod by_key;
mod format;
mod job;
mod positions;
mod render;
mod sink;

use std::sync::Arc;
use std::time::Duration;

use anyhow::{bail, Context as _, Result};
use clap::{Args, ValueEnum};

use self::job::ConsumeJob;
use self::positions::starts_at_beginning;
use self::positions::{parse_offset, start_spec, OffsetArg};
use self::render::{Codec, Renderer};
use self::sink::ConsumeState;
use crate::commands::args::choices;
use crate::commands::args::duration::{between, DAY, HOUR, MS};
use crate::commands::args::parse_property;
use crate::commands::completions::live;
use crate::context::Context;
use crate::error::UsageError;
use crate::io::framing::{parse_separator, Separator};
use crate::io::signals;
use crate::kafka::options::{
    check_group_timeouts, AssignmentStrategy, Commits, GroupConsumerOptions, GroupProtocol,
    Isolation, Partitioner, ReaderOptions, StartWithoutCommit,
};
use crate::kafka::{PartitionList, TopicSpec};
use crate::model::filter::RecordFilter;
use crate::model::position::{parse_until, PositionSpec};
use crate::schema::Format;

/// Read records from topics: tail them, read exact ranges, or consume as a group.
///
/// Without --exit, --until or --count it follows the topics like `tail -f`, starting at
/// the end; with any of them it starts at the beginning. Records go to stdout, the value
/// on a line by default; -f takes kcat's format tokens; --output json prints one object
/// per record in the shape `kfk produce --input json` reads.
///
/// --from (-o): beginning, end, stored (the group's committed offset), N, -N (N before
/// the end), +N (N after the beginning), a time (2026-11-26T10:00:00Z, '2026-11-26 10:00'
/// local, @1795687200000 or kcat's s@1795687200000) or a duration ago (1h); per partition
/// as 0=100,1=end (partitions it does not name start at their end: only new records).
/// --until (or kcat's -o e@MS): an offset (not included), end, or a time; with --from it
/// reads a window.
///
/// Format tokens: %t topic, %p partition, %o offset, %k key, %s value, %T timestamp (ms),
/// %d timestamp (RFC 3339), %h headers (k=v,..., a null value as NULL), %K key length,
/// %S value length (-1 for null), %R value length as a 4-byte big-endian integer (kcat's
/// binary framing), %% a percent sign; escapes \n \t \r \0 \\ \xHH, as in produce -D.
///
/// With --group, kfk joins the consumer group and commits after writing (--commit after,
/// at-least-once): an offset is committed only once its record was written to stdout
/// and, when stdout is a pipe, read from it. Ctrl-C commits what was read, leaves the
/// group at once and exits 130. A closed stdout (| head -3) commits only what the reader
/// read before it left (head reads ahead of what it prints) and exits 0; at the end of
/// -e or -c kfk waits for the reader to read the rest before committing it.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  kfk consume -t orders                                # follow new records
  kfk consume -t orders -o beginning -e                # everything, then exit
  kfk consume -t orders -o -10 -e                      # the last 10 of each partition
  kfk consume -t orders -o '2026-11-26T10:00:00Z' --until '2026-11-26T10:05:00Z'
  kfk consume -t orders -p 0 -o 0=1200 -c 1 -f 'key %k at %p@%o: %s\\n'
  kfk consume -t orders -e --output json | kfk produce -t orders-copy --input json
  kfk consume -t orders -g billing                     # as a member of group billing
  kfk consume -t orders -e --key customer-42           # one key, from its one partition")]
pub struct ConsumeArgs {
    /// Topic to read, optionally with partitions (orders:0,2); repeatable
    #[arg(
        short = 't',
        long = "topic",
        value_name = "TOPIC[:PARTITIONS]",
        required_unless_present = "pattern",
        add = live::topics()
    )]
    pub topics: Vec<TopicSpec>,

    /// Read every topic whose name matches this regular expression
    #[arg(long, value_name = "REGEX", conflicts_with = "topics")]
    pub pattern: Option<String>,

    /// Only these partitions of every topic, e.g. 0,2,4-6
    #[arg(short = 'p', long, value_name = "LIST")]
    pub partitions: Option<PartitionList>,

    /// Where to start (see above); kcat's -o e@MS (stop time) sets --until [default: end when following, else beginning; stored with --group]
    #[arg(short = 'o', long = "from", value_name = "POSITION", value_parser = parse_offset, allow_hyphen_values = true, action = clap::ArgAction::Append)]
    pub offsets: Vec<OffsetArg>,

    /// Where to start: --from, once its values are sorted out (`resolve_offsets`).
    #[arg(skip)]
    pub from: Option<PositionSpec>,

    /// Where to stop, per partition: an offset (not included), end, or a time
    #[arg(long, value_name = "POSITION", value_parser = parse_until)]
    pub until: Option<PositionSpec>,

    /// Stop at the end of each partition as it was when kfk started
    #[arg(short = 'e', long = "exit")]
    pub exit_at_end: bool,

    /// Stop after N records in all
    #[arg(short = 'c', long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub count: Option<u64>,

    /// Print each record with this format (kcat's tokens, see above)
    #[arg(short = 'f', long, value_name = "FORMAT")]
    pub format: Option<String>,

    /// Print the key, SEP and the value on each line, as kcat -C -K does
    #[arg(short = 'K', long, value_name = "SEP", value_parser = parse_separator)]
    pub key_delimiter: Option<Separator>,

    /// With --output json, embed values that are JSON documents as JSON, not strings
    #[arg(long)]
    pub value_json: bool,

    /// Consume as a member of this consumer group
    #[arg(short = 'g', long, add = live::groups())]
    pub group: Option<String>,

    /// The group protocol: classic, or consumer (KIP-848, Kafka 4.0+: the broker assigns
    /// partitions, and its group.consumer.* settings give the session timeout and heartbeat)
    #[arg(long, value_parser = choices::group_protocol(), default_value = "classic", requires = "group")]
    pub group_protocol: GroupProtocol,

    /// How the group spreads partitions over its members (with --group-protocol consumer:
    /// range asks for the broker's range assignor, the others for its uniform one)
    #[arg(long, value_parser = choices::assignment_strategy(), default_value = "cooperative-sticky", requires = "group")]
    pub assignment_strategy: AssignmentStrategy,

    /// When offsets are committed: after writing (at-least-once), before (at-most-once), none
    #[arg(long, value_enum, default_value_t = CommitWhen::After, requires = "group")]
    pub commit: CommitWhen,

    /// The group's session.timeout.ms, e.g. 45s
    #[arg(long, value_parser = between(MS, HOUR), requires = "group")]
    pub session_timeout: Option<Duration>,

    /// The group's heartbeat.interval.ms, e.g. 3s
    #[arg(long, value_parser = between(MS, HOUR), requires = "group")]
    pub heartbeat_interval: Option<Duration>,

    /// The group's max.poll.interval.ms, e.g. 5m
    #[arg(long, value_parser = between(MS, DAY), requires = "group")]
    pub max_poll_interval: Option<Duration>,

    /// read_committed hides records of aborted transactions
    #[arg(long, value_parser = choices::isolation(), default_value = "read_committed")]
    pub isolation: Isolation,

    /// At the end, print records and bytes per partition and the rate on stderr
    #[arg(long)]
    pub stats: bool,

    /// No notes on stderr (the filter summary, waiting for the group or the reader);
    /// warnings and errors still show
    #[arg(short = 'q', long)]
    pub quiet: bool,

    /// How keys are read: auto (framed records decoded with their schema; the default
    /// with a schema registry), string, bytes (the default without), base64, hex, avro,
    /// protobuf, json-schema
    #[arg(long, value_enum, value_name = "FORMAT", hide_possible_values = true)]
    pub key_format: Option<Format>,

    /// How values are read, as --key-format
    #[arg(long, value_enum, value_name = "FORMAT", hide_possible_values = true)]
    pub value_format: Option<Format>,

    /// Only records whose value (decoded, as JSON text) matches this regular expression
    #[arg(long, value_name = "REGEX", help_heading = "Filters")]
    pub grep: Option<String>,

    /// Only records whose key matches this regular expression
    #[arg(long, value_name = "REGEX", help_heading = "Filters")]
    pub key_regex: Option<String>,

    /// Only records with this key, read from the one partition that --partitioner puts it
    /// in, which kfk names on stderr. Its bytes as UTF-8, or as hex or base64 with
    /// --key-format hex|base64 (a binary key)
    #[arg(
        long,
        value_name = "KEY",
        help_heading = "Filters",
        conflicts_with = "group"
    )]
    pub key: Option<String>,

    /// With --key, the producers' partitioner: murmur2_random (the Java client, Kafka's
    /// tools, kfk produce), consistent_random (librdkafka's default: kcat,
    /// confluent-kafka), fnv1a_random (Sarama), or the variants without _random
    #[arg(long, value_parser = choices::partitioner(), default_value = "murmur2_random",
          hide_possible_values = true, requires = "key", help_heading = "Filters")]
    pub partitioner: Partitioner,

    /// With --key, read every partition, for producers with a partitioner of their own
    #[arg(long, requires = "key", help_heading = "Filters")]
    pub all_partitions: bool,

    /// Only records with this header (repeatable; all must match)
    #[arg(long = "header", value_name = "KEY=VALUE", value_parser = parse_property, help_heading = "Filters")]
    pub headers: Vec<(String, String)>,

    /// Only records whose value, as JSON, has this field (a path of names, or indexes in
    /// arrays), e.g. customer.id=42 (repeatable; all must hold)
    #[arg(long = "where", value_name = "PATH=VALUE", help_heading = "Filters")]
    pub conditions: Vec<String>,
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum CommitWhen {
    After,
    Before,
    None,
}

/// Output is written to stdout in chunks of about this size, and whenever kfk is idle.
pub(super) const FLUSH_BYTES: usize = 64 * 1024;
/// Consumer errors shown before they are only counted.
pub(super) const MAX_WARNINGS: u32 = 10;

pub async fn run(ctx: &Context, mut args: ConsumeArgs) -> Result<()> {
    args.resolve_offsets()?;
    let key = args
        .key
        .as_deref()
        .map(|key| by_key::key_bytes(key, args.key_format))
        .transpose()?;
    let filter = RecordFilter::new(
        args.key_regex.as_deref(),
        args.grep.as_deref(),
        &args.headers,
        &args.conditions,
    )
    .map_err(UsageError)?
    .with_exact_key(key.clone());
    let renderer = Renderer::new(&args, ctx.output, Codec::for_args(ctx, &args), filter)?;
    check_group_timeouts(
        args.group_protocol,
        args.session_timeout,
        args.heartbeat_interval,
    )
    .map_err(UsageError)?;
    let group = args.group.clone();
    let from = start_spec(&args)?;

    let commit_after = group.is_some() && args.commit == CommitWhen::After;
    let state = Arc::new(ConsumeState::new(commit_after));
    let consumer = match &group {
        Some(group) => ctx.kafka.consumer(
            &GroupConsumerOptions {
                group: group.clone(),
                protocol: args.group_protocol,
                assignment: args.assignment_strategy,
                commits: if args.commit == CommitWhen::None {
                    Commits::Manual
                } else {
                    Commits::Automatic
                },
                // In a group, --from only says where to start without a committed offset.
                start_without_commit: if starts_at_beginning(&args) {
                    StartWithoutCommit::Earliest
                } else {
                    StartWithoutCommit::Latest
                },
                isolation: args.isolation,
                session_timeout: args.session_timeout,
                heartbeat_interval: args.heartbeat_interval,
                max_poll_interval: args.max_poll_interval,
            },
            state.hooks(),
        )?,
        None => ctx.kafka.consumer(
            &ReaderOptions {
                isolation: args.isolation,
                purpose: "consume",
            },
            state.hooks(),
        )?,
    };

    let (consumer, cluster) = ctx.kafka.cluster_through(consumer, None).await?;

    let mut specs = topic_specs(&args, &cluster)?;
    if let Some(key) = key.as_deref().filter(|_| !args.all_partitions) {
        specs = by_key::key_partitions(&args, key, specs, &cluster)?;
    }
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

    let stop = signals::stop_flag(None);
    let timeout = ctx.timeout();
    let client_context = consumer.client_context();
    let explain_context = ctx.settings.brokers.value.clone();
    let job = ConsumeJob {
        args,
        from,
        renderer,
        state,
        stop,
        timeout,
        verbose: ctx.kafka.verbose(),
    };
    let result = tokio::task::spawn_blocking(move || job.run(consumer, targets, specs))
        .await
        .context("the consumer thread panicked")?;
    result.map_err(
        |err| match ctx.kafka.explain_consumer_error(err, &client_context) {
            Ok(explained) => explained,
            Err(other) => other.context(format!("consuming from {explain_context}")),
        },
    )
}

fn topic_specs(args: &ConsumeArgs, cluster: &crate::kafka::Cluster) -> Result<Vec<TopicSpec>> {
    let partitions = args.partitions.as_ref().map(|list| list.0.clone());
    if let Some(pattern) = &args.pattern {
        let regex = regex::Regex::new(pattern).map_err(|err| {
            UsageError(format!(
                "invalid --pattern: {}",
                crate::error::one_line(&err)
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
