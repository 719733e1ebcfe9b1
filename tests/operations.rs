//! Kafka 4 operations that librdkafka has no API for, answered by kfk's own protocol
//! client, on a three-node Apache Kafka cluster, each beside the Apache tool that shows
//! the same: the metadata quorum (`kafka-metadata-quorum`), log dirs (`kafka-log-dirs`)
//! and client quotas (`kafka-configs`).

mod common;

use std::collections::BTreeMap;
use std::process::Command;

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

fn apache(class: &str, args: &[&str]) -> String {
    kafka::apache_tool(cluster(), class, args)
}

const QUORUM: &str = "org.apache.kafka.tools.MetadataQuorumCommand";

/// "Key: value" lines of `kafka-metadata-quorum describe --status`.
fn apache_status() -> BTreeMap<String, String> {
    apache(QUORUM, &["describe", "--status"])
        .lines()
        .filter_map(|line| line.split_once(':'))
        .map(|(key, value)| (key.trim().to_string(), value.trim().to_string()))
        .collect()
}

#[test]
fn the_quorum_shows_what_kafka_metadata_quorum_shows() {
    let theirs = apache_status();
    let ours = kfk_json(&["cluster", "quorum"]);
    let after = apache_status();
    assert_eq!(
        ours["cluster_id"].as_str(),
        theirs.get("ClusterId").map(String::as_str)
    );
    assert_eq!(ours["leader"].to_string(), theirs["LeaderId"]);
    assert_eq!(ours["epoch"].to_string(), theirs["LeaderEpoch"]);
    // The high watermark grows all the time (the leader writes a record every 500 ms):
    // kfk's, asked between Apache's two, lies between theirs.
    let watermark = ours["high_watermark"].as_i64().expect("high watermark");
    let watermarks = [&theirs, &after].map(|s| s["HighWatermark"].parse::<i64>().expect("hw"));
    assert!(
        (watermarks[0]..=watermarks[1]).contains(&watermark),
        "{watermark} outside {watermarks:?}"
    );
    // The voters with their endpoints: Apache prints them as JSON-like objects.
    let voters = ours["voters"].as_array().expect("voters");
    let ids: Vec<i64> = voters.iter().filter_map(|v| v["node"].as_i64()).collect();
    assert_eq!(ids.len(), 3, "{ours}");
    for voter in voters {
        let endpoint = voter["endpoints"][0].as_str().expect("endpoint");
        let shown = format!("{{\"id\": {}, ", voter["node"]);
        assert!(theirs["CurrentVoters"].contains(&shown), "{theirs:?}");
        assert!(
            theirs["CurrentVoters"].contains(endpoint),
            "{endpoint}: {theirs:?}"
        );
    }
    assert_eq!(voters[0]["role"], "leader");
    assert_eq!(voters[0]["node"], ours["leader"]);
    assert_eq!(ours["observers"], Value::Array(Vec::new()), "{ours}");
}

#[test]
fn the_quorum_table_lists_each_voter_with_its_role_like_the_replication_view() {
    let theirs = apache(QUORUM, &["describe", "--replication"]);
    let roles: BTreeMap<String, String> = theirs
        .lines()
        .skip(1)
        .filter_map(|line| {
            let fields: Vec<&str> = line.split_whitespace().collect();
            Some((fields.first()?.to_string(), fields.last()?.to_lowercase()))
        })
        .collect();
    let table = run_ok(on_cluster().args(["cluster", "quorum"]));
    let mut lines = table.stdout.lines();
    let summary = lines.next().expect("summary");
    assert!(summary.starts_with("Cluster "), "{}", table.stdout);
    assert!(summary.contains(", epoch "), "{summary}");
    let header: Vec<&str> = lines.next().expect("header").split_whitespace().collect();
    assert_eq!(header[..4], ["NODE", "ROLE", "LOG", "END"]);
    let ours: BTreeMap<String, String> = lines
        .filter_map(|line| {
            let fields: Vec<&str> = line.split_whitespace().collect();
            Some((fields.first()?.to_string(), fields.get(1)?.to_string()))
        })
        .collect();
    assert_eq!(ours, roles, "kfk:\n{}\nApache:\n{theirs}", table.stdout);
}

const LOG_DIRS: &str = "org.apache.kafka.tools.LogDirsCommand";

/// (broker, dir, "topic-partition") → size, from a log-dirs answer in Apache's JSON or
/// kfk's.
type Sizes = BTreeMap<(i64, String, String), i64>;

