//! `kfk consume` against Apache Kafka.

mod common;

use std::io::{BufRead, BufReader};
use std::process::Stdio;
use std::time::Duration;

use common::*;
use serde_json::{json, Value};

const MINUTE: i64 = 60_000;

/// A topic with 2 partitions of 10 records each; record i of partition p has value
/// `p{p}-{i}`, key `k{i}`, and a timestamp `base + i * step`.
fn timed_topic(prefix: &str, base: i64, step: i64) -> String {
    let topic = create_topic(2, prefix);
    let mut input = String::new();
    for p in 0..2 {
        for i in 0..10 {
            let record = json!({"key": format!("k{i}"), "value": format!("p{p}-{i}"), "partition": p, "timestamp": base + i * step});
            input.push_str(&format!("{record}\n"));
        }
    }
    let result = run_with_stdin(
        kfk_on_broker().args(["produce", "-t", &topic, "--input", "json", "-q"]),
        input.as_bytes(),
    );
    assert_eq!(result.code, 0, "{}", result.stderr);
    topic
}

/// `kfk consume` with `-f '%p %s\n'`, returning (partition, value) pairs sorted.
fn consume(topic: &str, args: &[&str]) -> Vec<(i32, String)> {
    let result = run(kfk_on_broker()
        .args(["consume", "-t", topic, "-f", "%p %s\\n"])
        .args(args));
    assert_eq!(result.code, 0, "kfk consume {args:?}: {}", result.stderr);
    let mut pairs: Vec<(i32, String)> = result
        .stdout
        .lines()
        .map(|line| {
            let (p, v) = line.split_once(' ').expect("'%p %s' line");
            (p.parse().expect("partition"), v.to_string())
        })
        .collect();
    pairs.sort();
    pairs
}

fn expect(ranges: &[(i32, std::ops::Range<i64>)]) -> Vec<(i32, String)> {
    let mut pairs: Vec<(i32, String)> = ranges
        .iter()
        .flat_map(|(p, range)| range.clone().map(move |i| (*p, format!("p{p}-{i}"))))
        .collect();
    pairs.sort();
    pairs
}

/// Ten records a minute apart in each of two partitions, starting a day ago on a whole
/// minute; returns the topic and the first record's time.
fn day_old_topic(prefix: &str) -> (String, i64) {
    let base = (now_ms() - 24 * 60 * MINUTE) / MINUTE * MINUTE;
    (timed_topic(prefix, base, MINUTE), base)
}

type Ranges<'a> = &'a [(i32, std::ops::Range<i64>)];

#[test]
fn every_offset_form_of_from() {
    let (topic, _) = day_old_topic("consume-offsets");
    let all: Ranges = &[(0, 0..10), (1, 0..10)];
    let cases: [(&[&str], Ranges); 7] = [
        // The default with -e is the beginning.
        (&["-e"], all),
        (&["-o", "beginning", "-e"], all),
        (&["-o", "end", "-e"], &[]),
        (&["-o", "7", "-e"], &[(0, 7..10), (1, 7..10)]),
        (&["-o", "-2", "-e"], &[(0, 8..10), (1, 8..10)]),
        (&["-o", "+8", "-e"], &[(0, 8..10), (1, 8..10)]),
        (&["-o", "0=5,1=-1", "-e"], &[(0, 5..10), (1, 9..10)]),
    ];
    for (args, ranges) in cases {
        assert_eq!(consume(&topic, args), expect(ranges), "{args:?}");
    }
}

#[test]
fn every_time_form_of_from() {
    let (topic, base) = day_old_topic("consume-times");
    let at = |minutes: i64| base + minutes * MINUTE;
    let rfc3339 = chrono::DateTime::from_timestamp_millis(at(6))
        .expect("time")
        .to_rfc3339();
    let between = format!("@{}", at(6) - 30_000);
    let local = chrono::DateTime::from_timestamp_millis(at(3))
        .expect("time")
        .with_timezone(&chrono::Local)
        .format("%Y-%m-%d %H:%M:%S")
        .to_string();
    let after_all = format!("@{}", at(20));
    let cases: [(&str, Ranges); 4] = [
        (&rfc3339, &[(0, 6..10), (1, 6..10)]),
        (&between, &[(0, 6..10), (1, 6..10)]),
        (&local, &[(0, 3..10), (1, 3..10)]),
        (&after_all, &[]),
    ];
    for (from, ranges) in cases {
        assert_eq!(
            consume(&topic, &["-o", from, "-e"]),
            expect(ranges),
            "{from}"
        );
    }
}

