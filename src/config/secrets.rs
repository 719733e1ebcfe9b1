//! Which settings are secrets, and keeping them out of everything kfk prints.

const REDACTED: &str = "[redacted]";

/// Whether a librdkafka property holds a secret that must never be printed.
pub fn is_secret(key: &str) -> bool {
    let key = key.to_ascii_lowercase();
    key.contains("password")
        || key.contains("secret")
        || key.contains("key.pem")
        || key.contains("token")
        || key == "sasl.oauthbearer.config"
}

/// The value as it may be shown to a human: secrets are redacted.
pub fn display_value(key: &str, value: &str) -> String {
    if is_secret(key) {
        REDACTED.to_string()
    } else {
        value.to_string()
    }
}

/// Replaces every secret value in `text`, for log lines and error messages.
pub fn scrub(secrets: &[String], text: &str) -> String {
    let mut out = text.to_string();
    for secret in secrets {
        if !secret.is_empty() {
            out = out.replace(secret.as_str(), REDACTED);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_are_recognised_and_scrubbed() {
        assert!(is_secret("sasl.password"));
        assert!(is_secret("ssl.keystore.password"));
        assert!(is_secret("ssl.key.pem"));
        assert!(is_secret("sasl.oauthbearer.client.secret"));
        assert!(!is_secret("sasl.username"));
        assert!(!is_secret("ssl.key.location"));
        let secrets = vec!["hunter2".to_string()];
        assert_eq!(
            scrub(&secrets, "auth hunter2 failed"),
            "auth [redacted] failed"
        );
    }
}
