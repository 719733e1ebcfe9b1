//! Which settings are secrets, and keeping them out of everything kfk prints.
//!
//! Scrubbing removes every secret and nothing else. A long secret is removed wherever it
//! appears; a short one (under 8 characters) only where it stands as a whole token, so
//! that a client secret `b` does not turn `oauthbearer` into `oauth[redacted]earer`. A
//! secret is also caught percent-encoded, as it appears in a URL
//! (`https://user:p%40ss@host`).

const REDACTED: &str = "[redacted]";

/// Secrets shorter than this are matched as whole tokens only.
const SHORT: usize = 8;

/// Whether a setting or property, by its name, holds a secret that must never be printed.
pub fn is_secret_name(key: &str) -> bool {
    let key = key.to_ascii_lowercase();
    // A token endpoint's URL names where tokens come from, not a token.
    let names_token = key.contains("token") && !key.ends_with(".url");
    key.contains("password")
        || key.contains("secret")
        || key.contains("key.pem")
        || names_token
        || key.ends_with("oauthbearer.config")
}

/// The password in a URL's user information (`scheme://user:PASSWORD@host`), if any.
pub fn url_password(value: &str) -> Option<&str> {
    let (_, rest) = value.split_once("://")?;
    let authority = rest.split(['/', '?', '#']).next()?;
    let (userinfo, _) = authority.rsplit_once('@')?;
    let (_, password) = userinfo.split_once(':')?;
    (!password.is_empty()).then_some(password)
}

/// The value as it may be shown to a human: secrets are redacted, and so is a password
/// inside a URL.
pub fn display_value(key: &str, value: &str) -> String {
    if is_secret_name(key) {
        return REDACTED.to_string();
    }
    match url_password(value) {
        Some(password) => value.replacen(&format!(":{password}@"), &format!(":{REDACTED}@"), 1),
        None => value.to_string(),
    }
}

/// Replaces every secret in `text`, for log lines and error messages. Everything that
/// is not a secret is left exactly as it was.
/// Every secret any settings of this process hold (two clusters' for `kfk copy`): what
/// the last word, the "error:" line, is scrubbed of.
static REGISTERED: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());

/// Adds secrets to the process's list.
pub fn register(secrets: &[String]) {
    if let Ok(mut registered) = REGISTERED.lock() {
        for secret in secrets {
            if !registered.contains(secret) {
                registered.push(secret.clone());
            }
        }
    }
}

/// `text` without any secret registered so far.
pub fn scrub_registered(text: &str) -> String {
    match REGISTERED.lock() {
        Ok(registered) => scrub(&registered, text),
        Err(_) => text.to_string(),
    }
}

pub fn scrub(secrets: &[String], text: &str) -> String {
    let mut ranges: Vec<(usize, usize)> = Vec::new();
    for secret in secrets.iter().filter(|s| !s.is_empty()) {
        for form in forms(secret) {
            let whole_token = form.chars().count() < SHORT;
            for (start, _) in text.match_indices(form.as_str()) {
                let end = start + form.len();
                if !whole_token || stands_alone(text, start, end) {
                    ranges.push((start, end));
                }
            }
        }
    }
    if ranges.is_empty() {
        return text.to_string();
    }
    ranges.sort_unstable();
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    for (start, end) in ranges {
        if end <= copied {
            continue;
        }
        if start >= copied {
            out.push_str(&text[copied..start]);
            out.push_str(REDACTED);
        }
        copied = end;
    }
    out.push_str(&text[copied..]);
    out
}

/// The secret as it is, and percent-encoded (as in a URL) when that differs.
fn forms(secret: &str) -> Vec<String> {
    let mut forms = vec![secret.to_string()];
    for upper in [true, false] {
        let encoded = percent_encode(secret, upper);
        if !forms.contains(&encoded) {
            forms.push(encoded);
        }
    }
    forms
}

