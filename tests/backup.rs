//! `kfk backup` and `kfk restore` against Apache Kafka: a round trip keeps every record
//! byte for byte (a backup of the restored topic has the very same files), a truncated or
//! altered file is named and nothing is restored, and an interrupted restore resumes
//! without writing a record twice.

mod common;

use std::path::Path;
use std::time::Duration;

use common::*;
use rdkafka::mocking::MockCluster;
use rdkafka::types::{RDKafkaApiKey, RDKafkaRespErr};
use serde_json::{json, Value};

/// Records with keys, null and binary values, headers (one null) and timestamps.
fn varied_records(topic: &str) {
    let input: String = (0..300)
        .map(|i| {
            let value = match i % 10 {
                0 => Value::Null,
                _ => json!(format!("value {i}")),
            };
            format!(
                "{}\n",
                json!({"key": format!("k{i}"), "value": value, "partition": i % 3, "timestamp": 1_700_000_000_000i64 + i,
                       "headers": [["trace", format!("t{i}")], ["empty", null]]})
            )
        })
        .chain(std::iter::once(format!("{}\n", json!({"key": null, "value": "/wD+", "value_encoding": "base64", "partition": 1}))))
        .collect();
    let produced = run_with_stdin(
        kfk_on_broker().args(["produce", "-t", topic, "--input", "json", "-q"]),
        input.as_bytes(),
    );
    assert_eq!(produced.code, 0, "{}", produced.stderr);
}

fn manifest(dir: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(dir.join("manifest.json")).expect("manifest"))
        .expect("JSON")
}

/// (partition, key, value, headers, timestamp) of every record, in partition order.
type Stored = Vec<(
    i32,
    Option<Vec<u8>>,
    Option<Vec<u8>>,
    Vec<(String, Option<Vec<u8>>)>,
    Option<i64>,
)>;

fn stored(topic: &str) -> Stored {
    read_topic(brokers(), topic, "read_committed")
        .into_iter()
        .map(|r| (r.partition, r.key, r.value, r.headers, r.timestamp))
        .collect()
}

#[test]
fn a_round_trip_keeps_every_record_byte_for_byte() {
    // Four partitions, the last left empty.
    let source = create_topic(4, "backup-src");
    varied_records(&source);
    let dir = tempfile::tempdir().expect("tempdir");
    let (first, second) = (dir.path().join("first"), dir.path().join("second"));
    run_ok(kfk_on_broker().arg("backup").arg(&source).arg(&first));
    let written = manifest(&first);
    let counts: Vec<u64> = written["partitions"]
        .as_array()
        .expect("partitions")
        .iter()
        .map(|p| p["records"].as_u64().expect("records"))
        .collect();
    assert_eq!(counts, [100, 101, 100, 0]);

    let restored = create_topic(4, "backup-dst");
    let restore = run_ok(kfk_on_broker().arg("restore").arg(&first).arg(&restored));
    assert!(
        restore.stderr.contains("restored 301 records"),
        "{}",
        restore.stderr
    );
    assert_eq!(stored(&restored), stored(&source));

    // The restored topic backs up to the very same files.
    run_ok(kfk_on_broker().arg("backup").arg(&restored).arg(&second));
    let digests = |m: &Value| -> Vec<String> {
        m["partitions"]
            .as_array()
            .expect("partitions")
            .iter()
            .map(|p| p["sha256"].as_str().unwrap_or("").to_string())
            .collect()
    };
    assert_eq!(digests(&manifest(&second)), digests(&written));

    let again = run(kfk_on_broker().arg("backup").arg(&source).arg(&first));
    assert_eq!(
        again.code, 2,
        "a folder with a backup is not written over: {}",
        again.stderr
    );
}

