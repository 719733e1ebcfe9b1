//! Reading a record from a line of JSON. Input is strict, because a guess can delete
//! data: a misspelled `"value"` must not turn into a tombstone on a compacted topic.
//! Unknown and repeated fields are refused, a record must say `"value"` (null for a
//! tombstone), and a field of the wrong type is an error that names it.

use std::fmt;

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
use serde_json::Value;

/// The fields a record on input may have.
pub const FIELDS: [&str; 5] = ["key", "value", "headers", "partition", "timestamp"];

/// Fields that `kfk consume --output json` prints and input accepts without using them:
/// the topic comes from `-t`, the broker assigns offsets, and a replayed timestamp is a
/// create time.
pub const IGNORED_FIELDS: [&str; 3] = ["topic", "offset", "timestamp_type"];

/// A header: its key and value (None: a null value).
pub type HeaderPair = (String, Option<Vec<u8>>);

/// One record of JSON input.
#[derive(Debug, PartialEq, Eq)]
pub struct InputRecord {
    pub key: Option<Vec<u8>>,
    pub value: Option<Vec<u8>>,
    pub headers: Vec<HeaderPair>,
    pub partition: Option<i32>,
    pub timestamp: Option<i64>,
}

/// The "key" and "value" of a JSON line as JSON (null when absent), for encoding them
/// with a schema.
pub struct RecordJson {
    pub key: Value,
    pub value: Value,
}

/// Parses one line of JSON input, also giving its key and value as JSON; the error names
/// the field and, for malformed JSON, the column (the caller knows the line).
pub fn parse_record(raw: &[u8]) -> Result<(InputRecord, RecordJson), String> {
    let Fields(mut fields) = serde_json::from_slice(raw).map_err(|err| {
        // Valid JSON of another type; the fields' values take any JSON.
        if err.is_data() {
            return "expected a JSON object".to_string();
        }
        // serde_json says "... at line 1 column 23"; the line is the caller's to give.
        let text = err.to_string();
        let reason = text.split(" at line ").next().unwrap_or(&text).to_string();
        format!("{reason} at column {}", err.column())
    })?;
    let mut seen: Vec<&str> = Vec::with_capacity(fields.len());
    for (name, _) in &fields {
        if !FIELDS.contains(&name.as_str()) && !IGNORED_FIELDS.contains(&name.as_str()) {
            return Err(format!(
                "unknown field \"{name}\"; a record has {} (and {}, which kfk consume prints, are ignored)",
                quoted(&FIELDS),
                quoted(&IGNORED_FIELDS)
            ));
        }
        if seen.contains(&name.as_str()) {
            return Err(format!("the field \"{name}\" appears twice"));
        }
        seen.push(name);
    }
    let field = |name: &str| fields.iter().find(|(n, _)| n == name).map(|(_, v)| v);
    let value = field("value")
        .ok_or("no \"value\": every record needs one (\"value\": null writes a tombstone)")?;
    let partition = match field("partition") {
        None | Some(Value::Null) => None,
        Some(p) => Some(
            p.as_i64()
                .and_then(|p| i32::try_from(p).ok())
                .filter(|p| *p >= 0)
                .ok_or_else(|| {
                    format!(
                        "\"partition\" must be a partition number (0 or more), not {}",
                        shown(p)
                    )
                })?,
        ),
    };
    let timestamp = match field("timestamp") {
        None | Some(Value::Null) => None,
        Some(t) => Some(t.as_i64().filter(|t| *t >= 0).ok_or_else(|| {
            format!(
                "\"timestamp\" must be whole milliseconds since the epoch (0 or more), not {}",
                shown(t)
            )
        })?),
    };
    let record = InputRecord {
        key: json_to_bytes(field("key").unwrap_or(&Value::Null), "\"key\"")?,
        value: json_to_bytes(value, "\"value\"")?,
        headers: json_to_headers(field("headers").unwrap_or(&Value::Null))?,
        partition,
        timestamp,
    };
    let mut take = |name: &str| {
        fields
            .iter_mut()
            .find(|(n, _)| n == name)
            .map_or(Value::Null, |(_, v)| v.take())
    };
    let json = RecordJson {
        key: take("key"),
        value: take("value"),
    };
    Ok((record, json))
}

/// A JSON value as an error message quotes it: compact, and cut short when long.
fn shown(value: &Value) -> String {
    let text = value.to_string();
    match text.char_indices().nth(40) {
        Some((at, _)) => format!("{}...", &text[..at]),
        None => text,
    }
}

