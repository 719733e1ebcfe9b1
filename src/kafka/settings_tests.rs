//! Tests of `Settings`: every secret, from every source, is scrubbed.

use std::time::Duration;

use base64::Engine;

use super::*;
use crate::config::{scrub_registered, CommandLine, SecurityLayer};

fn sourced(value: &str, source: Source) -> Sourced<String> {
    Sourced {
        value: value.to_string(),
        source,
    }
}

#[test]
fn a_prompted_secret_keeps_every_other_secret_scrubbed() {
    let line = CommandLine {
        brokers: Some(sourced("b:1", Source::Flag("-b".into()))),
        profile: None,
        config_file: None,
        no_config: true,
        security: SecurityLayer {
            password: Some(sourced(
                "flag-password-1",
                Source::Env("KFK_SASL_PASSWORD".into()),
            )),
            ..SecurityLayer::default()
        },
        timeout: Sourced {
            value: Duration::from_secs(1),
            source: Source::Default,
        },
        verbose: 0,
        properties: vec![("ssl.key.password".into(), "x-property-2".into())],
        registry: vec![
            (
                "url",
                sourced("https://u:url-password-3@registry", Source::Default),
            ),
            ("username", sourced("reg-user", Source::Default)),
            ("password", sourced("registry-password-4", Source::Default)),
        ],
    };
    let mut settings = Settings::resolve(&line).expect("settings");
    settings.collect_secrets();
    settings.supply(
        Key::Setting(Setting::OauthClientSecret),
        sourced("prompted-secret-5", Source::Prompt),
    );
    let basic = base64::engine::general_purpose::STANDARD.encode("reg-user:registry-password-4");
    let secrets = [
        "flag-password-1",
        "x-property-2",
        "url-password-3",
        "registry-password-4",
        "prompted-secret-5",
        basic.as_str(),
    ];
    let text = secrets.join(" ");
    for scrubbed in [settings.scrub(&text), scrub_registered(&text)] {
        for secret in secrets {
            assert!(!scrubbed.contains(secret), "{secret} in {scrubbed}");
        }
    }
}
