//! `kfk produce` under injected faults, with librdkafka's mock cluster hosted by the test
//! process and kfk talking to it over TCP: it fails chosen requests on demand, which
//! Apache Kafka does not (tests/replication.rs kills a real broker).

mod common;

use std::io::Write;
use std::process::Stdio;
use std::time::Duration;

use common::*;
use rdkafka::mocking::MockCluster;
use rdkafka::types::{RDKafkaApiKey, RDKafkaRespErr};

fn lines(range: std::ops::RangeInclusive<u32>) -> String {
    range.map(|i| format!("record-{i}\n")).collect()
}

fn sorted(text: &str) -> Vec<String> {
    let mut lines: Vec<String> = text.lines().map(String::from).collect();
    lines.sort();
    lines
}

/// Waits until the topic's partitions hold `count` records in all.
fn wait_for_records(brokers: &str, topic: &str, partitions: i32, count: i64) {
    use rdkafka::consumer::{BaseConsumer, Consumer};
    let consumer: BaseConsumer = rdkafka::ClientConfig::new()
        .set("bootstrap.servers", brokers)
        .create()
        .expect("consumer");
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    loop {
        let total: i64 = (0..partitions)
            .map(|p| {
                consumer
                    .fetch_watermarks(topic, p, Duration::from_secs(5))
                    .map_or(0, |(_, high)| high)
            })
            .sum();
        if total >= count {
            return;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "only {total} of {count} records arrived within 30s"
        );
    }
}

/// `kfk produce` reading from a pipe the test writes to.
fn spawn_produce(brokers: &str, topic: &str, quiet: bool) -> (Guarded, std::process::ChildStdin) {
    let mut command = kfk();
    command.args(["-b", brokers, "produce", "-t", topic]);
    if quiet {
        command.arg("-q");
    }
    let mut child = command.stdin(Stdio::piped()).stderr(Stdio::piped()).start();
    let stdin = child.stdin.take().expect("stdin");
    (child, stdin)
}

/// The topic's log ends, or None when no broker answers within a second.
fn watermarks_while_down(cluster: &MockCluster<'_, impl rdkafka::ClientContext>) -> Option<i64> {
    use rdkafka::consumer::{BaseConsumer, Consumer};
    let consumer: BaseConsumer = rdkafka::ClientConfig::new()
        .set("bootstrap.servers", cluster.bootstrap_servers())
        .set("log_level", "0")
        .create()
        .ok()?;
    consumer
        .fetch_watermarks("faults", 0, Duration::from_secs(1))
        .ok()
        .map(|(_, high)| high)
}

#[test]
fn a_broker_down_for_seconds_mid_stream_loses_and_duplicates_nothing() {
    let cluster = MockCluster::new(1).expect("mock cluster");
    cluster.create_topic("faults", 3, 1).expect("topic");
    let (child, mut stdin) = spawn_produce(&cluster.bootstrap_servers(), "faults", true);
    stdin
        .write_all(lines(1..=5000).as_bytes())
        .expect("write first half");
    stdin.flush().expect("flush");
    wait_for_records(&cluster.bootstrap_servers(), "faults", 3, 5000);

    cluster.broker_down(1).expect("broker down");
    // 50,000 lines (about 640 KB) do not fit in a pipe's 64 KB buffer, so this write
    // returns only once kfk has read all but the last few thousand: those records are in
    // flight while the broker is away (fewer than librdkafka's 100,000-record queue, so
    // kfk keeps reading).
    stdin
        .write_all(lines(5001..=55000).as_bytes())
        .expect("write second half");
    stdin.flush().expect("flush");
    assert_eq!(
        watermarks_while_down(&cluster),
        None,
        "the broker must be away while the records are in flight"
    );
    // The fault itself: the broker stays away for three seconds.
    std::thread::sleep(Duration::from_secs(3));
    cluster.broker_up(1).expect("broker up");
    drop(stdin);

    let output = child.wait_with_output().expect("wait");
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(
        stored_values(&cluster.bootstrap_servers(), "faults", "read_uncommitted"),
        sorted(&lines(1..=55000))
    );
}

/// kfk produce to `topic` with --failed-file, once every produce request from now on is
/// refused with a permanent error.
fn refusing_produce(
    cluster: &MockCluster<'_, impl rdkafka::ClientContext>,
    topic: &str,
    failed: &std::path::Path,
    extra: &[&str],
) -> std::process::Command {
    cluster.request_errors(
        RDKafkaApiKey::Produce,
        &[RDKafkaRespErr::RD_KAFKA_RESP_ERR_TOPIC_AUTHORIZATION_FAILED; 10_000],
    );
    let mut command = kfk();
    command
        .args(["-b", &cluster.bootstrap_servers(), "produce", "-t", topic])
        .args(extra)
        .args(["--message-timeout", "5s", "--failed-file"])
        .arg(failed);
    command
}

