//! No secret reaches kfk's -vv log or an error line, whatever its source: flags, the
//! environment, -X, the Schema Registry's settings (the prompt: tests/oidc.rs).

mod common;

use std::io::BufReader;
use std::net::TcpListener;

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use common::http::{answer, read_request};
use common::*;

/// A Schema Registry that refuses every request, quoting the credentials it was sent.
fn echoing_registry() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let url = format!("http://{}", listener.local_addr().expect("address"));
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let mut reader = BufReader::new(stream);
            while let Some(request) = read_request(&mut reader) {
                let auth = request.header("Authorization").unwrap_or_default();
                let decoded = auth
                    .strip_prefix("Basic ")
                    .and_then(|b| STANDARD.decode(b).ok())
                    .map(|b| String::from_utf8_lossy(&b).into_owned())
                    .unwrap_or_default();
                let body =
                    format!(r#"{{"error_code":40101,"message":"refused {auth} ({decoded})"}}"#);
                let _ = answer(&mut reader, "401 Unauthorized", "application/json", &body);
            }
        }
    });
    url
}

#[test]
fn no_secret_reaches_the_verbose_log_or_an_error() {
    let registry = echoing_registry();
    let topic = create_topic(1, "secrets");
    const REGISTRY_PASSWORD: &str = "registry-Password-4";
    const SASL_PASSWORD: &str = "sasl-Password-1";
    const X_SECRET: &str = "x-Secret-2";
    // GSSAPI without a keytab makes kfk supply a setting of its own before any client:
    // the path that once dropped the registry's secrets from the scrubber.
    let result = run_with_stdin(
        kfk_on_broker()
            .env("KFK_SCHEMA_REGISTRY_USERNAME", "reg-user")
            .env("KFK_SCHEMA_REGISTRY_PASSWORD", REGISTRY_PASSWORD)
            .env("KFK_SASL_PASSWORD", SASL_PASSWORD)
            .args(["-vv", "--schema-registry", &registry])
            .args(["-X", "sasl.mechanisms=GSSAPI"])
            .args(["-X", &format!("ssl.key.password={X_SECRET}")])
            .args(["produce", "-t", &topic, "--input", "json"])
            .args(["--value-schema-subject", "orders-value"]),
        b"{\"value\":{\"id\":1}}\n",
    );
    assert_eq!(result.code, 1, "{}", result.stderr);
    assert!(
        result.stderr.contains("401") && result.stderr.contains("refused Basic [redacted]"),
        "{}",
        result.stderr
    );
    let basic = STANDARD.encode(format!("reg-user:{REGISTRY_PASSWORD}"));
    for secret in [REGISTRY_PASSWORD, SASL_PASSWORD, X_SECRET, basic.as_str()] {
        assert!(
            !result.stderr.contains(secret),
            "{secret}: {}",
            result.stderr
        );
        assert!(
            !result.stdout.contains(secret),
            "{secret}: {}",
            result.stdout
        );
    }
}
