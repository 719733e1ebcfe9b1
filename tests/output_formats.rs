//! `--output yaml` and `--output csv` against Apache Kafka: for every read-only command
//! that prints a table, PyYAML reads kfk's YAML back as the very document of `--output
//! json`, and Python's csv module reads kfk's CSV back as its rows, under the JSON's
//! field names. `kfk commands --json` lists each command and flag that --help shows.

mod common;

use std::process::Command;

use common::*;
use serde_json::{json, Value};

fn python() -> Command {
    Command::new(
        std::env::var_os("KFK_TEST_PYTHON").expect("KFK_TEST_PYTHON (scripts/test sets it up)"),
    )
}

/// What Python makes of `text`: YAML through PyYAML's safe loader, or CSV through the csv
/// module (a list of {column: cell}), as JSON.
fn python_reads(kind: &str, text: &str) -> Value {
    let script = match kind {
        "yaml" => "import sys, json, yaml; json.dump(yaml.safe_load(sys.stdin), sys.stdout)",
        _ => "import sys, json, csv; json.dump(list(csv.DictReader(sys.stdin)), sys.stdout)",
    };
    let read = run_with_stdin(python().args(["-c", script]), text.as_bytes());
    assert_eq!(read.code, 0, "{}\n{text}", read.stderr);
    serde_json::from_str(&read.stdout).expect("python's JSON")
}

fn kfk_output(format: &str, args: &[&str]) -> String {
    run_ok(kfk_on_broker().args(["--output", format]).args(args)).stdout
}

/// A topic with records and a group committed on it: the commands below have something
/// to show.
fn group_on_topic() -> (String, String) {
    let topic = create_topic(2, "formats");
    produce_keyed(brokers(), &topic, &keyed_lines(0..10));
    let group = unique_topic("formats-group");
    let dir = tempfile::tempdir().expect("tempdir");
    run_ok(kfk_on_broker().current_dir(dir.path()).args([
        "consumer-groups",
        "reset-offsets",
        &group,
        "--topic",
        &topic,
        "--to-earliest",
        "--execute",
    ]));
    (topic, group)
}

#[test]
fn yaml_reads_back_as_the_json_of_every_table_command() {
    let (topic, group) = group_on_topic();
    let commands: Vec<Vec<&str>> = vec![
        vec!["topics", "list"],
        vec!["topics", "describe", &topic],
        vec!["consumer-groups", "list"],
        vec!["consumer-groups", "describe", &group],
        vec!["consumer-groups", "lag", &group],
        vec![
            "seek-to-timestamp",
            "--group",
            &group,
            "--topic",
            &topic,
            "--time",
            "1h",
        ],
        vec!["cluster"],
        vec!["cluster", "config", "--broker", "1"],
        vec!["cluster", "log-dirs"],
        vec!["cluster", "quorum"],
        vec!["quotas", "list"],
        vec!["transactions", "list"],
        vec!["config", "show"],
        vec!["commands"],
    ];
    for args in commands {
        let json: Value = serde_json::from_str(&kfk_output("json", &args)).expect("kfk's JSON");
        let yaml = kfk_output("yaml", &args);
        // Timing fields move between two runs; the rest must be the same document.
        let (json, yaml) = (steady(json), steady(python_reads("yaml", &yaml)));
        assert_eq!(yaml, json, "kfk --output yaml {args:?}");
    }
}

/// `value` without the fields that change from one run to the next (times since the
/// last fetch, sizes of the metadata log).
fn steady(mut value: Value) -> Value {
    const MOVING: [&str; 6] = [
        "last_fetch_timestamp",
        "last_caught_up_timestamp",
        "high_watermark",
        "log_end_offset",
        "size",
        "time_lag_ms",
    ];
    match &mut value {
        Value::Object(fields) => {
            fields.retain(|k, _| !MOVING.contains(&k.as_str()));
            for field in fields.values_mut() {
                *field = steady(field.take());
            }
        }
        Value::Array(items) => {
            for item in items.iter_mut() {
                *item = steady(item.take());
            }
        }
        _ => {}
    }
    value
}

#[test]
fn csv_has_the_json_fields_as_columns_and_a_row_per_item() {
    let (topic, group) = group_on_topic();
    let json: Value = serde_json::from_str(&kfk_output("json", &["topics", "list"])).expect("JSON");
    let rows = python_reads("csv", &kfk_output("csv", &["topics", "list"]));
    // Other tests create topics meanwhile: compare this test's topic's row.
    let item = json
        .as_array()
        .expect("topics")
        .iter()
        .find(|t| t["name"] == topic.as_str())
        .expect("topic");
    let row = rows
        .as_array()
        .expect("rows")
        .iter()
        .find(|r| r["name"] == topic.as_str())
        .expect("row");
    let columns: Vec<&String> = row.as_object().expect("row").keys().collect();
    assert_eq!(
        columns,
        item.as_object().expect("item").keys().collect::<Vec<_>>()
    );
    for (field, value) in item.as_object().expect("object") {
        let text = value
            .as_str()
            .map_or_else(|| value.to_string(), str::to_string);
        assert_eq!(row[field], json!(text), "{field}");
    }

    // A group's partitions are its rows, the group's own fields repeated on each.
    let view: Value = serde_json::from_str(&kfk_output(
        "json",
        &["consumer-groups", "describe", &group],
    ))
    .expect("JSON");
    let rows = python_reads(
        "csv",
        &kfk_output("csv", &["consumer-groups", "describe", &group]),
    );
    let partitions = view[0]["partitions"].as_array().expect("partitions");
    assert_eq!(rows.as_array().map(Vec::len), Some(partitions.len()));
    for (row, partition) in rows.as_array().expect("rows").iter().zip(partitions) {
        assert_eq!(row["group"], json!(group));
        assert_eq!(row["partitions.topic"], json!(topic));
        assert_eq!(
            row["partitions.partition"],
            json!(partition["partition"].to_string())
        );
        assert_eq!(row["partitions.lag"], json!(partition["lag"].to_string()));
    }
}

#[test]
fn record_streams_refuse_yaml_and_csv() {
    let topic = create_topic(1, "formats-records");
    let consume = run(kfk_on_broker().args(["--output", "csv", "consume", "-t", &topic, "-e"]));
    assert_eq!(consume.code, 2, "{}", consume.stderr);
    assert_eq!(
        consume.stderr,
        "error: consume prints a stream of records: --output json (one object per line) or the default\n"
    );
}

/// Every command of the tree answers --help, and every flag the tree gives it is in that
/// help.
#[test]
fn the_command_tree_lists_what_help_shows() {
    let tree: Value =
        serde_json::from_str(&run_ok(kfk().args(["commands", "--json"])).stdout).expect("tree");
    let mut pending = vec![&tree];
    let mut runnable = 0;
    while let Some(node) = pending.pop() {
        let path: Vec<&str> = node["path"]
            .as_str()
            .expect("path")
            .split(' ')
            .skip(1)
            .collect();
        let help = run_ok(kfk().args(&path).arg("--help")).stdout;
        for arg in node["args"].as_array().expect("args") {
            if let Some(long) = arg["long"].as_str() {
                assert!(help.contains(&format!("--{long}")), "{path:?} --{long}");
            }
        }
        runnable += usize::from(node["runnable"] == true);
        pending.extend(node["subcommands"].as_array().expect("subcommands"));
    }
    let listed = run_ok(kfk().arg("commands")).stdout;
    assert_eq!(listed.lines().count(), runnable);
    assert!(
        listed
            .lines()
            .any(|l| l.starts_with("kfk consumer-groups lag ")),
        "{listed}"
    );
}
