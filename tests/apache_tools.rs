//! kfk beside Apache Kafka's own tools, run from the same jars as the broker, on the same
//! cluster and inputs: lag from `kafka-consumer-groups --describe`, each reset mode's plan
//! from its `--dry-run`, and offsets by time from `GetOffsetShell --time`.

mod common;

use std::collections::BTreeMap;

use common::*;
use serde_json::Value;

/// Runs one of Apache's tool classes against this binary's broker; its stdout.
fn apache(class: &str, args: &[&str]) -> String {
    kafka::apache_tool(brokers(), class, args)
}

const GROUPS: &str = "org.apache.kafka.tools.consumer.group.ConsumerGroupCommand";

/// (partition → columns) of the rows of an Apache table whose TOPIC column is `topic`,
/// picking the named columns.
fn apache_rows(text: &str, topic: &str, columns: &[&str]) -> BTreeMap<i64, Vec<String>> {
    let mut lines = text.lines().filter(|l| !l.trim().is_empty());
    let header: Vec<&str> = lines
        .find(|l| l.starts_with("GROUP"))
        .unwrap_or_else(|| panic!("no header in {text}"))
        .split_whitespace()
        .collect();
    let at = |name: &str| {
        header
            .iter()
            .position(|h| *h == name)
            .unwrap_or_else(|| panic!("{name} in {header:?}"))
    };
    lines
        .map(|l| l.split_whitespace().collect::<Vec<_>>())
        .filter(|cells| cells.get(at("TOPIC")) == Some(&topic))
        .map(|cells| {
            let partition = cells[at("PARTITION")].parse().expect("partition");
            (
                partition,
                columns.iter().map(|c| cells[at(c)].to_string()).collect(),
            )
        })
        .collect()
}

fn kfk_json(args: &[&str]) -> Value {
    let out = run_ok(kfk_on_broker().arg("--output").arg("json").args(args));
    serde_json::from_str(&out.stdout).expect("kfk JSON")
}

fn number(value: &Value) -> String {
    value.as_i64().map_or("-".to_string(), |n| n.to_string())
}

/// A 3-partition topic with one record a second ending a minute ago (so that a time picks
/// a point inside), 20 per partition, and a group committed at 7 on partitions 0 and 1.
/// Returns the topic, the group and the first record's time.
fn timed_group() -> (String, String, i64) {
    let topic = create_topic(3, "apache-groups");
    let base = now_ms() - 120_000;
    let lines: String = (0..60)
        .map(|i| {
            let timestamp = base + i * 1000;
            format!(
                "{{\"value\":\"v{i}\",\"partition\":{},\"timestamp\":{timestamp}}}\n",
                i % 3
            )
        })
        .collect();
    let produced = run_with_stdin(
        kfk_on_broker().args(["produce", "-t", &topic, "--input", "json", "-q"]),
        lines.as_bytes(),
    );
    assert_eq!(produced.code, 0, "{}", produced.stderr);
    let group = unique_topic("apache-group");
    let dir = tempfile::tempdir().expect("tempdir");
    run_ok(kfk_on_broker().current_dir(dir.path()).args([
        "consumer-groups",
        "reset-offsets",
        &group,
        "--topic",
        &format!("{topic}:0,1"),
        "--to-offset",
        "7",
        "--execute",
    ]));
    (topic, group, base)
}

#[test]
fn describe_equals_apaches() {
    let (topic, group, _) = timed_group();
    let theirs = apache_rows(
        &apache(GROUPS, &["--describe", "--group", &group]),
        &topic,
        &["CURRENT-OFFSET", "LOG-END-OFFSET", "LAG"],
    );
    let ours: BTreeMap<i64, Vec<String>> = kfk_json(&["consumer-groups", "describe", &group])[0]
        ["partitions"]
        .as_array()
        .expect("partitions")
        .iter()
        .filter(|p| p["topic"] == topic.as_str())
        .map(|p| {
            let fields = ["current_offset", "log_end_offset", "lag"];
            (
                p["partition"].as_i64().unwrap_or(-1),
                fields.iter().map(|f| number(&p[*f])).collect(),
            )
        })
        .collect();
    assert_eq!(ours, theirs);
    assert_eq!(theirs[&0], ["7", "20", "13"]);
}