#[test]
fn until_windows_counts_and_partitions() {
    let (topic, base) = day_old_topic("consume-windows");
    let at = |minutes: i64| format!("@{}", base + minutes * MINUTE);
    // Windows: --from a time --until a time, an offset, or end.
    let (from, until) = (at(2), at(4));
    let cases: [(&[&str], Ranges); 5] = [
        (&["-o", &from, "--until", &until], &[(0, 2..4), (1, 2..4)]),
        (&["--until", "3"], &[(0, 0..3), (1, 0..3)]),
        (&["-o", "8", "--until", "end"], &[(0, 8..10), (1, 8..10)]),
        (&["--until", "0=2,1=1"], &[(0, 0..2), (1, 0..1)]),
        // -c counts across partitions; -p picks partitions.
        (&["-c", "3", "-p", "1"], &[(1, 0..3)]),
    ];
    for (args, ranges) in cases {
        assert_eq!(consume(&topic, args), expect(ranges), "{args:?}");
    }
    assert_eq!(
        consume(&format!("{topic}:0"), &["-o", "-3", "-e"]),
        expect(&[(0, 7..10)])
    );
}

#[test]
fn relative_times_count_back_from_now() {
    // Record i is (100 - 10 i) minutes old: 100m, 90m, ..., 10m.
    let base = now_ms() - 100 * MINUTE;
    let topic = timed_topic("consume-relative", base, 10 * MINUTE);
    // 65 minutes ago falls between the records 70m and 60m old: records 4..10 follow.
    assert_eq!(
        consume(&topic, &["-o", "65m", "-e"]),
        expect(&[(0, 4..10), (1, 4..10)])
    );
    assert_eq!(
        consume(&topic, &["-o", "1h45m", "--until", "85m"]),
        expect(&[(0, 0..2), (1, 0..2)])
    );
}

#[test]
fn exit_on_empty_and_partly_empty_partitions() {
    let empty = create_topic(3, "consume-empty");
    let result = run(kfk_on_broker().args(["consume", "-t", &empty, "-e"]));
    assert_eq!(
        (result.code, result.stdout.as_str()),
        (0, ""),
        "{}",
        result.stderr
    );

    let partly = create_topic(3, "consume-partly");
    run_with_stdin(
        kfk_on_broker().args(["produce", "-t", &partly, "-p", "1", "-q"]),
        b"only\n",
    );
    let result = run_ok(kfk_on_broker().args(["consume", "-t", &partly, "-e"]));
    assert_eq!(result.stdout, "only\n");
}

#[test]
fn every_format_token() {
    let topic = create_topic(1, "consume-format");
    let input = concat!(
        r#"{"key":"k1","value":"v1","headers":[["a","1"],["b",null]],"timestamp":1764151200000}"#,
        "\n",
        r#"{"key":null,"value":null,"timestamp":1764151200123}"#,
        "\n"
    );
    run_with_stdin(
        kfk_on_broker().args(["produce", "-t", &topic, "--input", "json", "-q"]),
        input.as_bytes(),
    );
    let result = run_ok(kfk_on_broker().args([
        "consume",
        "-t",
        &topic,
        "-e",
        "-f",
        "%t|%p|%o|%k|%s|%T|%d|%h|%K|%S|100%%\\t\\\\\\n",
    ]));
    assert_eq!(
        result.stdout,
        format!(
            "{topic}|0|0|k1|v1|1764151200000|2025-11-26T10:00:00.000Z|a=1,b=NULL|2|2|100%\t\\\n\
             {topic}|0|1|||1764151200123|2025-11-26T10:00:00.123Z||-1|-1|100%\t\\\n"
        )
    );
}

