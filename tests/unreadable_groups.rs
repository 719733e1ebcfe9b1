//! One consumer group that cannot be read does not hide the others: `describe` and `lag`
//! give it a row of its own with the reason, the others are reported in full, and the
//! exit status is 3. The case is the usual one on a secured cluster: the principal may
//! describe one group and not the other (Apache Kafka's standard authorizer).

mod common;

use common::*;
use serde_json::Value;

#[test]
fn a_group_that_cannot_be_read_is_reported_beside_the_others() {
    let dir = tempfile::tempdir().expect("tempdir");
    let groups = Groups::new(dir.path());
    describe_shows_the_readable_group_and_why_not_the_other(&groups);
    lag_measures_the_readable_group_and_says_why_not_the_other(&groups);
    // The broker lists only the groups the principal may describe.
    let list = groups.as_reader(&["--output", "json", "consumer-groups", "list"]);
    assert_eq!(list.code, 0, "{}", list.stderr);
    let listed: Value = serde_json::from_str(&list.stdout).expect("list JSON");
    let names: Vec<&str> = listed
        .as_array()
        .expect("rows")
        .iter()
        .filter_map(|r| r["group"].as_str())
        .collect();
    assert_eq!(names, [groups.readable.as_str()]);
}

const REASON: &str = "Broker: Group authorization failed";

/// A cluster with the standard authorizer, a topic of 10 records, and two groups at its
/// start: `reader` may describe the topic and `readable`, and nothing else.
struct Groups {
    cluster: Cluster,
    readable: String,
    secret: String,
}

impl Groups {
    fn new(dir: &std::path::Path) -> Groups {
        let cluster = KafkaSpec::nodes(1)
            .sasl_listener("SASL", &["PLAIN"], &[("reader", "reader-Pw-1")])
            .authorizer()
            .start(dir);
        let topic = unique_topic("unreadable-src");
        run_ok(
            kfk()
                .args(["-b", &cluster.bootstrap])
                .args(["topics", "create", &topic, "-p", "2", "-r", "1"]),
        );
        produce_keyed(&cluster.bootstrap, &topic, &keyed_lines(0..10));
        let readable = unique_topic("readable-group");
        let secret = unique_topic("secret-group");
        for group in [&readable, &secret] {
            commit_earliest(&cluster.bootstrap, dir, group, &topic);
        }
        for (kind, name) in [("topic", topic.as_str()), ("group", readable.as_str())] {
            grant(&cluster.bootstrap, "User:reader", "describe", kind, name);
        }
        Groups {
            cluster,
            readable,
            secret,
        }
    }

    fn as_reader(&self, args: &[&str]) -> Run {
        run(kfk()
            .args(["-b", &self.cluster.bootstrap_on("SASL"), "--timeout", "5s"])
            .args([
                "--security-protocol",
                "sasl_plaintext",
                "--sasl-mechanism",
                "PLAIN",
            ])
            .args([
                "--sasl-username",
                "reader",
                "--sasl-password",
                "reader-Pw-1",
            ])
            .args(args))
    }

    /// Whether the last line sums up the one group that could not be read.
    fn summary(&self, text: &str) -> bool {
        text.lines().last().is_some_and(|l| {
            l.starts_with("error: 1 of 2 groups could not be read: ")
                && l.contains(&format!("'{}' (", self.secret))
                && l.contains(REASON)
        })
    }
}

fn describe_shows_the_readable_group_and_why_not_the_other(groups: &Groups) {
    let describe = groups.as_reader(&[
        "consumer-groups",
        "describe",
        &groups.readable,
        &groups.secret,
    ]);
    assert_eq!(describe.code, 3, "{}", describe.stderr);
    assert!(groups.summary(&describe.stderr), "{}", describe.stderr);
    let readable = format!("GROUP {}: state Empty", groups.readable);
    assert!(describe.stdout.contains(&readable), "{}", describe.stdout);
    let secret = format!("GROUP {}: cannot be read: ", groups.secret);
    let refused = describe
        .stdout
        .lines()
        .find(|l| l.starts_with(&secret))
        .unwrap_or_else(|| panic!("{}", describe.stdout));
    assert!(refused.contains(REASON), "{refused}");
}

/// Both groups are behind by the whole log (10 records); only one can be measured.
fn lag_measures_the_readable_group_and_says_why_not_the_other(groups: &Groups) {
    let (readable, secret) = (&groups.readable, &groups.secret);
    let lag = groups.as_reader(&[
        "--output",
        "json",
        "consumer-groups",
        "lag",
        readable,
        secret,
    ]);
    assert_eq!(lag.code, 3, "{}", lag.stderr);
    assert!(groups.summary(&lag.stderr), "{}", lag.stderr);
    let rows: Value = serde_json::from_str(&lag.stdout).expect("lag JSON");
    let rows = rows.as_array().expect("rows");
    let total: i64 = rows
        .iter()
        .filter(|r| r["group"] == readable.as_str())
        .filter_map(|r| r["lag"].as_i64())
        .sum();
    assert_eq!(total, 10, "{rows:?}");
    let secret_row = rows
        .iter()
        .find(|r| r["group"] == secret.as_str())
        .unwrap_or_else(|| panic!("{secret} missing from {rows:?}"));
    assert!(
        secret_row["error"]
            .as_str()
            .is_some_and(|e| e.contains(REASON)),
        "{secret_row}"
    );
}