#[test]
fn reset_plans_equal_apaches() {
    let (topic, group, base) = timed_group();
    // Between records 30 and 31: partition 0 next holds 33 (offset 11), 1 holds 31 (10),
    // 2 holds 32 (10).
    let middle = base + 30_500;
    let at = format!("@{middle}");
    let apache_at = chrono::DateTime::from_timestamp_millis(middle)
        .expect("time")
        .format("%Y-%m-%dT%H:%M:%S%.3fZ")
        .to_string();
    // Apache's tool refuses to shift from, or keep, an offset a partition does not have:
    // those two modes name the committed partitions.
    let committed = format!("{topic}:0,1");
    let modes: [(&str, &[&str], &[&str]); 6] = [
        (&topic, &["--to-earliest"], &["--to-earliest"]),
        (&topic, &["--to-latest"], &["--to-latest"]),
        (&topic, &["--to-offset", "3"], &["--to-offset", "3"]),
        (&committed, &["--shift-by", "-2"], &["--shift-by", "-2"]),
        (&committed, &["--to-current"], &["--to-current"]),
        (
            &topic,
            &["--to-datetime", &at],
            &["--to-datetime", &apache_at],
        ),
    ];
    for (topics, kfk_mode, apache_mode) in modes {
        let apache_args = [
            &[
                "--reset-offsets",
                "--group",
                &group,
                "--topic",
                topics,
                "--dry-run",
            ],
            apache_mode,
        ]
        .concat();
        let theirs = apache_rows(&apache(GROUPS, &apache_args), &topic, &["NEW-OFFSET"]);
        let ours = plan_rows(
            &[
                &[
                    "consumer-groups",
                    "reset-offsets",
                    &group,
                    "--topic",
                    topics,
                ],
                kfk_mode,
            ]
            .concat(),
        );
        assert_eq!(ours, theirs, "{kfk_mode:?} against {apache_mode:?}");
        if kfk_mode[0] == "--to-datetime" {
            let new: Vec<&str> = ours.values().map(|v| v[0].as_str()).collect();
            assert_eq!(new, ["11", "10", "10"]);
        }
    }
}

/// A reset plan of kfk's, as partition -> [new offset].
fn plan_rows(args: &[&str]) -> BTreeMap<i64, Vec<String>> {
    kfk_json(args)
        .as_array()
        .expect("plan")
        .iter()
        .map(|r| {
            (
                r["partition"].as_i64().unwrap_or(-1),
                vec![number(&r["new"])],
            )
        })
        .collect()
}

const OFFSETS: &str = "org.apache.kafka.tools.GetOffsetShell";

/// GetOffsetShell's answer for `time`: partition to offset, for the partitions that have
/// a record that late.
fn get_offset_shell(topic: &str, time: i64) -> BTreeMap<i64, i64> {
    apache(OFFSETS, &["--topic", topic, "--time", &time.to_string()])
        .lines()
        .filter_map(|line| {
            let mut fields = line.rsplitn(3, ':');
            let offset = fields.next()?.parse().ok()?;
            let partition = fields.next()?.parse().ok()?;
            Some((partition, offset))
        })
        .collect()
}

/// `kfk seek-to-timestamp`'s answer for `time`: partition to offset.
fn kfk_offsets_for_time(topic: &str, time: i64) -> BTreeMap<i64, i64> {
    let rows = kfk_json(&[
        "seek-to-timestamp",
        "--topic",
        topic,
        "--time",
        &format!("@{time}"),
    ]);
    rows.as_array()
        .expect("rows")
        .iter()
        .map(|r| {
            (
                r["partition"].as_i64().unwrap_or(-1),
                r["offset"].as_i64().unwrap_or(-1),
            )
        })
        .collect()
}

#[test]
fn seek_to_timestamp_equals_get_offset_shell() {
    let topic = create_topic(2, "apache-times");
    // Partition p holds records 0..10 at base + i minutes + p * 30 s.
    let base = now_ms() - 3_600_000;
    let lines: String = (0..2)
        .flat_map(|p| {
            (0..10).map(move |i| {
                let timestamp = base + i * 60_000 + p * 30_000;
                format!("{{\"value\":\"v{i}\",\"partition\":{p},\"timestamp\":{timestamp}}}\n")
            })
        })
        .collect();
    let produced = run_with_stdin(
        kfk_on_broker().args(["produce", "-t", &topic, "--input", "json", "-q"]),
        lines.as_bytes(),
    );
    assert_eq!(produced.code, 0, "{}", produced.stderr);
    for time in [
        base - 1,
        base,
        base + 1,
        base + 150_000,
        base + 270_001,
        base + 570_000,
    ] {
        let theirs = get_offset_shell(&topic, time);
        let ours = kfk_offsets_for_time(&topic, time);
        // Where no record is that late, Apache's tool prints no offset and kfk the log end
        // (10), where a consumer seeking that time starts.
        let expected: BTreeMap<i64, i64> = (0..2)
            .map(|p| (p, theirs.get(&p).copied().unwrap_or(10)))
            .collect();
        assert_eq!(
            ours, expected,
            "at {time} (base {base}); Apache's: {theirs:?}"
        );
    }
}
