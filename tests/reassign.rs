//! `kfk reassign` on three brokers, beside Apache's `kafka-reassign-partitions`: kfk's
//! plan moves replicas off a broker with the throttle set and removed, and Apache's
//! `--verify` finds it complete; Apache's generated plan is applied by kfk; a throttled
//! move shows in `status` and is cancelled.

mod common;

use std::collections::BTreeMap;
use std::process::Command;
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

const REASSIGN: &str = "org.apache.kafka.tools.reassign.ReassignPartitionsCommand";

fn apache(args: &[&str]) -> String {
    kafka::apache_tool(cluster(), REASSIGN, args)
}

/// partition → replicas, as `topics describe` shows them.
fn replicas(topic: &str) -> BTreeMap<i64, Vec<i64>> {
    let described = kfk_json(&["topics", "describe", topic]);
    described["partitions"]
        .as_array()
        .expect("partitions")
        .iter()
        .map(|p| {
            let ids = p["replicas"].as_array().expect("replicas");
            (
                p["partition"].as_i64().expect("partition"),
                ids.iter().filter_map(Value::as_i64).collect(),
            )
        })
        .collect()
}

/// The brokers' replication throttle is one setting of the cluster: a test that sets or
/// removes it (execute, verify --execute, cancel) holds this, so that another's removal
/// does not land between its own set and check.
static BROKER_THROTTLE: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn hold_throttle() -> std::sync::MutexGuard<'static, ()> {
    BROKER_THROTTLE
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Whether broker 1's replication throttle rate is set.
fn throttled(broker: &str) -> bool {
    let configs = kfk_json(&["cluster", "config", "--broker", broker]);
    configs[0]["configs"]
        .as_array()
        .expect("configs")
        .iter()
        .any(|c| c["name"] == "leader.replication.throttled.rate")
}

fn await_complete(plan: &std::path::Path) {
    await_condition("the plan is complete", Duration::from_secs(60), || {
        run(on_cluster().args(["reassign", "verify"]).arg(plan)).code == 0
    });
}

#[test]
fn kfks_plan_moves_replicas_off_a_broker_and_apache_verifies_it() {
    let _throttle = hold_throttle();
    let topic = create_topic_on(cluster(), 6, 2, "reassign-off");
    produce_keyed(cluster(), &topic, &keyed_lines(0..600));
    let dir = tempfile::tempdir().expect("tempdir");
    let generated =
        run_ok(on_cluster().args(["reassign", "generate", "-t", &topic, "--broker-ids", "1,2"]));
    assert!(
        generated.stderr.contains("replicas per broker"),
        "{}",
        generated.stderr
    );
    let plan = dir.path().join("plan.json");
    std::fs::write(&plan, &generated.stdout).expect("plan");
    let preview = run_ok(on_cluster().args(["reassign", "execute"]).arg(&plan));
    assert!(
        preview.stderr.contains("dry run: would move"),
        "{}",
        preview.stderr
    );
    assert_eq!(
        run(on_cluster().args(["reassign", "verify"]).arg(&plan)).code,
        3,
        "not started"
    );

    let executed = run_ok(
        on_cluster()
            .current_dir(dir.path())
            .args(["reassign", "execute"])
            .arg(&plan)
            .args(["--throttle", "50MB", "--execute"]),
    );
    assert!(
        executed.stderr.contains("rollback plan: "),
        "{}",
        executed.stderr
    );
    let rollback: Vec<_> = std::fs::read_dir(dir.path())
        .expect("dir")
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with("kfk-rollback-"))
        .collect();
    assert_eq!(rollback.len(), 1);
    await_complete(&plan);
    for replicas in replicas(&topic).values() {
        assert!(replicas.iter().all(|b| *b == 1 || *b == 2), "{replicas:?}");
    }
    assert!(throttled("1"), "the throttle stays until verify --execute");
    let kept = run_ok(on_cluster().args(["reassign", "verify"]).arg(&plan));
    assert!(
        kept.stderr.contains("the throttle remains"),
        "{}",
        kept.stderr
    );
    run_ok(
        on_cluster()
            .args(["reassign", "verify"])
            .arg(&plan)
            .arg("--execute"),
    );
    assert!(!throttled("1") && !throttled("2") && !throttled("3"));
    let theirs = apache(&[
        "--verify",
        "--reassignment-json-file",
        &plan.display().to_string(),
    ]);
    for partition in 0..6 {
        assert!(
            theirs.contains(&format!(
                "Reassignment of partition {topic}-{partition} is completed."
            )),
            "{theirs}"
        );
    }
    assert_eq_sorted(
        &stored_values(cluster(), &topic, "read_committed"),
        &keyed_values(0..600),
    );
}

fn assert_eq_sorted(ours: &[String], wanted: &[String]) {
    let mut ours = ours.to_vec();
    ours.sort();
    let mut wanted = wanted.to_vec();
    wanted.sort();
    assert_eq!(ours, wanted);
}

