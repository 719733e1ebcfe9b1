//! `kfk topics` against Apache Kafka.
//!
//! While a topic is being deleted, a metadata request for all topics can leave out
//! others. The test that deletes runs alone: it takes `DELETING` for writing, the others
//! for reading.

mod common;

use std::sync::RwLock;

use common::*;
use serde_json::Value;

static DELETING: RwLock<()> = RwLock::new(());

#[test]
fn create_list_describe_delete() {
    let _alone = DELETING.write().unwrap_or_else(|p| p.into_inner());
    let topic = unique_topic("topics-crud");
    let created = run_ok(kfk_on_broker().args(["topics", "create", &topic, "-p", "3", "-r", "1"]));
    assert!(
        created.stderr.contains(&format!("created topic '{topic}'")),
        "{}",
        created.stderr
    );

    let list = run_ok(kfk_on_broker().args(["topics", "list", "--output", "json"]));
    let rows: Value = serde_json::from_str(&list.stdout).expect("topics list JSON");
    let row = rows
        .as_array()
        .and_then(|rows| rows.iter().find(|r| r["name"] == topic.as_str()))
        .unwrap_or_else(|| panic!("{topic} missing from {}", list.stdout));
    assert_eq!(row["partitions"], 3);
    assert_eq!(row["replication_factor"], 1);

    let table = run_ok(kfk_on_broker().args(["topics", "list"]));
    let line = table
        .stdout
        .lines()
        .find(|l| l.starts_with(&topic))
        .expect("table row");
    assert_eq!(
        line.split_whitespace().collect::<Vec<_>>(),
        [topic.as_str(), "3", "1"]
    );

    let describe = run_ok(kfk_on_broker().args(["topics", "describe", &topic, "--output", "json"]));
    let description: Value = serde_json::from_str(&describe.stdout).expect("describe JSON");
    let partitions = description["partitions"].as_array().expect("partitions");
    assert_eq!(partitions.len(), 3);
    for (i, partition) in partitions.iter().enumerate() {
        assert_eq!(partition["partition"], i as i64);
        assert_eq!(partition["log_start_offset"], 0);
        assert_eq!(partition["log_end_offset"], 0);
        assert_eq!(partition["replicas"].as_array().map(Vec::len), Some(1));
        assert_eq!(partition["leader"], partition["replicas"][0]);
    }

    let refused = run(kfk_on_broker().args(["topics", "delete", &topic]));
    assert_eq!(
        refused.code, 2,
        "delete without --yes and without a terminal: {}",
        refused.stderr
    );
    assert!(refused.stderr.contains("pass --yes"), "{}", refused.stderr);

    run_ok(kfk_on_broker().args(["topics", "delete", &topic, "--yes"]));
    let after = run_ok(kfk_on_broker().args(["topics", "list"]));
    assert!(
        !after.stdout.lines().any(|l| l.starts_with(&topic)),
        "{}",
        after.stdout
    );
}

#[test]
fn describe_counts_records_in_watermarks() {
    let _shared = DELETING.read().unwrap_or_else(|p| p.into_inner());
    let topic = create_topic(2, "topics-watermarks");
    write_three_and_two(&topic);
    let describe = run_ok(kfk_on_broker().args(["topics", "describe", &topic]));
    // The test broker serves DescribeConfigs, and its API versions say so.
    assert!(
        !describe.stderr.contains("could not be read"),
        "{}",
        describe.stderr
    );
    let rows: Vec<Vec<&str>> = describe
        .stdout
        .lines()
        .skip_while(|l| !l.starts_with("PARTITION"))
        .skip(1)
        .take(2)
        .map(|l| l.split_whitespace().collect())
        .collect();
    assert_eq!(rows[0][0], "0");
    // PARTITION LEADER REPLICAS ISR UNDER-REPLICATED LOG-START-OFFSET LOG-END-OFFSET
    assert_eq!(rows[0][4], "-", "not under-replicated: {}", describe.stdout);
    assert_eq!(rows[0][6], "3", "partition 0 log end: {}", describe.stdout);
    assert_eq!(rows[1][0], "1");
    assert_eq!(rows[1][6], "2", "partition 1 log end: {}", describe.stdout);

    several_topics_or_all_in_one_command(&topic);
}

/// Three records into partition 0 and two into partition 1, with librdkafka directly.
fn write_three_and_two(topic: &str) {
    use rdkafka::producer::{BaseProducer, BaseRecord, Producer};
    let producer: BaseProducer = rdkafka::ClientConfig::new()
        .set("bootstrap.servers", brokers())
        .create()
        .expect("producer");
    for i in 0..5 {
        let partition = if i < 3 { 0 } else { 1 };
        let payload = format!("record {i}");
        producer
            .send(
                BaseRecord::<(), _>::to(topic)
                    .payload(&payload)
                    .partition(partition),
            )
            .map_err(|(err, _)| err)
            .expect("enqueue");
    }
    producer
        .flush(std::time::Duration::from_secs(10))
        .expect("flush");
}

