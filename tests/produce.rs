//! `kfk produce` against Apache Kafka: framing, keys, headers, partitions,
//! codecs, JSON input, placement, reports, transactions and bad input.

mod common;

use common::*;

fn produce(topic: &str, args: &[&str], stdin: &[u8]) -> Run {
    let result = run_with_stdin(
        kfk_on_broker().args(["produce", "-t", topic]).args(args),
        stdin,
    );
    assert_eq!(
        result.code, 0,
        "kfk produce {args:?} failed:\n{}",
        result.stderr
    );
    result
}

fn values(records: &[Record]) -> Vec<Option<&str>> {
    records.iter().map(Record::value_str).collect()
}

#[test]
fn lines_are_records_and_carriage_returns_are_stripped() {
    let topic = create_topic(1, "produce-lines");
    let result = produce(&topic, &[], b"one\r\ntwo\n\nthree");
    assert!(
        result
            .stderr
            .contains("kfk produce: 4 read, 4 delivered, 0 failed"),
        "{}",
        result.stderr
    );
    let records = read_topic(brokers(), &topic, "read_committed");
    assert_eq!(
        values(&records),
        [Some("one"), Some("two"), Some(""), Some("three")]
    );
    assert!(records
        .iter()
        .all(|r| r.key.is_none() && r.headers.is_empty()));
}

#[test]
fn custom_delimiters_with_escapes_and_whole_files() {
    let topic = create_topic(1, "produce-delim");
    produce(&topic, &["-D", "\\x1e"], b"a\nstill a\x1eb\x1e");
    produce(&topic, &["-D", "||"], b"c||d|e");
    let dir = tempfile::tempdir().expect("tempdir");
    let first = dir.path().join("first.txt");
    let second = dir.path().join("second.txt");
    std::fs::write(&first, "line 1\nline 2\n").expect("write");
    std::fs::write(&second, "other\n").expect("write");
    run_ok(
        kfk_on_broker()
            .args(["produce", "-t", &topic, "--whole-file"])
            .arg(&first)
            .arg(&second),
    );
    let records = read_topic(brokers(), &topic, "read_committed");
    assert_eq!(
        values(&records),
        [
            Some("a\nstill a"),
            Some("b"),
            Some("c"),
            Some("d|e"),
            Some("line 1\nline 2\n"),
            Some("other\n")
        ]
    );
}

#[test]
fn keys_headers_partitions_and_tombstones() {
    let topic = create_topic(3, "produce-keys");
    produce(
        &topic,
        &[
            "-K",
            ":",
            "-H",
            "source=test",
            "-H",
            "trace=a=b",
            "-p",
            "2",
            "-Z",
        ],
        b"k1:v1\nno key here\nk2:\n:empty key\nk3:a:b\n",
    );
    let records = read_topic(brokers(), &topic, "read_committed");
    assert!(records.iter().all(|r| r.partition == 2), "{records:?}");
    let pairs: Vec<(Option<&str>, Option<&str>)> = records
        .iter()
        .map(|r| (r.key_str(), r.value_str()))
        .collect();
    assert_eq!(
        pairs,
        [
            (Some("k1"), Some("v1")),
            (None, Some("no key here")),
            (Some("k2"), None),
            (Some(""), Some("empty key")),
            (Some("k3"), Some("a:b")),
        ]
    );
    for record in &records {
        assert_eq!(
            record.headers,
            [
                ("source".to_string(), Some(b"test".to_vec())),
                ("trace".to_string(), Some(b"a=b".to_vec()))
            ]
        );
    }
}

#[test]
fn every_compression_codec_round_trips() {
    for codec in ["none", "gzip", "snappy", "lz4", "zstd"] {
        let topic = create_topic(1, &format!("produce-{codec}"));
        let input: String = (0..500)
            .map(|i| format!("{codec} record {i} {}\n", "x".repeat(i % 50)))
            .collect();
        produce(&topic, &["-z", codec], input.as_bytes());
        let records = read_topic(brokers(), &topic, "read_committed");
        let expected: Vec<String> = input.lines().map(String::from).collect();
        let got: Vec<String> = records
            .iter()
            .map(|r| r.value_str().unwrap_or_default().to_string())
            .collect();
        assert_eq!(got, expected, "codec {codec}");
    }
}

