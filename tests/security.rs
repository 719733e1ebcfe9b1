//! TLS and SASL end to end, against an Apache Kafka of this binary's own with three
//! listeners: PLAINTEXT (unused here), SSL with a PEM certificate for "localhost" only,
//! signed by a throwaway CA that openssl makes at test time, and SASL_PLAINTEXT taking
//! SCRAM-SHA-256 and -512, with alice and bob created when the storage is formatted.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use common::*;

const ALICE_PASSWORD: &str = "alice-Pw-7QzK";
const BOB_PASSWORD: &str = "bob-Pw-m2Xr9";

struct Tls {
    dir: tempfile::TempDir,
    /// The SSL listener's port.
    port: u16,
    /// The SASL listener's bootstrap address.
    sasl: String,
    _cluster: Cluster,
}

impl Tls {
    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }
}

fn openssl(dir: &Path, args: &[&str]) {
    let output = Command::new("openssl")
        .args(args)
        .current_dir(dir)
        .output()
        .expect("openssl (Debian package openssl)");
    assert!(
        output.status.success(),
        "openssl {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// A CA, a server certificate for "localhost" only, and a second, unrelated CA.
fn make_certificates(dir: &Path) {
    let words = |line: &str| {
        line.split_whitespace()
            .map(String::from)
            .collect::<Vec<_>>()
    };
    let self_signed = "req -x509 -newkey rsa:2048 -nodes -days 1";
    for (subject, name) in [("/CN=kfk-test-CA", "ca"), ("/CN=another-CA", "other-ca")] {
        let mut args = words(self_signed);
        args.extend(["-subj", subject].map(String::from));
        args.extend(words(&format!("-keyout {name}.key -out {name}.pem")));
        openssl(dir, &args.iter().map(String::as_str).collect::<Vec<_>>());
    }
    let request = "req -newkey rsa:2048 -nodes -subj /CN=localhost -keyout server.key \
                   -out server.csr";
    openssl(dir, &request.split_whitespace().collect::<Vec<_>>());
    std::fs::write(
        dir.join("server.ext"),
        "subjectAltName=DNS:localhost\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n",
    )
    .expect("extensions");
    let sign = "x509 -req -days 1 -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial \
                -extfile server.ext -out server.pem";
    openssl(dir, &sign.split_whitespace().collect::<Vec<_>>());
}

fn tls() -> &'static Tls {
    static TLS: OnceLock<Tls> = OnceLock::new();
    TLS.get_or_init(|| {
        let dir = tempfile::tempdir().expect("tempdir");
        make_certificates(dir.path());
        // Kafka's PEM key store: the private key (PKCS#8, unencrypted) and the certificate.
        let key = std::fs::read_to_string(dir.path().join("server.key")).expect("server.key");
        let cert = std::fs::read_to_string(dir.path().join("server.pem")).expect("server.pem");
        let keystore = dir.path().join("keystore.pem");
        std::fs::write(&keystore, key + &cert).expect("keystore.pem");
        let cluster = KafkaSpec::nodes(1)
            .listener("SSL", "SSL", "localhost")
            .property("listener.name.ssl.ssl.keystore.type", "PEM")
            .property(
                "listener.name.ssl.ssl.keystore.location",
                &keystore.display().to_string(),
            )
            .sasl_listener("SASL", &["SCRAM-SHA-256", "SCRAM-SHA-512"], &[])
            .scram_user("SCRAM-SHA-256", "alice", ALICE_PASSWORD)
            .scram_user("SCRAM-SHA-512", "bob", BOB_PASSWORD)
            .start(&dir.path().join("kafka"));
        Tls {
            port: cluster.node(1).port("SSL"),
            sasl: cluster.bootstrap_on("SASL"),
            dir,
            _cluster: cluster,
        }
    })
}

/// The SASL listener: alice (SCRAM-SHA-256) and bob (SCRAM-SHA-512).
fn sasl_brokers() -> &'static str {
    &tls().sasl
}

fn on_tls(host: &str) -> Command {
    let tls = tls();
    let mut command = kfk();
    command
        .args(["-b", &format!("{host}:{}", tls.port), "--timeout", "5s"])
        .args(["--security-protocol", "ssl"]);
    command
}

fn on_sasl(mechanism: &str, user: &str) -> Command {
    let mut command = kfk();
    command
        .args(["-b", sasl_brokers(), "--timeout", "5s"])
        .args([
            "--security-protocol",
            "sasl_plaintext",
            "--sasl-mechanism",
            mechanism,
            "--sasl-username",
            user,
        ]);
    command
}