#[test]
fn a_truncated_or_altered_file_is_named_and_nothing_is_restored() {
    let source = create_topic(3, "backup-bad");
    varied_records(&source);
    let dir = tempfile::tempdir().expect("tempdir");
    run_ok(kfk_on_broker().arg("backup").arg(&source).arg(dir.path()));
    let file = dir.path().join(format!("{source}-1.kfkb.zst"));
    let bytes = std::fs::read(&file).expect("file");
    let target = create_topic(3, "backup-bad-dst");

    std::fs::write(&file, &bytes[..bytes.len() - 10]).expect("truncate");
    let truncated = run(kfk_on_broker().arg("restore").arg(dir.path()).arg(&target));
    assert_one_line_error(
        &truncated,
        &format!("{} is truncated or altered", file.display()),
    );
    let mut altered = bytes.clone();
    altered[bytes.len() / 2] ^= 1;
    std::fs::write(&file, &altered).expect("alter");
    let changed = run(kfk_on_broker().arg("restore").arg(dir.path()).arg(&target));
    assert_one_line_error(&changed, "nothing was restored");
    assert!(stored(&target).is_empty());
}

#[test]
fn an_interrupted_restore_resumes_without_writing_twice() {
    let source = create_topic(1, "backup-big");
    let lines: String = (0..20_000).map(|i| format!("{i}\n")).collect();
    run_with_stdin(
        kfk_on_broker().args(["produce", "-t", &source, "-q"]),
        lines.as_bytes(),
    );
    let dir = tempfile::tempdir().expect("tempdir");
    run_ok(kfk_on_broker().arg("backup").arg(&source).arg(dir.path()));
    let target = create_topic(1, "backup-big-dst");
    let progress = dir.path().join(format!("restore-{target}.progress.json"));

    // One record per request, one request at a time: slow enough to be interrupted.
    let mut first = kfk_on_broker()
        .args([
            "-X",
            "batch.num.messages=1",
            "-X",
            "max.in.flight.requests.per.connection=1",
        ])
        .arg("restore")
        .arg(dir.path())
        .arg(&target)
        .stderr(std::process::Stdio::piped())
        .start();
    await_condition(
        "the restore's first progress",
        Duration::from_secs(60),
        || progress.exists(),
    );
    first.signal(libc::SIGINT);
    let stopped = first.wait_with_output().expect("wait");
    assert_eq!(
        exit_code(stopped.status),
        130,
        "{}",
        String::from_utf8_lossy(&stopped.stderr)
    );
    let partial = watermarks(brokers(), &target)[0].1;
    assert!(
        partial > 0 && partial < 20_000,
        "{partial} records after the interruption"
    );

    let resumed = run_ok(kfk_on_broker().arg("restore").arg(dir.path()).arg(&target));
    assert!(resumed.stderr.contains("resuming: "), "{}", resumed.stderr);
    let values: Vec<String> = read_topic(brokers(), &target, "read_committed")
        .iter()
        .map(|r| r.value_str().unwrap_or("").to_string())
        .collect();
    assert_eq!(values.len(), 20_000);
    assert!(
        values.iter().enumerate().all(|(i, v)| *v == i.to_string()),
        "each record once, in order"
    );
    assert!(
        !progress.exists(),
        "a finished restore leaves no progress behind"
    );
}