fn percent_encode(text: &str, upper: bool) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                (b as char).to_string()
            }
            _ if upper => format!("%{b:02X}"),
            _ => format!("%{b:02x}"),
        })
        .collect()
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Whether text[start..end] is not part of a longer word on either side.
fn stands_alone(text: &str, start: usize, end: usize) -> bool {
    let inner = &text[start..end];
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    let first = inner.chars().next();
    let last = inner.chars().next_back();
    let joins = |outer: Option<char>, edge: Option<char>| matches!((outer, edge), (Some(o), Some(e)) if is_word(o) && is_word(e));
    !joins(before, first) && !joins(after, last)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn one(secret: &str, text: &str) -> String {
        scrub(&[secret.to_string()], text)
    }

    #[test]
    fn a_short_secret_is_removed_only_as_a_whole_token() {
        let message = "Configuration property \"sasl.oauthbearer.client.id\" not supported in \
                       this build: secret b, url https://id:b@idp/token";
        assert_eq!(
            one("b", message),
            "Configuration property \"sasl.oauthbearer.client.id\" not supported in \
             this build: secret [redacted], url https://id:[redacted]@idp/token"
        );
        assert_eq!(
            one("pw1", "pw1 pw12 apw1 (pw1)"),
            "[redacted] pw12 apw1 ([redacted])"
        );
    }

    #[test]
    fn a_long_secret_is_removed_wherever_it_is() {
        assert_eq!(
            one("hunter2hunter2", "auth=xhunter2hunter2y failed"),
            "auth=x[redacted]y failed"
        );
    }

    #[test]
    fn a_secret_in_a_url_is_caught_plain_and_percent_encoded() {
        assert_eq!(
            one(
                "p@ss:w/rd!",
                "GET https://alice:p%40ss%3Aw%2Frd%21@idp.example/token"
            ),
            "GET https://alice:[redacted]@idp.example/token"
        );
        assert_eq!(
            url_password("https://alice:s3cr3t@idp:8443/t?x=1"),
            Some("s3cr3t")
        );
        assert_eq!(url_password("https://idp/token"), None);
        assert_eq!(
            display_value("schema_registry.url", "https://a:s3@idp/t"),
            "https://a:[redacted]@idp/t"
        );
    }

    #[test]
    fn overlapping_secrets_leave_one_marker() {
        let secrets = ["abcdefghij".to_string(), "efghijklmn".to_string()];
        assert_eq!(scrub(&secrets, "x abcdefghijklmn y"), "x [redacted] y");
    }

    fn word_chars() -> impl Strategy<Value = String> {
        "[a-zA-Z0-9_]{1,12}"
    }

    proptest! {
        #![proptest_config(crate::fuzz_config())]

        /// Wherever a secret stands as a token, or anywhere when it is long, it is gone.
        #[test]
        fn no_secret_survives(
            secret in "[ -~]{1,20}",
            parts in prop::collection::vec("[ -~]{0,12}", 1..6),
        ) {
            let text = parts.join(&format!(" {secret} "));
            let scrubbed = one(&secret, &text);
            if parts.len() > 1 {
                prop_assert!(scrubbed != text, "{text:?}");
            }
            // What is left of the text, each marker kept as a non-word character.
            let left = scrubbed.replace(REDACTED, "\u{1}");
            if secret.chars().count() >= SHORT {
                prop_assert!(!left.contains(secret.as_str()), "{scrubbed:?}");
            } else {
                let standing = left
                    .match_indices(secret.as_str())
                    .any(|(i, _)| stands_alone(&left, i, i + secret.len()));
                prop_assert!(!standing, "{scrubbed:?}");
            }
        }

        /// A short secret inside a longer word leaves the word as it was.
        #[test]
        fn nothing_else_is_touched(secret in "[a-z]{1,4}", left in word_chars(), right in word_chars()) {
            let word = format!("{left}{secret}{right}");
            prop_assert_eq!(one(&secret, &word), word);
        }

        #[test]
        fn scrubbing_never_panics(secret in ".{0,10}", text in ".{0,60}") {
            let _ = one(&secret, &text);
        }
    }
}