fn apache_sizes(topic: &str) -> Sizes {
    let text = apache(LOG_DIRS, &["--describe", "--topic-list", topic]);
    let json = text
        .lines()
        .find(|l| l.starts_with('{'))
        .expect("JSON line");
    let answer: Value = serde_json::from_str(json).expect("Apache's JSON");
    let mut sizes = Sizes::new();
    for broker in answer["brokers"].as_array().expect("brokers") {
        for dir in broker["logDirs"].as_array().expect("logDirs") {
            for partition in dir["partitions"].as_array().expect("partitions") {
                let key = (
                    broker["broker"].as_i64().expect("broker"),
                    dir["logDir"].as_str().expect("logDir").to_string(),
                    partition["partition"]
                        .as_str()
                        .expect("partition")
                        .to_string(),
                );
                sizes.insert(key, partition["size"].as_i64().expect("size"));
            }
        }
    }
    sizes
}

fn kfk_sizes(answer: &Value) -> Sizes {
    let mut sizes = Sizes::new();
    for broker in answer.as_array().expect("brokers") {
        for dir in broker["dirs"].as_array().expect("dirs") {
            for replica in dir["replicas"].as_array().expect("replicas") {
                let key = (
                    broker["broker"].as_i64().expect("broker"),
                    dir["dir"].as_str().expect("dir").to_string(),
                    format!(
                        "{}-{}",
                        replica["topic"].as_str().expect("topic"),
                        replica["partition"]
                    ),
                );
                sizes.insert(key, replica["size"].as_i64().expect("size"));
            }
        }
    }
    sizes
}

#[test]
fn log_dirs_show_each_replicas_size_as_kafka_log_dirs_does() {
    let topic = create_topic_on(cluster(), 3, 2, "log-dirs");
    produce_keyed(cluster(), &topic, &keyed_lines(0..3000));
    let answer = kfk_json(&["cluster", "log-dirs", "--topic", &topic]);
    let ours = kfk_sizes(&answer);
    // 3 partitions of 2 replicas each, spread over the 3 brokers, all holding data.
    assert_eq!(ours.len(), 6, "{answer}");
    assert!(ours.values().all(|&size| size > 0), "{ours:?}");
    assert_eq!(ours, apache_sizes(&topic));
    for broker in answer.as_array().expect("brokers") {
        let dir = &broker["dirs"][0];
        let total: i64 = dir["replicas"]
            .as_array()
            .expect("replicas")
            .iter()
            .filter_map(|r| r["size"].as_i64())
            .sum();
        assert_eq!(dir["size"].as_i64(), Some(total), "{dir}");
        assert!(
            dir["usable_bytes"].as_i64() <= dir["total_bytes"].as_i64(),
            "{dir}"
        );
    }
}

#[test]
fn log_dirs_of_one_broker_list_its_replicas_in_a_table() {
    let topic = create_topic_on(cluster(), 2, 3, "log-dirs-table");
    produce_keyed(cluster(), &topic, &keyed_lines(0..100));
    let table = run_ok(on_cluster().args([
        "cluster",
        "log-dirs",
        "--broker",
        "2",
        "--topic",
        &topic,
        "--replicas",
    ]));
    let rows: Vec<Vec<&str>> = table
        .stdout
        .lines()
        .skip(1)
        .map(|l| l.split_whitespace().collect())
        .collect();
    assert_eq!(rows.len(), 2, "{}", table.stdout);
    for (partition, row) in rows.iter().enumerate() {
        assert_eq!(row[0], "2");
        assert_eq!(
            (row[2], row[3]),
            (topic.as_str(), partition.to_string().as_str())
        );
    }
    let unknown = run(on_cluster().args(["cluster", "log-dirs", "--broker", "9"]));
    assert_eq!(unknown.code, 2, "{}", unknown.stderr);
    assert_eq!(
        unknown.stderr,
        "error: there is no broker 9: the cluster's brokers are 1, 2, 3\n"
    );
    let missing = unique_topic("no-such");
    let absent = run(on_cluster().args(["cluster", "log-dirs", "--topic", &missing]));
    assert_eq!(absent.code, 1, "{}", absent.stderr);
    assert_eq!(
        absent.stderr,
        format!("error: unknown topic '{missing}': it does not exist on the cluster\n")
    );
}

const CONFIGS: &str = "kafka.admin.ConfigCommand";

