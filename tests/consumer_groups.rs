//! `kfk consumer-groups` against Apache Kafka. Offsets are committed with
//! `reset-offsets --execute` (no group join needed), so these tests are fast; a live
//! group's members are in tests/live_groups.rs.

mod common;

use std::io::{BufRead, BufReader};
use std::process::Stdio;

use common::*;
use serde_json::{json, Value};

/// A 2-partition topic with 6 records in partition 0 and 4 in partition 1, timestamps
/// one minute apart from `base`.
fn topic_with_records(prefix: &str, base: i64) -> String {
    let topic = create_topic(2, prefix);
    let input: String = (0..10)
        .map(|i| format!("{}\n", json!({"value": format!("v{i}"), "partition": if i < 6 { 0 } else { 1 }, "timestamp": base + i * 60_000})))
        .collect();
    let result = run_with_stdin(
        kfk_on_broker().args(["produce", "-t", &topic, "--input", "json", "-q"]),
        input.as_bytes(),
    );
    assert_eq!(result.code, 0, "{}", result.stderr);
    topic
}

fn describe(group: &str) -> Value {
    let result =
        run_ok(kfk_on_broker().args(["consumer-groups", "describe", group, "--output", "json"]));
    serde_json::from_str(&result.stdout).expect("describe JSON")
}

fn offsets(view: &Value) -> Vec<(i64, Option<i64>, i64, Option<i64>)> {
    view[0]["partitions"]
        .as_array()
        .expect("partitions")
        .iter()
        .map(|p| {
            (
                p["partition"].as_i64().unwrap_or(-1),
                p["current_offset"].as_i64(),
                p["log_end_offset"].as_i64().unwrap_or(-1),
                p["lag"].as_i64(),
            )
        })
        .collect()
}

/// A topic with records and a group 4 behind on partition 0 and caught up on partition 1.
fn lagging_group(prefix: &str) -> (String, String) {
    let topic = topic_with_records(prefix, 1_700_000_000_000);
    let group = unique_topic(prefix);
    commit_offsets(brokers(), &group, &topic, &[(0, 2), (1, 4)]);
    (topic, group)
}

#[test]
fn list_and_describe_show_committed_offsets_and_lag() {
    let (topic, group) = lagging_group("groups-describe");
    let list = run_ok(kfk_on_broker().args(["consumer-groups", "list", "--output", "json"]));
    let groups: Value = serde_json::from_str(&list.stdout).expect("list JSON");
    assert!(
        groups
            .as_array()
            .expect("array")
            .iter()
            .any(|g| g["group"] == group.as_str()),
        "{}",
        list.stdout
    );

    let view = describe(&group);
    assert_eq!(
        offsets(&view),
        [(0, Some(2), 6, Some(4)), (1, Some(4), 4, Some(0))]
    );
    let table = run_ok(kfk_on_broker().args(["consumer-groups", "describe", &group]));
    assert!(
        table.stdout.starts_with(&format!("GROUP {group}: state ")),
        "{}",
        table.stdout
    );
    assert!(table.stdout.contains("total lag 4"), "{}", table.stdout);
    let row = table.stdout.lines().find(|l| l.starts_with(&group));
    let row: Vec<&str> = row.expect("row").split_whitespace().collect();
    assert_eq!(row.join(" "), format!("{group} {topic} 0 2 6 4 - - - 0"));
    assert!(
        table
            .stderr
            .contains(&format!("consumer group '{group}' has no active members")),
        "{}",
        table.stderr
    );

    let missing = run(&mut kfk_words(&format!(
        "consumer-groups describe {}",
        unique_topic("no-such-group")
    )));
    assert_eq!(missing.code, 1);
    assert_eq!(missing.stderr.lines().count(), 1, "{}", missing.stderr);
}

