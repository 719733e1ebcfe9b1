//! Consumer-protocol groups (KIP-848) on three brokers, beside Apache's
//! `kafka-consumer-groups`: `list` shows and filters each group's type, `describe` shows
//! member epochs and target assignments, `copy` and `perf consume` join as
//! consumer-protocol members, and lag and reset work on such a group as on a classic one.
//! Share groups (KIP-932) are listed, described, and their offsets moved and deleted,
//! beside `kafka-share-groups`, with Apache's console share consumer as the member.

mod common;

use std::collections::BTreeSet;
use std::process::{Command, Stdio};
use std::time::Duration;

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

fn apache(args: &[&str]) -> String {
    let class = "org.apache.kafka.tools.consumer.group.ConsumerGroupCommand";
    kafka::apache_tool(cluster(), class, args)
}

/// A topic of `partitions` partitions holding `count` keyed records.
fn filled_topic(prefix: &str, partitions: u32, count: u32) -> String {
    let topic = create_topic_on(cluster(), partitions, 3, prefix);
    produce_keyed(cluster(), &topic, &keyed_lines(0..count));
    topic
}

/// Starts `count` consumer-protocol members of `group` reading `topic`, and waits until
/// the group is Stable with each member at the group's epoch; the members and the
/// group's description.
fn members(topic: &str, group: &str, count: usize) -> (Vec<Guarded>, Value) {
    let started: Vec<Guarded> = (0..count)
        .map(|_| {
            on_cluster()
                .args([
                    "consume",
                    "-t",
                    topic,
                    "-g",
                    group,
                    "--group-protocol",
                    "consumer",
                ])
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .start()
        })
        .collect();
    let mut view = Value::Null;
    await_condition("the group settles", Duration::from_secs(60), || {
        let described =
            run(on_cluster().args(["--output", "json", "consumer-groups", "describe", group]));
        if described.code == 1 && described.stderr.contains("does not exist") {
            return false;
        }
        assert_eq!(described.code, 0, "{}", described.stderr);
        view = serde_json::from_str::<Value>(&described.stdout).expect("JSON")[0].clone();
        let members = view["members"].as_array().cloned().unwrap_or_default();
        view["state"] == "Stable"
            && members.len() == count
            && members
                .iter()
                .all(|m| m["member_epoch"] == view["group_epoch"])
            && members
                .iter()
                .all(|m| m["assignment"] == m["target_assignment"])
    });
    (started, view)
}

/// `consumer-groups list --type consumer` names `group`.
fn assert_listed_as_consumer_protocol(group: &str) {
    let listed = kfk_json(&["consumer-groups", "list", "--type", "consumer"]);
    let rows = listed.as_array().expect("rows");
    assert!(rows.iter().any(|r| r["group"] == group), "{listed}");
}

#[test]
fn list_shows_each_groups_type_and_filters_by_it() {
    let topic = filled_topic("protocol-list", 2, 10);
    let classic = unique_topic("classic-group");
    run_ok(on_cluster().args(["consume", "-t", &topic, "-g", &classic, "-e"]));
    let consumer = unique_topic("consumer-group");
    let (_members, _) = members(&topic, &consumer, 1);
    let names = |kind: &str| -> BTreeSet<String> {
        let rows = kfk_json(&["consumer-groups", "list", "--type", kind]);
        let rows = rows.as_array().expect("rows").clone();
        assert!(rows.iter().all(|r| r["type"] == kind), "{rows:?}");
        rows.iter()
            .filter_map(|r| r["group"].as_str().map(String::from))
            .collect()
    };
    let (consumers, classics) = (names("consumer"), names("classic"));
    assert!(consumers.contains(&consumer) && !consumers.contains(&classic));
    assert!(classics.contains(&classic) && !classics.contains(&consumer));
    // Apache's --list --type names the same type for each.
    let theirs = apache(&["--list", "--type"]);
    let type_of = |group: &str| {
        let line = theirs
            .lines()
            .find(|l| l.split_whitespace().next() == Some(group));
        line.and_then(|l| l.split_whitespace().nth(1))
            .map(str::to_lowercase)
    };
    assert_eq!(type_of(&consumer).as_deref(), Some("consumer"), "{theirs}");
    assert_eq!(type_of(&classic).as_deref(), Some("classic"), "{theirs}");
}

