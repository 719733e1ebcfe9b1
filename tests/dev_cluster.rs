//! `kfk dev-cluster` serves other processes over TCP and stops cleanly on Ctrl-C.

mod common;

use std::io::{BufRead, BufReader};
use std::process::{Child, Stdio};
use std::time::Duration;

use common::*;
use rdkafka::consumer::{BaseConsumer, Consumer};
use rdkafka::producer::{BaseProducer, BaseRecord, Producer};
use rdkafka::{ClientConfig, Message, TopicPartitionList};

/// Starts a dev cluster and returns it with the address it printed.
fn start_dev_cluster(args: &[&str]) -> (Child, String) {
    let mut child = kfk()
        .arg("dev-cluster")
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn dev-cluster");
    let stdout = child.stdout.take().expect("stdout");
    let mut lines = BufReader::new(stdout).lines();
    let first = lines.next().and_then(Result::ok).unwrap_or_default();
    let second = lines.next().and_then(Result::ok).unwrap_or_default();
    let address = first
        .strip_prefix("bootstrap: ")
        .expect("bootstrap line")
        .to_string();
    assert_eq!(second, format!("export KFK_BROKERS={address}"));
    (child, address)
}

fn interrupt(child: &mut Child) -> (i32, String) {
    unsafe {
        libc::kill(child.id() as i32, libc::SIGINT);
    }
    let status = child.wait().expect("wait");
    let mut stderr = String::new();
    if let Some(mut pipe) = child.stderr.take() {
        std::io::Read::read_to_string(&mut pipe, &mut stderr).expect("stderr");
    }
    (status.code().unwrap_or(-1), stderr)
}

#[test]
fn serves_a_round_trip_to_another_process_and_stops_on_ctrl_c() {
    let (mut child, address) =
        start_dev_cluster(&["--topic", "roundtrip:2", "--broker-count", "2"]);

    let topics = run_ok(kfk().args(["-b", &address, "topics", "list", "--output", "json"]));
    let rows: serde_json::Value = serde_json::from_str(&topics.stdout).expect("json");
    assert_eq!(rows[0]["name"], "roundtrip");
    assert_eq!(rows[0]["partitions"], 2);
    assert_eq!(rows[0]["replication_factor"], 2);

    let producer: BaseProducer = ClientConfig::new()
        .set("bootstrap.servers", &address)
        .create()
        .expect("producer");
    for i in 0..10 {
        let value = format!("value-{i}");
        producer
            .send(
                BaseRecord::<(), _>::to("roundtrip")
                    .payload(&value)
                    .partition(i % 2),
            )
            .map_err(|(err, _)| err)
            .expect("enqueue");
    }
    producer.flush(Duration::from_secs(10)).expect("flush");

    let consumer: BaseConsumer = ClientConfig::new()
        .set("bootstrap.servers", &address)
        .set("group.id", "dev-cluster-test")
        .create()
        .expect("consumer");
    let mut assignment = TopicPartitionList::new();
    for partition in 0..2 {
        assignment
            .add_partition_offset("roundtrip", partition, rdkafka::Offset::Beginning)
            .expect("assign");
    }
    consumer.assign(&assignment).expect("assign");
    let mut values = Vec::new();
    while values.len() < 10 {
        match consumer.poll(Duration::from_secs(10)) {
            Some(Ok(message)) => values
                .push(String::from_utf8_lossy(message.payload().unwrap_or_default()).into_owned()),
            Some(Err(err)) => panic!("consume: {err}"),
            None => panic!("no record within 10s; got {values:?}"),
        }
    }
    // Clients first: a consumer closing against a stopped cluster waits for its timeouts.
    drop(consumer);
    drop(producer);
    values.sort();
    let mut expected: Vec<String> = (0..10).map(|i| format!("value-{i}")).collect();
    expected.sort();
    assert_eq!(values, expected);

    let (code, stderr) = interrupt(&mut child);
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("kfk dev-cluster: stopped"), "{stderr}");
}

#[test]
fn a_bad_topic_spec_is_a_usage_error() {
    let result = run(kfk().args(["dev-cluster", "--topic", "demo:zero"]));
    assert_eq!(result.code, 2);
    assert!(
        result
            .stderr
            .contains("'zero' is not a positive partition count"),
        "{}",
        result.stderr
    );
}