#[test]
fn lag_sums_the_group_and_fails_above_a_threshold() {
    let (topic, group) = lagging_group("groups-lag");
    let lag = run_ok(kfk_on_broker().args(["consumer-groups", "lag", &group, "--output", "json"]));
    let rows: Value = serde_json::from_str(lag.stdout.trim()).expect("lag JSON");
    assert_eq!(rows[0]["lag"], 4);
    assert_eq!(rows[0]["max_lag"], 4);
    assert_eq!(rows[0]["max_lag_partition"], 0);
    assert_eq!(rows[0]["partitions_lagging"], 1);
    // The oldest unconsumed record is partition 0's offset 2, written at base + 2 minutes.
    let age = rows[0]["time_lag_ms"].as_i64().expect("time lag");
    let expected = now_ms() - (1_700_000_000_000 + 2 * 60_000);
    assert!(
        (age - expected).abs() < 60_000,
        "time lag {age} vs {expected}"
    );

    let over = run(kfk_on_broker().args(["consumer-groups", "lag", &group, "--fail-above", "3"]));
    assert_eq!(over.code, 3, "{}", over.stderr);
    assert!(
        over.stderr
            .contains(&format!("{group} on {topic}: lag 4 (rule lag > 3)")),
        "{}",
        over.stderr
    );
    run_ok(kfk_on_broker().args(["consumer-groups", "lag", &group, "--fail-above", "4"]));
    let too_old =
        run(kfk_on_broker().args(["consumer-groups", "lag", &group, "--fail-above-time", "1h"]));
    assert_eq!(too_old.code, 3, "{}", too_old.stderr);
}

