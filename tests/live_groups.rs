//! What only a real broker shows: the members of a live group and their assignments, and
//! a read_committed reader that never sees an aborted transaction's records.

mod common;

use std::process::{Command, Stdio};
use std::time::Duration;

use common::*;
use rdkafka::config::ClientConfig;
use rdkafka::producer::{BaseProducer, BaseRecord, Producer};
use serde_json::Value;

/// A `kfk consume -g` running in the background; killed by its pid when dropped.
struct Member(i32);

impl Drop for Member {
    fn drop(&mut self) {
        kill_by_pid(self.0);
    }
}

/// The group's description, or None while it does not exist yet.
fn describe(group: &str) -> Option<Value> {
    let out = run(kfk_on_broker().args(["--output", "json", "consumer-groups", "describe", group]));
    if out.code == 1 && out.stderr.contains("does not exist") {
        return None;
    }
    assert_eq!(out.code, 0, "{}", out.stderr);
    Some(serde_json::from_str(&out.stdout).expect("describe JSON"))
}

/// Starts `kfk consume -g group` on `topic` in the background with `extra` flags, and
/// waits until the group is Stable with that one member; the member and the group's view.
fn join(topic: &str, group: &str, extra: &[&str]) -> (Member, Value) {
    let mut consumer = Command::new(env!("CARGO_BIN_EXE_kfk"));
    consumer
        .env("KFK_BROKERS", brokers())
        .args([
            "consume",
            "-t",
            topic,
            "-g",
            group,
            "-X",
            "client.id=kfk-live-member",
        ])
        .args(extra)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    let member = Member(spawn_guarded(consumer));
    let mut view = Value::Null;
    await_condition(
        "the group is stable with its member",
        Duration::from_secs(30),
        || {
            view = describe(group).unwrap_or_default();
            let members = view[0]["members"].as_array().map_or(0, Vec::len);
            let assigned = view[0]["members"][0]["assignment"]
                .as_array()
                .map_or(0, Vec::len);
            view[0]["state"] == "Stable" && members == 1 && assigned > 0
        },
    );
    (member, view)
}

/// The (topic, partition) pairs of a member's assignment, sorted.
fn assignment_of(member: &Value) -> Vec<(String, i64)> {
    let mut assigned: Vec<(String, i64)> = member["assignment"]
        .as_array()
        .expect("assignment")
        .iter()
        .map(|p| {
            (
                p[0].as_str().unwrap_or_default().to_string(),
                p[1].as_i64().unwrap_or(-1),
            )
        })
        .collect();
    assigned.sort();
    assigned
}

#[test]
fn a_live_group_shows_its_members_and_their_assignments() {
    let topic = create_topic(3, "live-members");
    produce_keyed(brokers(), &topic, &keyed_lines(0..30));
    let group = unique_topic("live-group");
    let (_member, view) = join(&topic, &group, &[]);
    let member = &view[0]["members"][0];
    assert_eq!(member["client_id"], "kfk-live-member", "{view}");
    assert!(
        member["host"]
            .as_str()
            .is_some_and(|h| h.contains("127.0.0.1")),
        "{view}"
    );
    assert_eq!(
        assignment_of(member),
        [(topic.clone(), 0), (topic.clone(), 1), (topic.clone(), 2)]
    );
    let consumer_id = member["consumer_id"].as_str().expect("consumer id");
    for partition in view[0]["partitions"].as_array().expect("partitions") {
        assert_eq!(partition["consumer_id"], consumer_id, "{view}");
    }

    // The table names the member too, and an active group's offsets are not moved.
    let table = run_ok(kfk_on_broker().args(["consumer-groups", "describe", &group, "--members"]));
    assert!(table.stdout.contains("kfk-live-member"), "{}", table.stdout);
    let refused = run(kfk_on_broker().args([
        "consumer-groups",
        "reset-offsets",
        &group,
        "--topic",
        &topic,
        "--to-earliest",
        "--execute",
    ]));
    assert_eq!(refused.code, 1, "{}", refused.stderr);
    assert!(refused.stderr.contains("active"), "{}", refused.stderr);
}

#[test]
fn a_kip_848_group_consumes_and_is_described() {
    let topic = create_topic(2, "live-848");
    produce_keyed(brokers(), &topic, &keyed_lines(0..20));
    let group = unique_topic("live-848-group");
    let (member, view) = join(
        &topic,
        &group,
        &["--group-protocol", "consumer", "--from", "beginning"],
    );
    // The broker assigned the partitions with its uniform assignor.
    assert_eq!(view[0]["assignment_strategy"], "uniform", "{view}");
    assert_eq!(
        assignment_of(&view[0]["members"][0]),
        [(topic.clone(), 0), (topic.clone(), 1)]
    );
    let listed = run_ok(kfk_on_broker().args(["--output", "json", "consumer-groups", "list"]));
    let listed: Value = serde_json::from_str(&listed.stdout).expect("list JSON");
    let row = listed
        .as_array()
        .expect("rows")
        .iter()
        .find(|r| r["group"] == group.as_str())
        .cloned()
        .unwrap_or_else(|| panic!("{group} missing from {listed}"));
    assert_eq!(
        (&row["type"], &row["members"]),
        (&"consumer".into(), &1.into()),
        "{row}"
    );

    // The member read and committed everything: the group's lag (one row for the topic)
    // reaches 0.
    await_condition("the group's lag is 0", Duration::from_secs(30), || {
        let lag =
            run_ok(kfk_on_broker().args(["--output", "json", "consumer-groups", "lag", &group]));
        let rows: Value = serde_json::from_str(&lag.stdout).expect("lag JSON");
        let rows = rows.as_array().expect("rows");
        let total: Option<i64> = rows.iter().map(|r| r["lag"].as_i64()).sum();
        total == Some(0) && rows.len() == 1
    });
    drop(member);
    let refused = run(kfk_on_broker().args([
        "consume",
        "-t",
        &topic,
        "-g",
        &group,
        "--group-protocol",
        "consumer",
        "--session-timeout",
        "10s",
    ]));
    assert_eq!(refused.code, 2, "{}", refused.stderr);
    assert!(
        refused.stderr.contains("drop --session-timeout"),
        "{}",
        refused.stderr
    );
}

#[test]
fn read_committed_hides_an_aborted_transactions_records() {
    let topic = create_topic(1, "live-aborted");
    let producer: BaseProducer = ClientConfig::new()
        .set("bootstrap.servers", brokers())
        .set("transactional.id", unique_topic("live-txn"))
        .set("log_level", "0")
        .create()
        .expect("producer");
    let timeout = Duration::from_secs(10);
    producer.init_transactions(timeout).expect("init");
    for (values, commit) in [(["a1", "a2"], false), (["c1", "c2"], true)] {
        producer.begin_transaction().expect("begin");
        for value in values {
            producer
                .send(BaseRecord::<(), str>::to(&topic).payload(value))
                .map_err(|(err, _)| err)
                .expect("send");
        }
        producer.flush(timeout).expect("flush");
        if commit {
            producer.commit_transaction(timeout).expect("commit");
        } else {
            producer.abort_transaction(timeout).expect("abort");
        }
    }
    let read = |isolation: &str| {
        run_ok(kfk_on_broker().args(["consume", "-t", &topic, "-e", "--isolation", isolation]))
            .stdout
    };
    assert_eq!(read("read_committed"), "c1\nc2\n");
    assert_eq!(read("read_uncommitted"), "a1\na2\nc1\nc2\n");
}