/// Several topics, or all of them, in one command, as kcat -L shows the cluster.
fn several_topics_or_all_in_one_command(topic: &str) {
    let other = create_topic(1, "topics-watermarks-other");
    let both =
        run_ok(kfk_on_broker().args(["topics", "describe", topic, &other, "--output", "json"]));
    let both: serde_json::Value = serde_json::from_str(&both.stdout).expect("JSON");
    let names: Vec<&str> = both
        .as_array()
        .expect("an array for several topics")
        .iter()
        .filter_map(|d| d["name"].as_str())
        .collect();
    assert_eq!(names, [topic, other.as_str()]);
    assert_eq!(both[0]["partitions"][0]["under_replicated"], false);
    assert_eq!(both[0]["partitions"][0]["log_end_offset"], 3);
    let all = run_ok(kfk_on_broker().args([
        "topics",
        "describe",
        "--all",
        "--all-configs",
        "--output",
        "json",
    ]));
    let all: serde_json::Value = serde_json::from_str(&all.stdout).expect("JSON");
    let listed: Vec<&str> = all
        .as_array()
        .expect("array")
        .iter()
        .filter_map(|d| d["name"].as_str())
        .collect();
    assert!(
        listed.contains(&topic) && listed.contains(&other.as_str()),
        "{listed:?}"
    );
}

#[test]
fn unknown_topic_is_one_clear_error() {
    let _shared = DELETING.read().unwrap_or_else(|p| p.into_inner());
    let missing = unique_topic("no-such-topic");
    let result = run(kfk_on_broker().args(["topics", "describe", &missing]));
    assert_eq!(result.code, 1);
    assert_eq!(
        result.stderr.trim(),
        format!("error: unknown topic '{missing}': it does not exist on the cluster")
    );
    let delete = run(kfk_on_broker().args(["topics", "delete", &missing, "--yes"]));
    assert_eq!(delete.code, 1);
    assert!(
        delete
            .stderr
            .contains(&format!("unknown topic '{missing}'")),
        "{}",
        delete.stderr
    );
}

#[test]
fn creating_an_existing_topic_fails_naming_it() {
    let _shared = DELETING.read().unwrap_or_else(|p| p.into_inner());
    let topic = create_topic(1, "topics-dup");
    let again = run(kfk_on_broker().args(["topics", "create", &topic, "-p", "1", "-r", "1"]));
    assert_eq!(again.code, 1);
    assert!(
        again
            .stderr
            .starts_with(&format!("error: cannot create topic '{topic}'")),
        "{}",
        again.stderr
    );
    assert_eq!(again.stderr.lines().count(), 1, "{}", again.stderr);
}

#[test]
fn a_profile_from_the_config_file_reaches_the_broker() {
    let _shared = DELETING.read().unwrap_or_else(|p| p.into_inner());
    let topic = create_topic(1, "topics-profile");
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("config.toml");
    std::fs::write(
        &path,
        format!(
            "default_profile = \"test\"\n[profiles.test]\nbrokers = \"{}\"\n",
            brokers()
        ),
    )
    .expect("write config");
    let list = run_ok(kfk().arg("--config").arg(&path).args(["topics", "list"]));
    assert!(
        list.stdout.lines().any(|l| l.starts_with(&topic)),
        "{}",
        list.stdout
    );
}

#[test]
fn add_partitions_previews_refuses_shrinking_then_grows_the_topic() {
    let _shared = DELETING.read().unwrap_or_else(|p| p.into_inner());
    let topic = create_topic(3, "topics-grow");
    let preview = run_ok(kfk_on_broker().args(["topics", "add-partitions", &topic, "--to", "6"]));
    assert_eq!(
        preview.stdout,
        format!("topic '{topic}': 3 -> 6 partitions (3 new)\n")
    );
    assert!(
        preview
            .stderr
            .contains("records with a key will map to other partitions"),
        "{}",
        preview.stderr
    );
    assert!(
        preview.stderr.contains("dry run: nothing was changed"),
        "{}",
        preview.stderr
    );

    for to in ["3", "2"] {
        let refused = run(&mut kfk_words(&format!(
            "topics add-partitions {topic} --to {to} --execute"
        )));
        assert_eq!(refused.code, 2, "{}", refused.stderr);
        assert!(
            refused.stderr.contains(&format!(
                "--to {to} is not more than the 3 partitions topic '{topic}' has"
            )),
            "{}",
            refused.stderr
        );
    }
    assert_eq!(watermarks(brokers(), &topic).len(), 3);
    let grown = run_ok(&mut kfk_words(&format!(
        "topics add-partitions {topic} --to 6 --execute"
    )));
    assert!(
        grown
            .stderr
            .contains(&format!("note: topic '{topic}' now has 6 partitions")),
        "{}",
        grown.stderr
    );
    // The new partitions have leaders when kfk returns: a record sent to one lands.
    let produced = run_with_stdin(
        kfk_on_broker().args(["produce", "-t", &topic, "--input", "json", "-q"]),
        b"{\"value\":\"on-5\",\"partition\":5}\n",
    );
    assert_eq!(produced.code, 0, "{}", produced.stderr);
    assert_eq!(
        watermarks(brokers(), &topic),
        [(0, 0), (0, 0), (0, 0), (0, 0), (0, 0), (0, 1)]
    );
}