#[test]
fn describe_shows_member_epochs_and_target_assignments_as_apache_does() {
    let topic = filled_topic("protocol-describe", 4, 40);
    let group = unique_topic("epochs");
    let (_members, view) = members(&topic, &group, 2);
    let epoch = view["group_epoch"].as_i64().expect("group epoch");
    assert_eq!(view["assignment_epoch"].as_i64(), Some(epoch), "{view}");
    let mut assigned = BTreeSet::new();
    for member in view["members"].as_array().expect("members") {
        for pair in member["assignment"].as_array().expect("assignment") {
            assert!(
                assigned.insert(pair[1].as_i64().expect("partition")),
                "{view}"
            );
        }
    }
    assert_eq!(assigned, (0..4).collect::<BTreeSet<i64>>(), "{view}");
    // Apache's verbose members view: the same members at the same epochs, each with as
    // many partitions.
    let theirs = apache(&["--describe", "--group", &group, "--members", "--verbose"]);
    for member in view["members"].as_array().expect("members") {
        let id = member["consumer_id"].as_str().expect("id");
        let line = theirs
            .lines()
            .find(|l| l.contains(id))
            .unwrap_or_else(|| panic!("{id}: {theirs}"));
        let fields: Vec<&str> = line.split_whitespace().collect();
        let count = member["assignment"].as_array().map_or(0, Vec::len);
        assert_eq!(fields[4], count.to_string(), "#PARTITIONS: {line}");
        assert_eq!(
            fields[5],
            member["member_epoch"].to_string(),
            "CURRENT-EPOCH: {line}"
        );
    }
    let table = run_ok(on_cluster().args(["consumer-groups", "describe", &group, "--state"]));
    let row: Vec<&str> = table
        .stdout
        .lines()
        .nth(1)
        .expect("row")
        .split_whitespace()
        .collect();
    assert_eq!(
        row[row.len() - 2..],
        [epoch.to_string(), epoch.to_string()],
        "{}",
        table.stdout
    );
}

#[test]
fn copy_and_perf_consume_join_as_consumer_protocol_members() {
    let source = filled_topic("protocol-copy-src", 3, 2000);
    let destination = create_topic_on(cluster(), 3, 3, "protocol-copy-dst");
    let group = unique_topic("copier");
    let copy = run(on_cluster()
        .args(["copy", "--from", &source, "--to", &destination])
        .args(["-g", &group, "--group-protocol", "consumer"]));
    assert_eq!(copy.code, 0, "{}", copy.stderr);
    assert!(
        copy.stderr.contains("kfk copy: 2000 copied"),
        "{}",
        copy.stderr
    );
    assert_eq!(
        stored_values(cluster(), &destination, "read_committed"),
        keyed_values(0..2000)
    );
    assert_listed_as_consumer_protocol(&group);

    let reader = unique_topic("perf-reader");
    let perf = run_ok(
        on_cluster()
            .args(["perf", "consume", "-t", &source, "-g", &reader])
            .args(["--group-protocol", "consumer", "--num-records", "2000"]),
    );
    assert!(
        perf.stdout.starts_with("2000 records read"),
        "{}",
        perf.stdout
    );
}

#[test]
fn lag_and_reset_work_on_a_consumer_protocol_group() {
    let topic = filled_topic("protocol-lag", 2, 100);
    let group = unique_topic("reset");
    let undo = tempfile::tempdir().expect("tempdir");
    run_ok(on_cluster().args([
        "consume",
        "-t",
        &topic,
        "-g",
        &group,
        "--group-protocol",
        "consumer",
        "-e",
    ]));
    let total = |rows: &Value| -> i64 {
        rows.as_array()
            .expect("rows")
            .iter()
            .filter_map(|r| r["lag"].as_i64())
            .sum()
    };
    assert_eq!(total(&kfk_json(&["consumer-groups", "lag", &group])), 0);
    run_ok(
        on_cluster()
            // The undo file it writes goes in a folder that goes with the test.
            .current_dir(undo.path())
            .args([
                "consumer-groups",
                "reset-offsets",
                &group,
                "--topic",
                &topic,
            ])
            .args(["--to-earliest", "--execute"]),
    );
    assert_eq!(total(&kfk_json(&["consumer-groups", "lag", &group])), 100);
    assert_listed_as_consumer_protocol(&group);
}

