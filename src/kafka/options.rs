//! Typed options for each kind of client kfk makes. They become librdkafka properties
//! here and nowhere else, so a command says what it wants (acks=all, a group that starts
//! at the earliest offset) and never spells a property name. The enums' command-line
//! names are in commands/args/choices.rs; their librdkafka spellings are the
//! `as_librdkafka` matches below, so renaming a flag value cannot change what librdkafka
//! receives.

use std::time::Duration;

use crate::model::partitioner::KeyHash;

/// Acknowledgements a producer waits for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Acks {
    /// Every in-sync replica
    All,
    /// The leader only
    Leader,
    /// None
    None,
}

impl Acks {
    fn as_librdkafka(self) -> &'static str {
        match self {
            Acks::All => "all",
            Acks::Leader => "1",
            Acks::None => "0",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compression {
    None,
    Gzip,
    Snappy,
    Lz4,
    Zstd,
}

impl Compression {
    fn as_librdkafka(self) -> &'static str {
        match self {
            Compression::None => "none",
            Compression::Gzip => "gzip",
            Compression::Snappy => "snappy",
            Compression::Lz4 => "lz4",
            Compression::Zstd => "zstd",
        }
    }
}

/// How keys map to partitions; murmur2_random matches the Java client.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Partitioner {
    Random,
    Consistent,
    ConsistentRandom,
    Murmur2,
    Murmur2Random,
    Fnv1a,
    Fnv1aRandom,
}

impl Partitioner {
    /// The hash this partitioner takes of a key; None for random, which takes none.
    pub fn key_hash(self) -> Option<KeyHash> {
        match self {
            Partitioner::Random => None,
            Partitioner::Consistent | Partitioner::ConsistentRandom => Some(KeyHash::Crc32),
            Partitioner::Murmur2 | Partitioner::Murmur2Random => Some(KeyHash::Murmur2),
            Partitioner::Fnv1a | Partitioner::Fnv1aRandom => Some(KeyHash::Fnv1a),
        }
    }

    pub fn name(self) -> &'static str {
        self.as_librdkafka()
    }

    fn as_librdkafka(self) -> &'static str {
        match self {
            Partitioner::Random => "random",
            Partitioner::Consistent => "consistent",
            Partitioner::ConsistentRandom => "consistent_random",
            Partitioner::Murmur2 => "murmur2",
            Partitioner::Murmur2Random => "murmur2_random",
            Partitioner::Fnv1a => "fnv1a",
            Partitioner::Fnv1aRandom => "fnv1a_random",
        }
    }
}

/// Whether records of aborted transactions are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Isolation {
    ReadCommitted,
    ReadUncommitted,
}

impl Isolation {
    fn as_librdkafka(self) -> &'static str {
        match self {
            Isolation::ReadCommitted => "read_committed",
            Isolation::ReadUncommitted => "read_uncommitted",
        }
    }
}

/// How a group spreads partitions over its members.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AssignmentStrategy {
    Range,
    Roundrobin,
    CooperativeSticky,
}

impl AssignmentStrategy {
    fn as_librdkafka(self) -> &'static str {
        match self {
            AssignmentStrategy::Range => "range",
            AssignmentStrategy::Roundrobin => "roundrobin",
            AssignmentStrategy::CooperativeSticky => "cooperative-sticky",
        }
    }
}

/// The consumer group protocol: the classic one, where the members assign partitions
/// among themselves, or KIP-848's, where the broker does (Kafka 4.0+).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GroupProtocol {
    Classic,
    Consumer,
}

/// Refuses a session timeout or heartbeat interval for the consumer protocol, where the
/// broker sets them (its group.consumer.* settings) and librdkafka rejects them.
pub fn check_group_timeouts(
    protocol: GroupProtocol,
    session_timeout: Option<Duration>,
    heartbeat_interval: Option<Duration>,
) -> Result<(), String> {
    if protocol == GroupProtocol::Consumer
        && (session_timeout.is_some() || heartbeat_interval.is_some())
    {
        return Err(
            "with --group-protocol consumer the broker sets the session timeout and \
                    heartbeat interval (group.consumer.session.timeout.ms, \
                    group.consumer.heartbeat.interval.ms): drop --session-timeout and \
                    --heartbeat-interval"
                .into(),
        );
    }
    Ok(())
}