#[test]
fn apaches_generated_plan_is_applied_by_kfk() {
    let _throttle = hold_throttle();
    let topic = create_topic_on(cluster(), 4, 2, "reassign-apache");
    let dir = tempfile::tempdir().expect("tempdir");
    let topics = dir.path().join("topics.json");
    std::fs::write(
        &topics,
        format!("{{\"topics\":[{{\"topic\":\"{topic}\"}}],\"version\":1}}"),
    )
    .expect("topics");
    let text = apache(&[
        "--generate",
        "--topics-to-move-json-file",
        &topics.display().to_string(),
        "--broker-list",
        "2,3",
    ]);
    let proposed = text
        .lines()
        .skip_while(|l| !l.starts_with("Proposed"))
        .nth(1)
        .expect("proposed plan");
    let plan = dir.path().join("plan.json");
    std::fs::write(&plan, proposed).expect("plan");
    run_ok(
        on_cluster()
            .current_dir(dir.path())
            .args(["reassign", "execute"])
            .arg(&plan)
            .arg("--execute"),
    );
    await_complete(&plan);
    let wanted: Value = serde_json::from_str(proposed).expect("JSON");
    for p in wanted["partitions"].as_array().expect("partitions") {
        let ids: Vec<i64> = p["replicas"]
            .as_array()
            .expect("replicas")
            .iter()
            .filter_map(Value::as_i64)
            .collect();
        assert_eq!(
            replicas(&topic)[&p["partition"].as_i64().expect("partition")],
            ids
        );
    }
}

#[test]
fn a_throttled_move_shows_its_progress_and_is_cancelled() {
    let _throttle = hold_throttle();
    let topic = create_topic_on(cluster(), 1, 1, "reassign-slow");
    let big: String = (0..8000)
        .map(|i| format!("k{i}:{}\n", "x".repeat(500)))
        .collect();
    produce_keyed(cluster(), &topic, &big);
    let from = replicas(&topic)[&0][0];
    let to = if from == 1 { 2 } else { 1 };
    let dir = tempfile::tempdir().expect("tempdir");
    let plan = dir.path().join("plan.json");
    std::fs::write(&plan, format!(
        "{{\"version\":1,\"partitions\":[{{\"topic\":\"{topic}\",\"partition\":0,\"replicas\":[{to}]}}]}}"
    )).expect("plan");
    // 3 MB more at 1 KB/s: the move is still running when the test looks.
    run_ok(
        on_cluster()
            .current_dir(dir.path())
            .args(["reassign", "execute"])
            .arg(&plan)
            .args(["--throttle", "1KB", "--execute"]),
    );
    let status = kfk_json(&["reassign", "status"]);
    let ours = status
        .as_array()
        .expect("rows")
        .iter()
        .find(|r| r["topic"] == topic.as_str())
        .unwrap_or_else(|| panic!("{status}"))
        .clone();
    assert_eq!(ours["adding"], serde_json::json!([to]));
    assert_eq!(ours["removing"], serde_json::json!([from]));
    assert_eq!(ours["copied"][0]["broker"], to);
    let again = run(on_cluster()
        .args(["reassign", "execute"])
        .arg(&plan)
        .arg("--execute"));
    assert_eq!(again.code, 2, "{}", again.stderr);
    assert!(
        again.stderr.contains("is being reassigned already"),
        "{}",
        again.stderr
    );

    let preview = run_ok(on_cluster().args(["reassign", "cancel"]).arg(&plan));
    assert!(
        preview
            .stderr
            .contains("dry run: would cancel 1 reassignment"),
        "{}",
        preview.stderr
    );
    run_ok(
        on_cluster()
            .args(["reassign", "cancel"])
            .arg(&plan)
            .arg("--execute"),
    );
    await_condition("the move is gone", Duration::from_secs(30), || {
        kfk_json(&["reassign", "status"])
            .as_array()
            .is_some_and(|rows| !rows.iter().any(|r| r["topic"] == topic.as_str()))
    });
    assert_eq!(replicas(&topic)[&0], [from]);
    assert!(!throttled(&to.to_string()), "cancel removes the throttle");
}

#[test]
fn a_plan_naming_an_unknown_broker_or_partition_is_refused() {
    let topic = create_topic_on(cluster(), 1, 1, "reassign-bad");
    let dir = tempfile::tempdir().expect("tempdir");
    let plan = dir.path().join("plan.json");
    let write = |partition: i32, broker: i32| {
        std::fs::write(&plan, format!(
            "{{\"version\":1,\"partitions\":[{{\"topic\":\"{topic}\",\"partition\":{partition},\"replicas\":[{broker}]}}]}}"
        )).expect("plan");
    };
    write(0, 9);
    let unknown = run(on_cluster().args(["reassign", "execute"]).arg(&plan));
    assert_eq!(unknown.code, 2, "{}", unknown.stderr);
    assert_eq!(
        unknown.stderr,
        format!("error: {topic}-0: there is no broker 9\n")
    );
    write(5, 1);
    let missing = run(on_cluster().args(["reassign", "execute"]).arg(&plan));
    assert_eq!(missing.code, 2, "{}", missing.stderr);
    assert_eq!(
        missing.stderr,
        format!("error: the cluster has no partition {topic}-5\n")
    );
    std::fs::write(&plan, "{\"version\":1,\"partitions\":[{\"topic\":\"t\"}]}").expect("plan");
    let broken = run(on_cluster().args(["reassign", "execute"]).arg(&plan));
    assert_eq!(broken.code, 2, "{}", broken.stderr);
    assert!(
        broken.stderr.starts_with(&format!(
            "error: {}: not a plan: missing field",
            plan.display()
        )),
        "{}",
        broken.stderr
    );
}