#[test]
fn tls_with_the_brokers_ca_produces_and_consumes() {
    let ca = tls().path("ca.pem");
    let topic = "tls-topic";
    run_ok(
        on_tls("localhost")
            .arg("--ca-cert")
            .arg(&ca)
            .args(["topics", "create", topic, "-p", "1", "-r", "1"]),
    );
    let produced = run_with_stdin(
        on_tls("localhost")
            .arg("--ca-cert")
            .arg(&ca)
            .args(["produce", "-t", topic]),
        b"over tls\n",
    );
    assert_eq!(produced.code, 0, "{}", produced.stderr);
    let consumed = run_ok(
        on_tls("localhost")
            .arg("--ca-cert")
            .arg(&ca)
            .args(["consume", "-t", topic, "-e"]),
    );
    assert_eq!(consumed.stdout, "over tls\n");
}

#[test]
fn tls_with_another_ca_fails_naming_certificate_verification() {
    let result = run(on_tls("localhost")
        .arg("--ca-cert")
        .arg(tls().path("other-ca.pem"))
        .args(["topics", "list"]));
    assert_one_line_error(&result, "certificate verify failed");
    assert!(
        result
            .stderr
            .starts_with("error: TLS connection to localhost:"),
        "{}",
        result.stderr
    );
}

#[test]
fn hostname_verification_is_on_unless_turned_off_explicitly() {
    let ca = tls().path("ca.pem");
    // The certificate names localhost, not 127.0.0.1.
    let by_address = run(on_tls("127.0.0.1")
        .arg("--ca-cert")
        .arg(&ca)
        .args(["topics", "list"]));
    assert_one_line_error(&by_address, "certificate verify failed");
    run_ok(on_tls("127.0.0.1").arg("--ca-cert").arg(&ca).args([
        "-X",
        "ssl.endpoint.identification.algorithm=none",
        "topics",
        "list",
    ]));
}

#[test]
fn plaintext_to_a_tls_listener_fails_with_a_hint() {
    let mut command = kfk();
    command.args([
        "-b",
        &format!("localhost:{}", tls().port),
        "--timeout",
        "3s",
        "topics",
        "list",
    ]);
    let result = run(&mut command);
    assert_one_line_error(&result, "check --security-protocol");
}

/// kfk's own protocol connection (`cluster quorum`, `cluster log-dirs`) takes the same
/// TLS settings as librdkafka, and fails the same way.
#[test]
fn the_quorum_over_tls_checks_the_certificate_like_every_client() {
    let ca = tls().path("ca.pem");
    let quorum = run_ok(
        on_tls("localhost")
            .arg("--ca-cert")
            .arg(&ca)
            .args(["cluster", "quorum"]),
    );
    assert!(quorum.stdout.starts_with("Cluster "), "{}", quorum.stdout);
    let other = tls().path("other-ca.pem");
    let result = run(on_tls("localhost")
        .arg("--ca-cert")
        .arg(&other)
        .args(["cluster", "quorum"]));
    assert_one_line_error(&result, "certificate verify failed");
    assert!(
        result
            .stderr
            .starts_with("error: TLS connection to localhost:"),
        "{}",
        result.stderr
    );
    let by_address = run(on_tls("127.0.0.1")
        .arg("--ca-cert")
        .arg(&ca)
        .args(["cluster", "quorum"]));
    assert_one_line_error(&by_address, "certificate verify failed");
    run_ok(on_tls("127.0.0.1").arg("--ca-cert").arg(&ca).args([
        "-X",
        "ssl.endpoint.identification.algorithm=none",
        "cluster",
        "log-dirs",
    ]));
}

#[test]
fn the_quorum_over_scram_logs_in_with_either_hash() {
    for (mechanism, user, password) in [
        ("SCRAM-SHA-256", "alice", ALICE_PASSWORD),
        ("SCRAM-SHA-512", "bob", BOB_PASSWORD),
    ] {
        let quorum = run_ok(on_sasl(mechanism, user).args([
            "--sasl-password",
            password,
            "cluster",
            "quorum",
        ]));
        assert!(quorum.stdout.starts_with("Cluster "), "{}", quorum.stdout);
    }
    let wrong = run(on_sasl("SCRAM-SHA-512", "bob").args([
        "--sasl-password",
        "not-bobs",
        "cluster",
        "quorum",
    ]));
    assert_one_line_error(&wrong, "authentication failed at");
    assert!(
        wrong
            .stderr
            .contains("invalid credentials with SASL mechanism SCRAM-SHA-512"),
        "{}",
        wrong.stderr
    );
    let plain =
        run(on_sasl("PLAIN", "bob").args(["--sasl-password", BOB_PASSWORD, "cluster", "quorum"]));
    assert_one_line_error(
        &plain,
        "the listener does not take SASL PLAIN; it takes SCRAM-SHA-256, SCRAM-SHA-512",
    );
}

