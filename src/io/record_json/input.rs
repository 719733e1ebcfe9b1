//! Reading a record from a line of JSON. Input is strict, because a guess can delete
//! data: a misspelled `"value"` must not turn into a tombstone on a compacted topic.
//! Unknown and repeated fields are refused, a record must say `"value"` (null for a
//! tombstone), and a field of the wrong type is an error that names it.
//!
//! A key, value or header value is sent byte for byte as it stands in the line: a string
//! as its text, any other JSON as written (`1.10` stays `1.10`, repeated keys stay).
//! Bytes that are not text come as base64 with `"key_encoding"`/`"value_encoding"` set
//! to `"base64"` (a header as `["key", "base64 text", "base64"]`), the only thing that
//! decodes. The old `{"base64": ...}` form is refused as ambiguous.

use std::fmt;

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
use serde_json::value::RawValue;
use serde_json::Value;

use super::output::BASE64;

/// The fields a record on input may have.
pub const FIELDS: [&str; 7] = [
    "key",
    "value",
    "headers",
    "partition",
    "timestamp",
    "key_encoding",
    "value_encoding",
];

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

/// Which parts a schema encodes: those go to the encoder as JSON, not as bytes.
#[derive(Clone, Copy, Default)]
pub struct SchemaParts {
    pub key: bool,
    pub value: bool,
}

/// Parses one line of JSON input, also giving its key and value as JSON; the error names
/// the field and, for malformed JSON, the column (the caller knows the line).
pub fn parse_record(raw: &[u8], schema: SchemaParts) -> Result<(InputRecord, RecordJson), String> {
    let Fields(fields) = serde_json::from_slice(raw).map_err(|err| {
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
    let field = |name: &str| fields.iter().find(|(n, _)| n == name).map(|(_, v)| *v);
    let value = field("value")
        .ok_or("no \"value\": every record needs one (\"value\": null writes a tombstone)")?;
    let key = field("key");
    let partition = match parsed(field("partition")) {
        Value::Null => None,
        p => Some(
            p.as_i64()
                .and_then(|p| i32::try_from(p).ok())
                .filter(|p| *p >= 0)
                .ok_or_else(|| {
                    format!(
                        "\"partition\" must be a partition number (0 or more), not {}",
                        shown(&p)
                    )
                })?,
        ),
    };
    let timestamp = match parsed(field("timestamp")) {
        Value::Null => None,
        t => Some(t.as_i64().filter(|t| *t >= 0).ok_or_else(|| {
            format!(
                "\"timestamp\" must be whole milliseconds since the epoch (0 or more), not {}",
                shown(&t)
            )
        })?),
    };
    let key_encoding = encoding(field("key_encoding"), "\"key_encoding\"")?;
    let value_encoding = encoding(field("value_encoding"), "\"value_encoding\"")?;
    let part = |raw: Option<&RawValue>, encoded: bool, base64: bool, what: &str| {
        if encoded {
            if base64 {
                return Err(format!(
                    "{what} is encoded with a schema, so it takes JSON, not base64"
                ));
            }
            return Ok(None);
        }
        raw.map_or(Ok(None), |raw| raw_to_bytes(raw, base64, what))
    };
    let record = InputRecord {
        key: part(key, schema.key, key_encoding, "\"key\"")?,
        value: part(Some(value), schema.value, value_encoding, "\"value\"")?,
        headers: raw_to_headers(field("headers"))?,
        partition,
        timestamp,
    };
    let json = RecordJson {
        key: parsed(key),
        value: parsed(Some(value)),
    };
    Ok((record, json))
}

/// A field as a JSON value; null when absent.
fn parsed(raw: Option<&RawValue>) -> Value {
    raw.and_then(|raw| serde_json::from_str(raw.get()).ok())
        .unwrap_or(Value::Null)
}

/// An "_encoding" field: true for base64, false when absent or null.
fn encoding(raw: Option<&RawValue>, what: &str) -> Result<bool, String> {
    match parsed(raw) {
        Value::Null => Ok(false),
        Value::String(name) if name == BASE64 => Ok(true),
        other => Err(format!(
            "{what} must be \"{BASE64}\", not {}",
            shown(&other)
        )),
    }
}

/// Whether a JSON text is `{"base64": "..."}`, the form kfk once printed for bytes: sent
/// as it stands it would be text to one reader and bytes to another.
pub(super) fn looks_like_old_base64(text: &str) -> bool {
    text.starts_with('{')
        && matches!(serde_json::from_str::<Value>(text),
            Ok(Value::Object(object)) if object.len() == 1 && object.get(BASE64).is_some_and(Value::is_string))
}

/// A key, value or header value as bytes: null is None, a string its UTF-8 (or, with
/// `base64`, its decoding), any other JSON its text exactly as it stands in the line.
fn raw_to_bytes(raw: &RawValue, base64: bool, what: &str) -> Result<Option<Vec<u8>>, String> {
    let text = raw.get();
    if text == "null" {
        return Ok(None);
    }
    if text.starts_with('"') {
        let string: String = serde_json::from_str(text).map_err(|err| format!("{what}: {err}"))?;
        if !base64 {
            return Ok(Some(string.into_bytes()));
        }
        return STANDARD
            .decode(string)
            .map(Some)
            .map_err(|err| format!("{what}: invalid base64 ({err})"));
    }
    if base64 {
        return Err(format!(
            "{what} must be base64 text (a string) when its encoding is \"{BASE64}\", not {}",
            shown_text(text)
        ));
    }
    if looks_like_old_base64(text) {
        let bytes_form = match what.strip_prefix("header ") {
            Some(_) => format!("the entry [\"key\", \"base64 text\", \"{BASE64}\"]"),
            None => format!(
                "the base64 text as a string with \"{}_encoding\": \"{BASE64}\"",
                what.trim_matches('"')
            ),
        };
        return Err(format!(
            "{what} is {}: ambiguous (JSON text or bytes?); to send bytes give {bytes_form}, \
             to send this JSON give it as a string",
            shown_text(text)
        ));
    }
    Ok(Some(text.as_bytes().to_vec()))
}

/// A JSON value as an error message quotes it: compact, and cut short when long.
fn shown(value: &Value) -> String {
    shown_text(&value.to_string())
}

fn shown_text(text: &str) -> String {
    match text.char_indices().nth(40) {
        Some((at, _)) => format!("{}...", &text[..at]),
        None => text.to_string(),
    }
}

fn quoted(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("\"{n}\"")).collect();
    quoted.join(", ")
}

/// A JSON object's fields in order, as they stand in the line, repeated names kept (a
/// map would keep only one).
struct Fields<'a>(Vec<(String, &'a RawValue)>);

