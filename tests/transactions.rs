//! `kfk transactions` beside Apache's `kafka-transactions`, on a transaction that
//! Confluent's Python client leaves open on partition 0 (tests/interop/open_transaction.py),
//! as a producer that crashed mid-transaction would: list, describe, producers and
//! find-hanging agree with Apache's tool on three brokers, the open transaction holds read_committed
//! readers back, and `kfk transactions abort` lets them past.

mod common;

use std::collections::BTreeMap;
use std::process::Command;

use common::*;
use serde_json::Value;

fn cluster() -> &'static str {
    three_nodes()
}

fn on_cluster() -> Command {
    kfk_on(cluster())
}

fn kfk_json(args: &[&str]) -> Value {
    kfk_json_on(cluster(), args)
}

const TRANSACTIONS: &str = "org.apache.kafka.tools.TransactionsCommand";

fn apache(args: &[&str]) -> String {
    kafka::apache_tool(cluster(), TRANSACTIONS, args)
}

/// Apache's tab-separated table as rows of column → value.
fn apache_rows(args: &[&str]) -> Vec<BTreeMap<String, String>> {
    let text = apache(args);
    let mut lines = text.lines();
    let header: Vec<String> = lines
        .next()
        .unwrap_or_default()
        .split('\t')
        .map(|c| c.trim().to_string())
        .collect();
    lines
        .map(|line| {
            header
                .iter()
                .cloned()
                .zip(line.split('\t').map(|v| v.trim().to_string()))
                .collect()
        })
        .collect()
}

/// A topic whose partition 0 holds a transaction left open (3 records from offset 0),
/// then one record written outside any transaction; and the transactional id.
fn open_transaction(prefix: &str) -> (String, String) {
    let topic = create_topic_on(cluster(), 2, 3, prefix);
    let transactional_id = unique_topic(&format!("{prefix}-txn"));
    leave_transaction_open(cluster(), &topic, &transactional_id, 3);
    let produced = run_with_stdin(
        on_cluster().args(["produce", "-t", &topic, "--input", "json", "-q"]),
        b"{\"value\":\"after\",\"partition\":0}\n",
    );
    assert_eq!(produced.code, 0, "{}", produced.stderr);
    (topic, transactional_id)
}

#[test]
fn list_describe_and_producers_show_what_kafka_transactions_shows() {
    let (topic, id) = open_transaction("txn-show");
    let listed = kfk_json(&["transactions", "list", "--state", "Ongoing"]);
    let ours = listed
        .as_array()
        .expect("rows")
        .iter()
        .find(|t| t["transactional_id"] == id.as_str())
        .unwrap_or_else(|| panic!("{id} not in {listed}"));
    let theirs = apache_rows(&["list"]);
    let theirs = theirs
        .iter()
        .find(|r| r["TransactionalId"] == id)
        .expect("Apache lists it");
    assert_eq!(ours["state"], theirs["TransactionState"].as_str());
    assert_eq!(ours["producer_id"].to_string(), theirs["ProducerId"]);
    assert_eq!(ours["coordinator"].to_string(), theirs["Coordinator"]);

    let described = kfk_json(&["transactions", "describe", &id]);
    let theirs = &apache_rows(&["describe", "--transactional-id", &id])[0];
    assert_eq!(
        described["coordinator"].to_string(),
        theirs["CoordinatorId"]
    );
    assert_eq!(
        described["producer_epoch"].to_string(),
        theirs["ProducerEpoch"]
    );
    assert_eq!(described["state"], "Ongoing");
    assert_eq!(
        described["timeout_ms"].to_string(),
        theirs["TransactionTimeoutMs"]
    );
    assert_eq!(
        described["start_time_ms"].to_string(),
        theirs["CurrentTransactionStartTimeMs"]
    );
    assert_eq!(theirs["TopicPartitions"], format!("{topic}-0"));
    assert_eq!(
        described["partitions"],
        serde_json::json!([{"topic": topic, "partition": 0}])
    );

    let producers = kfk_json(&["transactions", "producers", "-t", &topic, "-p", "0"]);
    let theirs = apache_rows(&["describe-producers", "--topic", &topic, "--partition", "0"]);
    assert_eq!(
        producers.as_array().map(Vec::len),
        Some(theirs.len()),
        "{producers}"
    );
    for ours in producers.as_array().expect("rows") {
        let id = ours["producer_id"].to_string();
        let theirs = theirs
            .iter()
            .find(|r| r["ProducerId"] == id)
            .expect("same producer");
        assert_eq!(ours["last_sequence"].to_string(), theirs["LastSequence"]);
        assert_eq!(ours["last_timestamp"].to_string(), theirs["LastTimestamp"]);
        // Apache prints None where no transaction is open.
        let start = match ours["transaction_start_offset"].as_i64() {
            Some(offset) => offset.to_string(),
            None => "None".to_string(),
        };
        assert_eq!(start, theirs["CurrentTransactionStartOffset"]);
    }
    // The transactional producer's transaction starts at 0; kfk's own is idempotent.
    let starts: Vec<&Value> = producers
        .as_array()
        .expect("rows")
        .iter()
        .map(|p| &p["transaction_start_offset"])
        .collect();
    assert!(starts.contains(&&Value::from(0)), "{producers}");
}

