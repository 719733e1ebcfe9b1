//! `kfk topics alter-config`, `kfk cluster config` and `kfk cluster alter-config` on the
//! test broker, which serves DescribeConfigs and IncrementalAlterConfigs. It reports only
//! the topic entries that were set (and marks them "default"), and no broker entries.

mod common;

use common::*;
use serde_json::Value;

/// The topic's entries as `topics describe --all-configs` reports them: (name, value).
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
    let preview = run_ok(
        kfk_on_broker()
            .args(["topics", "alter-config", &topic])
            .args(set),
    );
    let lines: Vec<Vec<&str>> = preview
        .stdout
        .lines()
        .map(|l| l.split_whitespace().collect())
        .collect();
    assert_eq!(lines[0], ["Changes", "to", "topic", &format!("'{topic}':")]);
    assert_eq!(lines[2], ["retention.ms", "set", "(default)", "86400000"]);
    assert_eq!(
        lines[3],
        ["max.message.bytes", "set", "(default)", "2097152"]
    );
    assert!(
        preview.stderr.contains("dry run: nothing was changed"),
        "{}",
        preview.stderr
    );
    assert_eq!(topic_configs(&topic), []);

    let applied = run_ok(
        kfk_on_broker()
            .args(["--output", "json", "topics", "alter-config", &topic])
            .args(set)
            .arg("--execute"),
    );
    let result: Value = serde_json::from_str(&applied.stdout).expect("alter-config JSON");
    assert_eq!(result["dry_run"], false);
    assert_eq!(result["changes"][0]["name"], "retention.ms");
    assert_eq!(result["changes"][0]["before"], Value::Null);
    assert_eq!(result["changes"][0]["after"], "86400000");
    assert!(applied
        .stderr
        .contains(&format!("changed 2 entries of topic '{topic}'")));
    let pair = |n: &str, v: &str| (n.to_string(), v.to_string());
    assert_eq!(
        topic_configs(&topic),
        [
            pair("max.message.bytes", "2097152"),
            pair("retention.ms", "86400000")
        ]
    );

    let delete = ["topics", "alter-config", &topic, "--delete", "retention.ms"];
    let preview = run_ok(kfk_on_broker().args(delete));
    let row = preview.stdout.lines().nth(2).unwrap_or_default();
    assert_eq!(
        row.split_whitespace().collect::<Vec<_>>()[..3],
        ["retention.ms", "delete", "86400000"]
    );
    assert!(row.ends_with("(default)"), "{}", preview.stdout);
    run_ok(kfk_on_broker().args(delete).arg("--execute"));
    assert_eq!(
        topic_configs(&topic),
        [pair("max.message.bytes", "2097152")]
    );
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
fn broker_configs_are_shown_and_changes_checked_against_what_the_broker_reports() {
    let overview = run_ok(kfk_on_broker().args(["cluster", "--output", "json"]));
    let overview: Value = serde_json::from_str(&overview.stdout).expect("cluster JSON");
    let id = overview["brokers"][0]["id"]
        .as_i64()
        .expect("broker id")
        .to_string();

    let shown =
        run_ok(kfk_on_broker().args(["--output", "json", "cluster", "config", "--all-configs"]));
    let brokers: Value = serde_json::from_str(&shown.stdout).expect("cluster config JSON");
    assert_eq!(brokers[0]["broker"].to_string(), id);
    assert_eq!(brokers[0]["configs"], serde_json::json!([]));
    let table = run_ok(kfk_on_broker().args(["cluster", "config", "--broker", &id]));
    assert_eq!(table.stdout, format!("Broker {id}: no entries to show\n"));

    // The broker reports no entries, so no name can be checked: kfk refuses.
    let refused = run(kfk_on_broker().args([
        "cluster",
        "alter-config",
        "--broker",
        &id,
        "--set",
        "log.cleaner.threads=2",
        "--execute",
    ]));
    assert_eq!(refused.code, 2, "{}", refused.stderr);
    assert!(
        refused.stderr.contains(
            "unknown broker config 'log.cleaner.threads': the broker reports no broker configuration entries"
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
