//! `kfk consume --key` against Apache Kafka: records written by the Java client (murmur2)
//! and by Confluent's Python client (librdkafka's consistent_random) are found in the one
//! partition their producer chose, and kfk reads that partition and no other.

mod common;

use std::io::Write;
use std::process::{Command, Stdio};

use common::*;
use serde_json::Value;

const PARTITIONS: u32 = 6;

/// 20 keys, 5 records each: `k0:v0-0` ... `k19:v19-4`.
fn keyed_input() -> String {
    (0..5)
        .flat_map(|round| (0..20).map(move |k| format!("k{k}:v{k}-{round}\n")))
        .collect()
}

/// Writes `input` with Apache's console producer, whose Java client partitions keyed
/// records with murmur2.
fn produce_with_java(topic: &str, input: &str) {
    let mut producer = Command::new("java")
        .args(["-Xmx256m", "-XX:+UseSerialGC", "-Dlog4j2.level=OFF", "-cp"])
        .arg(format!("{}/*", kafka::kafka_libs().display()))
        .arg("org.apache.kafka.tools.ConsoleProducer")
        .args(["--bootstrap-server", brokers(), "--topic", topic])
        .args([
            "--property",
            "parse.key=true",
            "--property",
            "key.separator=:",
        ])
        .stdin(Stdio::piped())
        .spawn()
        .expect("java");
    let mut stdin = producer.stdin.take().expect("stdin");
    stdin.write_all(input.as_bytes()).expect("write");
    drop(stdin);
    assert!(producer.wait().expect("wait").success());
}

/// Writes `input` with Confluent's Python client, which partitions with librdkafka's
/// default, consistent_random.
fn produce_with_python(topic: &str, input: &str) {
    let python =
        std::env::var_os("KFK_TEST_PYTHON").expect("KFK_TEST_PYTHON (scripts/test sets it up)");
    let script = "import sys\nfrom confluent_kafka import Producer\n\
        p = Producer({'bootstrap.servers': sys.argv[1]})\n\
        for line in sys.stdin:\n    k, v = line.rstrip('\\n').split(':', 1)\n    p.produce(sys.argv[2], key=k, value=v)\n\
        assert p.flush(30) == 0\n";
    let produced = run_with_stdin(
        Command::new(python).args(["-c", script, brokers(), topic]),
        input.as_bytes(),
    );
    assert_eq!(produced.code, 0, "{}", produced.stderr);
}

/// Looks `key` up with kfk; the (partition, offset, value) of what it printed, and its
/// stderr.
fn look_up(topic: &str, key: &str, extra: &[&str]) -> (Vec<(i64, i64, String)>, String) {
    let result = run_ok(
        kfk_on_broker()
            .args([
                "consume", "-t", topic, "-e", "--key", key, "--output", "json",
            ])
            .args(extra),
    );
    let found = result
        .stdout
        .lines()
        .map(|line| {
            let record: Value = serde_json::from_str(line).expect("record JSON");
            assert_eq!(record["key"], key);
            let number = |field: &str| record[field].as_i64().expect(field);
            (
                number("partition"),
                number("offset"),
                record["value"].as_str().expect("value").to_string(),
            )
        })
        .collect();
    (found, result.stderr)
}

/// Checks a lookup of k7 against the topic as librdkafka reads it: the same records,
/// named as from the partition that holds them, which was the only one read.
fn assert_found_in_one_partition(topic: &str, extra: &[&str]) {
    let stored = read_topic(brokers(), topic, "read_committed");
    let expected: Vec<(i64, i64, String)> = stored
        .iter()
        .filter(|r| r.key_str() == Some("k7"))
        .map(|r| {
            (
                i64::from(r.partition),
                r.offset,
                r.value_str().expect("value").to_string(),
            )
        })
        .collect();
    assert_eq!(expected.len(), 5);
    let partition = expected[0].0;
    assert!(expected.iter().all(|r| r.0 == partition), "{expected:?}");
    let (found, stderr) = look_up(topic, "k7", extra);
    assert_eq!(found, expected, "{stderr}");
    assert!(
        stderr.contains(&format!(
            "key 'k7' is in partition {partition} of the {PARTITIONS} of '{topic}'"
        )),
        "{stderr}"
    );
    // The filter counts every record it looked at: exactly that partition's.
    let in_partition = stored
        .iter()
        .filter(|r| i64::from(r.partition) == partition)
        .count();
    assert!(
        stderr.contains(&format!("{in_partition} records scanned, 5 matched")),
        "{in_partition} in partition {partition}; {stderr}"
    );
    assert!(in_partition < stored.len());
}

#[test]
fn a_key_from_the_java_client_is_found_in_its_one_partition() {
    let topic = create_topic(PARTITIONS, "key-java");
    produce_with_java(&topic, &keyed_input());
    assert_found_in_one_partition(&topic, &[]);
    assert_found_in_one_partition(&topic, &["--partitioner", "murmur2"]);
}

