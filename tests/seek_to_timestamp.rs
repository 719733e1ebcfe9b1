//! `kfk seek-to-timestamp` against Apache Kafka.

mod common;

use common::*;
use serde_json::{json, Value};

const BASE: i64 = 1_700_000_000_000; // 2023-11-14T22:13:20Z
const MINUTE: i64 = 60_000;

/// 2 partitions, 5 records each: partition p, record i at BASE + i minutes + p * 30 s.
fn timed_topic(prefix: &str) -> String {
    let topic = create_topic(2, prefix);
    let input: String = (0..2)
        .flat_map(|p| (0..5).map(move |i| format!("{}\n", json!({"value": format!("p{p}-{i}"), "partition": p, "timestamp": BASE + i * MINUTE + p * 30_000}))))
        .collect();
    let result = run_with_stdin(
        kfk_on_broker().args(["produce", "-t", &topic, "--input", "json", "-q"]),
        input.as_bytes(),
    );
    assert_eq!(result.code, 0, "{}", result.stderr);
    topic
}

/// (partition, offset, timestamp, note) per partition for `--time time`.
fn seek(topic: &str, extra: &[&str]) -> Vec<(i64, i64, Option<i64>, Option<String>)> {
    let result = run(kfk_on_broker()
        .args(["seek-to-timestamp", "-t", topic, "--output", "json"])
        .args(extra));
    assert_eq!(result.code, 0, "{extra:?}: {}", result.stderr);
    let rows: Value = serde_json::from_str(&result.stdout).expect("JSON");
    rows.as_array()
        .expect("rows")
        .iter()
        .map(|r| {
            (
                r["partition"].as_i64().unwrap_or(-1),
                r["offset"].as_i64().unwrap_or(-1),
                r["timestamp"].as_i64(),
                r["note"].as_str().map(String::from),
            )
        })
        .collect()
}

fn at(ms: i64) -> String {
    format!("@{ms}")
}

#[test]
fn offsets_for_times_between_at_and_beyond_records() {
    let topic = timed_topic("seek-offsets");
    // Between records: partition 0's record 2 is at +2m, partition 1's at +2m30s.
    assert_eq!(
        seek(&topic, &["--time", &at(BASE + 2 * MINUTE - 1)]),
        [
            (0, 2, Some(BASE + 2 * MINUTE), None),
            (1, 2, Some(BASE + 2 * MINUTE + 30_000), None)
        ]
    );
    // Exactly at a record's time: that record.
    assert_eq!(
        seek(&topic, &["--time", &at(BASE + 3 * MINUTE + 30_000)])[1],
        (1, 3, Some(BASE + 3 * MINUTE + 30_000), None)
    );
    // After the last record: the log end, marked.
    let end = Some("no record at or after the time: log end".to_string());
    assert_eq!(
        seek(&topic, &["--time", &at(BASE + 10 * MINUTE)]),
        [(0, 5, None, end.clone()), (1, 5, None, end)]
    );
    // Before every record: the first one.
    assert_eq!(
        seek(&topic, &["--time", &at(BASE - MINUTE)])[0],
        (0, 0, Some(BASE), None)
    );
    // Some partitions only.
    assert_eq!(
        seek(&format!("{topic}:1"), &["--time", &at(BASE)]),
        [(1, 0, Some(BASE + 30_000), None)]
    );
}

#[test]
fn every_time_form_means_the_same_moment() {
    let topic = timed_topic("seek-forms");
    let want = seek(&topic, &["--time", &at(BASE + 90_000)]);
    assert_eq!(want[0].1, 2);
    let rfc = chrono::DateTime::from_timestamp_millis(BASE + 90_000).expect("time");
    let plus_one = rfc
        .with_timezone(&chrono::FixedOffset::east_opt(3600).expect("offset"))
        .to_rfc3339();
    assert_eq!(seek(&topic, &["--time", &rfc.to_rfc3339()]), want);
    assert_eq!(seek(&topic, &["--time", &plus_one]), want);
    let utc_text = rfc.format("%Y-%m-%d %H:%M:%S").to_string();
    assert_eq!(seek(&topic, &["--time", &utc_text, "--utc"]), want);
    let local_text = rfc
        .with_timezone(&chrono::Local)
        .format("%Y-%m-%d %H:%M:%S")
        .to_string();
    assert_eq!(seek(&topic, &["--time", &local_text]), want);

    // Relative times count back from now: records 100, 90, ..., 60 minutes old.
    let now = chrono::Utc::now().timestamp_millis();
    let recent = create_topic(1, "seek-relative");
    let input: String = (0..5)
        .map(|i| {
            format!(
                "{}\n",
                json!({"value": i, "timestamp": now - (100 - 10 * i) * MINUTE})
            )
        })
        .collect();
    run_with_stdin(
        kfk_on_broker().args(["produce", "-t", &recent, "--input", "json", "-q"]),
        input.as_bytes(),
    );
    assert_eq!(
        seek(&recent, &["--time", "85m"])[0].1,
        2,
        "85 minutes ago: the record 80 minutes old"
    );
    assert_eq!(seek(&recent, &["--time", "1h45m"])[0].1, 0);
    assert_eq!(seek(&recent, &["--time", "30m"])[0].1, 5);
}

