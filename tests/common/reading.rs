//! Reading back what kfk wrote, with librdkafka directly (not with kfk): records,
//! watermarks and committed offsets, as the assertions need them.

use std::time::{Duration, Instant};

use rdkafka::config::ClientConfig;
use rdkafka::consumer::{BaseConsumer, Consumer};

/// A record as read back from a topic.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub partition: i32,
    pub offset: i64,
    pub key: Option<Vec<u8>>,
    pub value: Option<Vec<u8>>,
    pub headers: Vec<(String, Option<Vec<u8>>)>,
    pub timestamp: Option<i64>,
}

impl Record {
    fn of(message: &rdkafka::message::BorrowedMessage) -> Record {
        use rdkafka::message::{Headers, Message};
        Record {
            partition: message.partition(),
            offset: message.offset(),
            key: message.key().map(<[u8]>::to_vec),
            value: message.payload().map(<[u8]>::to_vec),
            headers: message
                .headers()
                .map(|h| {
                    h.iter()
                        .map(|h| (h.key.to_string(), h.value.map(<[u8]>::to_vec)))
                        .collect()
                })
                .unwrap_or_default(),
            timestamp: message.timestamp().to_millis(),
        }
    }

    pub fn value_str(&self) -> Option<&str> {
        self.value
            .as_deref()
            .map(|v| std::str::from_utf8(v).expect("utf-8 value"))
    }
    pub fn key_str(&self) -> Option<&str> {
        self.key
            .as_deref()
            .map(|k| std::str::from_utf8(k).expect("utf-8 key"))
    }
}