#[test]
fn json_input_with_base64_null_headers_partition_and_timestamp() {
    let topic = create_topic(2, "produce-json");
    let input = concat!(
        r#"{"key":"k1","value":"plain","headers":{"h":"1"},"partition":1,"timestamp":1700000000000}"#,
        "\n",
        r#"{"key":"/wA=","key_encoding":"base64","value":"AAEC","value_encoding":"base64","headers":[["a","x"],["a",null]],"partition":0}"#,
        "\n",
        "\n",
        r#"{"key":"tomb","value":null,"partition":0}"#,
        "\n",
        r#"{"key":7,"value":{"nested":[1,2]},"partition":0,"topic":"ignored","offset":9,"timestamp_type":"create"}"#,
        "\n",
    );
    produce(&topic, &["--input", "json"], input.as_bytes());
    let records = read_topic(brokers(), &topic, "read_committed");
    assert_eq!(records.len(), 4, "{records:?}");
    let p1 = records
        .iter()
        .find(|r| r.partition == 1)
        .expect("partition 1 record");
    assert_eq!((p1.key_str(), p1.value_str()), (Some("k1"), Some("plain")));
    assert_eq!(p1.headers, [("h".to_string(), Some(b"1".to_vec()))]);
    assert_eq!(p1.timestamp, Some(1_700_000_000_000));
    let p0: Vec<&Record> = records.iter().filter(|r| r.partition == 0).collect();
    assert_eq!(p0[0].key.as_deref(), Some(&[0xff, 0x00][..]));
    assert_eq!(p0[0].value.as_deref(), Some(&[0, 1, 2][..]));
    assert_eq!(
        p0[0].headers,
        [
            ("a".to_string(), Some(b"x".to_vec())),
            ("a".to_string(), None)
        ]
    );
    assert_eq!(
        (p0[1].key_str(), p0[1].value.as_deref()),
        (Some("tomb"), None)
    );
    assert_eq!(
        (p0[2].key_str(), p0[2].value_str()),
        (Some("7"), Some(r#"{"nested":[1,2]}"#))
    );
}

/// Java's `Utils.murmur2`, written out from the Kafka source, to check placement
/// independently of librdkafka.
fn java_murmur2(data: &[u8]) -> i32 {
    let seed: u32 = 0x9747_b28c;
    let m: u32 = 0x5bd1_e995;
    let r = 24;
    let length = data.len() as u32;
    let mut h = seed ^ length;
    let chunks = data.chunks_exact(4);
    let tail = chunks.remainder();
    for chunk in chunks {
        let mut k = u32::from_le_bytes([chunk[0], chunk[1], chunk[2], chunk[3]]);
        k = k.wrapping_mul(m);
        k ^= k >> r;
        k = k.wrapping_mul(m);
        h = h.wrapping_mul(m);
        h ^= k;
    }
    if tail.len() >= 3 {
        h ^= (tail[2] as u32) << 16;
    }
    if tail.len() >= 2 {
        h ^= (tail[1] as u32) << 8;
    }
    if !tail.is_empty() {
        h ^= tail[0] as u32;
        h = h.wrapping_mul(m);
    }
    h ^= h >> 13;
    h = h.wrapping_mul(m);
    h ^= h >> 15;
    h as i32
}

#[test]
fn the_java_test_vectors_hold_for_the_reference_murmur2() {
    // From Kafka's UtilsTest.testMurmur2.
    assert_eq!(java_murmur2(b"21"), -973932308);
    assert_eq!(java_murmur2(b"foobar"), -790332482);
    assert_eq!(java_murmur2(b"a-little-bit-long-string"), -985981536);
    assert_eq!(java_murmur2(b"a-little-bit-longer-string"), -1486304829);
    assert_eq!(
        java_murmur2(b"lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8"),
        -58897971
    );
    assert_eq!(java_murmur2(b"abc"), 479470107);
}

#[test]
fn keyed_records_land_where_the_java_client_puts_them() {
    let partitions = 6;
    let topic = create_topic(partitions, "produce-murmur2");
    let keys = [
        "21",
        "foobar",
        "abc",
        "user-1",
        "user-2",
        "order-42",
        "a-little-bit-long-string",
        "z",
    ];
    let input: String = keys.iter().map(|k| format!("{k}:v\n")).collect();
    produce(&topic, &["-K:"], input.as_bytes());
    let records = read_topic(brokers(), &topic, "read_committed");
    assert_eq!(records.len(), keys.len());
    for record in records {
        let key = record.key_str().expect("key");
        let expected = (java_murmur2(key.as_bytes()) & 0x7fff_ffff) % partitions as i32;
        assert_eq!(record.partition, expected, "key {key}");
    }
}

#[test]
fn report_prints_partition_offset_and_line() {
    let topic = create_topic(2, "produce-report");
    let result = produce(&topic, &["--report", "-p", "1"], b"a\nb\nc\n");
    assert_eq!(result.stdout, "1@0 line 1\n1@1 line 2\n1@2 line 3\n");
    let json = produce(&topic, &["--report", "--output", "json", "-p", "0"], b"x\n");
    let row: serde_json::Value = serde_json::from_str(json.stdout.trim()).expect("report JSON");
    assert_eq!(
        row,
        serde_json::json!({"line": 1, "topic": topic, "partition": 0, "offset": 0})
    );
}

#[test]
fn transactional_produce_commits_every_record() {
    let topic = create_topic(2, "produce-txn");
    let id = unique_topic("txn-id");
    let input: String = (1..=10).map(|i| format!("k{i}:v{i}\n")).collect();
    let result = produce(
        &topic,
        &["-K:", "--transactional-id", &id, "--txn-size", "3"],
        input.as_bytes(),
    );
    assert!(
        result.stderr.contains("10 read, 10 delivered, 0 failed"),
        "{}",
        result.stderr
    );
    let records = read_topic(brokers(), &topic, "read_committed");
    let mut got: Vec<&str> = records.iter().filter_map(Record::value_str).collect();
    got.sort_by_key(|v| v[1..].parse::<u32>().unwrap_or(0));
    let expected: Vec<String> = (1..=10).map(|i| format!("v{i}")).collect();
    assert_eq!(got, expected);
}

#[test]
fn a_malformed_json_line_stops_the_run_before_anything_after_it_is_sent() {
    let topic = create_topic(1, "produce-badjson");
    let mut input = String::new();
    for i in 1..=16 {
        input.push_str(&format!("{{\"value\":\"v{i}\"}}\n"));
    }
    input.push_str("{\"value\":\"v17\" \"key\":1}\n");
    input.push_str("{\"value\":\"v18\"}\n");
    let result = run_with_stdin(
        kfk_on_broker().args(["produce", "-t", &topic, "--input", "json"]),
        input.as_bytes(),
    );
    assert_eq!(result.code, 1, "{}", result.stderr);
    assert!(
        result
            .stderr
            .ends_with("error: line 17: expected `,` or `}` at column 16\n"),
        "{}",
        result.stderr
    );
    let records = read_topic(brokers(), &topic, "read_committed");
    let expected: Vec<String> = (1..=16).map(|i| format!("v{i}")).collect();
    assert_eq!(
        records
            .iter()
            .filter_map(Record::value_str)
            .collect::<Vec<_>>(),
        expected
    );

    let skipping = run_with_stdin(
        kfk_on_broker().args(["produce", "-t", &topic, "--input", "json", "--skip-invalid"]),
        input.as_bytes(),
    );
    assert_eq!(skipping.code, 3, "{}", skipping.stderr);
    assert!(
        skipping
            .stderr
            .contains("line 17: skipped: expected `,` or `}` at column 16"),
        "{}",
        skipping.stderr
    );
    assert!(
        skipping
            .stderr
            .contains("18 read, 17 delivered, 0 failed, 1 skipped"),
        "{}",
        skipping.stderr
    );
    assert_eq!(
        read_topic(brokers(), &topic, "read_committed").len(),
        16 + 17
    );
}

#[test]
fn an_oversized_record_is_reported_with_its_line_and_saved() {
    let topic = create_topic(1, "produce-oversized");
    let dir = tempfile::tempdir().expect("tempdir");
    let failed = dir.path().join("failed.txt");
    let big = "x".repeat(2_000);
    let input = format!("small 1\n{big}\nsmall 3\n");
    let result = run_with_stdin(
        kfk_on_broker()
            .args([
                "produce",
                "-t",
                &topic,
                "-X",
                "message.max.bytes=1500",
                "--failed-file",
            ])
            .arg(&failed),
        input.as_bytes(),
    );
    assert_eq!(result.code, 3, "{}", result.stderr);
    assert!(
        result.stderr.contains(
            "line 2: not delivered: the record is 2000 bytes, larger than the producer allows"
        ),
        "{}",
        result.stderr
    );
    assert!(result.stderr.contains(&format!(
        "error: 1 of 3 records was not delivered; it is saved in {}",
        failed.display()
    )));
    assert_eq!(
        std::fs::read_to_string(&failed).expect("failed file"),
        format!("{big}\n")
    );
    let records = read_topic(brokers(), &topic, "read_committed");
    assert_eq!(values(&records), [Some("small 1"), Some("small 3")]);
}

#[test]
fn an_unknown_topic_or_partition_is_refused_before_reading_input() {
    let missing = unique_topic("produce-missing");
    // stdin stays open and empty: kfk must fail on the topic, not wait for input.
    let mut child = kfk_on_broker()
        .args(["produce", "-t", &missing])
        .stdin(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .start();
    let output = {
        let _stdin = child.stdin.take();
        let started = std::time::Instant::now();
        let status = child.wait().expect("wait");
        // Waiting for input would never end; a loaded machine may take a few seconds.
        assert!(started.elapsed() < std::time::Duration::from_secs(30));
        status
    };
    assert_eq!(output.code(), Some(1));
    let mut stderr = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().expect("stderr"), &mut stderr)
        .expect("read");
    // Apache Kafka's default, auto.create.topics.enable=true, is said beside the hint.
    assert_eq!(
        stderr,
        format!(
            "error: unknown topic '{missing}': it does not exist on the cluster; create it \
             with `kfk topics create {missing}`; the cluster would create it when a client \
             asks for it (auto.create.topics.enable=true), but kfk does not ask it to\n"
        )
    );

    let topic = create_topic(2, "produce-nopart");
    let result = run_with_stdin(
        kfk_on_broker().args(["produce", "-t", &topic, "-p", "5"]),
        b"x\n",
    );
    assert_eq!(result.code, 1);
    assert_eq!(
        result.stderr,
        format!("error: topic '{topic}' has no partition 5 (it has 2 partitions: 0-1)\n")
    );
}

#[test]
fn contradictory_flags_are_usage_errors() {
    let result = run(kfk().args(["produce", "-t", "x", "--input", "json", "-K:"]));
    assert_eq!(result.code, 2, "{}", result.stderr);
    let result = run(kfk().args(["produce", "-t", "x", "-D", "\\q"]));
    assert_eq!(result.code, 2, "{}", result.stderr);
    assert!(
        result.stderr.contains("unknown escape"),
        "{}",
        result.stderr
    );
    let result = run(kfk().args(["produce", "-t", "x", "--txn-size", "5"]));
    assert_eq!(result.code, 2, "{}", result.stderr);
}

#[test]
fn skip_invalid_saves_each_bad_line_as_read_and_exits_3() {
    let topic = create_topic(2, "produce-skip");
    let dir = tempfile::tempdir().expect("tempdir");
    let failed = dir.path().join("bad.jsonl");
    let bad_field = r#"{"key":"user-7","valeu":"important"}"#;
    let bad_partition = r#"{"value":"far",  "partition":9}"#;
    let input = format!(
        "{{\"value\":\"a\"}}\n{bad_field}\n{{\"value\":\"b\"}}\n{bad_partition}\n{{\"key\":\"t\",\"value\":null}}\n"
    );
    let result = run_with_stdin(
        kfk_on_broker()
            .args(["produce", "-t", &topic, "--input", "json", "--skip-invalid"])
            .arg("--failed-file")
            .arg(&failed),
        input.as_bytes(),
    );
    assert_eq!(result.code, 3, "{}", result.stderr);
    for expected in [
        "line 2: skipped: unknown field \"valeu\"; a record has \"key\", \"value\", \"headers\", \"partition\", \"timestamp\"".to_string(),
        format!("line 4: skipped: partition 9 does not exist: topic '{topic}' has 2 partitions (0-1)"),
        "5 read, 3 delivered, 0 failed, 2 skipped".to_string(),
        format!(
            "error: 2 invalid lines were skipped; they are saved in {}",
            failed.display()
        ),
    ] {
        assert!(result.stderr.contains(&expected), "{expected}\n{}", result.stderr);
    }
    assert_eq!(
        std::fs::read_to_string(&failed).expect("failed file"),
        format!("{bad_field}\n{bad_partition}\n")
    );
    let records = read_topic(brokers(), &topic, "read_committed");
    let mut values: Vec<Option<&str>> = values(&records);
    values.sort();
    assert_eq!(values, [None, Some("a"), Some("b")]);
}

/// 40 records over the 4 partitions of a topic, as `consume --output json` dumps them.
fn four_partition_dump() -> String {
    let source = create_topic(4, "produce-replay-src");
    let input: String = (0..40)
        .map(|i| {
            format!(
                "{{\"key\":\"k{i}\",\"value\":\"v{i}\",\"partition\":{},\"timestamp\":{}}}\n",
                i % 4,
                1_600_000_000_000i64 + i
            )
        })
        .collect();
    produce(&source, &["--input", "json", "-q"], input.as_bytes());
    run_ok(kfk_on_broker().args(["consume", "-t", &source, "-e", "--output", "json"])).stdout
}

#[test]
fn a_replay_into_fewer_partitions_names_the_missing_partition() {
    let dump = four_partition_dump();
    let destination = create_topic(2, "produce-replay-dst");
    let refused = run_with_stdin(
        kfk_on_broker().args(["produce", "-t", &destination, "--input", "json"]),
        dump.as_bytes(),
    );
    assert_eq!(refused.code, 1, "{}", refused.stderr);
    // The lines before the first one for partition 2 or 3 are delivered, nothing after.
    let (first_bad, partition) = dump
        .lines()
        .enumerate()
        .find_map(|(index, line)| {
            let record: serde_json::Value = serde_json::from_str(line).ok()?;
            let partition = record["partition"].as_i64()?;
            (partition >= 2).then_some((index, partition))
        })
        .expect("a record of partition 2 or 3");
    assert!(
        refused.stderr.ends_with(&format!(
            "error: line {}: partition {partition} does not exist: topic '{destination}' has 2 partitions (0-1); \
             --ignore-partition places records by key\n",
            first_bad + 1
        )),
        "{}",
        refused.stderr
    );
    assert_eq!(
        read_topic(brokers(), &destination, "read_committed").len(),
        first_bad
    );
}

#[test]
fn a_replay_with_ignore_partition_places_records_by_key() {
    let dump = four_partition_dump();
    let replay = create_topic(2, "produce-replay-keyed");
    let started = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("clock")
        .as_millis() as i64;
    produce(
        &replay,
        &[
            "--input",
            "json",
            "--ignore-partition",
            "--ignore-timestamp",
        ],
        dump.as_bytes(),
    );
    let records = read_topic(brokers(), &replay, "read_committed");
    assert_eq!(records.len(), 40);
    for record in &records {
        let key = record.key.as_deref().expect("key");
        let expected = (java_murmur2(key) & 0x7fff_ffff) % 2;
        assert_eq!(record.partition, expected, "{:?}", record.key_str());
        assert!(record.timestamp.expect("timestamp") >= started);
    }
}

#[test]
fn keep_cr_keeps_the_carriage_return_as_kcat_does() {
    let topic = create_topic(1, "produce-keep-cr");
    produce(&topic, &["--keep-cr"], b"x\r\ny\r\n");
    let records = read_topic(brokers(), &topic, "read_committed");
    assert_eq!(values(&records), [Some("x\r"), Some("y\r")]);
}

#[test]
fn producing_to_an_unknown_topic_does_not_create_it() {
    // A producer asking a broker for a topic it does not have may get it created (Kafka
    // does, with auto.create.topics.enable, its default): kfk must refuse before any such
    // request.
    let topic = unique_topic("never-created");
    for command in [
        &["produce", "-t", &topic][..],
        &["perf", "produce", "-t", &topic, "-n", "5"][..],
        &["perf", "e2e", "-t", &topic, "-n", "5"][..],
    ] {
        let result = run_with_stdin(kfk_on_broker().args(command), b"x\n");
        assert_eq!(result.code, 1, "{command:?}: {}", result.stderr);
        assert!(
            result.stderr.contains(&format!("unknown topic '{topic}'")),
            "{}",
            result.stderr
        );
    }
    let listed = run_ok(kfk_on_broker().args(["topics", "list", "--output", "json"]));
    assert!(!listed.stdout.contains(&topic), "{}", listed.stdout);
}

#[test]
fn json_values_are_written_byte_for_byte_and_the_base64_form_is_explicit() {
    let topic = create_topic(1, "produce-json-raw");
    let values = [
        "123456789012345678901234567890",
        "1.10",
        "1e2",
        r#"{"a":1,"a":2}"#,
        r#"{"base64":"aGk=","note":"not alone"}"#,
    ];
    let mut input: String = values
        .iter()
        .map(|value| format!("{{\"value\":{value}}}\n"))
        .collect();
    input.push_str("{\"value\":\"aGk=\",\"value_encoding\":\"base64\"}\n");
    input.push_str("{\"value\":\"{\\\"base64\\\":\\\"aGk=\\\"}\"}\n");
    produce(&topic, &["--input", "json"], input.as_bytes());
    let records = read_topic(brokers(), &topic, "read_committed");
    let mut wanted: Vec<Option<&str>> = values.iter().map(|v| Some(*v)).collect();
    wanted.extend([Some("hi"), Some(r#"{"base64":"aGk="}"#)]);
    assert_eq!(self::values(&records), wanted);

    // The document {"base64": ...} prints as a string under --value-json, so it replays
    // as the same bytes.
    let printed = run_ok(kfk_on_broker().args([
        "consume",
        "-t",
        &topic,
        "-e",
        "--output",
        "json",
        "--value-json",
    ]));
    let last = printed.stdout.lines().last().expect("a line");
    assert!(
        last.contains(r#""value":"{\"base64\":\"aGk=\"}""#),
        "{last}"
    );
    let first = printed.stdout.lines().next().expect("a line");
    assert!(
        first.contains(r#""value":123456789012345678901234567890"#),
        "{first}"
    );

    // The old form alone is ambiguous: refused with its line, nothing from it on sent.
    let ambiguous = run_with_stdin(
        kfk_on_broker().args(["produce", "-t", &topic, "--input", "json"]),
        b"{\"value\":\"ok\"}\n{\"value\":{\"base64\":\"aGk=\"}}\n",
    );
    assert_eq!(ambiguous.code, 1, "{}", ambiguous.stderr);
    assert!(
        ambiguous.stderr.contains(
            "line 2: \"value\" is {\"base64\":\"aGk=\"}: ambiguous (JSON text or bytes?)"
        ),
        "{}",
        ambiguous.stderr
    );
    assert_eq!(read_topic(brokers(), &topic, "read_committed").len(), 8);
}

/// On a terminal the progress line follows deliveries to the end: with linger.ms=2000
/// every record is read long before it is delivered, and the line must still reach
/// 100% while they drain (it stopped where reading ended). `script` gives kfk a terminal.
#[test]
fn the_progress_line_counts_deliveries_to_the_end() {
    let topic = create_topic(1, "produce-progress");
    let dir = tempfile::tempdir().expect("tempdir");
    let input = dir.path().join("input.txt");
    let lines: String = (0..50_000).map(|i| format!("line {i}\n")).collect();
    std::fs::write(&input, lines).expect("write");
    let command = format!(
        "'{}' -b '{}' produce -t '{topic}' -X linger.ms=2000 '{}'",
        env!("CARGO_BIN_EXE_kfk"),
        brokers(),
        input.display()
    );
    let terminal = run(std::process::Command::new("script")
        .args(["-qec", &command, "/dev/null"])
        .env("XDG_CONFIG_HOME", dir.path())
        .env("TERM", "xterm"));
    assert_eq!(terminal.code, 0, "{}", terminal.stdout);
    assert!(
        terminal
            .stdout
            .contains("100% 50000 of ~50000 records delivered"),
        "{}",
        terminal.stdout
    );
    assert_eq!(
        read_topic(brokers(), &topic, "read_committed").len(),
        50_000
    );
}
