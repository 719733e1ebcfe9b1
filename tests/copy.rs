//! `kfk copy` against the real test broker (a snapshot copy and its restart) and usage
//! errors. The broker shows aborted transactional records to read_committed readers, so
//! abort and crash behaviour cannot be judged on it.

mod common;

use common::*;
use serde_json::{json, Value};

#[test]
fn a_snapshot_copy_holds_each_record_once_and_commits_the_source_end() {
    let source = create_topic(3, "copy-src");
    let destination = create_topic(3, "copy-dst");
    let group = unique_topic("copy-group");
    let input: String = (0..1500)
        .map(|i| format!("{}\n", json!({"key": format!("k{i}"), "value": format!("v{i}"), "headers": [["n", i.to_string()]], "timestamp": 1_700_000_000_000i64 + i})))
        .collect();
    let produced = run_with_stdin(
        kfk_on_broker().args(["produce", "-t", &source, "--input", "json", "-q"]),
        input.as_bytes(),
    );
    assert_eq!(produced.code, 0, "{}", produced.stderr);

    let copy = run(kfk_on_broker().args([
        "-v",
        "copy",
        "--from",
        &source,
        "--to",
        &destination,
        "--group",
        &group,
        "--batch-records",
        "400",
    ]));
    assert_eq!(copy.code, 0, "{}", copy.stderr);
    assert!(
        copy.stderr.contains("kfk copy: 1500 copied, 0 filtered"),
        "{}",
        copy.stderr
    );
    assert!(
        copy.stderr
            .contains(&format!("kfk copy: txn commit {source} ")),
        "-v logs each transaction: {}",
        copy.stderr
    );

    let mut copied = read_topic(brokers(), &destination, "read_committed");
    assert_eq!(copied.len(), 1500);
    copied.sort_by_key(|r| r.timestamp);
    for (i, record) in copied.iter().enumerate() {
        assert_eq!(record.key_str(), Some(format!("k{i}").as_str()));
        assert_eq!(record.value_str(), Some(format!("v{i}").as_str()));
        assert_eq!(
            record.headers,
            [("n".to_string(), Some(i.to_string().into_bytes()))]
        );
        assert_eq!(record.timestamp, Some(1_700_000_000_000 + i as i64));
    }

    // The group's committed offsets are the source's end; kfk consume -e on the
    // transactional destination ends although its last offsets are commit markers.
    let described =
        run_ok(kfk_on_broker().args(["consumer-groups", "describe", &group, "--output", "json"]));
    let view: Value = serde_json::from_str(&described.stdout).expect("JSON");
    for partition in view[0]["partitions"].as_array().expect("partitions") {
        assert_eq!(
            partition["current_offset"], partition["log_end_offset"],
            "{partition}"
        );
        assert_eq!(partition["lag"], 0);
    }
    let read = run_ok(kfk_on_broker().args(["consume", "-t", &destination, "-e", "-f", "%k\\n"]));
    assert_eq!(read.stdout.lines().count(), 1500);

    // A second run finds nothing left to copy and writes nothing twice.
    let again = run(kfk_on_broker().args([
        "copy",
        "--from",
        &source,
        "--to",
        &destination,
        "--group",
        &group,
    ]));
    assert_eq!(again.code, 0, "{}", again.stderr);
    assert!(
        again.stderr.contains("kfk copy: 0 copied"),
        "{}",
        again.stderr
    );
    assert_eq!(
        read_topic(brokers(), &destination, "read_committed").len(),
        1500
    );
}

#[test]
fn copy_refuses_what_it_cannot_do() {
    let source = create_topic(3, "copy-refuse-src");
    let small = create_topic(2, "copy-refuse-dst");
    let same = run(kfk_on_broker().args([
        "copy",
        "--from",
        &source,
        "--to",
        &small,
        "--group",
        "g",
        "--partitioning",
        "same",
    ]));
    assert_eq!(same.code, 2, "{}", same.stderr);
    assert_eq!(
        same.stderr.trim(),
        format!(
            "error: --partitioning same needs '{small}' to have at least 3 partitions; it has 2"
        )
    );
    let missing = unique_topic("copy-missing");
    let unknown =
        run(kfk_on_broker().args(["copy", "--from", &missing, "--to", &small, "--group", "g"]));
    assert_eq!(unknown.code, 1);
    assert_eq!(
        unknown.stderr.trim(),
        format!("error: unknown topic '{missing}': it does not exist on the cluster")
    );
    let regex = run(kfk_on_broker().args([
        "copy",
        "--from",
        &source,
        "--to",
        &small,
        "--group",
        "g",
        "--key-regex",
        "(",
    ]));
    assert_eq!(regex.code, 2, "{}", regex.stderr);
}
