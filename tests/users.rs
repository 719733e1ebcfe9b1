//! `kfk users` against an Apache Kafka of this test's own, with the standard authorizer:
//! credentials are set through its PLAINTEXT listener (a super user) and each password is
//! checked by logging in with it on its SASL listener; a user with a write ACL produces,
//! and once deleted can no longer log in.

mod common;

use std::process::Command;

use common::*;

const ALICE: &str = "alice-Pw-4kq";
const BOB: &str = "bob-Pw-88z";
const ALICE_NEW: &str = "alice-Pw-new-31";

fn on(brokers: &str) -> Command {
    let mut command = kfk();
    command.args(["-b", brokers, "--timeout", "5s"]);
    command
}

fn as_user(brokers: &str, mechanism: &str, user: &str, password: &str) -> Command {
    let mut command = on(brokers);
    command.args([
        "--security-protocol",
        "sasl_plaintext",
        "--sasl-mechanism",
        mechanism,
        "--sasl-username",
        user,
        "--sasl-password",
        password,
    ]);
    command
}

fn logs_in(brokers: &str, mechanism: &str, user: &str, password: &str) -> bool {
    let result = run(as_user(brokers, mechanism, user, password).args(["topics", "list"]));
    assert!(
        result.code == 0 || result.stderr.contains("authentication failed"),
        "{}",
        result.stderr
    );
    result.code == 0
}

/// The password shows nowhere in the output.
fn assert_secret_absent(result: &Run, password: &str) {
    let all = format!("{}{}", result.stdout, result.stderr);
    assert!(!all.contains(password), "password leaked: {all}");
}

#[test]
fn passwords_are_set_from_stdin_or_env_and_checked_by_logging_in() {
    let dir = tempfile::tempdir().expect("dir");
    let cluster = KafkaSpec::nodes(1)
        .sasl_listener("SASL", &["SCRAM-SHA-256", "SCRAM-SHA-512"], &[])
        .authorizer()
        .start(dir.path());
    let admin_door = cluster.bootstrap.clone();
    let brokers = cluster.bootstrap_on("SASL");

    set_passwords(&admin_door);
    assert_credentials_listed(&admin_door);
    change_and_delete(&admin_door, &brokers);
    acls_gate_producing(&admin_door, &brokers);
    run_ok(on(&admin_door).args(["users", "delete", "alice", "--execute"]));
    assert!(!logs_in(&brokers, "SCRAM-SHA-256", "alice", ALICE_NEW));
}

/// alice's password from stdin, bob's from the environment; a dry run and a missing
/// source change nothing.
fn set_passwords(admin_door: &str) {
    let set_alice = run_with_stdin(
        on(admin_door).args([
            "users",
            "set-password",
            "alice",
            "--password-stdin",
            "--execute",
        ]),
        format!("{ALICE}\n").as_bytes(),
    );
    assert_eq!(set_alice.code, 0, "{}", set_alice.stderr);
    assert_eq!(
        set_alice.stderr.trim(),
        "note: done: set the SCRAM-SHA-256 password of user 'alice' (8192 iterations)"
    );
    assert_secret_absent(&set_alice, ALICE);
    let set_bob = run_ok(
        on(admin_door)
            .args([
                "users",
                "set-password",
                "bob",
                "--mechanism",
                "SCRAM-SHA-512",
            ])
            .args(["--password-env", "KFK_TEST_BOB", "--execute"])
            .env("KFK_TEST_BOB", BOB),
    );
    assert_secret_absent(&set_bob, BOB);
    // A dry run reads no password and changes nothing.
    let dry = run_ok(on(admin_door).args(["users", "set-password", "carol", "--password-stdin"]));
    assert!(dry
        .stderr
        .contains("dry run: would set the SCRAM-SHA-256 password of user 'carol'"));
    // With no terminal and no other source, kfk says where a password can come from.
    let no_tty = run(without_terminal(on(admin_door).args([
        "users",
        "set-password",
        "carol",
        "--execute",
    ])));
    assert_eq!(no_tty.code, 2, "{}", no_tty.stderr);
    assert_eq!(
        no_tty.stderr.trim(),
        "error: no terminal to ask for password on: give --password-stdin or --password-env NAME"
    );
}

