//! `kfk copy` against Apache Kafka: a snapshot copy, copiers killed and restarted, two
//! copiers sharing a group, and usage errors. Kafka hides aborted records from
//! read_committed readers, so every copy is judged by one: each record exactly once.

mod common;

use common::*;
use serde_json::{json, Value};
use std::time::Duration;

#[test]
fn a_snapshot_copy_holds_each_record_once_and_commits_the_source_end() {
    let source = create_topic(3, "copy-src");
    let destination = create_topic(3, "copy-dst");
    let group = unique_topic("copy-group");
    let input: String = (0..1500)
        .map(|i| format!("{}\n", json!({"key": format!("k{i}"), "value": format!("v{i}"), "headers": [["n", i.to_string()]], "timestamp": 1_700_000_000_000i64 + i})))
        .collect();
    let produced = run_with_stdin(
        kfk_on_broker().args(["produce", "-t", &source, "--input", "json", "-q"]),
        input.as_bytes(),
    );
    assert_eq!(produced.code, 0, "{}", produced.stderr);

    let copy = run(&mut kfk_words(&format!(
        "-v copy --from {source} --to {destination} --group {group} --batch-records 400"
    )));
    assert_eq!(copy.code, 0, "{}", copy.stderr);
    assert!(
        copy.stderr.contains("kfk copy: 1500 copied, 0 filtered"),
        "{}",
        copy.stderr
    );
    assert!(
        copy.stderr
            .contains(&format!("kfk copy: txn commit {source} ")),
        "-v logs each transaction: {}",
        copy.stderr
    );
    assert!(
        !copy.stderr.contains("warning"),
        "the broker keeps the group's offsets, so a restart resumes: {}",
        copy.stderr
    );

    assert_holds_the_records_as_produced(&destination);

    // The group's committed offsets are the source's end; kfk consume -e on the
    // transactional destination ends although its last offsets are commit markers.
    assert_group_at_source_end(&group);
    let read = run_ok(kfk_on_broker().args(["consume", "-t", &destination, "-e", "-f", "%k\\n"]));
    assert_eq!(read.stdout.lines().count(), 1500);

    // A second run finds nothing left to copy and writes nothing twice.
    let again = run(&mut kfk_words(&format!(
        "copy --from {source} --to {destination} --group {group}"
    )));
    assert_eq!(again.code, 0, "{}", again.stderr);
    assert!(
        again.stderr.contains("kfk copy: 0 copied"),
        "{}",
        again.stderr
    );
    assert_eq!(
        read_topic(brokers(), &destination, "read_committed").len(),
        1500
    );
}

/// The destination holds the 1500 records of the snapshot test once, with their keys,
/// values, headers and timestamps, as a read_committed reader sees them.
fn assert_holds_the_records_as_produced(destination: &str) {
    let mut copied = read_topic(brokers(), destination, "read_committed");
    assert_eq!(copied.len(), 1500);
    copied.sort_by_key(|r| r.timestamp);
    for (i, record) in copied.iter().enumerate() {
        assert_eq!(record.key_str(), Some(format!("k{i}").as_str()));
        assert_eq!(record.value_str(), Some(format!("v{i}").as_str()));
        assert_eq!(
            record.headers,
            [("n".to_string(), Some(i.to_string().into_bytes()))]
        );
        assert_eq!(record.timestamp, Some(1_700_000_000_000 + i as i64));
    }
}

#[test]
fn copy_refuses_what_it_cannot_do() {
    let source = create_topic(3, "copy-refuse-src");
    let small = create_topic(2, "copy-refuse-dst");
    let same = run(&mut kfk_words(&format!(
        "copy --from {source} --to {small} --group g --partitioning same"
    )));
    assert_eq!(same.code, 2, "{}", same.stderr);
    assert_eq!(
        same.stderr.trim(),
        format!(
            "error: --partitioning same needs '{small}' to have at least 3 partitions; it has 2"
        )
    );
    let missing = unique_topic("copy-missing");
    let unknown = run(&mut kfk_words(&format!(
        "copy --from {missing} --to {small} --group g"
    )));
    assert_eq!(unknown.code, 1);
    assert!(
        unknown.stderr.starts_with(&format!(
            "error: unknown topic '{missing}': it does not exist on the cluster; create it \
             with `kfk topics create {missing}`"
        )),
        "{}",
        unknown.stderr
    );
    // Across clusters the message names the cluster that lacks the topic.
    let across = run(&mut kfk_words(&format!(
        "copy --from {source} --to {missing} --to-brokers {} --group g",
        brokers()
    )));
    assert_eq!(across.code, 1);
    assert!(
        across.stderr.starts_with(&format!(
            "error: unknown topic '{missing}': it does not exist on the destination cluster; \
             create it with `kfk topics create {missing}`"
        )),
        "{}",
        across.stderr
    );
    let regex = run(&mut kfk_words(&format!(
        "copy --from {source} --to {small} --group g --key-regex ("
    )));
    assert_eq!(regex.code, 2, "{}", regex.stderr);
}

