//! `kfk copy` on librdkafka's mock cluster, hosted by the test process: across two
//! clusters, with transactional requests failing, with the broker away for seconds, and
//! interrupted. The mock cluster neither hides aborted records nor stores transactional
//! offset commits, so these tests check what it can prove, from the copier's -v log:
//! every source record arrives, and each extra copy belongs to a transaction the copier
//! reported as not committed. (Restarts after SIGKILL are tested on the real broker,
//! which keeps the committed offsets: tests/copy.rs.)

mod common;

use std::time::Duration;

use common::*;
use rdkafka::mocking::MockCluster;
use rdkafka::types::{RDKafkaApiKey, RDKafkaRespErr};

/// A mock cluster hosted by the test process.
type Mock = MockCluster<'static, rdkafka::producer::DefaultProducerContext>;

/// Every value a read_committed reader sees, duplicates included, sorted. The mock
/// cluster shows aborted records too, so the copies judged by it must have aborted no
/// transaction (`assert_no_abort`); the tests that abort use `assert_exactly_once_on_mock`.
fn values(brokers: &str, topic: &str) -> Vec<String> {
    stored_values(brokers, topic, "read_committed")
}

/// The copy's summary says it aborted no transaction.
fn assert_no_abort(copy: &Run) {
    assert!(
        copy.stderr.contains(" committed, 0 aborted"),
        "{}",
        copy.stderr
    );
}

fn fill(brokers: &str, topic: &str, count: u32) {
    produce_keyed(brokers, topic, &keyed_lines(0..count));
}

#[test]
fn across_clusters_every_record_arrives_and_the_source_keeps_no_offsets() {
    // The mock cluster cannot show where the offsets went: it does not store
    // transactional offset commits (tests/copy.rs shows them on Kafka). What it can show
    // is checked here.
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
    assert_no_abort(&copy);
    assert_eq!(values(&dst, "orders"), keyed_values(0..500));
    assert_eq!(
        committed_offsets(&src, "mirror", "orders", 2),
        [-1, -1],
        "nothing committed on the source"
    );
}

#[test]
fn produce_errors_abort_and_retry_the_transaction() {
    copy_under_request_errors(
        RDKafkaApiKey::Produce,
        &[RDKafkaRespErr::RD_KAFKA_RESP_ERR_INVALID_RECORD; 3],
        true,
    );
}

fn copy_command(brokers: &str, group: &str, extra: &[&str]) -> std::process::Command {
    let mut command = kfk();
    command
        .args(["-b", brokers])
        .args(copier::copy_args("src", "dst", group))
        .args(extra);
    command
}

/// Every source record is in "dst"; extra copies only from transactions the log names
/// as not committed.
fn assert_copied(brokers: &str, logs: &[&str]) {
    let uncommitted: Vec<copier::Ranges> = logs
        .iter()
        .flat_map(|log| copier::uncommitted(log))
        .collect();
    copier::assert_exactly_once_on_mock(brokers, "src", "dst", &uncommitted);
}

/// A 300-record copy while the next requests of one kind fail as given.
fn copy_under_request_errors(api: RDKafkaApiKey, errors: &[RDKafkaRespErr], expect_abort: bool) {
    let cluster = MockCluster::new(1).expect("cluster");
    cluster.create_topic("src", 3, 1).expect("topic");
    cluster.create_topic("dst", 3, 1).expect("topic");
    let brokers = cluster.bootstrap_servers();
    fill(&brokers, "src", 300);
    cluster.request_errors(api, errors);

    let copy = run(&mut copy_command(&brokers, "faults", &[]));
    assert_eq!(copy.code, 0, "{}", copy.stderr);
    assert!(
        copy.stderr.contains("kfk copy: 300 copied"),
        "{}",
        copy.stderr
    );
    assert_eq!(
        copy.stderr.contains("kfk copy: txn abort src"),
        expect_abort,
        "{}",
        copy.stderr
    );
    assert_eq!(copier::committed_records(&copy.stderr), 300);
    assert_copied(&brokers, &[&copy.stderr]);
}

#[test]
fn add_partitions_to_txn_errors_are_retried_or_abort_the_transaction() {
    copy_under_request_errors(
        RDKafkaApiKey::AddPartitionsToTxn,
        &[
            RDKafkaRespErr::RD_KAFKA_RESP_ERR_NOT_COORDINATOR,
            RDKafkaRespErr::RD_KAFKA_RESP_ERR_COORDINATOR_LOAD_IN_PROGRESS,
            RDKafkaRespErr::RD_KAFKA_RESP_ERR_TOPIC_AUTHORIZATION_FAILED,
        ],
        true,
    );
}

#[test]
fn txn_offset_commit_errors_are_retried_or_abort_the_transaction() {
    copy_under_request_errors(
        RDKafkaApiKey::TxnOffsetCommit,
        &[
            RDKafkaRespErr::RD_KAFKA_RESP_ERR_REQUEST_TIMED_OUT,
            RDKafkaRespErr::RD_KAFKA_RESP_ERR_GROUP_AUTHORIZATION_FAILED,
        ],
        true,
    );
}