/// `users list` shows each credential with its mechanism and iterations.
fn assert_credentials_listed(admin_door: &str) {
    let listed = run_ok(on(admin_door).args(["--output", "json", "users", "list"]));
    let users: serde_json::Value = serde_json::from_str(&listed.stdout).expect("users JSON");
    let mut credentials: Vec<(String, String, i64)> = users
        .as_array()
        .expect("users")
        .iter()
        .flat_map(|u| {
            let user = u["user"].as_str().unwrap_or_default().to_string();
            u["credentials"]
                .as_array()
                .cloned()
                .unwrap_or_default()
                .into_iter()
                .map(move |c| {
                    (
                        user.clone(),
                        c["mechanism"].as_str().unwrap_or_default().to_string(),
                        c["iterations"].as_i64().unwrap_or_default(),
                    )
                })
        })
        .collect();
    credentials.sort();
    assert_eq!(
        credentials,
        [
            ("alice".into(), "SCRAM-SHA-256".into(), 8192),
            ("bob".into(), "SCRAM-SHA-512".into(), 8192)
        ],
        "{users}"
    );
}

/// The passwords log in; only a principal with ALTER on the cluster changes one; a
/// deleted credential no longer logs in.
fn change_and_delete(admin_door: &str, brokers: &str) {
    assert!(logs_in(brokers, "SCRAM-SHA-256", "alice", ALICE));
    assert!(!logs_in(brokers, "SCRAM-SHA-256", "alice", BOB));
    assert!(logs_in(brokers, "SCRAM-SHA-512", "bob", BOB));
    assert!(!logs_in(brokers, "SCRAM-SHA-256", "carol", ALICE));

    // Changing credentials needs ALTER on the cluster, which alice lacks: her own
    // password included. kfk says what the broker asks for.
    let own = run_with_stdin(
        as_user(brokers, "SCRAM-SHA-256", "alice", ALICE).args([
            "users",
            "set-password",
            "alice",
            "--password-stdin",
            "--execute",
        ]),
        ALICE_NEW.as_bytes(),
    );
    assert_eq!(own.code, 1, "{}", own.stderr);
    assert_eq!(
        own.stderr,
        "error: could not set the SCRAM-SHA-256 password of user 'alice' (8192 iterations): \
         ClusterAuthorizationFailed (Broker: Cluster authorization failed): the principal needs ALTER permission.\n"
    );
    assert!(logs_in(brokers, "SCRAM-SHA-256", "alice", ALICE));
    let changed = run_with_stdin(
        on(admin_door).args([
            "users",
            "set-password",
            "alice",
            "--password-stdin",
            "--execute",
        ]),
        ALICE_NEW.as_bytes(),
    );
    assert_eq!(changed.code, 0, "{}", changed.stderr);
    assert!(logs_in(brokers, "SCRAM-SHA-256", "alice", ALICE_NEW));
    assert!(!logs_in(brokers, "SCRAM-SHA-256", "alice", ALICE));
    let deleted = run_ok(on(admin_door).args([
        "users",
        "delete",
        "bob",
        "--mechanism",
        "SCRAM-SHA-512",
        "--execute",
    ]));
    assert_eq!(
        deleted.stderr.trim(),
        "note: done: delete the SCRAM-SHA-512 credential of user 'bob'"
    );
    assert!(!logs_in(brokers, "SCRAM-SHA-512", "bob", BOB));
}

/// A user the authorizer knows nothing of is refused; with a write ACL it produces.
fn acls_gate_producing(admin_door: &str, brokers: &str) {
    let topic = unique_topic("users-orders");
    run_ok(on(admin_door).args(["topics", "create", &topic, "-p", "1", "-r", "1"]));
    let produce_as_alice = || {
        run_with_stdin(
            as_user(brokers, "SCRAM-SHA-256", "alice", ALICE_NEW).args(["produce", "-t", &topic]),
            b"from alice\n",
        )
    };
    // Kafka leaves a topic the principal may not describe out of a listing; asked for
    // by name, it says why.
    let hidden = produce_as_alice();
    assert_eq!(
        (hidden.code, hidden.stderr.as_str()),
        (
            1,
            format!(
                "error: not authorized to describe topic '{topic}' on the cluster: the \
                 principal needs DESCRIBE on it (and WRITE or READ to use it)\n"
            )
            .as_str()
        )
    );
    let grant = |operation: &str| grant(admin_door, "User:alice", operation, "topic", &topic);
    grant("describe");
    let refused = produce_as_alice();
    assert_eq!(refused.code, 3, "{}", refused.stderr);
    // An idempotent producer needs WRITE on some topic for its producer id (KIP-679).
    assert!(
        refused.stderr.contains("Failed to acquire idempotence PID")
            && refused
                .stderr
                .contains("Broker: Cluster authorization failed")
            && refused
                .stderr
                .ends_with("error: 1 of 1 record was not delivered\n"),
        "{}",
        refused.stderr
    );
    assert!(stored_values(admin_door, &topic, "read_uncommitted").is_empty());
    grant("write");
    let produced = produce_as_alice();
    assert_eq!(produced.code, 0, "{}", produced.stderr);
    assert_eq!(
        stored_values(admin_door, &topic, "read_uncommitted"),
        ["from alice"]
    );
}
