//! `kfk perf produce|consume|e2e`: what they send and read is what they report, their
//! figures hang together, --throughput holds the rate, and failures give exit status 3.
//! Speed itself is measured in scripts/bench-*, not here.

mod common;

use std::collections::BTreeMap;
use std::time::Instant;

use common::*;
use rdkafka::mocking::MockCluster;
use rdkafka::types::{RDKafkaApiKey, RDKafkaRespErr};
use serde_json::Value;

fn json(run: &Run) -> Value {
    serde_json::from_str(&run.stdout)
        .unwrap_or_else(|err| panic!("not JSON ({err}): {}\n{}", run.stdout, run.stderr))
}

/// The latency figures are ordered and lie between the smallest and the largest.
fn assert_latencies_hang_together(latency: &Value) {
    let at = |name: &str| {
        latency[name]
            .as_f64()
            .unwrap_or_else(|| panic!("{name} missing from {latency}"))
    };
    let order = ["min", "p50", "p95", "p99", "p99.9", "max"].map(at);
    assert!(order.windows(2).all(|w| w[0] <= w[1]), "{latency}");
    assert!(at("min") > 0.0, "{latency}");
    assert!(
        at("avg") >= at("min") && at("avg") <= at("max"),
        "{latency}"
    );
}

#[test]
fn perf_produce_sends_what_it_reports_with_keys_of_the_cardinality_asked() {
    let topic = create_topic(3, "perf-produce");
    let run = run_ok(kfk_on_broker().args([
        "perf",
        "produce",
        "-t",
        &topic,
        "--num-records",
        "2000",
        "--record-size",
        "50",
        "--key-cardinality",
        "10",
        "--output",
        "json",
    ]));
    let summary = json(&run);
    assert_eq!(
        (&summary["sent"], &summary["records"], &summary["failed"]),
        (&Value::from(2000), &Value::from(2000), &Value::from(0))
    );
    // Keys "key-0" .. "key-9" are 5 bytes each.
    assert_eq!(summary["bytes"], 2000 * (50 + 5));
    assert!(summary["records_per_sec"].as_f64().unwrap_or(0.0) > 0.0);
    assert_latencies_hang_together(&summary["latency_ms"]);

    let records = read_topic(brokers(), &topic, "read_uncommitted");
    assert_eq!(records.len(), 2000);
    let mut per_key: BTreeMap<String, usize> = BTreeMap::new();
    for record in &records {
        assert_eq!(record.value.as_ref().map(Vec::len), Some(50));
        *per_key
            .entry(record.key_str().unwrap_or("none").to_string())
            .or_default() += 1;
    }
    let expected: BTreeMap<String, usize> = (0..10).map(|k| (format!("key-{k}"), 200)).collect();
    assert_eq!(per_key, expected);
}

#[test]
fn perf_produce_takes_the_payload_file_lines_in_turn_and_prints_apache_style() {
    let topic = create_topic(1, "perf-payloads");
    let dir = tempfile::tempdir().expect("tempdir");
    let payloads = dir.path().join("payloads.txt");
    std::fs::write(&payloads, "alpha\r\nbeta\n\ngamma\n").expect("payload file");
    let run = run_ok(
        kfk_on_broker()
            .args(["perf", "produce", "-t", &topic, "-n", "7"])
            .arg("--payload-file")
            .arg(&payloads),
    );
    assert!(
        run.stdout.starts_with("7 records sent, ") && run.stdout.contains(" ms 99.9th.\n"),
        "{}",
        run.stdout
    );
    let values: Vec<String> = read_topic(brokers(), &topic, "read_uncommitted")
        .iter()
        .map(|r| r.value_str().unwrap_or_default().to_string())
        .collect();
    assert_eq!(
        values,
        ["alpha", "beta", "gamma", "alpha", "beta", "gamma", "alpha"]
    );
}

#[test]
fn perf_produce_needs_a_length_and_a_topic_that_exists() {
    let topic = create_topic(1, "perf-usage");
    let no_length = run(kfk_on_broker().args(["perf", "produce", "-t", &topic]));
    assert_eq!(
        (no_length.code, no_length.stderr.as_str()),
        (
            2,
            "error: say how long to run: --num-records N or --duration D\n"
        )
    );
    let missing =
        run(kfk_on_broker().args(["perf", "produce", "-t", "perf-no-such-topic", "-n", "5"]));
    assert_eq!(missing.code, 1, "{}", missing.stderr);
    assert!(
        missing
            .stderr
            .contains("unknown topic 'perf-no-such-topic'"),
        "{}",
        missing.stderr
    );
}

#[test]
fn throughput_holds_the_rate_within_ten_percent() {
    let cluster = MockCluster::new(1).expect("mock cluster");
    cluster.create_topic("paced", 2, 1).expect("topic");
    let started = Instant::now();
    let run = run_ok(kfk().args([
        "-b",
        &cluster.bootstrap_servers(),
        "perf",
        "produce",
        "-t",
        "paced",
        "-n",
        "3000",
        "--throughput",
        "1000",
        "--output",
        "json",
    ]));
    let wall = started.elapsed().as_secs_f64();
    let summary = json(&run);
    let rate = summary["records_per_sec"].as_f64().unwrap_or(0.0);
    assert!((900.0..=1100.0).contains(&rate), "{summary}");
    let seconds = summary["seconds"].as_f64().unwrap_or(0.0);
    assert!((2.7..=3.3).contains(&seconds), "{summary}");
    // The run itself took that long: the rate is not a figure computed on paper.
    assert!(wall >= 2.7, "the run took {wall} s");
}

