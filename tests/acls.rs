//! `kfk acls`: bad input and a cluster without an authorizer on the shared broker; ACLs
//! created, enforced and deleted on a cluster of this binary's own whose standard
//! authorizer refuses a principal without an ACL.

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
    let rows: Vec<String> = preview
        .stdout
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect();
    assert_eq!(
        rows,
        [
            "PRINCIPAL HOST OPERATION PERMISSION RESOURCE-TYPE RESOURCE-NAME PATTERN-TYPE",
            "User:alice * read allow topic orders prefixed",
            "User:alice * describe allow topic orders prefixed",
        ]
    );
    assert!(
        preview.stderr.contains("dry run: nothing was created"),
        "{}",
        preview.stderr
    );
}

#[test]
fn create_previews_as_json() {
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
fn a_cluster_without_an_authorizer_is_named_in_one_line() {
    // The suite's shared broker runs without an authorizer, as many development clusters
    // do: kfk relays the broker's reason and changes nothing.
    let created = run(kfk_on_broker()
        .args(["acls", "create", "--execute"])
        .args(ALICE_READS_ORDERS));
    assert_eq!(created.code, 1, "{}", created.stderr);
    assert_eq!(
        created.stderr,
        "error: the broker created no ACL: read: No Authorizer is configured.; describe: No Authorizer is configured.\n"
    );
    let deleted =
        run(kfk_on_broker().args(["acls", "delete", "--principal", "User:alice", "--execute"]));
    assert_eq!(deleted.code, 1, "{}", deleted.stderr);
    assert_eq!(deleted.stderr.lines().count(), 1, "{}", deleted.stderr);
    assert!(
        deleted.stderr.contains("No Authorizer is configured"),
        "{}",
        deleted.stderr
    );
}

#[test]
fn acls_are_created_enforced_and_deleted() {
    let dir = tempfile::tempdir().expect("tempdir");
    let cluster = KafkaSpec::nodes(1)
        .sasl_listener("SASL", &["PLAIN"], &[("alice", "alice-Pw-5")])
        .authorizer()
        .start(dir.path());
    let topic = unique_topic("acl-orders");
    run_ok(as_admin(&cluster).args(["topics", "create", &topic, "-p", "1", "-r", "1"]));
    run_with_stdin(
        as_admin(&cluster).args(["produce", "-t", &topic, "-q"]),
        b"secret\n",
    );
    // Without an ACL the topic is hidden from alice.
    let refused = alice_reads(&cluster, &topic);
    assert_eq!(refused.code, 1, "{}", refused.stderr);
    assert!(
        refused.stderr.contains(&format!("unknown topic '{topic}'")),
        "{}",
        refused.stderr
    );
    grant_alice_reading(&cluster, &topic);
    assert_eq!(alice_acl_operations(&cluster), ["describe", "read"]);
    let allowed = alice_reads(&cluster, &topic);
    assert_eq!(
        (allowed.code, allowed.stdout.as_str()),
        (0, "secret\n"),
        "{}",
        allowed.stderr
    );
    delete_alice_acls(&cluster, &topic);
    assert!(alice_acl_operations(&cluster).is_empty());
    assert_eq!(alice_reads(&cluster, &topic).code, 1, "the ACLs are gone");
}

/// kfk as the super user (the PLAINTEXT listener).
fn as_admin(cluster: &Cluster) -> std::process::Command {
    let mut command = kfk();
    command.args(["-b", &cluster.bootstrap]);
    command
}

/// alice reads the topic to its end over SASL/PLAIN.
fn alice_reads(cluster: &Cluster, topic: &str) -> Run {
    run(kfk()
        .args(["-b", &cluster.bootstrap_on("SASL"), "--timeout", "5s"])
        .args([
            "--security-protocol",
            "sasl_plaintext",
            "--sasl-mechanism",
            "PLAIN",
        ])
        .args(["--sasl-username", "alice", "--sasl-password", "alice-Pw-5"])
        .args(["consume", "-t", topic, "-e"]))
}

/// The operations of alice's ACLs, sorted, as `acls list` shows them.
fn alice_acl_operations(cluster: &Cluster) -> Vec<String> {
    let listed = run_ok(as_admin(cluster).args([
        "--output",
        "json",
        "acls",
        "list",
        "--principal",
        "User:alice",
    ]));
    let listed: serde_json::Value = serde_json::from_str(&listed.stdout).expect("acls JSON");
    let mut operations: Vec<String> = listed
        .as_array()
        .expect("rows")
        .iter()
        .filter_map(|r| r["operation"].as_str().map(str::to_string))
        .collect();
    operations.sort();
    operations
}

/// Grants alice READ and DESCRIBE on the topic: a preview grants nothing, --execute does.
fn grant_alice_reading(cluster: &Cluster, topic: &str) {
    let grant = [
        "--principal",
        "User:alice",
        "--operation",
        "read,describe",
        "--resource-type",
        "topic",
        "--resource-name",
        topic,
    ];
    let preview = run_ok(as_admin(cluster).args(["acls", "create"]).args(grant));
    assert!(preview.stderr.contains("dry run"), "{}", preview.stderr);
    assert_eq!(
        alice_reads(cluster, topic).code,
        1,
        "a preview grants nothing"
    );
    let created = run_ok(
        as_admin(cluster)
            .args(["acls", "create", "--execute"])
            .args(grant),
    );
    assert!(
        created.stderr.contains("created 2 of 2 ACLs"),
        "{}",
        created.stderr
    );
}

/// Deletes alice's ACLs on the topic: the preview counts them, --execute deletes them.
fn delete_alice_acls(cluster: &Cluster, topic: &str) {
    let delete = [
        "acls",
        "delete",
        "--principal",
        "User:alice",
        "--resource-name",
        topic,
    ];
    let preview = run_ok(as_admin(cluster).args(delete));
    assert!(
        preview.stderr.contains("dry run: 2 ACLs match"),
        "{}",
        preview.stderr
    );
    let deleted = run_ok(as_admin(cluster).args(delete).arg("--execute"));
    assert!(deleted.stderr.contains("deleted 2"), "{}", deleted.stderr);
}

/// `kfk cluster quorum` as alice over SASL/PLAIN: kfk's own protocol connection logs in
/// with PLAIN as librdkafka does.
fn alice_describes_the_quorum(cluster: &Cluster, password: &str) -> Run {
    run(kfk()
        .args(["-b", &cluster.bootstrap_on("SASL"), "--timeout", "5s"])
        .args(["--security-protocol", "sasl_plaintext"])
        .args(["--sasl-mechanism", "PLAIN", "--sasl-username", "alice"])
        .args(["--sasl-password", password, "cluster", "quorum"]))
}

#[test]
fn describing_the_quorum_takes_describe_on_the_cluster() {
    let dir = tempfile::tempdir().expect("tempdir");
    let cluster = KafkaSpec::nodes(1)
        .sasl_listener("SASL", &["PLAIN"], &[("alice", "alice-Pw-5")])
        .authorizer()
        .start(dir.path());
    let wrong = alice_describes_the_quorum(&cluster, "not-alices");
    assert_one_line_error(&wrong, "authentication failed at 127.0.0.1:");
    assert!(
        wrong
            .stderr
            .contains("SASL PLAIN authentication error: Authentication failed"),
        "{}",
        wrong.stderr
    );
    assert!(!wrong.stderr.contains("not-alices"), "{}", wrong.stderr);
    let refused = alice_describes_the_quorum(&cluster, "alice-Pw-5");
    assert_one_line_error(&refused, "Broker: Cluster authorization failed");
    run_ok(
        as_admin(&cluster)
            .args(["acls", "create", "--execute"])
            .args([
                "--principal",
                "User:alice",
                "--operation",
                "describe",
                "--resource-type",
                "cluster",
            ]),
    );
    let allowed = alice_describes_the_quorum(&cluster, "alice-Pw-5");
    assert_eq!(allowed.code, 0, "{}", allowed.stderr);
    assert!(allowed.stdout.starts_with("Cluster "), "{}", allowed.stdout);
}