/// A partition's watermarks as `consumer` sees them. For read_committed, the high one
/// is the last stable offset, which lags the log end until a committed transaction's
/// markers are written (after the producer's commit has returned): it waits, up to 15 s,
/// for the two to meet, so that what was just committed is read back. A transaction
/// still open after that keeps the lower end.
fn settled_watermarks(
    brokers: &str,
    consumer: &BaseConsumer,
    topic: &str,
    partition: i32,
    isolation: &str,
) -> (i64, i64) {
    let timeout = Duration::from_secs(10);
    let watermarks = || {
        consumer
            .fetch_watermarks(topic, partition, timeout)
            .expect("watermarks")
    };
    if isolation != "read_committed" {
        return watermarks();
    }
    // librdkafka's consumers read committed unless told otherwise.
    let log: BaseConsumer = ClientConfig::new()
        .set("bootstrap.servers", brokers)
        .set("isolation.level", "read_uncommitted")
        .set("log_level", "0")
        .create()
        .expect("watermark reader");
    let (_, log_end) = log
        .fetch_watermarks(topic, partition, timeout)
        .expect("watermarks");
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let (low, stable) = watermarks();
        if stable >= log_end || Instant::now() >= deadline {
            return (low, stable);
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Every record of a topic, read with librdkafka directly (not with kfk), in partition
/// then offset order. Reads up to the high watermarks taken when called.
pub fn read_topic(brokers: &str, topic: &str, isolation: &str) -> Vec<Record> {
    let consumer: BaseConsumer = ClientConfig::new()
        .set("bootstrap.servers", brokers)
        .set("group.id", "kfk-test-reader")
        .set("enable.auto.commit", "false")
        .set("isolation.level", isolation)
        .set("log_level", "0")
        .create()
        .expect("reader");
    let mut ends = assign_up_to_ends(brokers, &consumer, topic, isolation);
    let mut records = Vec::new();
    let deadline = Instant::now() + Duration::from_secs(60);
    while !ends.is_empty() {
        assert!(
            Instant::now() < deadline,
            "reading {topic} back took over 60s"
        );
        match consumer.poll(Duration::from_secs(1)) {
            Some(Ok(message)) => {
                let record = Record::of(&message);
                if ends
                    .get(&record.partition)
                    .is_some_and(|end| record.offset + 1 >= *end)
                {
                    ends.remove(&record.partition);
                }
                records.push(record);
            }
            // A broker that is down (a fault test's) is not the reader's failure: librdkafka
            // reports losing it and reads from the new leaders.
            Some(Err(rdkafka::error::KafkaError::MessageConsumption(
                rdkafka::types::RDKafkaErrorCode::BrokerTransportFailure
                | rdkafka::types::RDKafkaErrorCode::AllBrokersDown,
            ))) => {}
            Some(Err(err)) => panic!("reading {topic}: {err}"),
            None => {
                // Transaction markers occupy offsets: a partition whose position reached
                // its end is done even if the last offset was not a record.
                let positions = consumer.position().expect("position");
                for element in positions.elements() {
                    if let rdkafka::Offset::Offset(position) = element.offset() {
                        if ends
                            .get(&element.partition())
                            .is_some_and(|end| position >= *end)
                        {
                            ends.remove(&element.partition());
                        }
                    }
                }
            }
        }
    }
    records.sort_by_key(|r| (r.partition, r.offset));
    records
}

/// Assigns every non-empty partition of `topic` from its low watermark, and returns the
/// end to read each one to.
fn assign_up_to_ends(
    brokers: &str,
    consumer: &BaseConsumer,
    topic: &str,
    isolation: &str,
) -> std::collections::HashMap<i32, i64> {
    let metadata = consumer
        .fetch_metadata(Some(topic), Duration::from_secs(10))
        .expect("metadata");
    let mut assignment = rdkafka::TopicPartitionList::new();
    let mut ends = std::collections::HashMap::new();
    for partition in metadata.topics()[0].partitions().iter().map(|p| p.id()) {
        let (low, high) = settled_watermarks(brokers, consumer, topic, partition, isolation);
        if high > low {
            ends.insert(partition, high);
            assignment
                .add_partition_offset(topic, partition, rdkafka::Offset::Offset(low))
                .expect("assign");
        }
    }
    if !ends.is_empty() {
        consumer.assign(&assignment).expect("assign");
    }
    ends
}

/// A group's committed offset per partition of a topic (-1: none), as a consumer of the
/// group would find them.
pub fn committed_offsets(brokers: &str, group: &str, topic: &str, partitions: i32) -> Vec<i64> {
    let consumer: BaseConsumer = ClientConfig::new()
        .set("bootstrap.servers", brokers)
        .set("group.id", group)
        .set("log_level", "0")
        .create()
        .expect("consumer");
    let mut list = rdkafka::TopicPartitionList::new();
    for p in 0..partitions {
        list.add_partition(topic, p);
    }
    consumer
        .committed_offsets(list, Duration::from_secs(10))
        .expect("committed offsets")
        .elements()
        .iter()
        .map(|e| match e.offset() {
            rdkafka::Offset::Offset(n) => n,
            _ => -1,
        })
        .collect()
}

/// (log start, log end) of every partition of a topic.
pub fn watermarks(brokers: &str, topic: &str) -> Vec<(i64, i64)> {
    let client: BaseConsumer = ClientConfig::new()
        .set("bootstrap.servers", brokers)
        .set("log_level", "0")
        .create()
        .expect("client");
    let timeout = Duration::from_secs(10);
    let metadata = client
        .fetch_metadata(Some(topic), timeout)
        .expect("metadata");
    let partitions = metadata.topics()[0].partitions().len() as i32;
    (0..partitions)
        .map(|p| fetch_watermarks(&client, topic, p))
        .collect()
}

/// One partition's watermarks, asked again while its leader is being elected (a new
/// topic's metadata can name a leader a moment before the leader serves it).
fn fetch_watermarks(client: &BaseConsumer, topic: &str, partition: i32) -> (i64, i64) {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        match client.fetch_watermarks(topic, partition, Duration::from_secs(10)) {
            Ok(marks) => return marks,
            Err(err) if Instant::now() < deadline && err.to_string().contains("Not leader") => {
                std::thread::sleep(Duration::from_millis(50));
            }
            Err(err) => panic!("watermarks of {topic}:{partition}: {err}"),
        }
    }
}

/// The values of a topic's records as a reader with `isolation` sees them, sorted.
pub fn stored_values(brokers: &str, topic: &str, isolation: &str) -> Vec<String> {
    let mut values: Vec<String> = read_topic(brokers, topic, isolation)
        .iter()
        .filter_map(|r| r.value_str().map(String::from))
        .collect();
    values.sort();
    values
}