#[test]
fn records_that_fail_are_counted_and_the_exit_status_is_3() {
    let cluster = MockCluster::new(1).expect("mock cluster");
    cluster.create_topic("refused", 1, 1).expect("topic");
    cluster.request_errors(
        RDKafkaApiKey::Produce,
        &[RDKafkaRespErr::RD_KAFKA_RESP_ERR_TOPIC_AUTHORIZATION_FAILED; 1000],
    );
    let run = run(kfk().args([
        "-b",
        &cluster.bootstrap_servers(),
        "perf",
        "produce",
        "-t",
        "refused",
        "-n",
        "100",
        "--message-timeout",
        "5s",
        "--output",
        "json",
    ]));
    assert_eq!(run.code, 3, "{}", run.stderr);
    let summary = json(&run);
    assert_eq!(
        (&summary["sent"], &summary["records"], &summary["failed"]),
        (&Value::from(100), &Value::from(0), &Value::from(100))
    );
    assert!(
        run.stderr
            .ends_with("error: 100 of 100 records were not delivered\n"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("Broker: Topic authorization failed"),
        "{}",
        run.stderr
    );
}

/// A 4-partition topic of 3000 records of 100 bytes, written with perf produce.
fn perf_topic(prefix: &str) -> String {
    let topic = create_topic(4, prefix);
    run_ok(kfk_on_broker().args(["perf", "produce", "-t", &topic, "-n", "3000", "-q"]));
    topic
}

#[test]
fn perf_consume_reads_to_the_end_alone_or_as_a_group() {
    let topic = perf_topic("perf-consume");
    let alone =
        json(&run_ok(kfk_on_broker().args([
            "perf", "consume", "-t", &topic, "-e", "--output", "json",
        ])));
    assert_eq!(
        (&alone["records"], &alone["bytes"]),
        (&Value::from(3000), &Value::from(300_000))
    );
    assert!(alone["first_record_ms"].as_f64().is_some(), "{alone}");
    assert!(alone["rebalance_ms"].is_null(), "{alone}");

    let group = unique_topic("perf-group");
    let member = json(&run_ok(kfk_on_broker().args([
        "perf",
        "consume",
        "-t",
        &topic,
        "-n",
        "3000",
        "--group",
        &group,
        "-X",
        "session.timeout.ms=6000",
        "--output",
        "json",
    ])));
    assert_eq!(member["records"], 3000);
    let rebalance = member["rebalance_ms"].as_f64().unwrap_or(0.0);
    let first = member["first_record_ms"].as_f64().unwrap_or(0.0);
    assert!(rebalance > 0.0 && first >= rebalance, "{member}");
}

#[test]
fn perf_consume_says_when_records_are_missing_and_waits_for_the_first() {
    let topic = perf_topic("perf-consume-short");
    let short = run(kfk_on_broker().args([
        "perf",
        "consume",
        "-t",
        &topic,
        "-n",
        "5000",
        "--idle-timeout",
        "1s",
    ]));
    assert_eq!(short.code, 3, "{}", short.stderr);
    assert!(
        short.stdout.starts_with("3000 records read, "),
        "{}",
        short.stdout
    );
    assert_eq!(
        short.stderr,
        "error: only 3000 of 5000 records arrived: none came for 1s\n"
    );

    // The idle timeout starts with the first record: the first fetch takes longer than
    // 1 ms, and that is no reason to report 0 records.
    let quick = run(kfk_on_broker().args([
        "perf",
        "consume",
        "-t",
        &topic,
        "-e",
        "--idle-timeout",
        "1ms",
        "--output",
        "json",
    ]));
    assert_eq!(quick.code, 0, "{}", quick.stderr);
    assert_eq!(json(&quick)["records"], 3000, "{}", quick.stdout);
}

fn e2e(topic: &str, extra: &[&str]) -> Value {
    let run = run_ok(
        kfk_on_broker()
            .args([
                "perf",
                "e2e",
                "-t",
                topic,
                "--throughput",
                "500",
                "-n",
                "1000",
            ])
            .args(extra)
            .args(["--output", "json"]),
    );
    json(&run)
}

#[test]
fn perf_e2e_receives_every_record_it_sent_alone_through_a_group_and_read_committed() {
    let topic = create_topic(2, "perf-e2e");
    // Records already there are not this run's: they are neither read nor counted.
    run_ok(kfk_on_broker().args(["perf", "produce", "-t", &topic, "-n", "100", "-q"]));
    let group = unique_topic("perf-e2e-group");
    for extra in [
        &[][..],
        &["--group", &group, "-X", "session.timeout.ms=6000"][..],
        &["--isolation", "read_committed"][..],
    ] {
        let summary = e2e(&topic, extra);
        assert_eq!(
            (
                &summary["sent"],
                &summary["received"],
                &summary["lost"],
                &summary["failed"]
            ),
            (
                &Value::from(1000),
                &Value::from(1000),
                &Value::from(0),
                &Value::from(0)
            ),
            "{extra:?}: {summary}"
        );
        assert_latencies_hang_together(&summary["latency_ms"]);
        assert_latencies_hang_together(&summary["ack_latency_ms"]);
    }
    let stored = watermarks(brokers(), &topic)
        .iter()
        .map(|(low, high)| high - low)
        .sum::<i64>();
    // 100 + 3 × 1000 records, and the markers of the 10 transactions (100 records each).
    assert!(stored >= 3100, "{stored}");
}