/// A librdkafka property a client is built with.
pub type Property = (&'static str, String);

/// The options of one kind of client, as librdkafka properties.
pub trait ClientOptions {
    fn properties(&self) -> Vec<Property>;
}

/// A producer: delivery guarantees, batching, and optionally transactions.
#[derive(Debug, Clone)]
pub struct ProducerOptions {
    pub partitioner: Partitioner,
    pub acks: Acks,
    pub idempotent: bool,
    pub compression: Compression,
    /// How long a record may take to be delivered, retries included.
    pub message_timeout: Duration,
    pub linger: Option<Duration>,
    pub batch_size: Option<u64>,
    pub max_in_flight: Option<u32>,
    pub transactional_id: Option<String>,
    /// How long a transaction may stay open [default: librdkafka's 60s]; it must not be
    /// shorter than `message_timeout`.
    pub transaction_timeout: Option<Duration>,
}

impl ProducerOptions {
    /// acks=all, idempotent, Java-compatible placement by key: what kfk writes with
    /// unless told otherwise.
    pub fn safe() -> Self {
        ProducerOptions {
            partitioner: Partitioner::Murmur2Random,
            acks: Acks::All,
            idempotent: true,
            compression: Compression::None,
            message_timeout: Duration::from_secs(300),
            linger: None,
            batch_size: None,
            max_in_flight: None,
            transactional_id: None,
            transaction_timeout: None,
        }
    }
}

impl ClientOptions for ProducerOptions {
    fn properties(&self) -> Vec<Property> {
        let mut properties = vec![
            ("partitioner", self.partitioner.as_librdkafka().to_string()),
            ("acks", self.acks.as_librdkafka().to_string()),
            (
                "compression.codec",
                self.compression.as_librdkafka().to_string(),
            ),
            ("message.timeout.ms", millis(self.message_timeout)),
            ("enable.idempotence", self.idempotent.to_string()),
        ];
        if let Some(linger) = self.linger {
            properties.push(("linger.ms", millis(linger)));
        }
        if let Some(bytes) = self.batch_size {
            properties.push(("batch.size", bytes.to_string()));
        }
        if let Some(n) = self.max_in_flight {
            properties.push(("max.in.flight.requests.per.connection", n.to_string()));
        }
        if let Some(id) = &self.transactional_id {
            properties.push(("transactional.id", id.clone()));
        }
        if let Some(timeout) = self.transaction_timeout {
            properties.push(("transaction.timeout.ms", millis(timeout)));
        }
        properties
    }
}

/// Where a group member starts a partition its group has no committed offset for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StartWithoutCommit {
    Earliest,
    Latest,
}

/// When a consumer's offsets are committed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Commits {
    /// In the background, of the offsets the command stored.
    Automatic,
    /// Only when the command commits (or in a transaction).
    Manual,
}

/// A consumer that reads as a member of a consumer group.
#[derive(Debug, Clone)]
pub struct GroupConsumerOptions {
    pub group: String,
    pub protocol: GroupProtocol,
    /// With the consumer protocol, `Range` asks for the broker's range assignor and any
    /// other for its uniform one.
    pub assignment: AssignmentStrategy,
    pub commits: Commits,
    pub start_without_commit: StartWithoutCommit,
    pub isolation: Isolation,
    pub session_timeout: Option<Duration>,
    pub heartbeat_interval: Option<Duration>,
    pub max_poll_interval: Option<Duration>,
}

