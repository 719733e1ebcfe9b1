//! One consumer group that cannot be described does not hide the others from `list` and
//! `describe`: it gets a row of its own with the reason, and the exit status is 3; `lag`,
//! which needs only committed offsets, measures it. The test broker gives a natural case: nisshi cannot describe a group that only ever
//! received transactional offsets, as a cross-cluster copy's group on the destination.

mod common;

use common::*;
use serde_json::Value;

#[test]
fn a_group_that_cannot_be_read_is_reported_beside_the_others() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (destination, to) = second_cluster(dir.path());
    let source = create_topic(2, "unreadable-src");
    let input: String = (0..10)
        .map(|i| format!("{{\"value\":\"v{i}\",\"partition\":{}}}\n", i % 2))
        .collect();
    let produced = run_with_stdin(
        kfk_on_broker().args(["produce", "-t", &source, "--input", "json", "-q"]),
        input.as_bytes(),
    );
    assert_eq!(produced.code, 0, "{}", produced.stderr);
    run_ok(kfk().args(["-b", &to, "topics", "create", &source, "-p", "2"]));
    let copier = unique_topic("unreadable-copier");
    run_ok(kfk_on_broker().args([
        "copy",
        "--from",
        &source,
        "--to",
        &source,
        "--to-brokers",
        &to,
        "--group",
        &copier,
        "-X",
        "session.timeout.ms=6000",
    ]));
    // A readable group on the destination, behind by the whole log.
    let readable = unique_topic("unreadable-ok");
    commit_earliest(&to, dir.path(), &readable, &source);
    let on_destination = |args: &[&str]| run(kfk().args(["-b", &to, "--timeout", "5s"]).args(args));
    let reason = "Local: Broker transport failure";
    let summary = format!("error: 1 of 2 groups could not be read: '{copier}' ({reason})\n");

    let list = on_destination(&["consumer-groups", "list", "--output", "json"]);
    assert_eq!(list.code, 3, "{}", list.stderr);
    assert_eq!(list.stderr, summary);
    let rows: Value = serde_json::from_str(&list.stdout).expect("list JSON");
    let row = |name: &str| {
        rows.as_array()
            .expect("rows")
            .iter()
            .find(|r| r["group"] == name)
            .cloned()
            .unwrap_or_else(|| panic!("{name} missing from {rows}"))
    };
    assert_eq!(
        (
            row(&copier)["error"].as_str(),
            row(&copier)["members"].is_null()
        ),
        (Some(reason), true)
    );
    assert_eq!(
        (
            row(&readable)["error"].is_null(),
            row(&readable)["members"].as_i64()
        ),
        (true, Some(0))
    );

    let table = on_destination(&["consumer-groups", "list"]);
    assert_eq!(table.code, 3, "{}", table.stderr);
    let line = table
        .stdout
        .lines()
        .find(|l| l.starts_with(&copier))
        .expect("copier row");
    assert!(line.ends_with(reason), "{}", table.stdout);

    let describe = on_destination(&["consumer-groups", "describe", "--all"]);
    assert_eq!(describe.code, 3, "{}", describe.stderr);
    assert!(
        describe
            .stdout
            .contains(&format!("GROUP {copier}: cannot be read: {reason}")),
        "{}",
        describe.stdout
    );
    assert!(
        describe
            .stdout
            .contains(&format!("GROUP {readable}: state Empty")),
        "{}",
        describe.stdout
    );
    assert!(describe.stderr.ends_with(&summary), "{}", describe.stderr);

    // lag needs only the committed offsets, which nisshi does serve for the copier's group:
    // both groups are measured. The readable one is behind by the whole log (the copied
    // records and the transaction's markers).
    let behind: i64 = watermarks(&to, &source).iter().map(|(_, end)| end).sum();
    assert!(behind >= 10, "{behind}");
    let lag = on_destination(&[
        "consumer-groups",
        "lag",
        "--all",
        "--output",
        "json",
        "--fail-above",
        "100",
    ]);
    assert_eq!((lag.code, lag.stderr.as_str()), (0, ""));
    let rows: Value = serde_json::from_str(&lag.stdout).expect("lag JSON");
    let rows = rows.as_array().expect("rows");
    let lag_of = |group: &str| {
        let row = rows
            .iter()
            .find(|r| r["group"] == group)
            .unwrap_or_else(|| panic!("{group} missing from {rows:?}"));
        (row["topic"].as_str(), row["lag"].as_i64(), row.get("error"))
    };
    assert_eq!(
        lag_of(&readable),
        (Some(source.as_str()), Some(behind), None)
    );
    assert!(lag_of(&copier).1.is_some(), "{rows:?}");
    let exceeded = on_destination(&["consumer-groups", "lag", "--all", "--fail-above", "10"]);
    assert_eq!(exceeded.code, 3, "{}", exceeded.stderr);
    assert_eq!(
        exceeded.stderr,
        format!("error: lag above the limit: {readable} on {source}: lag {behind} > 10\n")
    );
    destination.stop();
}
