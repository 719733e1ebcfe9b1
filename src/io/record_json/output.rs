//! Writing a record as a line of JSON, without building a `Value` (the consume hot path).

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use serde_json::value::RawValue;

use crate::model::record::{Record, RecordTime};

/// A key or value as decoding left it, for `write_decoded_record`.
pub enum Part<'a> {
    /// As it is: text if it is UTF-8, else base64.
    Bytes(&'a [u8]),
    /// Always base64 (a value that could not be decoded).
    Base64(&'a [u8]),
    Text(&'a str),
    Json(&'a serde_json::Value),
}

/// Appends one record as a line of JSON, the shape `kfk consume --output json` prints and
/// `parse_record` reads. With `value_json`, a value that is a JSON document is embedded as
/// JSON rather than as a string.
pub fn write_record<R: Record>(message: &R, value_json: bool, out: &mut Vec<u8>) {
    let value = message.value();
    // A document that reads like the old base64 form goes as a string, so that
    // `produce --input json` cannot mistake it (it refuses that form as ambiguous).
    let embedded = if value_json {
        value
            .and_then(|v| serde_json::from_slice::<&RawValue>(v).ok())
            .filter(|raw| !super::input::looks_like_old_base64(raw.get()))
    } else {
        None
    };
    let value = match embedded {
        Some(raw) => OutputValue::Embedded(raw),
        None => OutputValue::Bytes(JsonBytes::new(value)),
    };
    write(
        message,
        OutputValue::Bytes(JsonBytes::new(message.key())),
        value,
        None,
        out,
    );
}

/// `write_record` with the key and value as decoding left them (None: absent), and why
/// they could not be decoded, if they could not.
pub fn write_decoded_record<'a, R: Record>(
    message: &R,
    key: Option<Part<'a>>,
    value: Option<Part<'a>>,
    error: Option<&str>,
    out: &mut Vec<u8>,
) {
    let shape = |part: Option<Part<'a>>| -> OutputValue<'a> {
        match part {
            None => OutputValue::Bytes(JsonBytes::new(None)),
            Some(Part::Bytes(bytes)) => OutputValue::Bytes(JsonBytes::new(Some(bytes))),
            Some(Part::Base64(bytes)) => OutputValue::Base64(STANDARD.encode(bytes)),
            Some(Part::Text(text)) => OutputValue::Text(text.to_string()),
            Some(Part::Json(json)) => OutputValue::Json(json.clone()),
        }
    };
    write(message, shape(key), shape(value), error, out);
}

fn write<R: Record>(
    message: &R,
    key: OutputValue<'_>,
    value: OutputValue<'_>,
    error: Option<&str>,
    out: &mut Vec<u8>,
) {
    let headers: Vec<HeaderOut<'_>> = message
        .headers()
        .map(|h| HeaderOut(h.key, JsonBytes::new(h.value)))
        .collect();
    let (timestamp, timestamp_type) = match message.timestamp() {
        RecordTime::NotAvailable => (None, None),
        RecordTime::CreateTime(ms) => (Some(ms), Some("create_time")),
        RecordTime::LogAppendTime(ms) => (Some(ms), Some("log_append_time")),
    };
    let record = OutputRecord {
        topic: message.topic(),
        // A record not yet placed (one that failed before) has no partition.
        partition: (message.partition() >= 0).then_some(message.partition()),
        offset: message.offset(),
        timestamp,
        timestamp_type,
        key_encoding: key.encoding(),
        key,
        value_encoding: value.encoding(),
        value,
        headers,
        error,
    };
    // Serializing borrowed data into a Vec cannot fail.
    let _ = serde_json::to_writer(&mut *out, &record);
    out.push(b'\n');
}

#[derive(serde::Serialize)]
struct OutputRecord<'a> {
    topic: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    partition: Option<i32>,
    offset: i64,
    timestamp: Option<i64>,
    timestamp_type: Option<&'static str>,
    key: OutputValue<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    key_encoding: Option<&'static str>,
    value: OutputValue<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    value_encoding: Option<&'static str>,
    headers: Vec<HeaderOut<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<&'a str>,
}

#[derive(serde::Serialize)]
#[serde(untagged)]
enum OutputValue<'a> {
    Bytes(JsonBytes<'a>),
    Embedded(&'a RawValue),
    /// Base64 text, with "base64" as the part's encoding.
    Base64(String),
    Text(String),
    Json(serde_json::Value),
}

impl OutputValue<'_> {
    /// What the part's "_encoding" field says: "base64" when the text is base64.
    fn encoding(&self) -> Option<&'static str> {
        match self {
            OutputValue::Bytes(bytes) => bytes.encoding(),
            OutputValue::Base64(_) => Some(BASE64),
            _ => None,
        }
    }
}

/// The one encoding of bytes in the record shape.
pub const BASE64: &str = "base64";

/// A header as `["key", value]`, or `["key", "base64 text", "base64"]` for bytes that are
/// not UTF-8.
struct HeaderOut<'a>(&'a str, JsonBytes<'a>);

impl serde::Serialize for HeaderOut<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeTuple;
        let encoding = self.1.encoding();
        let mut tuple = serializer.serialize_tuple(if encoding.is_some() { 3 } else { 2 })?;
        tuple.serialize_element(self.0)?;
        tuple.serialize_element(&self.1)?;
        if let Some(encoding) = encoding {
            tuple.serialize_element(encoding)?;
        }
        tuple.end()
    }
}

/// Bytes in the record shape, without building a `Value` (the consume hot path): UTF-8
/// as a string, anything else as base64 text (see `encoding`). UTF-8 is checked once.
pub enum JsonBytes<'a> {
    Null,
    Text(&'a str),
    Binary(&'a [u8]),
}

impl<'a> JsonBytes<'a> {
    pub fn new(bytes: Option<&'a [u8]>) -> Self {
        match bytes {
            None => JsonBytes::Null,
            Some(bytes) => match std::str::from_utf8(bytes) {
                Ok(text) => JsonBytes::Text(text),
                Err(_) => JsonBytes::Binary(bytes),
            },
        }
    }

    pub(super) fn encoding(&self) -> Option<&'static str> {
        matches!(self, JsonBytes::Binary(_)).then_some(BASE64)
    }
}

impl serde::Serialize for JsonBytes<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            JsonBytes::Null => serializer.serialize_none(),
            JsonBytes::Text(text) => serializer.serialize_str(text),
            JsonBytes::Binary(bytes) => serializer.serialize_str(&STANDARD.encode(bytes)),
        }
    }
}