/// Apache's console share consumer reading `topic` in share group `group`.
fn share_consumer(topic: &str, group: &str) -> Guarded {
    Command::new("java")
        .args(["-Xmx256m", "-XX:+UseSerialGC", "-Dlog4j2.level=OFF", "-cp"])
        .arg(format!("{}/*", kafka::kafka_libs().display()))
        .arg("org.apache.kafka.tools.consumer.ConsoleShareConsumer")
        .args([
            "--bootstrap-server",
            cluster(),
            "--topic",
            topic,
            "--group",
            group,
        ])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .start()
}

fn share_view(group: &str) -> Value {
    let run = run(on_cluster().args(["--output", "json", "share-groups", "describe", group]));
    serde_json::from_str(&run.stdout).unwrap_or(Value::Null)
}

/// partition → start offset, as kfk's share-groups lag shows them.
fn start_offsets(group: &str) -> Vec<(i64, Option<i64>)> {
    let rows = kfk_json(&["share-groups", "lag", group]);
    rows.as_array()
        .expect("rows")
        .iter()
        .map(|r| {
            (
                r["partition"].as_i64().expect("partition"),
                r["start_offset"].as_i64(),
            )
        })
        .collect()
}

#[test]
fn a_share_group_is_listed_described_and_its_offsets_moved_as_apache_shows() {
    let topic = create_topic_on(cluster(), 2, 3, "share");
    let group = unique_topic("sharers");
    let mut member = share_consumer(&topic, &group);
    await_condition("the share group is stable", Duration::from_secs(60), || {
        let view = share_view(&group);
        view["state"] == "Stable"
            && view["members"][0]["assignment"].as_array().map(Vec::len) == Some(2)
    });
    produce_keyed(cluster(), &topic, &keyed_lines(0..50));
    await_condition(
        "both partitions have a start offset",
        Duration::from_secs(60),
        || {
            let offsets = start_offsets(&group);
            offsets.len() == 2 && offsets.iter().all(|(_, start)| start.is_some())
        },
    );
    let listed = kfk_json(&["share-groups", "list"]);
    assert!(
        listed
            .as_array()
            .expect("rows")
            .iter()
            .any(|g| g["group"] == group.as_str()),
        "{listed}"
    );
    let share = "org.apache.kafka.tools.consumer.group.ShareGroupCommand";
    let theirs = kafka::apache_tool(
        cluster(),
        share,
        &["--describe", "--group", &group, "--members", "--verbose"],
    );
    let view = share_view(&group);
    let ours = &view["members"][0];
    let line = theirs
        .lines()
        .find(|l| l.contains(ours["member_id"].as_str().expect("id")))
        .expect("member row");
    let fields: Vec<&str> = line.split_whitespace().collect();
    assert_eq!(
        (fields[4], fields[5]),
        ("2", ours["member_epoch"].to_string().as_str()),
        "{theirs}"
    );

    // A member that closes leaves; the empty group's offsets can move.
    member.signal(libc::SIGTERM);
    await_condition("the share group is empty", Duration::from_secs(60), || {
        share_view(&group)["state"] == "Empty"
    });
    let preview = run_ok(on_cluster().args([
        "share-groups",
        "reset-offsets",
        &group,
        "-t",
        &topic,
        "--to-earliest",
    ]));
    assert!(preview.stderr.contains("dry run"), "{}", preview.stderr);
    run_ok(on_cluster().args([
        "share-groups",
        "reset-offsets",
        &group,
        "-t",
        &topic,
        "--to-earliest",
        "--execute",
    ]));
    assert_eq!(start_offsets(&group), [(0, Some(0)), (1, Some(0))]);
    let theirs = kafka::apache_tool(cluster(), share, &["--describe", "--group", &group]);
    for partition in 0..2 {
        let row = theirs.lines().find(|l| {
            let f: Vec<&str> = l.split_whitespace().collect();
            f.len() >= 4 && f[1] == topic && f[2] == partition.to_string()
        });
        assert_eq!(
            row.map(|r| r.split_whitespace().nth(3)),
            Some(Some("0")),
            "{theirs}"
        );
    }
    run_ok(on_cluster().args([
        "share-groups",
        "delete-offsets",
        &group,
        "-t",
        &topic,
        "--execute",
    ]));
    assert_eq!(start_offsets(&group), []);
}
