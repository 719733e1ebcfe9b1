//! `kfk copy` on librdkafka's mock cluster, hosted by the test process: across two
//! clusters, and with produce requests failing so that transactions must abort. The mock
//! cluster neither hides aborted records nor stores transactional offset commits, so these
//! tests check what it can prove: every source record arrives, and aborts are reported.

mod common;

use std::time::Duration;

use common::*;
use rdkafka::consumer::{BaseConsumer, Consumer};
use rdkafka::mocking::MockCluster;
use rdkafka::types::{RDKafkaApiKey, RDKafkaRespErr};
use rdkafka::{ClientConfig, Offset, TopicPartitionList};

fn fill(brokers: &str, topic: &str, count: usize) {
    let input: String = (0..count).map(|i| format!("k{i}:v{i}\n")).collect();
    let result = run_with_stdin(
        kfk().args(["-b", brokers, "produce", "-t", topic, "-K:", "-q"]),
        input.as_bytes(),
    );
    assert_eq!(result.code, 0, "{}", result.stderr);
}

/// The group's committed offsets on a cluster, per partition (-1: none), as a consumer of
/// the group would find them.
fn committed(brokers: &str, group: &str, topic: &str, partitions: i32) -> Vec<i64> {
    let consumer: BaseConsumer = ClientConfig::new()
        .set("bootstrap.servers", brokers)
        .set("group.id", group)
        .create()
        .expect("consumer");
    let mut list = TopicPartitionList::new();
    for p in 0..partitions {
        list.add_partition(topic, p);
    }
    let found = consumer
        .committed_offsets(list, Duration::from_secs(10))
        .expect("committed");
    found
        .elements()
        .iter()
        .map(|e| match e.offset() {
            Offset::Offset(n) => n,
            _ => -1,
        })
        .collect()
}

fn values(brokers: &str, topic: &str) -> Vec<String> {
    let mut values: Vec<String> = read_topic(brokers, topic, "read_committed")
        .iter()
        .filter_map(|r| r.value_str().map(String::from))
        .collect();
    values.sort();
    values.dedup();
    values
}

fn expected(count: usize) -> Vec<String> {
    let mut values: Vec<String> = (0..count).map(|i| format!("v{i}")).collect();
    values.sort();
    values
}

#[test]
fn across_clusters_every_record_arrives_and_the_source_keeps_no_offsets() {
    // Neither test broker can show where the offsets went: the mock cluster does not store
    // transactional offset commits, and nisshi drops them for a group that never joined it
    // (and then fails DescribeGroups for it). What they can show is checked here.
    let source = MockCluster::new(1).expect("source cluster");
    let destination = MockCluster::new(1).expect("destination cluster");
    source.create_topic("orders", 2, 1).expect("topic");
    destination.create_topic("orders", 2, 1).expect("topic");
    let (src, dst) = (source.bootstrap_servers(), destination.bootstrap_servers());
    fill(&src, "orders", 500);

    let copy = run(kfk().args([
        "-b",
        &src,
        "-v",
        "copy",
        "--from",
        "orders",
        "--to",
        "orders",
        "--to-brokers",
        &dst,
        "--group",
        "mirror",
        "--batch-records",
        "100",
    ]));
    assert_eq!(copy.code, 0, "{}", copy.stderr);
    assert!(
        copy.stderr.contains("kfk copy: 500 copied, 0 filtered"),
        "{}",
        copy.stderr
    );
    assert!(!copy.stderr.contains("txn abort"), "{}", copy.stderr);
    assert_eq!(values(&dst, "orders"), expected(500));
    assert_eq!(
        committed(&src, "mirror", "orders", 2),
        [-1, -1],
        "nothing committed on the source"
    );
}

#[test]
fn failed_produce_requests_abort_and_retry_the_transaction() {
    let cluster = MockCluster::new(1).expect("cluster");
    cluster.create_topic("src", 2, 1).expect("topic");
    cluster.create_topic("dst", 2, 1).expect("topic");
    let brokers = cluster.bootstrap_servers();
    fill(&brokers, "src", 300);
    // The first produce requests are refused for good: their transaction must abort.
    cluster.request_errors(
        RDKafkaApiKey::Produce,
        &[RDKafkaRespErr::RD_KAFKA_RESP_ERR_INVALID_RECORD; 3],
    );

    let copy = run(kfk().args([
        "-b",
        &brokers,
        "-v",
        "copy",
        "--from",
        "src",
        "--to",
        "dst",
        "--group",
        "faults",
        "--batch-records",
        "100",
    ]));
    assert_eq!(copy.code, 0, "{}", copy.stderr);
    assert!(
        copy.stderr.contains("kfk copy: txn abort src"),
        "{}",
        copy.stderr
    );
    assert!(
        copy.stderr.contains("kfk copy: 300 copied"),
        "{}",
        copy.stderr
    );
    assert!(!copy.stderr.contains("0 aborted"), "{}", copy.stderr);
    assert_eq!(values(&brokers, "dst"), expected(300));
}