impl<'de> Deserialize<'de> for Fields<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct FieldsVisitor;
        impl<'de> Visitor<'de> for FieldsVisitor {
            type Value = Fields<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Fields<'de>, A::Error> {
                let mut fields = Vec::new();
                while let Some(entry) = map.next_entry::<String, &'de RawValue>()? {
                    fields.push(entry);
                }
                Ok(Fields(fields))
            }
        }
        deserializer.deserialize_map(FieldsVisitor)
    }
}

/// Headers: an object `{"k": v}`, or an array of `["k", v]` and `["k", "base64 text",
/// "base64"]` entries.
fn raw_to_headers(raw: Option<&RawValue>) -> Result<Vec<HeaderPair>, String> {
    let Some(raw) = raw else {
        return Ok(Vec::new());
    };
    let text = raw.get();
    let header = |key: &str, value: &RawValue, base64: bool| {
        Ok((
            key.to_string(),
            raw_to_bytes(value, base64, &format!("header \"{key}\""))?,
        ))
    };
    match text.as_bytes().first() {
        _ if text == "null" => Ok(Vec::new()),
        Some(b'{') => {
            let Fields(fields) = serde_json::from_str(text).map_err(|err| err.to_string())?;
            fields
                .iter()
                .map(|(key, value)| header(key, value, false))
                .collect()
        }
        Some(b'[') => {
            let entries: Vec<&RawValue> =
                serde_json::from_str(text).map_err(|err| err.to_string())?;
            entries
                .iter()
                .map(|entry| {
                    let parts: Vec<&RawValue> =
                        serde_json::from_str(entry.get()).unwrap_or_default();
                    let key = parts
                        .first()
                        .and_then(|key| serde_json::from_str::<String>(key.get()).ok());
                    match (key, parts.as_slice()) {
                        (Some(key), [_, value]) => header(&key, value, false),
                        (Some(key), [_, value, encoding_raw]) => {
                            let base64 = encoding(Some(encoding_raw), "a header's encoding")?;
                            header(&key, value, base64)
                        }
                        _ => Err(format!(
                            "\"headers\": each entry must be a [\"key\", value] pair, not {}",
                            shown_text(entry.get())
                        )),
                    }
                })
                .collect()
        }
        _ => Err(format!(
            "\"headers\" must be an object or an array of [\"key\", value] pairs, not {}",
            shown_text(text)
        )),
    }
}

#[cfg(test)]
#[path = "input_tests.rs"]
mod tests;