#[test]
fn end_txn_errors_are_retried_or_abort_the_transaction() {
    copy_under_request_errors(
        RDKafkaApiKey::EndTxn,
        &[
            RDKafkaRespErr::RD_KAFKA_RESP_ERR_NOT_COORDINATOR,
            RDKafkaRespErr::RD_KAFKA_RESP_ERR_CONCURRENT_TRANSACTIONS,
            RDKafkaRespErr::RD_KAFKA_RESP_ERR_UNKNOWN_PRODUCER_ID,
        ],
        true,
    );
}

#[test]
fn retriable_errors_alone_abort_nothing() {
    copy_under_request_errors(
        RDKafkaApiKey::EndTxn,
        &[
            RDKafkaRespErr::RD_KAFKA_RESP_ERR_COORDINATOR_NOT_AVAILABLE,
            RDKafkaRespErr::RD_KAFKA_RESP_ERR_COORDINATOR_LOAD_IN_PROGRESS,
        ],
        false,
    );
}

/// A cluster whose round trips take 20 ms, so that a 2,000-record copy in 50-record
/// transactions takes seconds and a fault lands in the middle of it.
fn slow_cluster() -> Mock {
    let cluster = MockCluster::new(1).expect("cluster");
    cluster.create_topic("src", 3, 1).expect("topic");
    cluster.create_topic("dst", 3, 1).expect("topic");
    fill(&cluster.bootstrap_servers(), "src", 2000);
    cluster
        .broker_round_trip_time(1, Duration::from_millis(20))
        .expect("delay");
    cluster
}

#[test]
fn the_broker_down_for_seconds_mid_copy_loses_nothing() {
    let cluster = slow_cluster();
    let brokers = cluster.bootstrap_servers();
    let running = copier::Copier::spawn(&mut copy_command(&brokers, "down", &[]));
    running.wait_for_log("a commit", |log| log.contains("kfk copy: txn commit"));
    cluster.broker_down(1).expect("down");
    // The fault itself: the only broker stays away for three seconds.
    std::thread::sleep(Duration::from_secs(3));
    cluster.broker_up(1).expect("up");
    let (code, log) = running.finish();
    assert_eq!(code, Some(0), "{log}");
    assert!(log.contains("kfk copy: 2000 copied"), "{log}");
    assert_eq!(copier::committed_records(&log), 2000);
    assert_copied(&brokers, &[&log]);
}

#[test]
fn ctrl_c_mid_copy_closes_the_open_transaction_reports_and_exits_130() {
    let cluster = slow_cluster();
    let brokers = cluster.bootstrap_servers();
    let mut running =
        copier::Copier::spawn(&mut copy_command(&brokers, "interrupted", &["--follow"]));
    running.wait_for_log("two commits", |log| {
        log.matches("kfk copy: txn commit").count() >= 2
    });
    running.signal(libc::SIGINT);
    let (code, log) = running.finish();
    assert_eq!(code, Some(130), "{log}");
    let last = copier::events(&log).last().expect("events").0;
    assert_ne!(last, "begin", "a transaction was left open:\n{log}");
    let committed = copier::committed_records(&log);
    assert!(committed < 2000, "interrupted before the end: {log}");
    assert!(
        log.contains(&format!("kfk copy: {committed} copied")),
        "the summary counts what committed:\n{log}"
    );
    let aborted: i64 = copier::uncommitted(&log)
        .iter()
        .flatten()
        .map(|(_, first, last)| last - first + 1)
        .sum();
    assert_eq!(
        read_topic(&brokers, "dst", "read_uncommitted").len() as i64,
        committed + aborted
    );
}

/// A source cluster with topic `src` of 2 partitions holding 200 records, and a
/// destination cluster with an empty `dst` of 2 partitions.
fn two_clusters() -> (Mock, Mock) {
    let source = MockCluster::new(1).expect("source cluster");
    let destination = MockCluster::new(1).expect("destination cluster");
    source.create_topic("src", 2, 1).expect("topic");
    destination.create_topic("dst", 2, 1).expect("topic");
    fill(&source.bootstrap_servers(), "src", 200);
    (source, destination)
}

#[test]
fn a_destination_without_the_source_topic_for_the_group_offsets_is_refused() {
    let (source, destination) = two_clusters();
    let mut command = kfk();
    command.args(["-b", &source.bootstrap_servers(), "copy", "--from", "src"]);
    command.args(["--to", "dst", "--group", "g"]);
    command.args(["--to-brokers", &destination.bootstrap_servers()]);
    let refused = run(&mut command);
    assert_eq!(refused.code, 2, "{}", refused.stderr);
    assert!(
        refused
            .stderr
            .contains("the destination needs a topic 'src' with at least 2 partitions (it has 0)"),
        "{}",
        refused.stderr
    );
}

