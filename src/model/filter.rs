//! Which records a command keeps (`consume` and `copy`): the key matching a regular
//! expression, the value matching one (`--grep`), headers with given values, and
//! `--where PATH=VALUE` conditions on the value as JSON (decoded, or JSON text).
//! Expressions match bytes, so records need not be valid UTF-8, nor be copied to be.

use regex::bytes::Regex;
use serde_json::Value as Json;

use crate::error::one_line;

/// A filter; every part given must match.
#[derive(Debug, Default)]
pub struct RecordFilter {
    key: Option<Regex>,
    /// `consume --key`: the key, byte for byte.
    exact_key: Option<Vec<u8>>,
    value: Option<Regex>,
    headers: Vec<(String, String)>,
    conditions: Vec<Condition>,
}

/// `customer.id=42`: the value at a path of object fields (or array indexes) equals a
/// string, or the text of a number, boolean or null.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Condition {
    path: Vec<String>,
    expected: String,
}

/// One record as the filter sees it: texts already decoded where a schema decoded them.
pub struct Candidate<'a> {
    /// The key as text (decoded where a schema decoded it), for --key-regex.
    pub key: Option<&'a [u8]>,
    /// The key's bytes as stored, for `consume --key`.
    pub raw_key: Option<&'a [u8]>,
    pub value: Option<&'a [u8]>,
    /// The value as JSON, when it is (decoded, or JSON text).
    pub value_json: Option<&'a Json>,
    pub headers: &'a [(&'a str, Option<&'a [u8]>)],
}

impl RecordFilter {
    pub fn new(
        key_regex: Option<&str>,
        grep: Option<&str>,
        headers: &[(String, String)],
        conditions: &[String],
    ) -> Result<RecordFilter, String> {
        let regex = |flag: &str, raw: Option<&str>| {
            raw.map(Regex::new)
                .transpose()
                .map_err(|err| format!("invalid {flag}: {}", one_line(&err)))
        };
        Ok(RecordFilter {
            key: regex("--key-regex", key_regex)?,
            exact_key: None,
            value: regex("--grep", grep)?,
            headers: headers.to_vec(),
            conditions: conditions
                .iter()
                .map(|raw| parse_condition(raw))
                .collect::<Result<_, _>>()?,
        })
    }

    /// Keeps only records whose key is `key`, byte for byte.
    pub fn with_exact_key(self, key: Option<Vec<u8>>) -> RecordFilter {
        RecordFilter {
            exact_key: key,
            ..self
        }
    }

    pub fn is_empty(&self) -> bool {
        self.key.is_none()
            && self.exact_key.is_none()
            && self.value.is_none()
            && self.headers.is_empty()
            && self.conditions.is_empty()
    }

    /// Whether a --where condition needs the value as JSON.
    pub fn needs_json(&self) -> bool {
        !self.conditions.is_empty()
    }

    /// Which parts of a record the filter looks at: the key's text, the value's text,
    /// the headers (so that the others need not be made).
    pub fn needs(&self) -> (bool, bool, bool) {
        (
            self.key.is_some() || self.exact_key.is_some(),
            self.value.is_some(),
            !self.headers.is_empty(),
        )
    }

    pub fn matches(&self, record: &Candidate<'_>) -> bool {
        let text_matches = |regex: &Option<Regex>, text: Option<&[u8]>| {
            regex
                .as_ref()
                .is_none_or(|r| text.is_some_and(|t| r.is_match(t)))
        };
        text_matches(&self.key, record.key)
            && self
                .exact_key
                .as_ref()
                .is_none_or(|key| record.raw_key == Some(key.as_slice()))
            && text_matches(&self.value, record.value)
            && self.headers.iter().all(|(key, value)| {
                record
                    .headers
                    .iter()
                    .any(|(k, v)| k == key && *v == Some(value.as_bytes()))
            })
            && self
                .conditions
                .iter()
                .all(|condition| record.value_json.is_some_and(|json| condition.holds(json)))
    }
}

fn parse_condition(raw: &str) -> Result<Condition, String> {
    let (path, expected) = raw
        .split_once('=')
        .filter(|(path, _)| !path.trim().is_empty())
        .ok_or_else(|| {
            format!("invalid --where '{raw}': expected PATH=VALUE, e.g. customer.id=42")
        })?;
    Ok(Condition {
        path: path.trim().split('.').map(str::to_string).collect(),
        expected: expected.to_string(),
    })
}

impl Condition {
    fn holds(&self, json: &Json) -> bool {
        let mut at = json;
        for step in &self.path {
            let next = match at {
                Json::Object(fields) => fields.get(step),
                Json::Array(items) => step.parse::<usize>().ok().and_then(|i| items.get(i)),
                _ => None,
            };
            match next {
                Some(next) => at = next,
                None => return false,
            }
        }
        match at {
            Json::String(text) => *text == self.expected,
            Json::Number(_) | Json::Bool(_) | Json::Null => {
                serde_json::to_string(at).is_ok_and(|text| text == self.expected)
            }
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn candidate<'a>(
        value: &'a str,
        json: Option<&'a Json>,
        headers: &'a [(&'a str, Option<&'a [u8]>)],
    ) -> Candidate<'a> {
        Candidate {
            key: Some(b"order-42"),
            raw_key: Some(b"order-42"),
            value: Some(value.as_bytes()),
            value_json: json,
            headers,
        }
    }

    #[test]
    fn every_part_given_must_match() {
        let order = json!({"customer": {"id": 42, "name": "Ada"}, "lines": [{"sku": "A-1"}]});
        let headers = [("source", Some(&b"web"[..]))];
        let record = candidate("{...}", Some(&order), &headers);
        let filter = |key: Option<&str>,
                      grep: Option<&str>,
                      headers: &[(String, String)],
                      wheres: &[&str]| {
            let wheres: Vec<String> = wheres.iter().map(|w| w.to_string()).collect();
            RecordFilter::new(key, grep, headers, &wheres)
                .unwrap()
                .matches(&record)
        };
        assert!(filter(
            Some("^order-"),
            None,
            &[],
            &["customer.id=42", "lines.0.sku=A-1"]
        ));
        assert!(!filter(None, None, &[], &["customer.id=43"]));
        assert!(!filter(None, None, &[], &["customer.missing=1"]));
        assert!(filter(
            None,
            None,
            &[("source".into(), "web".into())],
            &["customer.name=Ada"]
        ));
        assert!(!filter(None, None, &[("source".into(), "app".into())], &[]));
        assert!(!filter(Some("^user-"), None, &[], &[]));
        assert!(!filter(None, Some("nothing"), &[], &[]));
        assert!(RecordFilter::new(None, None, &[], &[]).unwrap().is_empty());
    }

    #[test]
    fn bad_filters_are_refused() {
        assert!(RecordFilter::new(Some("("), None, &[], &[])
            .unwrap_err()
            .starts_with("invalid --key-regex"));
        assert!(RecordFilter::new(None, None, &[], &["=1".into()])
            .unwrap_err()
            .contains("PATH=VALUE"));
    }
}
