//! OAUTHBEARER with OIDC as far as real servers take it: a token endpoint started here
//! (HTTP on loopback) must receive the client-credentials request; the broker here offers
//! SCRAM only, so the authentication that follows is refused, in one line, naming what
//! the broker offers.
//! `tests/oauth_broker.rs` logs in on a broker that validates the tokens.

mod common;

use std::io::BufReader;
use std::net::TcpListener;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use base64::Engine;
use common::http::{answer, read_request, Request};
use common::*;

const SECRET: &str = "kfk-oidc-Secret-42";

/// A token endpoint on loopback answering every request with `status` and `body`.
struct TokenEndpoint {
    url: String,
    received: Arc<Mutex<Vec<Request>>>,
}

impl TokenEndpoint {
    fn start(status: &'static str, body: String) -> TokenEndpoint {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let url = format!(
            "http://{}/oauth2/token",
            listener.local_addr().expect("addr")
        );
        let received = Arc::new(Mutex::new(Vec::new()));
        let log = received.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let mut reader = BufReader::new(stream);
                let Some(request) = read_request(&mut reader) else {
                    continue;
                };
                log.lock().expect("log").push(request);
                let _ = answer(&mut reader, status, "application/json", &body);
            }
        });
        TokenEndpoint { url, received }
    }

    fn requests(&self) -> Vec<Request> {
        self.received.lock().expect("log").clone()
    }
}