#[test]
fn to_profile_copies_to_the_profiles_cluster_from_start_positions() {
    let (source, destination) = two_clusters();
    let src = source.bootstrap_servers();
    // The destination cluster holds the source group's offsets under the source's name.
    destination.create_topic("src", 2, 1).expect("topic");
    let dir = tempfile::tempdir().expect("tempdir");
    let config = dir.path().join("config.toml");
    let profile = format!(
        "[profiles.staging]\nbrokers = \"{}\"\n",
        destination.bootstrap_servers()
    );
    std::fs::write(&config, profile).expect("config");

    let mut command = kfk();
    command.arg("--config").arg(&config);
    command.args(["-b", &src, "copy", "--from", "src", "--to", "dst"]);
    command.args(["--to-profile", "staging", "--group", "profiled"]);
    command.args(["--start", "0=10,1=end"]);
    let copy = run(&mut command);
    assert_eq!(copy.code, 0, "{}", copy.stderr);
    let source_records = read_topic(&src, "src", "read_uncommitted");
    let partition_0 = source_records.iter().filter(|r| r.partition == 0).count();
    let mut wanted: Vec<String> = source_records
        .iter()
        .filter(|r| r.partition == 0 && r.offset >= 10)
        .filter_map(|r| r.value_str().map(String::from))
        .collect();
    wanted.sort();
    assert!(
        copy.stderr
            .contains(&format!("kfk copy: {} copied", partition_0 - 10)),
        "{}",
        copy.stderr
    );
    assert_no_abort(&copy);
    assert_eq!(values(&destination.bootstrap_servers(), "dst"), wanted);
}

/// A cluster with `src` (2 partitions, 300 records) and an empty `dst`.
fn filled_cluster() -> Mock {
    let cluster = MockCluster::new(1).expect("cluster");
    cluster.create_topic("src", 2, 1).expect("topic");
    cluster.create_topic("dst", 2, 1).expect("topic");
    fill(&cluster.bootstrap_servers(), "src", 300);
    cluster
}

fn copy_on(brokers: &str, group: &str, extra: &[&str]) -> Run {
    run(kfk()
        .args([
            "-b", brokers, "copy", "--from", "src", "--to", "dst", "--group", group,
        ])
        .args(extra))
}

#[test]
fn a_cluster_that_keeps_no_transactional_offsets_is_named_once_up_front() {
    let cluster = filled_cluster();
    let brokers = cluster.bootstrap_servers();
    let warning = "kfk copy: warning: this cluster does not keep the offsets transactions \
                   commit (librdkafka's mock cluster, which kfk dev-cluster runs): the copy \
                   cannot resume, and every run copies again from --start (the beginning \
                   unless set)";
    // A 10 s session: the mock keeps a finished run's member until its session times
    // out, and the rerun must find it still there even when a loaded machine is slow to
    // end the first run (with 6 s, CI once saw it gone).
    let short_session = ["-X", "session.timeout.ms=10000"];
    let copy = copy_on(&brokers, "resume", &short_session);
    assert_eq!(copy.code, 0, "{}", copy.stderr);
    let lines: Vec<&str> = copy.stderr.lines().collect();
    assert_eq!(lines.first(), Some(&warning), "{}", copy.stderr);
    let warnings = lines.iter().filter(|l| l.contains("warning")).count();
    assert_eq!(warnings, 1, "said once: {}", copy.stderr);
    assert!(
        lines.iter().any(|l| l.starts_with("kfk copy: 300 copied")),
        "{}",
        copy.stderr
    );
    assert_no_abort(&copy);
    assert_eq!(values(&brokers, "dst"), keyed_values(0..300));

    // The rerun, as said, copies everything again. It waits for the first run's member
    // to time out, and says so rather than waiting silently.
    let started = std::time::Instant::now();
    let rerun = copy_on(&brokers, "resume", &short_session);
    assert_eq!(rerun.code, 0, "{}", rerun.stderr);
    assert!(
        started.elapsed() < Duration::from_secs(30),
        "{:?}",
        started.elapsed()
    );
    assert!(
        rerun.stderr.contains(
            "kfk copy: waiting for group 'resume' to assign partitions (3s so far): a member \
             that stopped without leaving holds them until its session times out"
        ),
        "{}",
        rerun.stderr
    );
    let mut twice: Vec<String> = keyed_values(0..300)
        .into_iter()
        .chain(keyed_values(0..300))
        .collect();
    twice.sort();
    assert_eq!(values(&brokers, "dst"), twice);
}

#[test]
fn the_json_summary_carries_the_warning_that_the_copy_cannot_resume() {
    let cluster = filled_cluster();
    let json = copy_on(
        &cluster.bootstrap_servers(),
        "resume-json",
        &["--output", "json"],
    );
    assert_eq!(json.code, 0, "{}", json.stderr);
    let summary: serde_json::Value = serde_json::from_str(&json.stdout).expect("summary JSON");
    assert!(
        summary["warning"]
            .as_str()
            .is_some_and(|w| w.contains("the copy cannot resume")),
        "{summary}"
    );
}
