//! `kfk topics alter-config`, `kfk cluster config` and `kfk cluster alter-config` on
//! Apache Kafka: every change is read back through `describe`, with the source the broker
//! gives it.

mod common;

use common::*;
use serde_json::Value;

/// The topic's own entries (not the broker's defaults) as `topics describe --all-configs`
/// reports them: (name, value), each with the source "dynamic topic".
fn topic_configs(topic: &str) -> Vec<(String, String)> {
    let out = run_ok(kfk_on_broker().args([
        "topics",
        "describe",
        topic,
        "--all-configs",
        "--output",
        "json",
    ]));
    let description: Value = serde_json::from_str(&out.stdout).expect("describe JSON");
    let mut entries: Vec<(String, String)> = description["configs"]
        .as_array()
        .expect("configs")
        .iter()
        .filter(|e| e["source"] == "dynamic topic")
        .map(|e| {
            let text = |v: &Value| v.as_str().unwrap_or_default().to_string();
            (text(&e["name"]), text(&e["value"]))
        })
        .collect();
    entries.sort();
    entries
}

#[test]
fn alter_config_previews_then_sets_and_deletes_entries() {
    let topic = create_topic(1, "configs-alter");
    let set = [
        "--set",
        "retention.ms=86400000",
        "--set",
        "max.message.bytes=2097152",
    ];
    preview_changes_nothing(&topic, &set);
    execute_sets_and_reads_back(&topic, &set);
    the_same_change_again_is_no_change(&topic, &set);
    delete_returns_to_the_default(&topic);
}

fn pair(name: &str, value: &str) -> (String, String) {
    (name.to_string(), value.to_string())
}

/// The preview shows each entry's current value and source and the new one.
fn preview_changes_nothing(topic: &str, set: &[&str]) {
    let preview = run_ok(
        kfk_on_broker()
            .args(["topics", "alter-config", topic])
            .args(set),
    );
    let lines: Vec<Vec<&str>> = preview
        .stdout
        .lines()
        .map(|l| l.split_whitespace().collect())
        .collect();
    assert_eq!(lines[0], ["Changes", "to", "topic", &format!("'{topic}':")]);
    assert_eq!(
        lines[2],
        ["retention.ms", "set", "604800000", "(default)", "86400000"]
    );
    assert_eq!(
        lines[3],
        [
            "max.message.bytes",
            "set",
            "1048588",
            "(default)",
            "2097152"
        ]
    );
    assert!(
        preview.stderr.contains("dry run: nothing was changed"),
        "{}",
        preview.stderr
    );
    assert_eq!(topic_configs(topic), []);
}

