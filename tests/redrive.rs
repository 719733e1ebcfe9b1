//! `kfk copy --to-header` against Apache Kafka: a dead-letter topic redriven to the
//! topics its records name, filtered by header, exactly once across runs; records with
//! nowhere to go stop the copy before anything of their batch is written.

mod common;

use common::*;
use serde_json::json;

/// A dead-letter record: key, value, and its headers.
fn dead_letter(key: &str, value: &str, headers: &[(&str, &str)]) -> String {
    let headers: Vec<[&str; 2]> = headers.iter().map(|(k, v)| [*k, *v]).collect();
    format!(
        "{}\n",
        json!({"key": key, "value": value, "headers": headers})
    )
}

fn produce(topic: &str, input: &str) {
    let produced = run_with_stdin(
        kfk_on_broker().args(["produce", "-t", topic, "--input", "json", "-q"]),
        input.as_bytes(),
    );
    assert_eq!(produced.code, 0, "{}", produced.stderr);
}

/// The (key, value) pairs a read_committed reader finds in `topic`, sorted.
fn committed(topic: &str) -> Vec<(String, String)> {
    let mut found: Vec<(String, String)> = read_topic(brokers(), topic, "read_committed")
        .iter()
        .map(|r| {
            (
                r.key_str().unwrap_or("").to_string(),
                r.value_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    found.sort();
    found
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

fn redrive(dlq: &str, group: &str, extra: &[&str]) -> Run {
    run(kfk_on_broker()
        .args([
            "copy",
            "--from",
            dlq,
            "--to-header",
            "original-topic",
            "--group",
            group,
        ])
        .args(extra))
}

#[test]
fn a_dead_letter_topic_goes_back_where_each_record_came_from_once() {
    let dlq = create_topic(2, "dlq");
    let orders = create_topic(3, "dlq-orders");
    let payments = create_topic(3, "dlq-payments");
    let group = unique_topic("redrive");
    let mut input = String::new();
    for i in 0..30 {
        let (topic, reason) = match i % 3 {
            0 => (&orders, "timeout"),
            1 => (&payments, "timeout"),
            _ => (&orders, "poison"),
        };
        input += &dead_letter(
            &format!("k{i}"),
            &format!("v{i}"),
            &[("original-topic", topic), ("reason", reason)],
        );
    }
    produce(&dlq, &input);

    let first = redrive(&dlq, &group, &["--header", "reason=timeout"]);
    assert_eq!(first.code, 0, "{}", first.stderr);
    assert!(
        first.stderr.contains("kfk copy: 20 copied, 10 filtered"),
        "{}",
        first.stderr
    );
    let expected = |remainder: usize| -> Vec<(String, String)> {
        let mut list: Vec<(String, String)> = (0..30)
            .filter(|i| i % 3 == remainder)
            .map(|i| (format!("k{i}"), format!("v{i}")))
            .collect();
        list.sort();
        list
    };
    assert_eq!(committed(&orders), expected(0));
    assert_eq!(committed(&payments), expected(1));

    // Keys land where the Java client's partitioner puts them: a lookup of each key in
    // its murmur2 partition finds it.
    for key in ["k0", "k3", "k6"] {
        let found = run_ok(kfk_on_broker().args([
            "consume", "-t", &orders, "-e", "--key", key, "-q", "-f", "%k\\n",
        ]));
        assert_eq!(found.stdout, format!("{key}\n"));
    }

    // A second run finds nothing new: nothing is written twice.
    produce(
        &dlq,
        &dead_letter(
            "k30",
            "v30",
            &[("original-topic", &payments), ("reason", "timeout")],
        ),
    );
    let second = redrive(&dlq, &group, &["--header", "reason=timeout"]);
    assert!(
        second.stderr.contains("kfk copy: 1 copied"),
        "{}",
        second.stderr
    );
    assert_eq!(committed(&orders), expected(0));
    assert_eq!(committed(&payments).len(), 11);
}

#[test]
fn a_record_with_nowhere_to_go_stops_the_redrive_and_is_named() {
    let dlq = create_topic(1, "dlq-stop");
    let orders = create_topic(1, "dlq-stop-orders");
    let fallback = create_topic(1, "dlq-stop-fallback");
    let group = unique_topic("redrive-stop");
    let mut input = dead_letter("k0", "v0", &[("original-topic", &orders)]);
    input += &dead_letter("k1", "v1", &[("reason", "unknown")]);
    produce(&dlq, &input);

    let stopped = redrive(&dlq, &group, &[]);
    assert_eq!(stopped.code, 1, "{}", stopped.stderr);
    assert!(
        stopped.stderr.contains(&format!(
            "error: the record at {dlq} partition 0 offset 1 has no header 'original-topic' naming its destination"
        )),
        "{}",
        stopped.stderr
    );
    assert!(
        committed(&orders).is_empty(),
        "nothing of the batch is written"
    );

    let redriven = redrive(&dlq, &group, &["--to", &fallback]);
    assert_eq!(redriven.code, 0, "{}", redriven.stderr);
    assert_eq!(committed(&orders), pairs(&[("k0", "v0")]));
    assert_eq!(committed(&fallback), pairs(&[("k1", "v1")]));

    produce(
        &dlq,
        &dead_letter("k2", "v2", &[("original-topic", "no-such-topic-here")]),
    );
    let unknown = redrive(&dlq, &group, &["--to", &fallback]);
    assert_eq!(unknown.code, 1, "{}", unknown.stderr);
    assert!(
        unknown.stderr.contains(&format!(
            "the record at {dlq} partition 0 offset 2 goes to topic 'no-such-topic-here', which the destination cluster did not have"
        )),
        "{}",
        unknown.stderr
    );
}