/// A transaction left open does not hold a backup up: the backup ends where
/// read_committed readers stop (the last stable offset), with exactly the records another
/// read_committed reader gets, and says nothing of the records after the open ones.
#[test]
fn a_backup_ends_before_a_transaction_left_open() {
    let topic = create_topic(2, "backup-txn");
    let before: String = (0..6)
        .map(|i| {
            format!(
                "{}\n",
                json!({"value": format!("before {i}"), "partition": i % 2})
            )
        })
        .collect();
    let produced = run_with_stdin(
        kfk_on_broker().args(["produce", "-t", &topic, "--input", "json", "-q"]),
        before.as_bytes(),
    );
    assert_eq!(produced.code, 0, "{}", produced.stderr);
    leave_transaction_open(brokers(), &topic, &unique_topic("backup-txn-id"), 3);
    let after = run_with_stdin(
        kfk_on_broker().args(["produce", "-t", &topic, "--input", "json", "-q"]),
        b"{\"value\":\"after\",\"partition\":0}\n",
    );
    assert_eq!(after.code, 0, "{}", after.stderr);

    let dir = tempfile::tempdir().expect("tempdir");
    let folder = dir.path().join("backup");
    // Before, the backup read to the high watermark and gave up after 3 x --timeout.
    run_ok(
        kfk_on_broker()
            .args(["--timeout", "5s", "backup", &topic])
            .arg(&folder),
    );
    let written = manifest(&folder);
    let files: Vec<(u64, Value)> = written["partitions"]
        .as_array()
        .expect("partitions")
        .iter()
        .map(|p| {
            (
                p["records"].as_u64().expect("records"),
                p["last_offset"].clone(),
            )
        })
        .collect();
    assert_eq!(files, [(3, json!(2)), (3, json!(2))]);
    let committed = read_topic(brokers(), &topic, "read_committed");
    for partition in 0..2 {
        let seen = committed
            .iter()
            .filter(|r| r.partition == partition)
            .count();
        assert_eq!(
            seen as u64, files[partition as usize].0,
            "partition {partition}"
        );
    }
}

/// A record that fails does not stop those already on their way behind it. The restore
/// exits 3 and keeps which went ahead; the same command then sends only the records that
/// failed, so every record is in the topic once. On librdkafka's mock cluster, which
/// fails one produce request when asked.
#[test]
fn a_resumed_restore_sends_only_the_records_that_failed() {
    let source = create_topic(1, "backup-gap");
    produce_keyed(brokers(), &source, &keyed_lines(0..3000));
    let dir = tempfile::tempdir().expect("tempdir");
    let folder = dir.path().join("backup");
    run_ok(kfk_on_broker().arg("backup").arg(&source).arg(&folder));

    let mock = MockCluster::new(1).expect("mock cluster");
    mock.create_topic("restored", 1, 1).expect("topic");
    // The third produce request fails for good; the ones around it are delivered.
    mock.request_errors(
        RDKafkaApiKey::Produce,
        &[
            RDKafkaRespErr::RD_KAFKA_RESP_ERR_NO_ERROR,
            RDKafkaRespErr::RD_KAFKA_RESP_ERR_NO_ERROR,
            RDKafkaRespErr::RD_KAFKA_RESP_ERR_MSG_SIZE_TOO_LARGE,
        ],
    );
    let restore = || {
        // Small produce requests, so that several are on their way at once.
        kfk()
            .args([
                "-b",
                &mock.bootstrap_servers(),
                "-X",
                "batch.num.messages=100",
            ])
            .arg("restore")
            .arg(&folder)
            .arg("restored")
            .output()
            .expect("kfk")
    };
    let failed = restore();
    assert_eq!(
        exit_code(failed.status),
        3,
        "{}",
        String::from_utf8_lossy(&failed.stderr)
    );
    let progress: Value = serde_json::from_str(
        &std::fs::read_to_string(folder.join("restore-restored.progress.json")).expect("progress"),
    )
    .expect("JSON");
    assert!(
        progress["past_gap"]["0"].is_array(),
        "no record went ahead of the failed ones: {progress}"
    );

    let resumed = restore();
    let stderr = String::from_utf8_lossy(&resumed.stderr);
    assert_eq!(exit_code(resumed.status), 0, "{stderr}");
    assert!(
        stderr.contains("went ahead of records that failed"),
        "{stderr}"
    );
    let mut values: Vec<Vec<u8>> =
        read_topic(&mock.bootstrap_servers(), "restored", "read_uncommitted")
            .into_iter()
            .filter_map(|r| r.value)
            .collect();
    values.sort();
    let mut expected: Vec<Vec<u8>> = keyed_values(0..3000)
        .into_iter()
        .map(String::into_bytes)
        .collect();
    expected.sort();
    assert_eq!(values.len(), expected.len(), "duplicates or losses");
    assert_eq!(values, expected);
}