/// The quotas `kafka-configs --describe` shows for one entity, as "key=value" sorted.
fn apache_quotas(entity: &[&str]) -> Vec<String> {
    let mut args = vec!["--describe"];
    args.extend_from_slice(entity);
    let text = apache(CONFIGS, &args);
    let line = text.lines().find(|l| l.starts_with("Quota configs for"));
    let mut quotas: Vec<String> = line
        .and_then(|l| l.split_once(" are "))
        .map(|(_, list)| list.split(", ").map(String::from).collect())
        .unwrap_or_default();
    quotas.sort();
    quotas
}

#[test]
fn quotas_set_by_kfk_are_what_kafka_configs_describes() {
    let user = unique_topic("quota-user");
    let entity = ["--entity-type", "users", "--entity-name", &user];
    let alter = |extra: &[&str]| {
        run_ok(
            on_cluster()
                .args(["quotas", "alter", "--user", &user])
                .args(extra),
        )
    };
    let preview = alter(&[
        "--set",
        "producer_byte_rate=1048576",
        "--set",
        "consumer_byte_rate=2048",
    ]);
    assert!(
        preview
            .stderr
            .contains("dry run: the broker accepts this change"),
        "{}",
        preview.stderr
    );
    assert_eq!(
        apache_quotas(&entity),
        Vec::<String>::new(),
        "the preview changed nothing"
    );
    alter(&[
        "--set",
        "producer_byte_rate=1048576",
        "--set",
        "consumer_byte_rate=2048",
        "--execute",
    ]);
    assert_eq!(
        apache_quotas(&entity),
        ["consumer_byte_rate=2048.0", "producer_byte_rate=1048576.0"]
    );
    let deleted = alter(&["--delete", "consumer_byte_rate", "--execute"]);
    assert!(
        deleted
            .stderr
            .contains(&format!("changed 1 quota of user '{user}'")),
        "{}",
        deleted.stderr
    );
    assert_eq!(apache_quotas(&entity), ["producer_byte_rate=1048576.0"]);
    let refused = run(on_cluster().args([
        "quotas",
        "alter",
        "--user",
        &user,
        "--set",
        "consumer_byte_rate=2.5",
    ]));
    assert_eq!(refused.code, 1, "{}", refused.stderr);
    assert!(
        refused
            .stderr
            .contains("consumer_byte_rate cannot be a fractional value"),
        "{}",
        refused.stderr
    );
}

#[test]
fn quotas_set_by_kafka_configs_are_listed_by_kfk_defaults_included() {
    let client = unique_topic("quota-client");
    apache(
        CONFIGS,
        &[
            "--alter",
            "--add-config",
            "request_percentage=50",
            "--entity-type",
            "users",
            "--entity-default",
            "--entity-type",
            "clients",
            "--entity-name",
            &client,
        ],
    );
    let listed = kfk_json(&["quotas", "list", "--user-default", "--client-id", &client]);
    assert_eq!(
        listed,
        serde_json::json!([{
            "entity": {"user": null, "client-id": client},
            "quotas": {"request_percentage": 50.0}
        }])
    );
    let table = run_ok(on_cluster().args(["quotas", "list", "--client-id", &client]));
    let row: Vec<&str> = table
        .stdout
        .lines()
        .nth(1)
        .expect("row")
        .split_whitespace()
        .collect();
    assert_eq!(
        row,
        ["<default>", client.as_str(), "50"],
        "{}",
        table.stdout
    );
}

/// librdkafka's mock cluster serves none of these APIs: each command names the API and
/// the Kafka release that brought it, at once.
#[test]
fn a_cluster_without_the_api_is_named_with_the_release_that_serves_it() {
    let mock = rdkafka::mocking::MockCluster::new(1).expect("mock cluster");
    let brokers = mock.bootstrap_servers();
    for (args, expected) in [
        (
            &["cluster", "quorum"][..],
            "does not serve DescribeQuorum (Apache Kafka 3.3 (KRaft) and later serve it)",
        ),
        (
            &["quotas", "list"][..],
            "does not serve DescribeClientQuotas (Apache Kafka 2.6 and later serve it)",
        ),
        (
            &["transactions", "list"][..],
            "does not serve ListTransactions (Apache Kafka 3.0 and later serve it)",
        ),
    ] {
        let started = std::time::Instant::now();
        let result = run(kfk_on(&brokers).args(args));
        assert_one_line_error(&result, expected);
        assert!(
            started.elapsed() < std::time::Duration::from_secs(10),
            "{args:?}"
        );
    }
}