impl ClientOptions for GroupConsumerOptions {
    fn properties(&self) -> Vec<Property> {
        let mut properties = reading(self.isolation);
        properties.push(("group.id", self.group.clone()));
        match self.protocol {
            GroupProtocol::Classic => properties.push((
                "partition.assignment.strategy",
                self.assignment.as_librdkafka().to_string(),
            )),
            // The broker assigns, and it owns the session timeout and heartbeat interval
            // (group.consumer.* on the broker): librdkafka refuses those settings here.
            GroupProtocol::Consumer => properties.extend([
                ("group.protocol", "consumer".to_string()),
                (
                    "group.remote.assignor",
                    match self.assignment {
                        AssignmentStrategy::Range => "range",
                        _ => "uniform",
                    }
                    .to_string(),
                ),
            ]),
        }
        properties.extend([
            (
                "enable.auto.commit",
                (self.commits == Commits::Automatic).to_string(),
            ),
            (
                "auto.offset.reset",
                match self.start_without_commit {
                    StartWithoutCommit::Earliest => "earliest",
                    StartWithoutCommit::Latest => "latest",
                }
                .to_string(),
            ),
        ]);
        let classic = self.protocol == GroupProtocol::Classic;
        for (key, value) in [
            (
                "session.timeout.ms",
                self.session_timeout.filter(|_| classic),
            ),
            (
                "heartbeat.interval.ms",
                self.heartbeat_interval.filter(|_| classic),
            ),
            ("max.poll.interval.ms", self.max_poll_interval),
        ] {
            if let Some(value) = value {
                properties.push((key, millis(value)));
            }
        }
        properties
    }
}

/// A consumer that reads partitions it assigns itself, outside any group. librdkafka
/// wants a group id even so; this one is private to the process and never joins.
#[derive(Debug, Clone)]
pub struct ReaderOptions {
    pub isolation: Isolation,
    /// Names the private group id: kfk-PURPOSE-PID.
    pub purpose: &'static str,
}

impl ClientOptions for ReaderOptions {
    fn properties(&self) -> Vec<Property> {
        let mut properties = reading(self.isolation);
        properties.extend([
            (
                "group.id",
                format!("kfk-{}-{}", self.purpose, std::process::id()),
            ),
            ("enable.auto.commit", "false".to_string()),
        ]);
        properties
    }
}

/// A reader whose fetches the broker holds at most 5 ms waiting for data, not 500 ms: a
/// broker that answers a fetch only when its wait is over (librdkafka's mock cluster) then
/// delays a record by 5 ms at most. For latency measurements; it costs more fetches.
pub struct Unbatched<O>(pub O);

impl<O: ClientOptions> ClientOptions for Unbatched<O> {
    fn properties(&self) -> Vec<Property> {
        let mut properties = self.0.properties();
        properties.push(("fetch.wait.max.ms", "5".to_string()));
        properties
    }
}

/// What every reading consumer of kfk's shares: offsets are stored only by the command
/// (after it wrote a record), no end-of-partition events, and a short fetch backoff:
/// librdkafka pauses a partition's fetching for a whole second (its default) once 100k
/// records are queued, and a tool that drains its queue fast wants them back soon.
fn reading(isolation: Isolation) -> Vec<Property> {
    vec![
        ("isolation.level", isolation.as_librdkafka().to_string()),
        ("enable.auto.offset.store", "false".to_string()),
        ("enable.partition.eof", "false".to_string()),
        ("fetch.queue.backoff.ms", "10".to_string()),
    ]
}

fn millis(duration: Duration) -> String {
    duration.as_millis().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cli_spellings_do_not_leak_into_librdkafka() {
        for (strategy, name) in [
            (AssignmentStrategy::CooperativeSticky, "cooperative-sticky"),
            (AssignmentStrategy::Roundrobin, "roundrobin"),
        ] {
            assert_eq!(strategy.as_librdkafka(), name);
        }
        let mut options = ProducerOptions::safe();
        options.transactional_id = Some("t".into());
        options.transaction_timeout = Some(Duration::from_secs(60));
        let properties = options.properties();
        assert!(properties.contains(&("acks", "all".to_string())));
        assert!(properties.contains(&("partitioner", "murmur2_random".to_string())));
        assert!(properties.contains(&("transaction.timeout.ms", "60000".to_string())));
    }
}