fn quoted(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("\"{n}\"")).collect();
    quoted.join(", ")
}

/// A JSON object's fields in order, repeated names kept (a map would keep only one).
struct Fields(Vec<(String, Value)>);

impl<'de> Deserialize<'de> for Fields {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct FieldsVisitor;
        impl<'de> Visitor<'de> for FieldsVisitor {
            type Value = Fields;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Fields, A::Error> {
                let mut fields = Vec::new();
                while let Some(entry) = map.next_entry::<String, Value>()? {
                    fields.push(entry);
                }
                Ok(Fields(fields))
            }
        }
        deserializer.deserialize_map(FieldsVisitor)
    }
}

/// JSON as bytes: null is None, a string its UTF-8, `{"base64": ...}` the decoded bytes,
/// anything else its compact JSON text.
pub fn json_to_bytes(value: &Value, what: &str) -> Result<Option<Vec<u8>>, String> {
    Ok(match value {
        Value::Null => None,
        Value::String(text) => Some(text.as_bytes().to_vec()),
        Value::Object(object) if object.len() == 1 && object.contains_key("base64") => {
            let encoded = object["base64"]
                .as_str()
                .ok_or_else(|| format!("{what}: \"base64\" must be a string"))?;
            Some(
                STANDARD
                    .decode(encoded)
                    .map_err(|err| format!("{what}: invalid base64 ({err})"))?,
            )
        }
        other => Some(other.to_string().into_bytes()),
    })
}

