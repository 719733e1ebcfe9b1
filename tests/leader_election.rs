//! `kfk topics elect-leaders` on three brokers that do not rebalance leaders themselves
//! (auto.leader.rebalance.enable=false): a broker's restart leaves its partitions led by
//! others, kfk's preview names exactly those, and its preferred election, like Apache's
//! `kafka-leader-election`, moves them back. An unclean election of a partition whose
//! only replica is down fails, named. The tests take turns: each restarts a broker.

mod common;

use std::collections::BTreeSet;
use std::process::Command;
use std::sync::{Mutex, OnceLock};

use common::*;
use serde_json::Value;

fn cluster() -> &'static Cluster {
    static CLUSTER: OnceLock<Cluster> = OnceLock::new();
    CLUSTER.get_or_init(|| {
        kafka::start_in_temp(KafkaSpec::nodes(3).property("auto.leader.rebalance.enable", "false"))
    })
}

/// One broker restart at a time.
static RESTARTS: Mutex<()> = Mutex::new(());

fn on_cluster() -> Command {
    let mut command = kfk();
    command.env("KFK_BROKERS", &cluster().bootstrap);
    command
}

fn kfk_json(args: &[&str]) -> Value {
    let run = run_ok(on_cluster().arg("--output").arg("json").args(args));
    serde_json::from_str(&run.stdout).unwrap_or_else(|err| panic!("{err}: {}", run.stdout))
}

/// (partition, leader, preferred replica, in-sync replicas) of each partition.
fn placements(topic: &str) -> Vec<(i64, i64, i64, Vec<i64>)> {
    let described = kfk_json(&["topics", "describe", topic]);
    let partitions = described["partitions"]
        .as_array()
        .expect("partitions")
        .clone();
    partitions
        .iter()
        .map(|p| {
            let ids = |key: &str| -> Vec<i64> {
                p[key]
                    .as_array()
                    .expect(key)
                    .iter()
                    .filter_map(Value::as_i64)
                    .collect()
            };
            (
                p["partition"].as_i64().expect("partition"),
                p["leader"].as_i64().unwrap_or(-1),
                ids("replicas")[0],
                ids("isr"),
            )
        })
        .collect()
}

/// Restarts broker `id` and waits until every partition of `topics` has it in sync again.
fn restart_broker(id: u32, topics: &[&str]) {
    cluster().kill(id);
    cluster().restart(id);
    await_condition(
        "the restarted broker is in sync",
        std::time::Duration::from_secs(60),
        || {
            topics
                .iter()
                .all(|t| placements(t).iter().all(|(_, _, _, isr)| isr.len() == 3))
        },
    );
}

/// The partitions whose leader is not their preferred replica.
fn misled(topic: &str) -> BTreeSet<i64> {
    placements(topic)
        .into_iter()
        .filter(|(_, leader, preferred, _)| leader != preferred)
        .map(|(partition, ..)| partition)
        .collect()
}

#[test]
fn a_preferred_election_moves_leaders_back_as_kafka_leader_election_does() {
    let _turn = RESTARTS.lock().unwrap_or_else(|p| p.into_inner());
    let ours = create_topic_on(&cluster().bootstrap, 6, 3, "elect-kfk");
    let theirs = create_topic_on(&cluster().bootstrap, 6, 3, "elect-apache");
    restart_broker(1, &[&ours, &theirs]);
    let moved = misled(&ours);
    assert!(
        !moved.is_empty(),
        "broker 1 led none of {ours}'s partitions"
    );

    let preview = kfk_json(&["topics", "elect-leaders", &ours]);
    let previewed: BTreeSet<i64> = preview["partitions"]
        .as_array()
        .expect("partitions")
        .iter()
        .filter_map(|p| p["partition"].as_i64())
        .collect();
    assert_eq!(previewed, moved, "{preview}");
    assert_eq!(misled(&ours), moved, "the preview moved nothing");

    let elected = kfk_json(&["topics", "elect-leaders", &ours, "--execute"]);
    for result in elected.as_array().expect("results") {
        assert_eq!(result["outcome"], "elected", "{elected}");
    }
    assert_eq!(elected.as_array().map(Vec::len), Some(moved.len()));
    assert_eq!(misled(&ours), BTreeSet::new());

    // Apache's tool on the other topic, moved by the same restart, does the same.
    let apache_moved = misled(&theirs);
    let text = kafka::apache_tool(
        &cluster().bootstrap,
        "org.apache.kafka.tools.LeaderElectionCommand",
        &[
            "--election-type",
            "PREFERRED",
            "--topic",
            &theirs,
            "--partition",
            "0",
        ],
    );
    let expected = if apache_moved.contains(&0) {
        format!("Successfully completed leader election (PREFERRED) for partitions {theirs}-0")
    } else {
        format!("Valid replica already elected for partitions {theirs}-0")
    };
    assert!(text.contains(&expected), "{text}");
    let again = run_ok(on_cluster().args(["topics", "elect-leaders", &ours]));
    assert!(
        again
            .stderr
            .contains("no preferred election needed: none of 6 partitions would move"),
        "{}",
        again.stderr
    );
}

#[test]
fn an_unclean_election_without_a_live_replica_fails_named() {
    let _turn = RESTARTS.lock().unwrap_or_else(|p| p.into_inner());
    let topic = create_topic_on(&cluster().bootstrap, 3, 1, "elect-unclean");
    let (partition, leader, ..) = placements(&topic)[0].clone();
    cluster().kill(leader as u32);
    await_condition(
        "the partition is leaderless",
        std::time::Duration::from_secs(30),
        || placements(&topic)[0].1 < 0,
    );
    let preview =
        run_ok(on_cluster().args(["topics", "elect-leaders", &topic, "--type", "unclean"]));
    let row: Vec<&str> = preview
        .stdout
        .lines()
        .nth(1)
        .expect("row")
        .split_whitespace()
        .collect();
    assert_eq!(
        row[..3],
        [topic.as_str(), &partition.to_string(), "none"],
        "{}",
        preview.stdout
    );
    let elected = run(on_cluster().args([
        "topics",
        "elect-leaders",
        &topic,
        "--type",
        "unclean",
        "--partition",
        &partition.to_string(),
        "--execute",
    ]));
    cluster().restart(leader as u32);
    assert_eq!(elected.code, 1, "{}", elected.stderr);
    assert!(
        elected
            .stderr
            .starts_with("error: no partition was elected: "),
        "{}",
        elected.stderr
    );
    assert!(
        elected.stderr.contains("not available"),
        "{}",
        elected.stderr
    );
}
