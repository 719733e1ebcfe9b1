//! A first token request to the OIDC endpoint before any client. librdkafka asks the
//! endpoint from a background thread with a fixed 20 s timeout and retries, and a client
//! cannot be closed while that request hangs; a refusal only shows up as a failed login.
//! kfk asks once itself, within --timeout, with the request librdkafka makes (the
//! client-credentials grant, HTTP Basic with the client id and secret, the scope), and
//! stops with one line saying what the endpoint did.

use std::time::Duration;

use anyhow::{bail, Result};
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use curl::easy::{Easy, List};

use crate::config::Settings;

/// Asks the token endpoint for a token when the settings use OIDC.
pub fn check_token_endpoint(settings: &Settings) -> Result<()> {
    let oidc = settings
        .effective("sasl.mechanisms")
        .is_some_and(|m| m.eq_ignore_ascii_case("OAUTHBEARER"))
        && settings.effective("sasl.oauthbearer.method") == Some("oidc");
    let (Some(url), Some(client)) = (
        settings.effective("sasl.oauthbearer.token.endpoint.url"),
        settings.effective("sasl.oauthbearer.client.id"),
    ) else {
        return Ok(());
    };
    if !oidc {
        return Ok(());
    }
    let request = TokenRequest {
        url,
        client,
        secret: settings
            .effective("sasl.oauthbearer.client.secret")
            .unwrap_or_default(),
        scope: settings.effective("sasl.oauthbearer.scope"),
        ca: settings.effective("https.ca.location"),
    };
    let shown = settings.scrub(url);
    match request.send(settings.timeout.value) {
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

struct TokenRequest<'a> {
    url: &'a str,
    client: &'a str,
    secret: &'a str,
    scope: Option<&'a str>,
    ca: Option<&'a str>,
}

impl TokenRequest<'_> {
    /// The status and body of the answer, or why there was none.
    fn send(&self, timeout: Duration) -> Result<(u32, String), String> {
        let mut easy = Easy::new();
        let mut body = Vec::new();
        let result = (|| -> Result<(), curl::Error> {
            easy.url(self.url)?;
            easy.post(true)?;
            easy.timeout(timeout)?;
            if let Some(ca) = self.ca {
                easy.cainfo(ca)?;
            }
            let credentials = STANDARD.encode(format!("{}:{}", self.client, self.secret));
            let mut headers = List::new();
            headers.append(&format!("Authorization: Basic {credentials}"))?;
            headers.append("Accept: application/json")?;
            headers.append("Content-Type: application/x-www-form-urlencoded")?;
            easy.http_headers(headers)?;
            let form = match self.scope {
                Some(scope) => format!("grant_type=client_credentials&scope={scope}"),
                None => "grant_type=client_credentials".to_string(),
            };
            easy.post_fields_copy(form.as_bytes())?;
            let mut transfer = easy.transfer();
            transfer.write_function(|data| {
                body.extend_from_slice(data);
                Ok(data.len())
            })?;
            transfer.perform()
        })();
        match result {
            Ok(()) => {
                let status = easy.response_code().map_err(|err| err.to_string())?;
                Ok((status, String::from_utf8_lossy(&body).into_owned()))
            }
            Err(err) if err.is_operation_timedout() => Err(format!(
                "did not answer within {}",
                humantime::format_duration(timeout)
            )),
            Err(err) => Err(format!("cannot be reached: {}", err.description())),
        }
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