#[test]
fn a_key_from_librdkafka_is_found_with_its_partitioner() {
    let topic = create_topic(PARTITIONS, "key-librdkafka");
    produce_with_python(&topic, &keyed_input());
    assert_found_in_one_partition(&topic, &["--partitioner", "consistent_random"]);
}

#[test]
fn all_partitions_finds_a_key_wherever_it_was_put() {
    let topic = create_topic(PARTITIONS, "key-custom");
    // A partitioner of its own: round robin, whatever the key.
    let input: String = (0..12)
        .map(|i| {
            format!(
                "{{\"key\":\"k7\",\"value\":\"v{i}\",\"partition\":{}}}\n",
                i % 6
            )
        })
        .collect();
    let produced = run_with_stdin(
        kfk_on_broker().args(["produce", "-t", &topic, "--input", "json", "-q"]),
        input.as_bytes(),
    );
    assert_eq!(produced.code, 0, "{}", produced.stderr);
    let (found, stderr) = look_up(&topic, "k7", &["--all-partitions"]);
    assert_eq!(found.len(), 12, "{stderr}");
    assert!(
        stderr.contains("12 records scanned, 12 matched"),
        "{stderr}"
    );
    let (one, _) = look_up(&topic, "k7", &[]);
    assert_eq!(one.len(), 2);

    let refused =
        run(kfk_on_broker().args(["consume", "-t", &topic, "-e", "--key", "k7", "-p", "1"]));
    assert_eq!(refused.code, 2, "{}", refused.stderr);
    assert!(
        refused
            .stderr
            .contains("drop -p and TOPIC:PARTITIONS, or add --all-partitions"),
        "{}",
        refused.stderr
    );
    let random = run(kfk_on_broker().args([
        "consume",
        "-t",
        &topic,
        "-e",
        "--key",
        "k7",
        "--partitioner",
        "random",
    ]));
    assert_eq!(random.code, 2, "{}", random.stderr);
}

#[test]
fn a_binary_key_is_given_in_hex_or_base64() {
    let topic = create_topic(PARTITIONS, "key-binary");
    // Keys as the Java client's LongSerializer writes them (8 bytes, big-endian), from
    // Confluent's Python client (consistent_random).
    let python =
        std::env::var_os("KFK_TEST_PYTHON").expect("KFK_TEST_PYTHON (scripts/test sets it up)");
    let script = "import struct, sys\nfrom confluent_kafka import Producer\n\
        p = Producer({'bootstrap.servers': sys.argv[1]})\n\
        for r in range(3):\n    for k in range(20):\n        p.produce(sys.argv[2], key=struct.pack('>q', k), value=f'v{k}-{r}')\n\
        assert p.flush(30) == 0\n";
    run_ok(Command::new(python).args(["-c", script, brokers(), &topic]));
    let stored = read_topic(brokers(), &topic, "read_committed");
    let expected: Vec<(i64, i64, String)> = stored
        .iter()
        .filter(|r| r.key.as_deref() == Some(&7u64.to_be_bytes()[..]))
        .map(|r| {
            let value = r.value_str().expect("value").to_string();
            (i64::from(r.partition), r.offset, value)
        })
        .collect();
    assert_eq!(expected.len(), 3);
    for (format, key) in [("hex", "0000000000000007"), ("base64", "AAAAAAAAAAc=")] {
        let result = run_ok(kfk_on_broker().args([
            "consume",
            "-t",
            &topic,
            "-e",
            "--partitioner",
            "consistent_random",
            "--key-format",
            format,
            "--key",
            key,
            "--output",
            "json",
        ]));
        let found: Vec<(i64, i64, String)> = result
            .stdout
            .lines()
            .map(|line| {
                let record: Value = serde_json::from_str(line).expect("record JSON");
                assert_eq!(record["key"], key);
                (
                    record["partition"].as_i64().expect("partition"),
                    record["offset"].as_i64().expect("offset"),
                    record["value"].as_str().expect("value").to_string(),
                )
            })
            .collect();
        assert_eq!(found, expected, "{}", result.stderr);
        assert!(
            result.stderr.contains(&format!(
                "key '{key}' is in partition {} of the {PARTITIONS}",
                expected[0].0
            )),
            "{}",
            result.stderr
        );
    }
    let odd = run(kfk_on_broker().args([
        "consume",
        "-t",
        &topic,
        "-e",
        "--key-format",
        "hex",
        "--key",
        "7",
    ]));
    // A usage error: exit 2, one line naming the key.
    assert_eq!(odd.code, 2, "{}", odd.stderr);
    assert_eq!(odd.stderr.lines().count(), 1, "{}", odd.stderr);
    assert!(
        odd.stderr.contains("--key '7' is not hex"),
        "{}",
        odd.stderr
    );
}