fn fill_unique(topic: &str, count: usize) {
    let input: String = (0..count).map(|i| format!("k{i}:v{i}\n")).collect();
    let produced = run_with_stdin(
        kfk_on_broker().args(["produce", "-t", topic, "-K:", "-q"]),
        input.as_bytes(),
    );
    assert_eq!(produced.code, 0, "{}", produced.stderr);
}

/// `kfk copy -v` for this test broker. A short session timeout: a killed copier's member
/// leaves the group after 6 s instead of 45 s, and the broker's join wait follows it.
fn copier(source: &str, destination: &str, group: &str, extra: &[&str]) -> std::process::Command {
    let mut command = kfk_on_broker();
    command
        .args(["-X", "session.timeout.ms=6000"])
        .args(copier::copy_args(source, destination, group))
        .args(extra);
    command
}

/// Waits for two copiers of one group, checks that both ended with `code` and that the
/// destination holds each source record once; returns what each committed.
fn finish_both(
    first: copier::Copier,
    second: copier::Copier,
    source: &str,
    destination: &str,
    code: i32,
) -> (i64, i64) {
    let (first_code, first_log) = first.finish();
    let (second_code, second_log) = second.finish();
    assert_eq!(first_code, Some(code), "{first_log}");
    assert_eq!(second_code, Some(code), "{second_log}");
    copier::assert_exactly_once(brokers(), source, destination);
    (
        copier::committed_records(&first_log),
        copier::committed_records(&second_log),
    )
}

fn assert_group_at_source_end(group: &str) {
    let described =
        run_ok(kfk_on_broker().args(["consumer-groups", "describe", group, "--output", "json"]));
    let view: Value = serde_json::from_str(&described.stdout).expect("JSON");
    for partition in view[0]["partitions"].as_array().expect("partitions") {
        assert_eq!(
            partition["current_offset"], partition["log_end_offset"],
            "{partition}"
        );
        assert_eq!(partition["lag"], 0, "{partition}");
    }
}

#[test]
fn a_copier_killed_three_times_and_restarted_copies_each_record_exactly_once() {
    let source = create_topic(3, "crash-src");
    let destination = create_topic(3, "crash-dst");
    let group = unique_topic("crash-group");
    fill_unique(&source, 3000);

    let mut uncommitted = Vec::new();
    let mut committed = 0;
    let mut open_at_kill = 0;
    for _ in 0..3 {
        let mut running = copier::Copier::spawn(&mut copier(&source, &destination, &group, &[]));
        running.wait_for_log("two commits", |log| {
            log.matches("kfk copy: txn commit").count() >= 2
        });
        running.signal(libc::SIGKILL);
        let (code, log) = running.finish();
        assert_eq!(code, None, "killed by SIGKILL:\n{log}");
        committed += copier::committed_records(&log);
        let left = copier::uncommitted(&log);
        open_at_kill += left
            .iter()
            .flatten()
            .map(|(_, a, b)| b - a + 1)
            .sum::<i64>();
        uncommitted.extend(left);
    }
    let last = run(&mut copier(&source, &destination, &group, &[]));
    assert_eq!(last.code, 0, "{}", last.stderr);
    committed += copier::committed_records(&last.stderr);
    uncommitted.extend(copier::uncommitted(&last.stderr));

    copier::assert_exactly_once(brokers(), &source, &destination);
    // What the logs say committed adds up to the source, give or take a transaction that
    // committed just before its copier was killed, before it could log so.
    assert!(
        (3000 - open_at_kill..=3000).contains(&committed),
        "{committed} committed"
    );
    assert_group_at_source_end(&group);
}

