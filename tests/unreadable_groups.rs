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
    let cluster = KafkaSpec::nodes(1)
        .sasl_listener("SASL", &["PLAIN"], &[("reader", "reader-Pw-1")])
        .authorizer()
        .start(dir.path());
    let admin = |args: &[&str]| run_ok(kfk().args(["-b", &cluster.bootstrap]).args(args));
    let topic = unique_topic("unreadable-src");
    admin(&["topics", "create", &topic, "-p", "2", "-r", "1"]);
    produce_keyed(&cluster.bootstrap, &topic, &keyed_lines(0..10));
    let readable = unique_topic("readable-group");
    let secret = unique_topic("secret-group");
    for group in [&readable, &secret] {
        commit_earliest(&cluster.bootstrap, dir.path(), group, &topic);
    }
    // reader may describe the topic and the readable group, and nothing else.
    for (kind, name) in [("topic", topic.as_str()), ("group", readable.as_str())] {
        grant(&cluster.bootstrap, "User:reader", "describe", kind, name);
    }
    let as_reader = |args: &[&str]| {
        run(kfk()
            .args(["-b", &cluster.bootstrap_on("SASL"), "--timeout", "5s"])
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
    };
    let reason = "Broker: Group authorization failed";
    let summary = |text: &str| {
        text.lines().last().is_some_and(|l| {
            l.starts_with("error: 1 of 2 groups could not be read: ")
                && l.contains(&format!("'{secret}' ("))
                && l.contains(reason)
        })
    };

    let describe = as_reader(&["consumer-groups", "describe", &readable, &secret]);
    assert_eq!(describe.code, 3, "{}", describe.stderr);
    assert!(summary(&describe.stderr), "{}", describe.stderr);
    assert!(
        describe
            .stdout
            .contains(&format!("GROUP {readable}: state Empty")),
        "{}",
        describe.stdout
    );
    let refused = describe
        .stdout
        .lines()
        .find(|l| l.starts_with(&format!("GROUP {secret}: cannot be read: ")))
        .unwrap_or_else(|| panic!("{}", describe.stdout));
    assert!(refused.contains(reason), "{refused}");

    // Both groups are behind by the whole log (10 records); only one can be measured.
    let lag = as_reader(&[
        "--output",
        "json",
        "consumer-groups",
        "lag",
        &readable,
        &secret,
    ]);
    assert_eq!(lag.code, 3, "{}", lag.stderr);
    assert!(summary(&lag.stderr), "{}", lag.stderr);
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
            .is_some_and(|e| e.contains(reason)),
        "{secret_row}"
    );

    // The broker lists only the groups the principal may describe.
    let list = as_reader(&["--output", "json", "consumer-groups", "list"]);
    assert_eq!(list.code, 0, "{}", list.stderr);
    let listed: Value = serde_json::from_str(&list.stdout).expect("list JSON");
    let names: Vec<&str> = listed
        .as_array()
        .expect("rows")
        .iter()
        .filter_map(|r| r["group"].as_str())
        .collect();
    assert_eq!(names, [readable.as_str()]);
}