#[test]
fn json_output_with_binary_and_null_and_the_round_trip_through_produce() {
    let source = create_topic(2, "consume-json");
    let input = concat!(
        r#"{"key":"/wA=","key_encoding":"base64","value":"text","headers":[["h","x"],["h","/w==","base64"]],"partition":1,"timestamp":1764151200000}"#,
        "\n",
        r#"{"key":"tomb","value":null,"partition":0,"timestamp":1764151200001}"#,
        "\n",
        r#"{"key":"doc","value":"{\"a\": [1, 2]}","partition":0,"timestamp":1764151200002}"#,
        "\n"
    );
    run_with_stdin(
        kfk_on_broker().args(["produce", "-t", &source, "--input", "json", "-q"]),
        input.as_bytes(),
    );
    let result = run_ok(kfk_on_broker().args(["consume", "-t", &source, "-e", "--output", "json"]));
    let mut rows: Vec<Value> = result
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect();
    rows.sort_by_key(|r| (r["partition"].as_i64(), r["offset"].as_i64()));
    assert_eq!(
        rows,
        [
            json!({"topic": source, "partition": 0, "offset": 0, "timestamp": 1764151200001i64, "timestamp_type": "create_time", "key": "tomb", "value": null, "headers": []}),
            json!({"topic": source, "partition": 0, "offset": 1, "timestamp": 1764151200002i64, "timestamp_type": "create_time", "key": "doc", "value": "{\"a\": [1, 2]}", "headers": []}),
            json!({"topic": source, "partition": 1, "offset": 0, "timestamp": 1764151200000i64, "timestamp_type": "create_time", "key": "/wA=", "key_encoding": "base64", "value": "text", "headers": [["h", "x"], ["h", "/w==", "base64"]]}),
        ]
    );
    let embedded = run_ok(kfk_on_broker().args([
        "consume",
        &format!("--topic={source}:0"),
        "-o",
        "1",
        "-e",
        "--output",
        "json",
        "--value-json",
    ]));
    let row: Value = serde_json::from_str(embedded.stdout.trim()).expect("JSON");
    assert_eq!(row["value"], json!({"a": [1, 2]}));

    // consume | produce keeps keys, values, headers, partitions and timestamps.
    let copy = create_topic(2, "consume-json-copy");
    let copied = run_with_stdin(
        kfk_on_broker().args(["produce", "-t", &copy, "--input", "json", "-q"]),
        result.stdout.as_bytes(),
    );
    assert_eq!(copied.code, 0, "{}", copied.stderr);
    let strip = |records: Vec<Record>| -> Vec<Record> { records };
    let original = strip(read_topic(brokers(), &source, "read_committed"));
    let duplicate = strip(read_topic(brokers(), &copy, "read_committed"));
    assert_eq!(original, duplicate);
}

#[test]
fn bad_input_errors() {
    let missing = unique_topic("consume-missing");
    let result = run(kfk_on_broker().args(["consume", "-t", &missing, "-e"]));
    assert_eq!(result.code, 1);
    assert_eq!(
        result.stderr,
        format!("error: unknown topic '{missing}': it does not exist on the cluster\n")
    );

    let topic = create_topic(1, "consume-errors");
    let bad_offset = run(kfk_on_broker().args(["consume", "-t", &topic, "-o", "12x"]));
    assert_eq!(bad_offset.code, 2);
    assert!(
        bad_offset.stderr.contains("invalid position '12x'"),
        "{}",
        bad_offset.stderr
    );
    let bad_time = run(kfk_on_broker().args(["consume", "-t", &topic, "--until", "2026-13-45"]));
    assert_eq!(bad_time.code, 2);
    assert!(
        bad_time.stderr.contains("invalid --until '2026-13-45'"),
        "{}",
        bad_time.stderr
    );
    let bad_format = run(kfk_on_broker().args(["consume", "-t", &topic, "-f", "%q"]));
    assert_eq!(bad_format.code, 2);
    assert!(
        bad_format.stderr.contains("unknown format token '%q'"),
        "{}",
        bad_format.stderr
    );
    let no_partition = run(kfk_on_broker().args(["consume", "-t", &topic, "-p", "4", "-e"]));
    assert_eq!(no_partition.code, 1);
    assert!(
        no_partition.stderr.contains("has no partition 4"),
        "{}",
        no_partition.stderr
    );
}

