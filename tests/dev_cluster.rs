//! `kfk dev-cluster` serves other processes over TCP and stops cleanly on Ctrl-C.

mod common;

use std::io::{BufRead, BufReader};
use std::process::Stdio;

use common::*;

/// Starts a dev cluster and returns it with the address it printed.
fn start_dev_cluster(args: &[&str]) -> (Guarded, String) {
    let mut child = kfk()
        .arg("dev-cluster")
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .start();
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

fn interrupt(child: &mut Guarded) -> (i32, String) {
    child.signal(libc::SIGINT);
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

    let input: String = (0..10).map(|i| format!("k{i}:value-{i}\n")).collect();
    let produced = run_with_stdin(
        kfk().args(["-b", &address, "produce", "-t", "roundtrip", "-K:"]),
        input.as_bytes(),
    );
    assert_eq!(produced.code, 0, "{}", produced.stderr);
    assert!(
        produced.stderr.contains("10 read, 10 delivered, 0 failed"),
        "{}",
        produced.stderr
    );
    let consumed = run_ok(kfk().args([
        "-b",
        &address,
        "consume",
        "-t",
        "roundtrip",
        "-e",
        "-f",
        "%k:%s\\n",
        "--stats",
    ]));
    let mut lines: Vec<&str> = consumed.stdout.lines().collect();
    lines.sort();
    let mut expected: Vec<String> = input.lines().map(String::from).collect();
    expected.sort();
    assert_eq!(lines, expected);
    assert!(
        consumed.stderr.contains("kfk consume: 10 records"),
        "--stats: {}",
        consumed.stderr
    );

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

#[test]
fn a_request_the_broker_does_not_serve_is_not_waited_for() {
    // The mock cluster advertises no DescribeConfigs; kfk reads that from its API versions
    // instead of waiting out --timeout.
    let (child, address) = start_dev_cluster(&["--topic", "t:2"]);
    let started = std::time::Instant::now();
    let result = run(kfk().args([
        "-b",
        &address,
        "--timeout",
        "10s",
        "topics",
        "describe",
        "t",
    ]));
    let elapsed = started.elapsed();
    assert_eq!(result.code, 0, "{}", result.stderr);
    assert_eq!(
        result.stderr,
        "note: the configuration could not be read: the cluster does not serve \
         DescribeConfigs requests (its brokers' API versions leave them out; librdkafka's \
         mock cluster, which kfk dev-cluster runs, is one such)\n"
    );
    assert!(
        elapsed < std::time::Duration::from_secs(5),
        "took {elapsed:?}"
    );
    // Nor does it serve CreateTopics, CreatePartitions or DeleteTopics: each is named at
    // once, with nothing changed.
    for (args, request) in [
        (&["topics", "create", "new", "-p", "2"][..], "CreateTopics"),
        (
            &["topics", "add-partitions", "t", "--to", "4", "--execute"],
            "CreatePartitions",
        ),
        (&["topics", "delete", "t", "--yes"], "DeleteTopics"),
    ] {
        let started = std::time::Instant::now();
        let result = run(kfk().args(["-b", &address, "--timeout", "10s"]).args(args));
        assert_eq!(result.code, 1, "{args:?}: {}", result.stderr);
        assert!(
            result
                .stderr
                .contains(&format!("the cluster does not serve {request} requests"))
                && result.stderr.contains("nothing was changed"),
            "{args:?}: {}",
            result.stderr
        );
        assert!(
            started.elapsed() < std::time::Duration::from_secs(5),
            "{args:?}"
        );
    }
    // kill_by_pid reaps it, and forgets it.
    kill_by_pid(child.id() as i32);
}

#[test]
fn the_cluster_view_says_what_the_mock_cluster_cannot_tell() {
    let (child, address) = start_dev_cluster(&["-n", "3", "--topic", "t:4"]);
    let result = run(kfk().args(["-b", &address, "cluster", "--output", "json"]));
    // kill_by_pid reaps it, and forgets it.
    kill_by_pid(child.id() as i32);
    assert_eq!(result.code, 0, "{}", result.stderr);
    assert_eq!(
        result.stderr,
        "note: the broker does not serve DescribeCluster (its API versions say so): the \
         cluster id, controller and racks are unknown\n"
    );
    let overview: serde_json::Value = serde_json::from_str(&result.stdout).expect("JSON");
    assert_eq!(overview["brokers"].as_array().map(Vec::len), Some(3));
    assert_eq!(
        (overview["topics"].as_u64(), overview["partitions"].as_u64()),
        (Some(1), Some(4))
    );
    assert!(overview["cluster_id"].is_null());
}

/// The mock cluster answers every time lookup with the log end. A time position is then
/// an error naming the reason, not an empty read that exits 0; an empty partition, whose
/// log end is the true answer, still reads.
#[test]
fn a_cluster_that_cannot_look_up_time_says_so() {
    let (mut child, address) = start_dev_cluster(&["--topic", "timed:2"]);
    let produced = run_with_stdin(
        kfk().args(["-b", &address, "produce", "-t", "timed", "-p", "0"]),
        b"a\nb\nc\n",
    );
    assert_eq!(produced.code, 0, "{}", produced.stderr);
    let wanted = "the cluster cannot look up offsets by time: asked for the first \
                  record of timed:0 at or after the epoch, it answered the log end (3) though \
                  the partition holds records from offset 0";
    for args in [
        &["consume", "-t", "timed", "-o", "2h", "-e"][..],
        &["seek-to-timestamp", "--topic", "timed", "--time", "2h"],
        &["consume", "-t", "timed", "-o", "@1000", "-e"],
    ] {
        let result = run(kfk().args(["-b", &address]).args(args));
        assert_eq!(result.code, 1, "{args:?}: {}", result.stderr);
        assert!(result.stdout.is_empty(), "{args:?}: {}", result.stdout);
        assert!(
            result.stderr.starts_with("error: ") && result.stderr.contains(wanted),
            "{args:?}: {}",
            result.stderr
        );
    }
    let empty = run(kfk().args(["-b", &address, "consume", "-t", "timed:1", "-o", "2h", "-e"]));
    assert_eq!(
        (empty.code, empty.stdout.as_str()),
        (0, ""),
        "{}",
        empty.stderr
    );
    interrupt(&mut child);
}