#[test]
fn watch_prints_snapshots_with_rates() {
    let topic = topic_with_records("groups-watch", now_ms() - 3_600_000);
    let group = unique_topic("groups-watch");
    commit_offsets(brokers(), &group, &topic, &[(0, 6), (1, 4)]);
    let mut child = kfk_on_broker()
        .args([
            "consumer-groups",
            "lag",
            &group,
            "--watch",
            "1s",
            "--snapshots",
            "2",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .start();
    let mut lines = BufReader::new(child.stdout.take().expect("stdout"))
        .lines()
        .map_while(Result::ok);
    let first: Vec<String> = lines.by_ref().take(3).collect();
    assert!(first[0].starts_with("-- "), "{first:?}");
    assert_eq!(
        first[1].split_whitespace().take(3).collect::<Vec<_>>(),
        ["GROUP", "TOPIC", "LAG"],
        "{first:?}"
    );
    assert_eq!(first[2].split_whitespace().nth(2), Some("0"));
    // Between the snapshots: 5 new records nobody consumes.
    let input = "a\nb\nc\nd\ne\n";
    run_with_stdin(
        kfk_on_broker().args(["produce", "-t", &topic, "-p", "1", "-q"]),
        input.as_bytes(),
    );
    let second: Vec<String> = lines.take(3).collect();
    let cells: Vec<&str> = second[2].split_whitespace().collect();
    assert_eq!(
        &cells[..3],
        [group.as_str(), topic.as_str(), "5"],
        "{second:?}"
    );
    assert_eq!(cells.last(), Some(&"STALLED"), "{second:?}");
    let produce_rate: f64 = cells[cells.len() - 3].parse().expect("produce rate");
    assert!(produce_rate > 0.0, "{second:?}");
    assert_eq!(child.wait().expect("wait").code(), Some(0));
}

/// A plan's rows: (partition, current offset, new offset).
type PlanRows = Vec<(i64, Option<i64>, i64)>;
/// Reset flags and the two rows they plan.
type Expected<'a> = (&'a [&'a str], [(i64, Option<i64>, i64); 2]);

/// A topic with records, and a group that committed 3 on partition 0 and 1 on partition 1.
struct ResetCase {
    dir: tempfile::TempDir,
    base: i64,
    topic: String,
    group: String,
}

impl ResetCase {
    fn new(prefix: &str) -> ResetCase {
        let dir = tempfile::tempdir().expect("tempdir");
        let base = 1_700_000_000_000i64;
        let topic = topic_with_records(prefix, base);
        let group = unique_topic(prefix);
        commit_offsets(brokers(), &group, &topic, &[(0, 3), (1, 1)]);
        ResetCase {
            dir,
            base,
            topic,
            group,
        }
    }

    fn reset(&self, args: &[&str]) -> Run {
        run(kfk_on_broker()
            .current_dir(self.dir.path())
            .args(["consumer-groups", "reset-offsets", &self.group])
            .args(args))
    }

    /// The dry run's plan: (partition, current, new) per row.
    fn plan(&self, args: &[&str]) -> PlanRows {
        let mut all = vec!["--output", "json"];
        all.extend_from_slice(args);
        let result = self.reset(&all);
        assert_eq!(result.code, 0, "{args:?}: {}", result.stderr);
        assert!(
            result
                .stderr
                .contains("dry run: nothing was changed; add --execute"),
            "{}",
            result.stderr
        );
        let rows: Value = serde_json::from_str(&result.stdout).expect("plan JSON");
        rows.as_array()
            .expect("rows")
            .iter()
            .map(|r| {
                (
                    r["partition"].as_i64().unwrap_or(-1),
                    r["current"].as_i64(),
                    r["new"].as_i64().unwrap_or(-1),
                )
            })
            .collect()
    }

    /// The plan for the whole topic with `extra`.
    fn plan_of(&self, extra: &[&str]) -> PlanRows {
        let mut args = vec!["--topic", self.topic.as_str()];
        args.extend_from_slice(extra);
        self.plan(&args)
    }
}

#[test]
fn every_reset_mode_plans_without_changing_anything() {
    let case = ResetCase::new("groups-reset");
    let (topic, group) = (&case.topic, &case.group);
    let expected: [Expected; 5] = [
        (&["--to-earliest"], [(0, Some(3), 0), (1, Some(1), 0)]),
        (&["--to-latest"], [(0, Some(3), 6), (1, Some(1), 4)]),
        (&["--to-current"], [(0, Some(3), 3), (1, Some(1), 1)]),
        (&["--to-offset", "2"], [(0, Some(3), 2), (1, Some(1), 2)]),
        (&["--shift-by", "-2"], [(0, Some(3), 1), (1, Some(1), 0)]),
    ];
    for (args, rows) in expected {
        assert_eq!(case.plan_of(args), rows, "{args:?}");
    }
    let time = format!("@{}", case.base + 4 * 60_000 + 1);
    let by_time: [Expected; 3] = [
        (
            &["--to-datetime", &time],
            [(0, Some(3), 5), (1, Some(1), 0)],
        ),
        (
            &["--to-datetime", "2024-06-01T00:00:00Z"],
            [(0, Some(3), 6), (1, Some(1), 4)],
        ),
        (&["--by-duration", "1m"], [(0, Some(3), 6), (1, Some(1), 4)]),
    ];
    for (args, rows) in by_time {
        assert_eq!(case.plan_of(args), rows, "{args:?}");
    }
    let one_partition = format!("{topic}:1");
    assert_eq!(
        case.plan(&["--topic", &one_partition, "--to-earliest"]),
        [(1, Some(1), 0)]
    );
    assert_eq!(
        case.plan(&["--all-topics", "--to-latest"]),
        [(0, Some(3), 6), (1, Some(1), 4)]
    );
    // Clamping warns per partition.
    let clamped = case.reset(&["--topic", topic, "--to-offset", "5"]);
    let warning = format!("{group} {topic}:1: offset 5 is outside the log; using 4");
    assert!(clamped.stderr.contains(&warning), "{}", clamped.stderr);
    // Nothing changed by any of the dry runs.
    assert_eq!(
        offsets(&describe(group)),
        [(0, Some(3), 6, Some(3)), (1, Some(1), 4, Some(3))]
    );
}

#[test]
fn an_exported_plan_executes_and_its_undo_file_restores_the_offsets() {
    let case = ResetCase::new("groups-export");
    let (topic, group) = (&case.topic, &case.group);
    let exported = case.dir.path().join("plan.csv");
    let exported = exported.to_str().expect("path");
    let export = case.reset(&["--topic", topic, "--shift-by", "1", "--export", exported]);
    assert_eq!(export.code, 0, "{}", export.stderr);
    assert_eq!(
        std::fs::read_to_string(exported).expect("plan"),
        format!("topic,partition,offset\n{topic},0,4\n{topic},1,2\n")
    );
    let executed = case.reset(&["--from-file", exported, "--execute"]);
    assert_eq!(executed.code, 0, "{}", executed.stderr);
    assert!(
        executed
            .stderr
            .contains("2 offsets committed and read back"),
        "{}",
        executed.stderr
    );
    assert_eq!(
        offsets(&describe(group)),
        [(0, Some(4), 6, Some(2)), (1, Some(2), 4, Some(2))]
    );
    let undo = undo_path(&executed.stderr);
    assert!(std::path::Path::new(&undo).is_absolute(), "{undo}");
    let restored = case.reset(&["--from-file", &undo, "--execute"]);
    assert_eq!(restored.code, 0, "{}", restored.stderr);
    assert_eq!(
        offsets(&describe(group)),
        [(0, Some(3), 6, Some(3)), (1, Some(1), 4, Some(3))]
    );
}

#[test]
fn a_reset_without_scope_with_two_targets_or_a_broken_plan_is_refused() {
    let case = ResetCase::new("groups-refused");
    assert_eq!(case.reset(&["--to-earliest"]).code, 2);
    assert_eq!(
        case.reset(&["--topic", &case.topic, "--to-earliest", "--to-latest"])
            .code,
        2
    );
    std::fs::write(case.dir.path().join("bad.csv"), "x,y\n").expect("write");
    let bad = case.reset(&["--from-file", "bad.csv"]);
    assert_eq!(bad.code, 1);
    assert!(
        bad.stderr
            .contains("bad.csv: line 1: expected topic,partition,offset"),
        "{}",
        bad.stderr
    );
}

#[test]
fn delete_removes_a_group_and_needs_confirmation() {
    let topic = topic_with_records("groups-delete", 1_700_000_000_000);
    let group = unique_topic("groups-delete");
    commit_offsets(brokers(), &group, &topic, &[(0, 1)]);
    let refused = run(kfk_on_broker().args(["consumer-groups", "delete", &group]));
    assert_eq!(refused.code, 2, "{}", refused.stderr);
    assert_eq!(offsets(&describe(&group)), [(0, Some(1), 6, Some(5))]);
    let deleted = run_ok(kfk_on_broker().args(["consumer-groups", "delete", &group, "--yes"]));
    assert!(
        deleted
            .stderr
            .contains(&format!("deleted consumer group '{group}'")),
        "{}",
        deleted.stderr
    );
    let gone = run(kfk_on_broker().args(["consumer-groups", "describe", &group]));
    assert_eq!(gone.code, 1);
    assert_eq!(
        gone.stderr,
        format!("error: consumer group '{group}' does not exist\n")
    );
}

#[test]
fn delete_offsets_removes_the_named_partitions_offsets() {
    let topic = topic_with_records("groups-delete-offsets", 1_700_000_000_000);
    let group = unique_topic("groups-delete-offsets");
    commit_offsets(brokers(), &group, &topic, &[(0, 1), (1, 2)]);
    let result = run(kfk_on_broker().args([
        "consumer-groups",
        "delete-offsets",
        &group,
        "--topic",
        &format!("{topic}:1"),
        "--yes",
    ]));
    assert_eq!(result.code, 0, "{}", result.stderr);
    // Partition 1's offset is gone; partition 0's stays.
    assert_eq!(offsets(&describe(&group)), [(0, Some(1), 6, Some(5))]);
    assert_eq!(committed_offsets(brokers(), &group, &topic, 2), [1, -1]);
}

/// A group that committed offset 3 on partition 0 of a topic and nothing on partition 1.
struct HalfCommitted {
    dir: tempfile::TempDir,
    topic: String,
    group: String,
}

impl HalfCommitted {
    fn new(prefix: &str) -> HalfCommitted {
        let dir = tempfile::tempdir().expect("tempdir");
        let topic = topic_with_records(prefix, 1_700_000_000_000);
        let group = unique_topic(prefix);
        commit_offsets(brokers(), &group, &topic, &[(0, 3)]);
        HalfCommitted { dir, topic, group }
    }

    /// `reset-offsets` of the group on the whole topic.
    fn reset(&self, args: &[&str]) -> Run {
        run(kfk_on_broker()
            .current_dir(self.dir.path())
            .args([
                "consumer-groups",
                "reset-offsets",
                &self.group,
                "--topic",
                &self.topic,
            ])
            .args(args))
    }
}

#[test]
fn moves_from_a_missing_committed_offset_are_refused() {
    let case = HalfCommitted::new("groups-uncommitted");
    let (topic, group) = (&case.topic, &case.group);
    let before = watermarks(brokers(), topic);
    // Moves from the committed offset refuse partition 1, dry run or not.
    for args in [
        &["--shift-by", "-2", "--execute"][..],
        &["--shift-by", "1"],
        &["--to-current", "--execute"],
    ] {
        let refused = case.reset(args);
        assert_eq!(refused.code, 1, "{args:?}: {}", refused.stderr);
        assert_eq!(refused.stderr.lines().count(), 1, "{}", refused.stderr);
        assert!(
            refused.stderr.contains(&format!(
                "group '{group}' has no committed offset for {topic}:1, and"
            )) && refused.stderr.contains("nothing was changed"),
            "{}",
            refused.stderr
        );
        assert_eq!(offsets(&describe(group)), [(0, Some(3), 6, Some(3))]);
    }
    assert_eq!(watermarks(brokers(), topic), before);
}

#[test]
fn a_reset_of_a_partition_without_offset_is_undone_by_deleting_it() {
    let case = HalfCommitted::new("groups-unoffset");
    let (topic, group) = (&case.topic, &case.group);
    let dir = case.dir.path();
    let before = watermarks(brokers(), topic);
    // The plan shows CURRENT "none" for it, as the undo file records it.
    let plan = case.reset(&["--to-earliest"]);
    assert_eq!(plan.code, 0, "{}", plan.stderr);
    let row: Vec<&str> = plan
        .stdout
        .lines()
        .find(|l| l.split_whitespace().nth(2) == Some("1"))
        .expect("partition 1 row")
        .split_whitespace()
        .collect();
    assert_eq!(row, [group.as_str(), topic.as_str(), "1", "none", "0", "-"]);
    let executed = case.reset(&["--to-earliest", "--execute"]);
    assert_eq!(executed.code, 0, "{}", executed.stderr);
    let undo = undo_path(&executed.stderr);
    assert_eq!(
        std::fs::read_to_string(&undo).expect("undo file"),
        format!("topic,partition,offset\n{topic},0,3\n{topic},1,none\n")
    );
    assert_eq!(
        offsets(&describe(group)),
        [(0, Some(0), 6, Some(6)), (1, Some(0), 4, Some(4))]
    );

    // Undo: partition 0 goes back to 3; partition 1 loses its offset (OffsetDelete).
    let restored = run(kfk_on_broker().current_dir(dir).args([
        "consumer-groups",
        "reset-offsets",
        group,
        "--execute",
        "--from-file",
        &undo,
    ]));
    assert_eq!(restored.code, 0, "{}", restored.stderr);
    assert_eq!(offsets(&describe(group)), [(0, Some(3), 6, Some(3))]);
    // As the group's own consumer finds it: partition 1 has no committed offset again.
    assert_eq!(committed_offsets(brokers(), group, topic, 2), [3, -1]);
    assert_eq!(watermarks(brokers(), topic), before);
}

/// A reset of a group that has no offsets (a typo, usually) shows its plan and warns
/// that the group does not exist or never committed, and that --execute would create it.
#[test]
fn a_reset_of_a_group_without_offsets_says_so() {
    let topic = topic_with_records("groups-typo", 1_700_000_000_000);
    let group = unique_topic("groups-typo");
    let plan = run(kfk_on_broker().args([
        "consumer-groups",
        "reset-offsets",
        &group,
        "--topic",
        &format!("{topic}:0"),
        "--to-earliest",
    ]));
    assert_eq!(plan.code, 0, "{}", plan.stderr);
    let row: Vec<&str> = plan
        .stdout
        .lines()
        .nth(1)
        .expect("a row")
        .split_whitespace()
        .collect();
    assert_eq!(row, [group.as_str(), topic.as_str(), "0", "none", "0", "-"]);
    assert!(
        plan.stderr.contains(&format!(
            "warning: group '{group}' has no committed offsets: it does not exist (check the \
             name) or has never committed; --execute would create it with the offsets above"
        )),
        "{}",
        plan.stderr
    );
    assert_eq!(committed_offsets(brokers(), &group, &topic, 1), [-1]);
}

/// The JSON rows of a command, without the figures that depend on the time of asking.
fn rows_of(args: &[&str], prefix: &str) -> Vec<Value> {
    let result = run_ok(kfk_on_broker().args(args).args(["--output", "json"]));
    let rows: Value = serde_json::from_str(&result.stdout).expect("JSON");
    let mut rows: Vec<Value> = rows
        .as_array()
        .expect("rows")
        .iter()
        .filter(|row| row["group"].as_str().is_some_and(|g| g.starts_with(prefix)))
        .cloned()
        .map(|mut row| {
            if let Some(fields) = row.as_object_mut() {
                fields.remove("time_lag_ms");
            }
            row
        })
        .collect();
    rows.sort_by_key(|row| row["group"].as_str().map(str::to_string));
    rows
}

#[test]
fn lag_and_describe_over_many_groups_at_once_equal_the_per_group_answers() {
    let topic = topic_with_records("many-groups", now_ms());
    let prefix = unique_topic("many");
    let groups: Vec<String> = (0..24).map(|i| format!("{prefix}-{i:02}")).collect();
    for (i, group) in groups.iter().enumerate() {
        let i = i as i64;
        commit_offsets(brokers(), group, &topic, &[(0, i % 7), (1, i % 5)]);
    }
    let names: Vec<&str> = groups.iter().map(String::as_str).collect();

    let one_by_one: Vec<Value> = names
        .iter()
        .flat_map(|group| rows_of(&["consumer-groups", "lag", group], &prefix))
        .collect();
    // Partition 0 holds 6 records and partition 1 holds 4.
    let expected: Vec<i64> = (0..24)
        .map(|i| (6 - (i % 7).min(6)) + (4 - (i % 5).min(4)))
        .collect();
    let lags: Vec<i64> = one_by_one
        .iter()
        .map(|r| r["lag"].as_i64().unwrap_or(-1))
        .collect();
    assert_eq!(lags, expected);
    for concurrency in ["1", "3", "64"] {
        let all = rows_of(
            &[
                "consumer-groups",
                "lag",
                "--all",
                "--concurrency",
                concurrency,
            ],
            &prefix,
        );
        assert_eq!(all, one_by_one, "lag --all --concurrency {concurrency}");
    }
    let named = [
        &["consumer-groups", "lag", "--concurrency", "2"][..],
        &names[..],
    ]
    .concat();
    assert_eq!(rows_of(&named, &prefix), one_by_one);

    let described: Vec<Value> = names
        .iter()
        .flat_map(|group| rows_of(&["consumer-groups", "describe", group], &prefix))
        .collect();
    assert_eq!(
        rows_of(&["consumer-groups", "describe", "--all"], &prefix),
        described
    );
    let named = [
        &["consumer-groups", "describe", "--concurrency", "5"][..],
        &names[..],
    ]
    .concat();
    assert_eq!(rows_of(&named, &prefix), described);
}