/// --execute applies, and shows what the broker holds afterwards, read back.
fn execute_sets_and_reads_back(topic: &str, set: &[&str]) {
    let applied = run_ok(
        kfk_on_broker()
            .args(["--output", "json", "topics", "alter-config", topic])
            .args(set)
            .arg("--execute"),
    );
    let result: Value = serde_json::from_str(&applied.stdout).expect("alter-config JSON");
    assert_eq!(result["dry_run"], false);
    assert_eq!(result["changes"][0]["name"], "retention.ms");
    assert_eq!(result["changes"][0]["before"], "604800000");
    assert_eq!(result["changes"][0]["after"], "86400000");
    assert!(applied
        .stderr
        .contains(&format!("changed 2 of 2 entries of topic '{topic}'")));
    // What the broker holds afterwards, read back.
    let now: Vec<(&str, &str, &str)> = result["now"]
        .as_array()
        .expect("now")
        .iter()
        .map(|e| {
            (
                e["name"].as_str().unwrap_or_default(),
                e["value"].as_str().unwrap_or_default(),
                e["source"].as_str().unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(
        now,
        [
            ("retention.ms", "86400000", "dynamic topic"),
            ("max.message.bytes", "2097152", "dynamic topic")
        ]
    );
}

/// The same change again holds already: "no change", and nothing is sent.
fn the_same_change_again_is_no_change(topic: &str, set: &[&str]) {
    let again = run_ok(
        kfk_on_broker()
            .args(["topics", "alter-config", topic])
            .args(set)
            .arg("--execute"),
    );
    let changes: Vec<&str> = again
        .stdout
        .lines()
        .skip(2)
        .map(|l| {
            l.split("  ")
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .nth(1)
                .unwrap_or_default()
        })
        .collect();
    assert_eq!(changes, ["no change", "no change"], "{}", again.stdout);
    assert!(
        again.stderr.contains(&format!(
            "no change: every entry of topic '{topic}' already holds what was asked"
        )),
        "{}",
        again.stderr
    );
    assert_eq!(
        topic_configs(topic),
        [
            pair("max.message.bytes", "2097152"),
            pair("retention.ms", "86400000")
        ]
    );
}

/// --delete previews the default the entry returns to, and applies it.
fn delete_returns_to_the_default(topic: &str) {
    let delete = ["topics", "alter-config", topic, "--delete", "retention.ms"];
    let preview = run_ok(kfk_on_broker().args(delete));
    let row = preview.stdout.lines().nth(2).unwrap_or_default();
    assert_eq!(
        row.split_whitespace().collect::<Vec<_>>()[..3],
        ["retention.ms", "delete", "86400000"]
    );
    assert!(row.ends_with("(default)"), "{}", preview.stdout);
    let deleted = run_ok(kfk_on_broker().args(delete).arg("--execute"));
    let now = deleted
        .stdout
        .lines()
        .skip_while(|l| !l.starts_with("Now on topic"))
        .nth(2)
        .unwrap_or_default();
    assert_eq!(
        now.split_whitespace().collect::<Vec<_>>(),
        ["retention.ms", "604800000", "default", "-"],
        "{}",
        deleted.stdout
    );
    assert_eq!(topic_configs(topic), [pair("max.message.bytes", "2097152")]);
}

#[test]
fn a_mistake_in_any_entry_refuses_the_whole_change() {
    let topic = create_topic(1, "configs-refused");
    run_ok(kfk_on_broker().args([
        "topics",
        "alter-config",
        &topic,
        "--set",
        "retention.ms=1000",
        "--execute",
    ]));
    let before = topic_configs(&topic);
    let cases: [(&[&str], &str); 4] = [
        (
            &["--set", "retention.ms=5", "--set", "retention.mss=5"],
            "unknown topic config 'retention.mss' (did you mean 'retention.ms'?); nothing was changed",
        ),
        (
            &["--set", "retention.ms=5", "--set", "cleanup.policy=compacted"],
            "cleanup.policy: 'compacted' is not valid: expected a comma-separated list of compact, delete",
        ),
        (
            &["--set", "retention.ms=5", "--delete", "retention.ms"],
            "'retention.ms' is changed twice",
        ),
        (&[], "nothing to change: give --set, --delete, --append or --subtract"),
    ];
    for (change, error) in cases {
        let refused = run(kfk_on_broker()
            .args(["topics", "alter-config", &topic, "--execute"])
            .args(change));
        assert_eq!(refused.code, 2, "{change:?}: {}", refused.stderr);
        assert!(
            refused.stderr.contains(error),
            "{change:?}: {}",
            refused.stderr
        );
        assert_eq!(refused.stderr.lines().count(), 1, "{}", refused.stderr);
        assert!(refused.stdout.is_empty(), "{}", refused.stdout);
    }
    assert_eq!(topic_configs(&topic), before);

    let missing = run(kfk_on_broker().args([
        "topics",
        "alter-config",
        "no-such-topic",
        "--set",
        "retention.ms=1",
        "--execute",
    ]));
    assert_eq!(missing.code, 1, "{}", missing.stderr);
    assert!(
        missing.stderr.contains("unknown topic 'no-such-topic'"),
        "{}",
        missing.stderr
    );
}

#[test]
fn append_and_subtract_change_one_item_of_a_list() {
    let topic = create_topic(1, "configs-list");
    let alter = |args: &[&str]| {
        run_ok(
            kfk_on_broker()
                .args(["topics", "alter-config", &topic, "--execute"])
                .args(args),
        )
    };
    alter(&["--append", "cleanup.policy=compact"]);
    // Appending to the default list (delete) keeps the default's item.
    assert_eq!(
        topic_configs(&topic),
        [pair("cleanup.policy", "delete,compact")]
    );
    let preview = run_ok(kfk_on_broker().args([
        "topics",
        "alter-config",
        &topic,
        "--subtract",
        "cleanup.policy=delete",
    ]));
    let row: Vec<&str> = preview
        .stdout
        .lines()
        .nth(2)
        .unwrap_or_default()
        .split_whitespace()
        .collect();
    assert_eq!(
        row,
        ["cleanup.policy", "subtract", "delete,compact", "compact"]
    );
    assert_eq!(
        topic_configs(&topic),
        [pair("cleanup.policy", "delete,compact")]
    );
    alter(&["--subtract", "cleanup.policy=delete"]);
    assert_eq!(topic_configs(&topic), [pair("cleanup.policy", "compact")]);
}

#[test]
fn broker_configs_are_shown_and_a_dynamic_change_is_read_back_with_its_source() {
    let overview = run_ok(kfk_on_broker().args(["cluster", "--output", "json"]));
    let overview: Value = serde_json::from_str(&overview.stdout).expect("cluster JSON");
    let id = overview["brokers"][0]["id"]
        .as_i64()
        .expect("broker id")
        .to_string();
    // One test: the steps change and read the same broker entry.
    broker_configs_show_their_sources(&id);
    a_dynamic_change_is_previewed_applied_and_deleted(&id);
    bad_broker_changes_are_refused(&id);
}

/// One entry of `cluster config --all-configs` for broker `id`.
fn broker_entry(id: &str, name: &str) -> Value {
    let shown = run_ok(kfk_on_broker().args([
        "--output",
        "json",
        "cluster",
        "config",
        "--broker",
        id,
        "--all-configs",
    ]));
    let brokers: Value = serde_json::from_str(&shown.stdout).expect("cluster config JSON");
    assert_eq!(brokers[0]["broker"].to_string(), id);
    brokers[0]["configs"]
        .as_array()
        .expect("configs")
        .iter()
        .find(|e| e["name"] == name)
        .cloned()
        .unwrap_or_else(|| panic!("no {name} in {brokers}"))
}

fn broker_configs_show_their_sources(id: &str) {
    let before = broker_entry(id, "log.cleaner.threads");
    assert_eq!(
        (&before["value"], &before["source"]),
        (&"1".into(), &"default".into())
    );
    // Without --all-configs only what was set shows: the static entries of the broker's
    // server.properties, each with its source.
    let table = run_ok(kfk_on_broker().args(["cluster", "config", "--broker", id]));
    let node_id = table
        .stdout
        .lines()
        .find(|l| l.starts_with("node.id "))
        .unwrap_or_else(|| panic!("{}", table.stdout));
    assert!(node_id.contains("static broker"), "{node_id}");
}

fn a_dynamic_change_is_previewed_applied_and_deleted(id: &str) {
    let change = [
        "cluster",
        "alter-config",
        "--broker",
        id,
        "--set",
        "log.cleaner.threads=2",
    ];
    let preview = run_ok(kfk_on_broker().args(change));
    assert!(
        preview.stderr.contains("dry run: nothing was changed"),
        "{}",
        preview.stderr
    );
    assert_eq!(broker_entry(id, "log.cleaner.threads")["value"], "1");
    run_ok(kfk_on_broker().args(change).arg("--execute"));
    let after = broker_entry(id, "log.cleaner.threads");
    assert_eq!(
        (&after["value"], &after["source"]),
        (&"2".into(), &"dynamic broker".into())
    );
    run_ok(kfk_on_broker().args([
        "cluster",
        "alter-config",
        "--broker",
        id,
        "--delete",
        "log.cleaner.threads",
        "--execute",
    ]));
    assert_eq!(broker_entry(id, "log.cleaner.threads")["source"], "default");
}

fn bad_broker_changes_are_refused(id: &str) {
    let refused = run(kfk_on_broker().args([
        "cluster",
        "alter-config",
        "--broker",
        id,
        "--set",
        "log.cleaner.threadz=2",
        "--execute",
    ]));
    assert_eq!(refused.code, 2, "{}", refused.stderr);
    assert!(
        refused.stderr.contains(
            "unknown broker config 'log.cleaner.threadz' (did you mean 'log.cleaner.threads'?)"
        ),
        "{}",
        refused.stderr
    );
    let absent = run(kfk_on_broker().args(["cluster", "config", "--broker", "99999"]));
    assert_eq!(absent.code, 2, "{}", absent.stderr);
    assert!(absent.stderr.contains(&format!(
        "there is no broker 99999: the cluster's brokers are {id}"
    )));
}
