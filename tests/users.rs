//! `kfk users` against a nisshi of this test's own: credentials are set on an open broker,
//! which then restarts requiring SASL, so each password is checked by logging in with it.
//! nisshi stores SCRAM credentials but describes none.

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
    let port = free_port();
    let brokers = format!("127.0.0.1:{port}");
    let open = Nisshi::start(dir.path(), port, &brokers, &[]);

    let set_alice = run_with_stdin(
        on(&brokers).args([
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
        on(&brokers)
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
    let dry = run_ok(on(&brokers).args(["users", "set-password", "carol", "--password-stdin"]));
    assert!(dry
        .stderr
        .contains("dry run: would set the SCRAM-SHA-256 password of user 'carol'"));
    // With no terminal and no other source, kfk says where a password can come from.
    let no_tty = run(without_terminal(on(&brokers).args([
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
    let listed = run_ok(on(&brokers).args(["--output", "json", "users", "list"]));
    let users: serde_json::Value = serde_json::from_str(&listed.stdout).expect("users JSON");
    assert!(users.is_array(), "{users}");

    open.stop();
    let secured = Nisshi::start(dir.path(), port, &brokers, &["--authentication"]);
    assert!(logs_in(&brokers, "SCRAM-SHA-256", "alice", ALICE));
    assert!(!logs_in(&brokers, "SCRAM-SHA-256", "alice", BOB));
    assert!(logs_in(&brokers, "SCRAM-SHA-512", "bob", BOB));
    assert!(!logs_in(&brokers, "SCRAM-SHA-256", "carol", ALICE));

    // alice changes her own password, then removes bob's credential.
    let changed = run_with_stdin(
        as_user(&brokers, "SCRAM-SHA-256", "alice", ALICE).args([
            "users",
            "set-password",
            "alice",
            "--password-stdin",
            "--execute",
        ]),
        ALICE_NEW.as_bytes(),
    );
    assert_eq!(changed.code, 0, "{}", changed.stderr);
    assert!(logs_in(&brokers, "SCRAM-SHA-256", "alice", ALICE_NEW));
    assert!(!logs_in(&brokers, "SCRAM-SHA-256", "alice", ALICE));
    let deleted = run_ok(
        as_user(&brokers, "SCRAM-SHA-256", "alice", ALICE_NEW).args([
            "users",
            "delete",
            "bob",
            "--mechanism",
            "SCRAM-SHA-512",
            "--execute",
        ]),
    );
    assert_eq!(
        deleted.stderr.trim(),
        "note: done: delete the SCRAM-SHA-512 credential of user 'bob'"
    );
    assert!(!logs_in(&brokers, "SCRAM-SHA-512", "bob", BOB));
    secured.stop();
}