/// A token as identity providers issue them: a JWT whose payload has "sub" and "exp".
fn token_response() -> String {
    let exp = now_ms() / 1000 + 3600;
    let part = |json: String| URL_SAFE_NO_PAD.encode(json);
    let jwt = format!(
        "{}.{}.c2lnbmF0dXJl",
        part(r#"{"alg":"RS256","typ":"JWT"}"#.to_string()),
        part(format!(
            r#"{{"sub":"kfk-client","exp":{exp},"scope":"kafka.read"}}"#
        ))
    );
    format!(r#"{{"access_token":"{jwt}","token_type":"Bearer","expires_in":3600}}"#)
}

/// A broker that requires SASL and offers only SCRAM.
fn scram_only_brokers() -> &'static str {
    static CLUSTER: OnceLock<Cluster> = OnceLock::new();
    static BROKERS: OnceLock<String> = OnceLock::new();
    BROKERS.get_or_init(|| {
        CLUSTER
            .get_or_init(|| {
                kafka::start_in_temp(KafkaSpec::nodes(1).sasl_listener(
                    "SASL",
                    &["SCRAM-SHA-256"],
                    &[],
                ))
            })
            .bootstrap_on("SASL")
    })
}

fn kfk_with_oidc(endpoint: &str) -> std::process::Command {
    kfk_with_oidc_within(endpoint, "5s")
}

fn kfk_with_oidc_within(endpoint: &str, timeout: &str) -> std::process::Command {
    let mut command = kfk();
    command
        .args(["-b", scram_only_brokers(), "--timeout", timeout])
        .args([
            "--security-protocol",
            "sasl_plaintext",
            "--sasl-mechanism",
            "OAUTHBEARER",
        ])
        .args(["--oauth-method", "oidc", "--oauth-token-endpoint", endpoint])
        .args([
            "--oauth-client-id",
            "kfk-client",
            "--oauth-scope",
            "kafka.read",
        ])
        .env_remove("KFK_OAUTH_CLIENT_SECRET");
    command
}

fn assert_one_error_line(result: &Run, expected: &str) {
    assert_one_line_error(result, expected);
    assert!(!result.stderr.contains(SECRET), "{}", result.stderr);
}

#[test]
fn the_endpoint_gets_client_credentials_then_the_broker_refuses_the_login() {
    let endpoint = TokenEndpoint::start("200 OK", token_response());
    let result = run(kfk_with_oidc(&endpoint.url)
        .env("KFK_OAUTH_CLIENT_SECRET", SECRET)
        .args(["topics", "list"]));
    assert_one_error_line(
        &result,
        "SASL OAUTHBEARER mechanism handshake failed: Broker: Unsupported SASL mechanism",
    );

    let requests = endpoint.requests();
    let request = requests.first().expect("a token request");
    assert_eq!(request.line, "POST /oauth2/token HTTP/1.1");
    let basic = STANDARD.encode(format!("kfk-client:{SECRET}"));
    assert_eq!(
        request.header("Authorization"),
        Some(format!("Basic {basic}").as_str())
    );
    assert_eq!(
        String::from_utf8_lossy(&request.body),
        "grant_type=client_credentials&scope=kafka.read"
    );
}

#[test]
fn the_secret_may_come_from_a_profile_and_config_show_redacts_it() {
    let endpoint = TokenEndpoint::start("200 OK", token_response());
    let dir = tempfile::tempdir().expect("dir");
    let config = dir.path().join("config.toml");
    std::fs::write(
        &config,
        format!(
            "[profiles.idp]\nbrokers = \"{}\"\nsecurity_protocol = \"sasl_plaintext\"\n\
             sasl_mechanism = \"OAUTHBEARER\"\n[profiles.idp.oauth]\nmethod = \"oidc\"\n\
             token_endpoint = \"{}\"\nclient_id = \"kfk-client\"\nclient_secret = \"{SECRET}\"\n",
            scram_only_brokers(),
            endpoint.url
        ),
    )
    .expect("config");
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&config, std::fs::Permissions::from_mode(0o600)).expect("chmod");
    let profile = |command: &mut std::process::Command| {
        command
            .arg("--config")
            .arg(&config)
            .args(["--profile", "idp", "--timeout", "5s"])
            .env_remove("KFK_OAUTH_CLIENT_SECRET");
    };
    let mut show = kfk();
    profile(&mut show);
    let shown = run_ok(show.args(["config", "show"]));
    assert!(!shown.stdout.contains(SECRET), "{}", shown.stdout);
    let secret_line = shown
        .stdout
        .lines()
        .find(|l| l.contains("sasl.oauthbearer.client.secret"))
        .unwrap_or_else(|| panic!("{}", shown.stdout));
    assert!(secret_line.contains("[redacted]") && secret_line.contains("profile idp"));
    assert!(shown.stdout.contains(&endpoint.url), "{}", shown.stdout);

    let mut list = kfk();
    profile(&mut list);
    let result = run(list.args(["topics", "list"]));
    assert_one_error_line(
        &result,
        "SASL OAUTHBEARER mechanism handshake failed: Broker: Unsupported SASL mechanism",
    );
    let basic = STANDARD.encode(format!("kfk-client:{SECRET}"));
    let authorization = format!("Basic {basic}");
    assert_eq!(
        endpoint.requests()[0].header("Authorization"),
        Some(authorization.as_str())
    );
}

#[test]
fn an_endpoint_that_is_down_silent_or_refusing_is_one_error_within_the_timeout() {
    let down = format!("http://127.0.0.1:{}/oauth2/token", free_port());
    let result = run(kfk_with_oidc(&down)
        .env("KFK_OAUTH_CLIENT_SECRET", SECRET)
        .args(["topics", "list"]));
    assert_one_error_line(
        &result,
        &format!("the OIDC token endpoint {down} cannot be reached: "),
    );

    // Connections are accepted (by the kernel) but never answered.
    let silent = TcpListener::bind("127.0.0.1:0").expect("bind");
    let url = format!("http://{}/oauth2/token", silent.local_addr().expect("addr"));
    let started = Instant::now();
    let result = run(kfk_with_oidc_within(&url, "2s")
        .env("KFK_OAUTH_CLIENT_SECRET", SECRET)
        .args(["topics", "list"]));
    assert_one_error_line(
        &result,
        &format!("the OIDC token endpoint {url} did not answer within 2s"),
    );
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );

    let refusing = TokenEndpoint::start("401 Unauthorized", r#"{"error":"invalid_client"}"#.into());
    let result = run(kfk_with_oidc(&refusing.url)
        .env("KFK_OAUTH_CLIENT_SECRET", SECRET)
        .args(["topics", "list"]));
    assert_one_error_line(
        &result,
        &format!(
            r#"the OIDC token endpoint {} refused client 'kfk-client': HTTP 401: {{"error":"invalid_client"}}"#,
            refusing.url
        ),
    );
}

