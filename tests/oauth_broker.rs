//! OAUTHBEARER that Apache Kafka itself checks. The test is the identity provider: it
//! makes an RSA key with openssl, serves its JWKS and a token endpoint on loopback, and
//! signs RS256 tokens (`openssl dgst -sign`). The broker's OAUTHBEARER listener validates
//! each token's signature against the JWKS, its audience and its expiry, with the
//! standard authorizer on: the token's subject is the principal.

mod common;

use std::io::{BufReader, Write};
use std::net::TcpListener;
use std::path::Path;
use std::process::Command;
use std::sync::OnceLock;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use common::http::{answer, read_request};
use common::*;

const SECRET: &str = "kfk-oauth-Secret-7";
const KID: &str = "kfk-test-key";

struct Provider {
    _dir: tempfile::TempDir,
    /// The URL of the token endpoint that issues `path`'s token.
    base: String,
    cluster: Cluster,
}

fn openssl(dir: &Path, args: &[&str], stdin: Option<&[u8]>) -> Vec<u8> {
    let mut child = Command::new("openssl")
        .args(args)
        .current_dir(dir)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .start();
    let mut input = child.stdin.take().expect("stdin");
    input
        .write_all(stdin.unwrap_or_default())
        .expect("openssl input");
    drop(input);
    let output = child.wait_with_output().expect("openssl");
    assert!(
        output.status.success(),
        "openssl {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    output.stdout
}

/// A new RSA key in `dir/name`; its modulus in base64url, as a JWKS names it.
fn rsa_key(dir: &Path, name: &str) -> String {
    openssl(
        dir,
        &[
            "genpkey",
            "-algorithm",
            "RSA",
            "-pkeyopt",
            "rsa_keygen_bits:2048",
            "-out",
            name,
        ],
        None,
    );
    let modulus = String::from_utf8(openssl(
        dir,
        &["rsa", "-in", name, "-noout", "-modulus"],
        None,
    ))
    .expect("modulus");
    let hex = modulus.trim().trim_start_matches("Modulus=");
    let bytes: Vec<u8> = (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).expect("hex"))
        .collect();
    URL_SAFE_NO_PAD.encode(bytes)
}

/// An RS256 JWT for `subject` and `audience`, signed with the key in `dir/key`.
fn jwt(dir: &Path, key: &str, subject: &str, audience: &str) -> String {
    let now = now_ms() / 1000;
    let part = |json: String| URL_SAFE_NO_PAD.encode(json);
    let input = format!(
        "{}.{}",
        part(format!(r#"{{"alg":"RS256","typ":"JWT","kid":"{KID}"}}"#)),
        part(format!(
            r#"{{"sub":"{subject}","aud":"{audience}","iss":"kfk-test","iat":{now},"exp":{}}}"#,
            now + 3600
        ))
    );
    let signature = openssl(
        dir,
        &["dgst", "-sha256", "-sign", key],
        Some(input.as_bytes()),
    );
    format!("{input}.{}", URL_SAFE_NO_PAD.encode(signature))
}

/// Answers GET or POST `path` with its body (200), anything else with 404.
fn serve(routes: Vec<(String, String)>) -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("addr").port();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let mut reader = BufReader::new(stream);
            let Some(request) = read_request(&mut reader) else {
                continue;
            };
            let (status, body) = routes
                .iter()
                .find(|(path, _)| path == request.path())
                .map_or(("404 Not Found", ""), |(_, body)| ("200 OK", body.as_str()));
            let _ = answer(&mut reader, status, "application/json", body);
        }
    });
    port
}

