//! `kfk acls` on the test broker. It serves DescribeAcls (always with no ACLs), answers
//! CreateAcls with an empty result that librdkafka cannot read, and lacks DeleteAcls.

mod common;

use common::*;

const ALICE_READS_ORDERS: [&str; 10] = [
    "--principal",
    "User:alice",
    "--operation",
    "read,describe",
    "--resource-type",
    "topic",
    "--resource-name",
    "orders",
    "--pattern-type",
    "prefixed",
];

#[test]
fn list_shows_what_the_broker_has() {
    let table = run_ok(kfk_on_broker().args(["acls", "list", "--principal", "User:alice"]));
    assert_eq!(table.stdout, "");
    assert!(table.stderr.contains("no ACLs match"), "{}", table.stderr);
    let json = run_ok(kfk_on_broker().args(["--output", "json", "acls", "list"]));
    assert_eq!(json.stdout.trim(), "[]");
}

#[test]
fn create_previews_one_acl_per_operation() {
    let preview = run_ok(
        kfk_on_broker()
            .args(["acls", "create"])
            .args(ALICE_READS_ORDERS),
    );
    let rows: Vec<Vec<&str>> = preview
        .stdout
        .lines()
        .map(|l| l.split_whitespace().collect())
        .collect();
    assert_eq!(
        rows,
        [
            vec![
                "PRINCIPAL",
                "HOST",
                "OPERATION",
                "PERMISSION",
                "RESOURCE-TYPE",
                "RESOURCE-NAME",
                "PATTERN-TYPE"
            ],
            vec![
                "User:alice",
                "*",
                "read",
                "allow",
                "topic",
                "orders",
                "prefixed"
            ],
            vec![
                "User:alice",
                "*",
                "describe",
                "allow",
                "topic",
                "orders",
                "prefixed"
            ],
        ]
    );
    assert!(
        preview.stderr.contains("dry run: nothing was created"),
        "{}",
        preview.stderr
    );

    let json = run_ok(
        kfk_on_broker()
            .args([
                "--output",
                "json",
                "acls",
                "create",
                "--resource-type",
                "cluster",
            ])
            .args([
                "--principal",
                "User:ops",
                "--operation",
                "describe-configs",
                "--permission",
                "deny",
            ]),
    );
    let acls: serde_json::Value = serde_json::from_str(&json.stdout).expect("create JSON");
    assert_eq!(
        acls,
        serde_json::json!([{
            "principal": "User:ops", "host": "*", "operation": "describe-configs",
            "permission": "deny", "resource_type": "cluster",
            "resource_name": "kafka-cluster", "pattern_type": "literal"
        }])
    );
}

#[test]
fn bad_acls_are_refused_before_anything_is_sent() {
    let cases: [(&[&str], &str); 3] = [
        (
            &[
                "--principal",
                "alice",
                "--operation",
                "read",
                "--resource-type",
                "topic",
                "--resource-name",
                "t",
            ],
            "principal 'alice' has no type: write it as User:alice",
        ),
        (
            &[
                "--principal",
                "User:a",
                "--operation",
                "read",
                "--resource-type",
                "group",
            ],
            "an ACL on a group needs --resource-name",
        ),
        (
            &[
                "--principal",
                "User:a",
                "--operation",
                "read",
                "--resource-type",
                "topic",
                "--resource-name",
                "t",
                "--pattern-type",
                "match",
            ],
            "an ACL's pattern type is literal or prefixed, not match",
        ),
    ];
    for (args, error) in cases {
        let refused = run(kfk_on_broker()
            .args(["acls", "create", "--execute"])
            .args(args));
        assert_eq!(refused.code, 2, "{args:?}: {}", refused.stderr);
        assert_eq!(refused.stderr.trim(), format!("error: {error}"), "{args:?}");
    }
    let everything =
        run(kfk_on_broker().args(["acls", "delete", "--operation", "read", "--execute"]));
    assert_eq!(everything.code, 2, "{}", everything.stderr);
    assert!(
        everything
            .stderr
            .contains("kfk does not delete every ACL at once"),
        "{}",
        everything.stderr
    );
}

#[test]
fn create_and_delete_fail_cleanly_where_the_broker_cannot_serve_them() {
    // librdkafka stops on the broker's empty CreateAcls answer; kfk says so in one line.
    let created = run(kfk_on_broker()
        .args(["acls", "create", "--execute"])
        .args(ALICE_READS_ORDERS));
    assert_eq!(created.code, 1, "{}", created.stderr);
    assert_eq!(created.stderr.lines().count(), 1, "{}", created.stderr);
    assert!(
        created.stderr.starts_with(
            "error: creating ACLs (kfk acls list shows which exist): librdkafka could not read the broker's answer"
        ),
        "{}",
        created.stderr
    );

    let preview = run_ok(kfk_on_broker().args(["acls", "delete", "--principal", "User:alice"]));
    assert!(
        preview.stderr.contains("dry run: 0 ACLs match"),
        "{}",
        preview.stderr
    );
    let deleted =
        run(kfk_on_broker().args(["acls", "delete", "--principal", "User:alice", "--execute"]));
    assert_eq!(deleted.code, 1, "{}", deleted.stderr);
    assert_eq!(
        deleted.stderr.trim(),
        "error: deleting ACLs: ACLs Admin API (KIP-140) not supported by broker, requires broker version >= 0.11.0.0"
    );
}