#[test]
fn a_failing_topic_exits_3_saves_exactly_the_failures_and_the_replay_completes() {
    let cluster = MockCluster::new(1).expect("mock cluster");
    cluster.create_topic("failing", 1, 1).expect("topic");
    let brokers = cluster.bootstrap_servers();
    let dir = tempfile::tempdir().expect("tempdir");
    let failed = dir.path().join("failed.txt");

    let first = run_with_stdin(
        kfk().args(["-b", &brokers, "produce", "-t", "failing"]),
        lines(1..=100).as_bytes(),
    );
    assert_eq!(first.code, 0, "{}", first.stderr);

    let second = run_with_stdin(
        &mut refusing_produce(&cluster, "failing", &failed, &[]),
        lines(101..=200).as_bytes(),
    );
    assert_eq!(second.code, 3, "{}", second.stderr);
    assert!(
        second.stderr.contains("100 read, 0 delivered, 100 failed"),
        "{}",
        second.stderr
    );
    assert!(
        second.stderr.contains(&format!(
            "error: 100 of 100 records were not delivered; they are saved in {}",
            failed.display()
        )),
        "{}",
        second.stderr
    );
    let saved = std::fs::read_to_string(&failed).expect("failed file");
    assert_eq!(sorted(&saved), sorted(&lines(101..=200)));
    assert_eq!(
        stored_values(&cluster.bootstrap_servers(), "failing", "read_uncommitted"),
        sorted(&lines(1..=100))
    );

    cluster.clear_request_errors(RDKafkaApiKey::Produce);
    let replay = run(kfk()
        .args(["-b", &brokers, "produce", "-t", "failing"])
        .arg(&failed));
    assert_eq!(replay.code, 0, "{}", replay.stderr);
    assert_eq!(
        stored_values(&cluster.bootstrap_servers(), "failing", "read_uncommitted"),
        sorted(&lines(1..=200))
    );
}

#[test]
fn ctrl_c_stops_reading_drains_reports_and_exits_130() {
    let cluster = MockCluster::new(1).expect("mock cluster");
    cluster.create_topic("interrupted", 1, 1).expect("topic");
    let (mut child, mut stdin) = spawn_produce(&cluster.bootstrap_servers(), "interrupted", false);
    stdin.write_all(lines(1..=100).as_bytes()).expect("write");
    stdin.flush().expect("flush");
    wait_for_records(&cluster.bootstrap_servers(), "interrupted", 1, 100);
    // stdin stays open: kfk is waiting for more input when the signal arrives.
    child.signal(libc::SIGINT);
    let output = child.wait_with_output().expect("wait");
    drop(stdin);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(130), "{stderr}");
    assert!(
        stderr.contains("kfk produce: 100 read, 100 delivered, 0 failed"),
        "{stderr}"
    );
    assert_eq!(
        stored_values(
            &cluster.bootstrap_servers(),
            "interrupted",
            "read_uncommitted"
        ),
        sorted(&lines(1..=100))
    );
}

#[test]
fn json_records_that_fail_are_saved_in_the_record_shape_and_replay() {
    let cluster = MockCluster::new(1).expect("mock cluster");
    cluster.create_topic("failing-json", 2, 1).expect("topic");
    let brokers = cluster.bootstrap_servers();
    let dir = tempfile::tempdir().expect("tempdir");
    let failed = dir.path().join("failed.jsonl");
    let input: String = (0..50)
        .map(|i| {
            format!(
                "{{\"key\":\"k{i}\",\"value\":\"/w==\",\"value_encoding\":\"base64\",\"headers\":[[\"n\",\"{i}\"]],\"partition\":{},\"timestamp\":{}}}\n",
                i % 2,
                1_700_000_000_000i64 + i
            )
        })
        .collect();
    let refused = run_with_stdin(
        &mut refusing_produce(&cluster, "failing-json", &failed, &["--input", "json"]),
        input.as_bytes(),
    );
    assert_eq!(refused.code, 3, "{}", refused.stderr);
    let saved = std::fs::read_to_string(&failed).expect("failed file");
    assert_eq!(saved.lines().count(), 50, "{saved}");
    assert!(saved.contains("\"timestamp\":1700000000000,"), "{saved}");

    cluster.clear_request_errors(RDKafkaApiKey::Produce);
    let replayed = run(kfk()
        .args([
            "-b",
            &brokers,
            "produce",
            "-t",
            "failing-json",
            "--input",
            "json",
            "-q",
        ])
        .arg(&failed));
    assert_eq!(replayed.code, 0, "{}", replayed.stderr);
    let mut records = read_topic(&brokers, "failing-json", "read_uncommitted");
    records.sort_by_key(|r| r.timestamp);
    assert_eq!(records.len(), 50);
    for (i, record) in records.iter().enumerate() {
        assert_eq!(record.key_str(), Some(format!("k{i}").as_str()));
        assert_eq!(record.value.as_deref(), Some(&[0xff][..]));
        assert_eq!(record.partition, i as i32 % 2);
        assert_eq!(record.timestamp, Some(1_700_000_000_000 + i as i64));
        assert_eq!(
            record.headers,
            [("n".to_string(), Some(i.to_string().into_bytes()))]
        );
    }
}