/// Headers from JSON: an object `{"k": v}` or an array of pairs `[["k", v], ...]`.
pub fn json_to_headers(value: &Value) -> Result<Vec<HeaderPair>, String> {
    match value {
        Value::Null => Ok(Vec::new()),
        Value::Object(object) => object
            .iter()
            .map(|(key, value)| {
                Ok((
                    key.clone(),
                    json_to_bytes(value, &format!("header \"{key}\""))?,
                ))
            })
            .collect(),
        Value::Array(pairs) => pairs
            .iter()
            .map(|pair| match pair.as_array().map(Vec::as_slice) {
                Some([Value::String(key), value]) => Ok((
                    key.clone(),
                    json_to_bytes(value, &format!("header \"{key}\""))?,
                )),
                _ => Err(format!(
                    "\"headers\": each entry must be a [\"key\", value] pair, not {}",
                    shown(pair)
                )),
            })
            .collect(),
        other => Err(format!(
            "\"headers\" must be an object or an array of [\"key\", value] pairs, not {}",
            shown(other)
        )),
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(crate::fuzz_config())]
        #[test]
        fn any_bytes_survive_json(bytes in proptest::collection::vec(any::<u8>(), 0..64)) {
            let json = bytes_to_json(Some(&bytes));
            prop_assert_eq!(json_to_bytes(&json, "value"), Ok(Some(bytes)));
        }

        #[test]
        fn json_records_never_panic(raw in proptest::collection::vec(any::<u8>(), 0..80), text in "\\{.{0,60}\\}") {
            let _ = parse_record(&raw);
            let _ = parse_record(text.as_bytes());
        }

        #[test]
        fn json_fields_never_panic(raw in ".{0,60}") {
            if let Ok(value) = serde_json::from_str::<Value>(&raw) {
                let _ = json_to_bytes(&value, "value");
                let _ = json_to_headers(&value);
            }
        }
    }

    use super::*;
    use serde_json::json;

    use super::super::output::JsonBytes;

    /// Bytes in the record shape, as a `Value`.
    fn bytes_to_json(bytes: Option<&[u8]>) -> Value {
        serde_json::to_value(JsonBytes(bytes)).unwrap()
    }

    #[test]
    fn bytes_round_trip_through_json() {
        for bytes in [
            None,
            Some(&b"plain"[..]),
            Some(&[0xff, 0x00, 0x80][..]),
            Some(&b""[..]),
        ] {
            let json = bytes_to_json(bytes);
            assert_eq!(json_to_bytes(&json, "value").unwrap().as_deref(), bytes);
        }
        assert_eq!(bytes_to_json(Some(&[0xff])), json!({"base64": "/w=="}));
        assert_eq!(
            json_to_bytes(&json!({"a": [1, 2]}), "v").unwrap().unwrap(),
            br#"{"a":[1,2]}"#
        );
        assert_eq!(json_to_bytes(&json!(12), "v").unwrap().unwrap(), b"12");
        assert!(json_to_bytes(&json!({"base64": "***"}), "v").is_err());
    }

    #[test]
    fn headers_accept_objects_and_pairs() {
        let pairs =
            json_to_headers(&json!([["a", "1"], ["a", null], ["b", {"base64": "/w=="}]])).unwrap();
        assert_eq!(
            pairs,
            vec![
                ("a".into(), Some(b"1".to_vec())),
                ("a".into(), None),
                ("b".into(), Some(vec![0xff]))
            ]
        );
        assert_eq!(
            json_to_headers(&json!({"k": "v"})).unwrap(),
            vec![("k".into(), Some(b"v".to_vec()))]
        );
        assert!(json_to_headers(&json!([["k"]])).is_err());
        assert!(json_to_headers(&json!("x")).is_err());
    }

    fn refusal(line: &str) -> String {
        parse_record(line.as_bytes()).err().unwrap_or_default()
    }

    #[test]
    fn records_must_say_what_they_mean() {
        assert_eq!(
            refusal(r#"{"key":"user-7","valeu":"important"}"#),
            "unknown field \"valeu\"; a record has \"key\", \"value\", \"headers\", \"partition\", \"timestamp\" \
             (and \"topic\", \"offset\", \"timestamp_type\", which kfk consume prints, are ignored)"
        );
        assert_eq!(
            refusal("{}"),
            "no \"value\": every record needs one (\"value\": null writes a tombstone)"
        );
        assert_eq!(
            refusal(r#"{"value":"a","value":"b"}"#),
            "the field \"value\" appears twice"
        );
        let (tombstone, json) = parse_record(br#"{"key":"user-7","value":null}"#).unwrap();
        assert_eq!((json.key, json.value), (Value::from("user-7"), Value::Null));
        assert_eq!(
            (tombstone.key.as_deref(), tombstone.value),
            (Some(&b"user-7"[..]), None)
        );
    }

    #[test]
    fn wrong_types_name_the_field() {
        for (line, wanted) in [
            (r#"{"value":"v","partition":"1"}"#, "\"partition\" must be a partition number (0 or more), not \"1\""),
            (r#"{"value":"v","partition":-1}"#, "\"partition\" must be a partition number (0 or more), not -1"),
            (r#"{"value":"v","partition":1.5}"#, "\"partition\" must be a partition number (0 or more), not 1.5"),
            (r#"{"value":"v","timestamp":1.5}"#, "\"timestamp\" must be whole milliseconds since the epoch (0 or more), not 1.5"),
            (r#"{"value":"v","timestamp":"1764151200000"}"#, "\"timestamp\" must be whole milliseconds since the epoch (0 or more), not \"1764151200000\""),
            (r#"{"value":"v","headers":"a=b"}"#, "\"headers\" must be an object or an array of [\"key\", value] pairs, not \"a=b\""),
            (r#"{"value":"v","headers":[["a"]]}"#, "\"headers\": each entry must be a [\"key\", value] pair, not [\"a\"]"),
            (r#"{"value":{"base64":"***"}}"#, "\"value\": invalid base64 (Invalid symbol 42, offset 0.)"),
            (r#"{"value":"v","key":{"base64":7}}"#, "\"key\": \"base64\" must be a string"),
            (r#"{"value":"v","headers":{"h":{"base64":"%"}}}"#, "header \"h\": invalid base64 (Invalid symbol 37, offset 0.)"),
            ("[1, 2]", "expected a JSON object"),
            ("\"text\"", "expected a JSON object"),
        ] {
            assert_eq!(refusal(line), wanted, "{line}");
        }
    }

    #[test]
    fn consume_output_replays() {
        let line = r#"{"topic":"orders","partition":3,"offset":17,"timestamp":1764151200000,"timestamp_type":"create_time","key":"k","value":{"base64":"/w=="},"headers":[["h","1"]]}"#;
        assert_eq!(
            parse_record(line.as_bytes()).unwrap().0,
            InputRecord {
                key: Some(b"k".to_vec()),
                value: Some(vec![0xff]),
                headers: vec![("h".into(), Some(b"1".to_vec()))],
                partition: Some(3),
                timestamp: Some(1_764_151_200_000),
            }
        );
    }
}