#[test]
fn a_closed_pipe_and_ctrl_c_end_cleanly() {
    let topic = create_topic(1, "consume-pipe");
    let lines: String = (0..50_000).map(|i| format!("line {i}\n")).collect();
    run_with_stdin(
        kfk_on_broker().args(["produce", "-t", &topic, "-q"]),
        lines.as_bytes(),
    );

    // Like `kfk consume ... | head -3`: read three lines, close the pipe.
    let mut child = kfk_on_broker()
        .args(["consume", "-t", &topic, "-o", "beginning"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .start();
    let mut reader = BufReader::new(child.stdout.take().expect("stdout"));
    let mut first = String::new();
    for _ in 0..3 {
        reader.read_line(&mut first).expect("read");
    }
    drop(reader);
    let output = child.wait_with_output().expect("wait");
    assert_eq!(first, "line 0\nline 1\nline 2\n");
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");

    // Following the topic, then SIGINT: exit 130, with everything read printed.
    let mut child = kfk_on_broker()
        .args(["consume", "-t", &topic, "-o", "-5"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .start();
    let mut reader = BufReader::new(child.stdout.take().expect("stdout"));
    let mut tail = String::new();
    for _ in 0..5 {
        reader.read_line(&mut tail).expect("read");
    }
    child.signal(libc::SIGINT);
    let status = child.wait().expect("wait");
    assert_eq!(status.code(), Some(130));
    assert_eq!(
        tail,
        "line 49995\nline 49996\nline 49997\nline 49998\nline 49999\n"
    );
    let _ = Duration::ZERO;
}

/// Runs kfk with its stdout a pipe whose reader is already gone, as in `kfk ... | true`.
fn with_closed_stdout(command: &mut std::process::Command) -> std::process::Output {
    let (reader, writer) = std::io::pipe().expect("pipe");
    drop(reader);
    command
        .stdout(Stdio::from(writer))
        .stderr(Stdio::piped())
        .output()
        .expect("run kfk")
}

#[test]
fn every_command_ends_quietly_when_its_reader_is_gone() {
    let topic = timed_topic("closed-stdout", 1_700_000_000_000, 1000);
    let dir = tempfile::tempdir().expect("tempdir");
    let group = unique_topic("closed-stdout-group");
    std::fs::write(dir.path().join("input.txt"), "a\nb\n").expect("input");
    commit_earliest(brokers(), dir.path(), &group, &topic);
    let commands: Vec<Vec<&str>> = vec![
        vec!["config", "show"],
        vec!["topics", "list"],
        vec!["topics", "describe", &topic],
        vec!["consumer-groups", "list"],
        vec!["consumer-groups", "describe", &group],
        vec!["consumer-groups", "lag", &group],
        vec![
            "consumer-groups",
            "reset-offsets",
            &group,
            "--topic",
            &topic,
            "--to-latest",
        ],
        vec![
            "seek-to-timestamp",
            "--topic",
            &topic,
            "--time",
            "@1700000005000",
        ],
        vec!["consume", "-t", &topic, "-e"],
        vec!["produce", "-t", &topic, "--report", "-q", "input.txt"],
        vec!["completions", "bash"],
        vec!["cluster"],
    ];
    for args in &commands {
        for output in ["table", "json"] {
            let result = with_closed_stdout(
                kfk_on_broker()
                    .current_dir(dir.path())
                    .args(args)
                    .args(["--output", output]),
            );
            assert_eq!(
                (
                    result.status.code(),
                    String::from_utf8_lossy(&result.stderr).contains("error")
                ),
                (Some(0), false),
                "{args:?} --output {output}: {}",
                String::from_utf8_lossy(&result.stderr)
            );
        }
    }
}

#[test]
fn a_tail_ends_soon_after_its_reader_leaves_while_the_topic_is_idle() {
    let topic = timed_topic("idle-reader", 1_700_000_000_000, 1000);
    let group = unique_topic("idle-reader-group");
    let mut child = kfk_on_broker()
        .args(["consume", "-t", &topic, "-o", "beginning", "-g", &group])
        .args(["-X", "session.timeout.ms=6000"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .start();
    let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
    let mut read = 0;
    while read < 20 {
        lines.next().expect("a record").expect("a line");
        read += 1;
    }
    // `head -20` exits: the topic has nothing more, so kfk learns of it only by looking.
    drop(lines);
    let closed = std::time::Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        assert!(
            closed.elapsed() < Duration::from_secs(10),
            "kfk consume still runs 10 s after its reader left"
        );
        std::thread::sleep(Duration::from_millis(50));
    };
    assert_eq!(status.code(), Some(0));
    // A group member commits what it wrote before it leaves.
    assert_eq!(committed_offsets(brokers(), &group, &topic, 2), [10, 10]);
}

/// kcat with a current librdkafka (Debian's links 2.0.2), as the benchmarks run it:
/// scripts/benchlib.py fetches the library.
fn kcat() -> std::process::Command {
    let root = env!("CARGO_MANIFEST_DIR");
    assert!(
        std::process::Command::new("kcat")
            .arg("-V")
            .output()
            .is_ok(),
        "kcat is not installed: .ci/run installs it (apt-get install kcat)"
    );
    let libdir = std::process::Command::new("python3")
        .args(["-c", "import sys; sys.path.insert(0, 'scripts'); from benchlib import librdkafka_dir; print(librdkafka_dir())"])
        .current_dir(root)
        .output()
        .expect("python3");
    assert!(
        libdir.status.success(),
        "{}",
        String::from_utf8_lossy(&libdir.stderr)
    );
    let mut command = std::process::Command::new("kcat");
    command.env(
        "LD_LIBRARY_PATH",
        String::from_utf8_lossy(&libdir.stdout).trim(),
    );
    command
}

#[test]
fn format_tokens_and_dash_k_print_what_kcat_prints() {
    let topic = create_topic(1, "consume-kcat");
    let input = concat!(
        r#"{"key":"k1","value":"v1","headers":[["a","1"],["b",null],["c",""]],"timestamp":1764151200000}"#,
        "\n",
        r#"{"key":null,"value":null,"timestamp":1764151200123}"#,
        "\n",
        r#"{"key":"","value":"","headers":{"h":"x"},"timestamp":1764151200456}"#,
        "\n",
        r#"{"key":"/wA=","key_encoding":"base64","value":"AAEC/w==","value_encoding":"base64","timestamp":1764151200789}"#,
        "\n"
    );
    let produced = run_with_stdin(
        kfk_on_broker().args(["produce", "-t", &topic, "--input", "json", "-q"]),
        input.as_bytes(),
    );
    assert_eq!(produced.code, 0, "{}", produced.stderr);
    let format = "%t|%p|%o|%k|%s|%T|%h|%K|%S|%R|%%\n";
    // Raw bytes on both sides: one record holds binary data.
    let kfk_bytes = |args: &[&str]| {
        let output = kfk_on_broker()
            .args(["consume", "-t", &topic, "-e"])
            .args(args)
            .output()
            .expect("kfk");
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        output
    };
    let ours = kfk_bytes(&["-f", format]);
    let theirs = kcat_bytes(&topic, &["-f", format]);
    assert_eq!(ours.stdout, theirs.stdout);

    let ours = kfk_bytes(&["-K:"]);
    let theirs = kcat_bytes(&topic, &["-K:"]);
    assert_eq!(ours.stdout, theirs.stdout);
    assert_eq!(&ours.stdout[..5], b"k1:v1");
}

/// kcat reading `topic` to its end with `args`; it must succeed.
fn kcat_bytes(topic: &str, args: &[&str]) -> std::process::Output {
    let output = kcat()
        .args(["-C", "-b", brokers(), "-t", topic, "-e", "-q"])
        .args(args)
        .output()
        .expect("kcat");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

#[test]
fn kcat_start_and_stop_times_and_a_new_group_reading_to_the_end() {
    let base = 1_700_000_000_000i64;
    let topic = timed_topic("consume-kcat-times", base, 1000);
    let window = consume(
        &topic,
        &[
            "-o",
            &format!("s@{}", base + 3000),
            "-o",
            &format!("e@{}", base + 6000),
        ],
    );
    let expected: Vec<(i32, String)> = (0..2)
        .flat_map(|p| (3..6).map(move |i| (p, format!("p{p}-{i}"))))
        .collect();
    assert_eq!(window, expected);
    let twice =
        run(kfk_on_broker().args(["consume", "-t", &topic, "-o", "s@1", "-o", "beginning"]));
    assert_eq!(twice.code, 2, "{}", twice.stderr);

    // A new group with --exit reads from the beginning, as the help says.
    let group = unique_topic("consume-new-group");
    let all = run_ok(kfk_on_broker().args([
        "consume",
        "-t",
        &topic,
        "-g",
        &group,
        "-e",
        "-f",
        "%s\\n",
        "-X",
        "session.timeout.ms=6000",
    ]));
    assert_eq!(all.stdout.lines().count(), 20, "{}", all.stdout);
}