/// `seek-to-timestamp --group` in `dir` for `topic` at `time`, executed or not.
fn seek_group(dir: &std::path::Path, topic: &str, group: &str, time: &str, execute: bool) -> Run {
    let mut command = kfk_on_broker();
    command.current_dir(dir).args([
        "seek-to-timestamp",
        "--topic",
        topic,
        "--time",
        time,
        "--group",
        group,
    ]);
    if execute {
        command.arg("--execute");
    }
    run(&mut command)
}

#[test]
fn a_group_dry_run_shows_the_plan_and_creates_no_group() {
    let dir = tempfile::tempdir().expect("tempdir");
    let topic = timed_topic("seek-dry");
    let group = unique_topic("seek-dry");
    let dry = seek_group(
        dir.path(),
        &topic,
        &group,
        &at(BASE + 2 * MINUTE - 1),
        false,
    );
    assert_eq!(dry.code, 0, "{}", dry.stderr);
    let rows: Vec<Vec<&str>> = dry
        .stdout
        .lines()
        .skip(1)
        .map(|l| l.split_whitespace().collect())
        .collect();
    assert_eq!(
        rows,
        [
            vec![group.as_str(), &topic, "0", "none", "2", "-"],
            vec![group.as_str(), &topic, "1", "none", "2", "-"]
        ]
    );
    assert!(
        dry.stderr.contains("dry run: nothing was changed"),
        "{}",
        dry.stderr
    );
    let unknown = run(kfk_on_broker().args(["consumer-groups", "describe", &group]));
    assert_eq!(
        unknown.code, 1,
        "the dry run created the group: {}",
        unknown.stdout
    );
}

#[test]
fn a_group_seek_is_read_back_and_its_undo_file_restores_the_offsets() {
    let dir = tempfile::tempdir().expect("tempdir");
    let topic = timed_topic("seek-group");
    let group = unique_topic("seek-group");
    let done = seek_group(dir.path(), &topic, &group, &at(BASE + 2 * MINUTE - 1), true);
    assert_eq!(done.code, 0, "{}", done.stderr);
    assert!(
        done.stderr.contains("2 offsets committed and read back"),
        "{}",
        done.stderr
    );
    assert_eq!(current_offsets(&group), [2, 2]);

    // A second seek moves the group to 4 and 4; its undo file brings back 2 and 2.
    let later = seek_group(dir.path(), &topic, &group, &at(BASE + 4 * MINUTE), true);
    assert_eq!(later.code, 0, "{}", later.stderr);
    assert_eq!(current_offsets(&group), [4, 4]);
    assert_eq!(
        committed_offsets(brokers(), &group, &topic, 2),
        [4, 4],
        "as the group's consumers find them"
    );
    let undo = undo_path(&later.stderr);
    assert_eq!(
        std::fs::read_to_string(&undo).expect("undo"),
        format!("topic,partition,offset\n{topic},0,2\n{topic},1,2\n")
    );
    run_ok(kfk_on_broker().current_dir(dir.path()).args([
        "consumer-groups",
        "reset-offsets",
        &group,
        "--from-file",
        &undo,
        "--execute",
    ]));
    assert_eq!(current_offsets(&group), [2, 2]);
}

/// The group's committed offsets as `consumer-groups describe` reads them back.
fn current_offsets(group: &str) -> Vec<i64> {
    let view =
        run_ok(kfk_on_broker().args(["consumer-groups", "describe", group, "--output", "json"]));
    let view: Value = serde_json::from_str(&view.stdout).expect("JSON");
    view[0]["partitions"]
        .as_array()
        .expect("partitions")
        .iter()
        .filter_map(|p| p["current_offset"].as_i64())
        .collect()
}

#[test]
fn bad_and_future_times_and_unknown_topics_are_errors() {
    let topic = create_topic(1, "seek-errors");
    let seek = |args: &[&str]| run(kfk_on_broker().arg("seek-to-timestamp").args(args));
    let bad = seek(&["--topic", &topic, "--time", "last tuesday"]);
    assert_eq!(bad.code, 2);
    assert!(
        bad.stderr
            .starts_with("error: invalid time 'last tuesday': expected RFC 3339"),
        "{}",
        bad.stderr
    );
    assert!(
        bad.stderr.contains("epoch milliseconds") && bad.stderr.contains("a duration ago"),
        "{}",
        bad.stderr
    );
    let future = seek(&["--topic", &topic, "--time", "2099-01-01T00:00:00Z"]);
    assert_eq!(future.code, 2);
    assert!(
        future
            .stderr
            .starts_with("error: time '2099-01-01T00:00:00Z' is in the future"),
        "{}",
        future.stderr
    );
    let missing = unique_topic("seek-missing");
    let unknown = seek(&["--topic", &missing, "--time", "1h"]);
    let expected = format!("error: unknown topic '{missing}': it does not exist on the cluster");
    assert_eq!(
        (unknown.code, unknown.stderr.trim()),
        (1, expected.as_str())
    );
    let no_partition = seek(&["--topic", &format!("{topic}:3"), "--time", "1h"]);
    assert_eq!(no_partition.code, 1);
    let no_such = format!("topic '{topic}' has no partition 3");
    assert!(
        no_partition.stderr.contains(&no_such),
        "{}",
        no_partition.stderr
    );
    let execute_alone = seek(&["--topic", &topic, "--time", "1h", "--execute"]);
    assert_eq!(execute_alone.code, 2, "--execute needs --group");
}