#[test]
fn delete_records_counts_what_would_go_per_partition() {
    let _shared = DELETING.read().unwrap_or_else(|p| p.into_inner());
    let topic = create_topic(2, "topics-delete-records");
    let records: String = (0..10)
        .map(|i| format!("{{\"value\":\"v{i}\",\"partition\":{}}}\n", (i >= 6) as i32))
        .collect();
    let produced = run_with_stdin(
        kfk_on_broker().args(["produce", "-t", &topic, "--input", "json", "-q"]),
        records.as_bytes(),
    );
    assert_eq!(produced.code, 0, "{}", produced.stderr);
    let one = preview_deletion(&topic, "0=4");
    assert_eq!(counts(&one), [(0, 4, 4)]);
    assert_eq!(
        (one["records"].as_i64(), one["dry_run"].as_bool()),
        (Some(4), Some(true))
    );
    assert_eq!(
        counts(&preview_deletion(&topic, "end")),
        [(0, 6, 6), (1, 4, 4)]
    );
    // Every record is older than a minute from now, and none older than an hour ago.
    let later = format!("@{}", now_ms() + 60_000);
    assert_eq!(
        counts(&preview_deletion(&topic, &later)),
        [(0, 6, 6), (1, 4, 4)]
    );
    assert_eq!(
        counts(&preview_deletion(&topic, "1h")),
        [(0, 0, 0), (1, 0, 0)]
    );
    deletion_past_the_end_is_refused_and_one_partition_is_cut(&topic);
    assert_eq!(
        counts(&preview_deletion(&topic, "end")),
        [(0, 6, 2), (1, 4, 4)]
    );
}

/// The dry run's report of `delete-records --before`.
fn preview_deletion(topic: &str, before: &str) -> Value {
    let out = run_ok(kfk_on_broker().args([
        "--output",
        "json",
        "topics",
        "delete-records",
        topic,
        "--before",
        before,
    ]));
    assert!(out.stderr.contains("dry run:"), "{}", out.stderr);
    serde_json::from_str(&out.stdout).expect("delete-records JSON")
}

/// (partition, delete before, records) of a delete-records report.
fn counts(report: &Value) -> Vec<(i64, i64, i64)> {
    report["partitions"]
        .as_array()
        .expect("partitions")
        .iter()
        .map(|p| {
            let n = |k: &str| p[k].as_i64().unwrap_or(-1);
            (n("partition"), n("delete_before"), n("records"))
        })
        .collect()
}

/// A --before past a partition's end deletes nothing; 0=4 moves partition 0's start.
fn deletion_past_the_end_is_refused_and_one_partition_is_cut(topic: &str) {
    let execute = |before: &str| {
        run(kfk_on_broker().args([
            "topics",
            "delete-records",
            topic,
            "--before",
            before,
            "--execute",
        ]))
    };
    let past = execute("5");
    assert_eq!(past.code, 2, "{}", past.stderr);
    let refusal = format!(
        "--before 5 is past the end of {topic}:1 (its log ends at offset 4); nothing was deleted"
    );
    assert!(past.stderr.contains(&refusal), "{}", past.stderr);
    assert_eq!(watermarks(brokers(), topic), [(0, 6), (0, 4)]);
    let deleted = execute("0=4");
    assert_eq!(deleted.code, 0, "{}", deleted.stderr);
    let note = format!("note: deleted 4 records from '{topic}'");
    assert!(deleted.stderr.contains(&note), "{}", deleted.stderr);
    // The low watermark moved, and a reader from the beginning finds the rest only.
    assert_eq!(watermarks(brokers(), topic), [(4, 6), (0, 4)]);
    let left = read_topic(brokers(), topic, "read_uncommitted");
    let values: Vec<(i32, i64, &str)> = left
        .iter()
        .map(|r| (r.partition, r.offset, r.value_str().unwrap_or_default()))
        .collect();
    assert_eq!(
        values,
        [
            (0, 4, "v4"),
            (0, 5, "v5"),
            (1, 0, "v6"),
            (1, 1, "v7"),
            (1, 2, "v8"),
            (1, 3, "v9")
        ]
    );
}