#[test]
fn scram_sha_256_and_512_log_in_with_the_right_password() {
    run_ok(on_sasl("SCRAM-SHA-256", "alice").args([
        "--sasl-password",
        ALICE_PASSWORD,
        "topics",
        "list",
    ]));
    run_ok(on_sasl("SCRAM-SHA-512", "bob").args([
        "--sasl-password",
        BOB_PASSWORD,
        "topics",
        "list",
    ]));
}

#[test]
fn a_wrong_password_or_mechanism_is_an_authentication_error() {
    let wrong = run(on_sasl("SCRAM-SHA-512", "bob").args([
        "--sasl-password",
        "not-bobs",
        "topics",
        "list",
    ]));
    assert_one_line_error(&wrong, "authentication failed at");
    assert!(
        wrong.stderr.contains(
            "SASL authentication error: Authentication failed during authentication due to \
             invalid credentials with SASL mechanism SCRAM-SHA-512"
        ),
        "{}",
        wrong.stderr
    );
    // alice's credentials are for SCRAM-SHA-256 only.
    let mechanism = run(on_sasl("SCRAM-SHA-512", "alice").args([
        "--sasl-password",
        ALICE_PASSWORD,
        "topics",
        "list",
    ]));
    assert_one_line_error(&mechanism, "authentication failed at");
    // The broker offers no PLAIN.
    let plain =
        run(on_sasl("PLAIN", "bob").args(["--sasl-password", BOB_PASSWORD, "topics", "list"]));
    assert_one_line_error(&plain, "authentication failed at");
}

#[test]
fn passwords_from_flag_env_or_profile_never_appear_in_any_output() {
    let dir = tempfile::tempdir().expect("tempdir");
    let wrong = "wrong-Secret-4u";
    let mut runs = runs_given_a_password(wrong);
    runs.extend(runs_from_a_profile(dir.path()));
    for (label, result) in &runs {
        for secret in [BOB_PASSWORD, wrong] {
            assert!(
                !result.stdout.contains(secret) && !result.stderr.contains(secret),
                "{label}: the password appears in the output"
            );
        }
        assert!(
            !result.stderr.contains("panicked"),
            "{label}: {}",
            result.stderr
        );
    }
    // The right password did log in, with debug output flowing.
    let (_, logged_in) = &runs[0];
    assert_eq!(logged_in.code, 0, "{}", logged_in.stderr);
    assert!(
        logged_in.stderr.contains("librdkafka debug"),
        "-vv shows the log"
    );
}

/// Commands that show debug output or settings, given bob's right password and `wrong`
/// by flag, environment and -X, each with what it is.
fn runs_given_a_password(wrong: &str) -> Vec<(String, Run)> {
    let mut runs: Vec<(String, Run)> = Vec::new();
    for (label, password) in [("right", BOB_PASSWORD), ("wrong", wrong)] {
        for args in [
            &["-vv", "topics", "list"][..],
            &["config", "show"],
            &["--output", "json", "config", "show"],
        ] {
            runs.push((
                format!("flag, {label} password, {args:?}"),
                run(on_sasl("SCRAM-SHA-512", "bob")
                    .args(["--sasl-password", password])
                    .args(args)),
            ));
            runs.push((
                format!("env, {label} password, {args:?}"),
                run(on_sasl("SCRAM-SHA-512", "bob")
                    .env("KFK_SASL_PASSWORD", password)
                    .args(args)),
            ));
            runs.push((
                format!("-X, {label} password, {args:?}"),
                run(on_sasl("SCRAM-SHA-512", "bob")
                    .args(["-X", &format!("sasl.password={password}")])
                    .args(args)),
            ));
        }
    }
    runs
}

/// The same commands with bob's password in a profile written to `dir`.
fn runs_from_a_profile(dir: &std::path::Path) -> Vec<(String, Run)> {
    let config = dir.join("config.toml");
    std::fs::write(
        &config,
        format!(
            "[profiles.secure]\nbrokers = \"{}\"\nsecurity_protocol = \"SASL_PLAINTEXT\"\nsasl_mechanism = \"SCRAM-SHA-512\"\nsasl_username = \"bob\"\nsasl_password = \"{BOB_PASSWORD}\"\n",
            sasl_brokers()
        ),
    )
    .expect("config");
    [&["-vv", "topics", "list"][..], &["config", "show"]]
        .into_iter()
        .map(|args| {
            (
                format!("profile, {args:?}"),
                run(kfk()
                    .arg("--config")
                    .arg(&config)
                    .args(["--profile", "secure", "--timeout", "5s"])
                    .args(args)),
            )
        })
        .collect()
}