#[test]
fn an_open_transaction_its_coordinator_holds_is_not_hanging() {
    let (topic, _) = open_transaction("txn-hanging");
    let hanging = kfk_json(&[
        "transactions",
        "find-hanging",
        "--topic",
        &topic,
        "--older-than",
        "0s",
    ]);
    assert_eq!(hanging, Value::Array(Vec::new()));
    let theirs = apache_rows(&[
        "find-hanging",
        "--topic",
        &topic,
        "--max-transaction-timeout",
        "0",
    ]);
    assert!(theirs.is_empty(), "{theirs:?}");
    let table = run_ok(on_cluster().args(["transactions", "find-hanging", "-t", &topic]));
    assert!(
        table
            .stderr
            .contains("no hanging transactions on 2 partitions"),
        "{}",
        table.stderr
    );
}

#[test]
fn aborting_the_open_transaction_lets_read_committed_readers_past_it() {
    let (topic, _) = open_transaction("txn-abort");
    let read = || run_ok(on_cluster().args(["consume", "-t", &topic, "-p", "0", "-e"])).stdout;
    assert_eq!(
        read(),
        "",
        "the open transaction holds the last stable offset at 0"
    );
    let preview = run_ok(on_cluster().args(["transactions", "abort", "-t", &topic, "-p", "0"]));
    assert!(
        preview
            .stderr
            .contains("dry run: would abort the transaction of producer id"),
        "{}",
        preview.stderr
    );
    assert_eq!(read(), "", "the preview changed nothing");
    let wrong = run(on_cluster().args([
        "transactions",
        "abort",
        "-t",
        &topic,
        "-p",
        "0",
        "--start-offset",
        "2",
    ]));
    assert_eq!(wrong.code, 2, "{}", wrong.stderr);
    assert!(
        wrong.stderr.contains("no open transaction on"),
        "{}",
        wrong.stderr
    );
    let aborted = run_ok(on_cluster().args([
        "transactions",
        "abort",
        "-t",
        &topic,
        "-p",
        "0",
        "--start-offset",
        "0",
        "--execute",
    ]));
    assert!(
        aborted
            .stderr
            .contains("note: aborted the transaction of producer id"),
        "{}",
        aborted.stderr
    );
    assert_eq!(read(), "after\n", "the aborted records stay hidden");
    let again = run(on_cluster().args(["transactions", "abort", "-t", &topic, "-p", "0"]));
    assert_eq!(again.code, 1, "{}", again.stderr);
    assert!(
        again.stderr.ends_with("-0 has no open transaction\n"),
        "{}",
        again.stderr
    );
}