#[test]
fn two_copiers_in_one_group_share_the_partitions_and_copy_each_record_once() {
    let source = create_topic(4, "scale-src");
    let destination = create_topic(4, "scale-dst");
    let group = unique_topic("scale-group");
    // Both copiers own their partitions before the first record exists: with the test
    // broker's group.initial.rebalance.delay.ms=0, a copier that joined first could
    // otherwise copy everything before the other joins.
    let follow = |instance| {
        copier::Copier::spawn(&mut copier(
            &source,
            &destination,
            &group,
            &["--instance", instance, "--follow"],
        ))
    };
    let (mut first, mut second) = (follow("0"), follow("1"));
    await_condition(
        "both copiers own partitions",
        Duration::from_secs(60),
        || {
            let view = describe_group(&group);
            let members = view[0]["members"].as_array().cloned().unwrap_or_default();
            view[0]["state"] == "Stable"
                && members.len() == 2
                && members
                    .iter()
                    .all(|m| m["assignment"].as_array().is_some_and(|a| !a.is_empty()))
        },
    );
    fill_unique(&source, 4000);
    await_condition(
        "the group copied the source",
        Duration::from_secs(60),
        || {
            let partitions = describe_group(&group)[0]["partitions"].clone();
            let partitions = partitions.as_array().cloned().unwrap_or_default();
            partitions.len() == 4
                && partitions
                    .iter()
                    .all(|p| p["lag"] == 0 && p["log_end_offset"].as_i64().is_some_and(|e| e > 0))
        },
    );
    first.signal(libc::SIGINT);
    second.signal(libc::SIGINT);
    let (a, b) = finish_both(first, second, &source, &destination, 130);
    assert_eq!(a + b, 4000, "instance 0 committed {a}, instance 1 {b}");
    assert!(
        a > 0 && b > 0,
        "both instances copied: instance 0 committed {a}, instance 1 {b}"
    );
}

/// The group as `consumer-groups describe --output json` shows it (null while unknown).
fn describe_group(group: &str) -> Value {
    let described =
        run(kfk_on_broker().args(["consumer-groups", "describe", group, "--output", "json"]));
    serde_json::from_str(&described.stdout).unwrap_or_default()
}

/// The classic protocol revokes every partition when a member joins, and gives some back.
/// The first copier gathers one long batch over that rebalance: the records it held of a
/// partition it got back are fetched again from the committed offset, and must not be
/// copied twice (a CI run found record 1:965 twice in the test above).
#[test]
fn a_partition_revoked_and_given_back_within_one_batch_is_copied_once() {
    let source = create_topic(2, "regain-src");
    let destination = create_topic(2, "regain-dst");
    let group = unique_topic("regain-group");
    fill_unique(&source, 400);

    // One batch of every record, gathered for 20 s (copy_args sets 50 records, and a
    // flag may be given once).
    let first = copier::Copier::spawn(kfk_on_broker().args([
        "-X",
        "session.timeout.ms=6000",
        "-v",
        "copy",
        "--from",
        &source,
        "--to",
        &destination,
        "--group",
        &group,
        "--instance",
        "0",
        "--batch-records",
        "100000",
        "--batch-time",
        "20s",
    ]));
    await_condition(
        "the first copier owns both partitions",
        Duration::from_secs(30),
        || {
            let view = describe_group(&group);
            view[0]["state"] == "Stable"
                && view[0]["members"][0]["assignment"]
                    .as_array()
                    .map_or(0, Vec::len)
                    == 2
        },
    );
    // The first copier is inside its 20 s gather, holding both partitions' records.
    let second = copier::Copier::spawn(&mut copier(
        &source,
        &destination,
        &group,
        &["--instance", "1"],
    ));
    let (a, b) = finish_both(first, second, &source, &destination, 0);
    assert_eq!(a + b, 400, "instance 0 committed {a}, instance 1 {b}");
    assert!(
        a > 0,
        "the first copier kept a partition and copied none of it"
    );
    assert_group_at_source_end(&group);
}

#[test]
fn start_takes_a_time_for_partitions_without_committed_offsets() {
    let source = create_topic(2, "start-src");
    let destination = create_topic(2, "start-dst");
    let group = unique_topic("start-group");
    let base = 1_700_000_000_000i64;
    let input: String = (0..200)
        .map(|i| {
            format!(
                "{}\n",
                json!({"key": format!("k{i}"), "value": format!("v{i}"), "timestamp": base + i * 1000})
            )
        })
        .collect();
    let produced = run_with_stdin(
        kfk_on_broker().args(["produce", "-t", &source, "--input", "json", "-q"]),
        input.as_bytes(),
    );
    assert_eq!(produced.code, 0, "{}", produced.stderr);

    let from = format!("@{}", base + 150 * 1000);
    let copy = run(&mut copier(
        &source,
        &destination,
        &group,
        &["--start", &from],
    ));
    assert_eq!(copy.code, 0, "{}", copy.stderr);
    let mut copied: Vec<i64> = read_topic(brokers(), &destination, "read_committed")
        .iter()
        .filter_map(|r| r.timestamp)
        .collect();
    copied.sort();
    let expected: Vec<i64> = (150..200).map(|i| base + i * 1000).collect();
    assert_eq!(copied, expected, "{}", copy.stderr);
    assert!(
        copy.stderr.contains("kfk copy: 50 copied"),
        "{}",
        copy.stderr
    );
}
