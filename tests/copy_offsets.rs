//! `kfk consumer-groups copy-offsets` against Apache Kafka: between two groups of one
//! cluster, checked with `kafka-consumer-groups --describe`, and onto a second cluster
//! whose copy of the topic has other offsets, translated by time with each partition's
//! exactness.

mod common;

use common::*;
use serde_json::{json, Value};

const GROUPS: &str = "org.apache.kafka.tools.consumer.group.ConsumerGroupCommand";
const BASE: i64 = 1_700_000_000_000;

/// Writes records to `topic` on `brokers`: (partition, key, value, timestamp).
fn write(brokers: &str, topic: &str, records: &[(i32, String, String, i64)]) {
    let input: String = records
        .iter()
        .map(|(p, k, v, t)| {
            format!(
                "{}\n",
                json!({"partition": p, "key": k, "value": v, "timestamp": t})
            )
        })
        .collect();
    let produced = run_with_stdin(
        kfk_on(brokers).args(["produce", "-t", topic, "--input", "json", "-q"]),
        input.as_bytes(),
    );
    assert_eq!(produced.code, 0, "{}", produced.stderr);
}

fn records(
    partition: i32,
    range: std::ops::Range<i64>,
    value: &str,
) -> Vec<(i32, String, String, i64)> {
    range
        .map(|i| {
            (
                partition,
                format!("k{i}"),
                format!("{value}{i}"),
                BASE + i * 1000,
            )
        })
        .collect()
}

#[test]
fn a_groups_offsets_copy_to_another_group() {
    let topic = create_topic(2, "copy-offsets");
    write(
        brokers(),
        &topic,
        &[records(0, 0..6, "v"), records(1, 0..4, "v")].concat(),
    );
    let (source, destination) = (unique_topic("copy-from"), unique_topic("copy-to"));
    commit_offsets(brokers(), &source, &topic, &[(0, 3), (1, 1)]);
    let dir = tempfile::tempdir().expect("tempdir");
    let copy = |extra: &[&str]| {
        run_ok(
            kfk_on_broker()
                .current_dir(dir.path())
                .args([
                    "--output",
                    "json",
                    "consumer-groups",
                    "copy-offsets",
                    &source,
                    &destination,
                ])
                .args(extra),
        )
    };
    let preview: Value = serde_json::from_str(&copy(&[]).stdout).expect("plan");
    assert_eq!(preview[0]["new"], 3);
    assert_eq!(preview[0]["exactness"], "same-offset");
    assert_eq!(
        committed_offsets(brokers(), &destination, &topic, 2),
        [-1, -1],
        "a dry run changes nothing"
    );

    let applied = copy(&["--execute"]);
    assert!(applied.stderr.contains("kfk-undo-"), "{}", applied.stderr);
    let apache = kafka::apache_tool(brokers(), GROUPS, &["--describe", "--group", &destination]);
    // GROUP TOPIC PARTITION CURRENT-OFFSET ...
    let mut offsets: Vec<(String, String)> = apache
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>())
        .filter(|cells| cells.get(1) == Some(&topic.as_str()))
        .map(|cells| (cells[2].to_string(), cells[3].to_string()))
        .collect();
    offsets.sort();
    assert_eq!(
        offsets,
        [("0".into(), "3".into()), ("1".into(), "1".into())],
        "{apache}"
    );

    let same = run(kfk_on_broker().args(["consumer-groups", "copy-offsets", &source, &source]));
    assert_eq!(same.code, 2, "{}", same.stderr);
}

#[test]
fn across_clusters_offsets_translate_by_time_and_say_how_exactly() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (_other, other) = second_cluster(dir.path());
    let topic = create_topic(3, "translate");
    create_topic_named(&other, &topic);
    // Partition 0: the destination has 5 records more at its start; 1: the same records;
    // 2: the same times, other values.
    write(
        brokers(),
        &topic,
        &[
            records(0, 0..20, "v"),
            records(1, 0..10, "v"),
            records(2, 0..10, "v"),
        ]
        .concat(),
    );
    write(
        &other,
        &topic,
        &[
            records(0, -5..0, "early"),
            records(0, 0..20, "v"),
            records(1, 0..10, "v"),
            records(2, 0..10, "other"),
        ]
        .concat(),
    );
    let group = unique_topic("translated");
    commit_offsets(brokers(), &group, &topic, &[(0, 10), (1, 10), (2, 4)]);

    let work = tempfile::tempdir().expect("tempdir");
    let plan = run_ok(kfk_on_broker().current_dir(work.path()).args([
        "--output",
        "json",
        "consumer-groups",
        "copy-offsets",
        &group,
        &group,
        "--to-brokers",
        &other,
        "--execute",
    ]));
    let rows: Value = serde_json::from_str(&plan.stdout).expect("plan");
    let got: Vec<(i64, i64, &str)> = rows
        .as_array()
        .expect("rows")
        .iter()
        .map(|r| {
            (
                r["partition"].as_i64().unwrap_or(-1),
                r["new"].as_i64().unwrap_or(-1),
                r["exactness"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(
        got,
        [(0, 15, "same-record"), (1, 10, "end"), (2, 4, "time")],
        "{}",
        plan.stderr
    );
    assert_eq!(committed_offsets(&other, &group, &topic, 3), [15, 10, 4]);
}

fn create_topic_named(brokers: &str, topic: &str) {
    run_ok(kfk_on(brokers).args([
        "topics",
        "create",
        topic,
        "--partitions",
        "3",
        "--replication-factor",
        "1",
    ]));
}
