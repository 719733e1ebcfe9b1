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
    let (Some(url), Some(client)) = (
        settings.effective("sasl.oauthbearer.token.endpoint.url"),
        settings.effective("sasl.oauthbearer.client.id"),
    ) else {
        return Ok(());
    };
    if uses_oidc(settings) {
        request_token(settings, url, client)?;
    }
    Ok(())
}

/// An access token for kfk's own connections (protocol/security.rs), from the OIDC token
/// endpoint the settings name.
pub fn fetch_token(settings: &Settings) -> Result<String> {
    let (Some(url), Some(client), true) = (
        settings.effective("sasl.oauthbearer.token.endpoint.url"),
        settings.effective("sasl.oauthbearer.client.id"),
        uses_oidc(settings),
    ) else {
        bail!(
            "OAUTHBEARER without OIDC (sasl.oauthbearer.method=oidc, a token endpoint and a \
             client id): kfk's own Kafka connection has no other way to get a token"
        );
    };
    let body = request_token(settings, url, client)?;
    let answer: serde_json::Value = serde_json::from_str(&body)
        .map_err(|err| anyhow::anyhow!("the OIDC token endpoint's answer is not JSON: {err}"))?;
    match answer["access_token"].as_str() {
        Some(token) => Ok(token.to_string()),
        None => bail!("the OIDC token endpoint answered without an access_token"),
    }
}

/// The token endpoint's answer to the client-credentials grant (a JSON body holding an
/// access_token), or why there is none.
fn request_token(settings: &Settings, url: &str, client: &str) -> Result<String> {
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
        Ok((200..=299, body)) if body.contains("\"access_token\"") => Ok(body),
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