fn provider() -> &'static Provider {
    static PROVIDER: OnceLock<Provider> = OnceLock::new();
    PROVIDER.get_or_init(|| {
        let dir = tempfile::tempdir().expect("tempdir");
        let d = dir.path();
        let modulus = rsa_key(d, "signing.pem");
        rsa_key(d, "forger.pem");
        let token = |key: &str, subject: &str, audience: &str| {
            format!(
                r#"{{"access_token":"{}","token_type":"Bearer","expires_in":3600}}"#,
                jwt(d, key, subject, audience)
            )
        };
        let jwks = format!(
            r#"{{"keys":[{{"kty":"RSA","kid":"{KID}","use":"sig","alg":"RS256","n":"{modulus}","e":"AQAB"}}]}}"#
        );
        let port = serve(vec![
            ("/jwks.json".into(), jwks),
            ("/token/alice".into(), token("signing.pem", "alice", "kafka")),
            ("/token/forged".into(), token("forger.pem", "alice", "kafka")),
            ("/token/elsewhere".into(), token("signing.pem", "alice", "another-service")),
        ]);
        let base = format!("http://127.0.0.1:{port}");
        let jwks_url = format!("{base}/jwks.json");
        let cluster = KafkaSpec::nodes(1)
            .listener("OAUTH", "SASL_PLAINTEXT", "127.0.0.1")
            .property("listener.name.oauth.sasl.enabled.mechanisms", "OAUTHBEARER")
            .property(
                "listener.name.oauth.oauthbearer.sasl.jaas.config",
                "org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule required;",
            )
            .property(
                "listener.name.oauth.oauthbearer.sasl.server.callback.handler.class",
                "org.apache.kafka.common.security.oauthbearer.OAuthBearerValidatorCallbackHandler",
            )
            .property("sasl.oauthbearer.jwks.endpoint.url", &jwks_url)
            .property("sasl.oauthbearer.expected.audience", "kafka")
            .property("sasl.oauthbearer.expected.issuer", "kfk-test")
            .jvm_option(&format!("-Dorg.apache.kafka.sasl.oauthbearer.allowed.urls={jwks_url}"))
            .authorizer()
            .start(&d.join("kafka"));
        Provider { _dir: dir, base, cluster }
    })
}

/// kfk logging in on the OAUTHBEARER listener with the token that `path` issues.
fn with_token(path: &str) -> Command {
    let provider = provider();
    let mut command = kfk();
    command
        .args([
            "-b",
            &provider.cluster.bootstrap_on("OAUTH"),
            "--timeout",
            "5s",
        ])
        .args([
            "--security-protocol",
            "sasl_plaintext",
            "--sasl-mechanism",
            "OAUTHBEARER",
        ])
        .args([
            "--oauth-method",
            "oidc",
            "--oauth-token-endpoint",
            &format!("{}{path}", provider.base),
        ])
        .args(["--oauth-client-id", "kfk-client"])
        .env("KFK_OAUTH_CLIENT_SECRET", SECRET);
    command
}

#[test]
fn the_broker_accepts_a_signed_token_and_its_subject_is_the_principal() {
    let admin = || {
        let mut command = kfk();
        command.args(["-b", &provider().cluster.bootstrap]);
        command
    };
    let topic = unique_topic("oauth-orders");
    run_ok(admin().args(["topics", "create", &topic, "-p", "1", "-r", "1"]));
    run_with_stdin(
        admin().args(["produce", "-t", &topic, "-q"]),
        b"for alice\n",
    );

    // Logged in, but alice has no ACL yet: the topic is hidden from her.
    let listed = run_ok(with_token("/token/alice").args(["topics", "list"]));
    assert!(!listed.stdout.contains(&topic), "{}", listed.stdout);
    grant(
        &provider().cluster.bootstrap,
        "User:alice",
        "read,describe",
        "topic",
        &topic,
    );
    let read = run_ok(with_token("/token/alice").args(["consume", "-t", &topic, "-e"]));
    assert_eq!(read.stdout, "for alice\n");
    assert!(!read.stderr.contains(SECRET), "{}", read.stderr);
}

#[test]
fn the_broker_refuses_a_forged_or_misaddressed_token_in_one_line() {
    for path in ["/token/forged", "/token/elsewhere"] {
        let refused = run(with_token(path).args(["topics", "list"]));
        assert_one_line_error(&refused, "authentication failed at");
        assert!(
            refused.stderr.contains("SASL authentication error"),
            "{path}: {}",
            refused.stderr
        );
        assert!(!refused.stderr.contains(SECRET), "{}", refused.stderr);
    }
}

#[test]
fn the_quorum_takes_an_oidc_token_too() {
    // alice logs in, but may not describe the cluster: the broker's answer, not a login
    // failure.
    let refused = run(with_token("/token/alice").args(["cluster", "quorum"]));
    assert_one_line_error(&refused, "Broker: Cluster authorization failed");
    assert!(!refused.stderr.contains(SECRET), "{}", refused.stderr);
    let forged = run(with_token("/token/forged").args(["cluster", "quorum"]));
    assert_one_line_error(&forged, "authentication failed at");
    assert!(
        forged
            .stderr
            .contains("SASL OAUTHBEARER authentication error"),
        "{}",
        forged.stderr
    );
}
