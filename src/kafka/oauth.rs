//! A first token request to the OIDC endpoint before any client. librdkafka asks the
//! endpoint from a background thread with a fixed 20 s timeout and retries, and a client
//! cannot be closed while that request hangs; a refusal only shows up as a failed login.
//! kfk asks once itself, within --timeout, with the request librdkafka makes (the
//! client-credentials grant, HTTP Basic with the client id and secret, the scope), and
//! stops with one line saying what the endpoint did.

use anyhow::{bail, Result};

use crate::config::{Key, SaslMechanism, Setting, Settings, Sourced};
use crate::io::http;

/// Whether clients get OAUTHBEARER tokens from an OIDC token endpoint.
fn uses_oidc(settings: &Settings) -> bool {
    settings.uses_mechanism(SaslMechanism::OauthBearer)
        && settings.effective("sasl.oauthbearer.method") == Some("oidc")
}

/// The OIDC client id, when OIDC is set up without the client's secret.
pub fn client_lacking_secret(settings: &Settings) -> Option<String> {
    let client = settings.effective("sasl.oauthbearer.client.id")?;
    let lacking = uses_oidc(settings)
        && settings
            .effective("sasl.oauthbearer.client.secret")
            .is_none();
    lacking.then(|| client.to_string())
}

/// Sets the OIDC client secret (typed at a prompt), and scrubs it.
pub fn supply_client_secret(settings: &mut Settings, secret: Sourced<String>) {
    settings.supply(Key::Setting(Setting::OauthClientSecret), secret);
}

/// Asks the token endpoint for a token when the settings use OIDC.
pub fn check_token_endpoint(settings: &Settings) -> Result<()> {
    let oidc = uses_oidc(settings);
    let (Some(url), Some(client)) = (
        settings.effective("sasl.oauthbearer.token.endpoint.url"),
        settings.effective("sasl.oauthbearer.client.id"),
    ) else {
        return Ok(());
    };
    if !oidc {
        return Ok(());
    }
    let secret = settings
        .effective("sasl.oauthbearer.client.secret")
        .unwrap_or_default();
    // The client-credentials grant, as librdkafka sends it.
    let form = match settings.effective("sasl.oauthbearer.scope") {
        Some(scope) => format!("grant_type=client_credentials&scope={scope}"),
        None => "grant_type=client_credentials".to_string(),
    };
    let headers = [
        "Accept: application/json".to_string(),
        "Content-Type: application/x-www-form-urlencoded".to_string(),
    ];
    let request = http::Request {
        url,
        body: Some(form.as_bytes()),
        headers: &headers,
        basic: Some((client, secret)),
        ca_cert: settings.effective("https.ca.location"),
        timeout: settings.timeout.value,
    };
    let shown = settings.scrub(url);
    match http::send(&request) {
        Ok((200..=299, body)) if body.contains("\"access_token\"") => Ok(()),
        Ok((200..=299, body)) => bail!(
            "the OIDC token endpoint {shown} answered without an access_token: {}",
            settings.scrub(&excerpt(&body))
        ),
        Ok((status, body)) => bail!(
            "the OIDC token endpoint {shown} refused client '{client}': HTTP {status}: {}",
            settings.scrub(&excerpt(&body))
        ),
        Err(reason) => bail!(
            "the OIDC token endpoint {shown} {}",
            settings.scrub(&reason)
        ),
    }
}

/// The start of an answer, on one line.
fn excerpt(body: &str) -> String {
    let line = body.split_whitespace().collect::<Vec<_>>().join(" ");
    match line.char_indices().nth(200) {
        Some((cut, _)) => format!("{}...", &line[..cut]),
        None => line,
    }
}