#[test]
fn without_a_secret_or_a_terminal_kfk_says_where_to_put_it() {
    let result = run(without_terminal(
        kfk_with_oidc("http://127.0.0.1:9/token").args(["topics", "list"]),
    ));
    assert_eq!(result.code, 2, "{}", result.stderr);
    assert_eq!(
        result.stderr.trim(),
        "error: no terminal to ask for the OIDC client secret on: set KFK_OAUTH_CLIENT_SECRET, \
         or client_secret in the profile's [oauth] section"
    );
}

#[test]
fn a_one_letter_secret_does_not_garble_the_message() {
    let endpoint = TokenEndpoint::start("200 OK", token_response());
    let result = run(kfk_with_oidc(&endpoint.url)
        .env("KFK_OAUTH_CLIENT_SECRET", "b")
        .args(["topics", "list"]));
    assert_eq!(result.code, 1, "{}", result.stderr);
    assert!(
        result.stderr.contains(&format!(
            "sasl_plaintext://{}/bootstrap: SASL",
            scram_only_brokers()
        )),
        "{}",
        result.stderr
    );
    let basic = STANDARD.encode("kfk-client:b");
    assert_eq!(
        endpoint.requests()[0].header("Authorization"),
        Some(format!("Basic {basic}").as_str())
    );
}

/// A client secret typed at the prompt is scrubbed like any other: from the -vv log and
/// from the error that quotes the endpoint's answer (which here quotes the secret).
/// `script` gives kfk the terminal its prompt needs.
#[test]
fn a_prompted_secret_never_reaches_the_log_or_the_error() {
    const TYPED: &str = "typed-Secret-77";
    let endpoint = TokenEndpoint::start(
        "401 Unauthorized",
        format!(
            r#"{{"error":"invalid_client","error_description":"no client with secret {TYPED}"}}"#
        ),
    );
    let config = tempfile::tempdir().expect("tempdir");
    let command = format!(
        "'{}' -vv -b '{}' --timeout 5s --security-protocol sasl_plaintext \
         --sasl-mechanism OAUTHBEARER --oauth-method oidc --oauth-token-endpoint '{}' \
         --oauth-client-id kfk-client topics list",
        env!("CARGO_BIN_EXE_kfk"),
        scram_only_brokers(),
        endpoint.url
    );
    let terminal = run_with_stdin(
        std::process::Command::new("script")
            .args(["-qec", &command, "/dev/null"])
            .env("XDG_CONFIG_HOME", config.path())
            .env_remove("KFK_OAUTH_CLIENT_SECRET"),
        format!("{TYPED}\n").as_bytes(),
    );
    let basic = STANDARD.encode(format!("kfk-client:{TYPED}"));
    let request = endpoint
        .requests()
        .first()
        .cloned()
        .expect("a token request");
    assert_eq!(
        request.header("Authorization"),
        Some(format!("Basic {basic}").as_str()),
        "the typed secret was used"
    );
    // The terminal echoes what was typed before kfk turns echo off; kfk's own lines are
    // what must hold no secret.
    let kfk_lines: Vec<&str> = terminal
        .stdout
        .lines()
        .filter(|l| l.contains("error") || l.starts_with("librdkafka"))
        .collect();
    // The error follows the prompt on its line.
    let error = kfk_lines
        .iter()
        .find(|l| l.contains("error: the OIDC token endpoint"))
        .unwrap_or_else(|| panic!("no error line: {}", terminal.stdout));
    assert!(error.contains("[redacted]"), "{error}");
    for line in &kfk_lines {
        assert!(!line.contains(TYPED) && !line.contains(&basic), "{line}");
    }
}
