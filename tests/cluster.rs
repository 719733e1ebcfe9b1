//! `kfk cluster` on the test broker, which serves DescribeCluster.

mod common;

use common::*;
use serde_json::Value;

#[test]
fn the_cluster_shows_its_id_controller_brokers_and_counts() {
    create_topic(3, "cluster-counts");
    let json = run_ok(kfk_on_broker().args(["cluster", "--output", "json"]));
    let overview: Value = serde_json::from_str(&json.stdout).expect("cluster JSON");
    assert!(
        overview["cluster_id"]
            .as_str()
            .is_some_and(|id| !id.is_empty()),
        "{overview}"
    );
    let nodes = overview["brokers"].as_array().expect("brokers");
    let addresses: Vec<String> = nodes
        .iter()
        .map(|b| format!("{}:{}", b["host"].as_str().unwrap_or(""), b["port"]))
        .collect();
    assert!(addresses.iter().any(|a| a == brokers()), "{addresses:?}");
    let controller = overview["controller"].as_i64().expect("controller");
    let marked: Vec<i64> = nodes
        .iter()
        .filter(|b| b["controller"] == true)
        .filter_map(|b| b["id"].as_i64())
        .collect();
    assert_eq!(marked, [controller]);
    // Other tests create topics meanwhile: this one's three partitions are counted.
    let topics = overview["topics"].as_u64().expect("topics");
    let partitions = overview["partitions"].as_u64().expect("partitions");
    assert!(topics >= 1 && partitions >= topics + 2, "{overview}");
    assert_eq!(overview["under_replicated_partitions"], 0);

    let table = run_ok(kfk_on_broker().arg("cluster"));
    let first = table.stdout.lines().next().unwrap_or("");
    assert!(
        first.starts_with(&format!(
            "Cluster {}, controller {controller}, ",
            overview["cluster_id"].as_str().unwrap_or("")
        )),
        "{}",
        table.stdout
    );
    assert!(table.stderr.is_empty(), "{}", table.stderr);
}
