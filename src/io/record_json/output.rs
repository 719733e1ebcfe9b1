//! Writing a record as a line of JSON, without building a `Value` (the consume hot path).

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use rdkafka::message::Headers;
use rdkafka::{Message, Timestamp};
use serde_json::value::RawValue;

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
pub fn write_record<M: Message>(message: &M, value_json: bool, out: &mut Vec<u8>) {
    let value = message.payload();
    let embedded = if value_json {
        value.and_then(|v| serde_json::from_slice::<&RawValue>(v).ok())
    } else {
        None
    };
    let value = match embedded {
        Some(raw) => OutputValue::Embedded(raw),
        None => OutputValue::Bytes(JsonBytes(value)),
    };
    write(
        message,
        OutputValue::Bytes(JsonBytes(message.key())),
        value,
        None,
        out,
    );
}

/// `write_record` with the key and value as decoding left them (None: absent), and why
/// they could not be decoded, if they could not.
pub fn write_decoded_record<'a, M: Message>(
    message: &M,
    key: Option<Part<'a>>,
    value: Option<Part<'a>>,
    error: Option<&str>,
    out: &mut Vec<u8>,
) {
    let shape = |part: Option<Part<'a>>| -> OutputValue<'a> {
        match part {
            None => OutputValue::Bytes(JsonBytes(None)),
            Some(Part::Bytes(bytes)) => OutputValue::Bytes(JsonBytes(Some(bytes))),
            Some(Part::Base64(bytes)) => OutputValue::Base64 {
                base64: STANDARD.encode(bytes),
            },
            Some(Part::Text(text)) => OutputValue::Text(text.to_string()),
            Some(Part::Json(json)) => OutputValue::Json(json.clone()),
        }
    };
    write(message, shape(key), shape(value), error, out);
}

fn write<M: Message>(
    message: &M,
    key: OutputValue<'_>,
    value: OutputValue<'_>,
    error: Option<&str>,
    out: &mut Vec<u8>,
) {
    let headers: Vec<(&str, JsonBytes<'_>)> = message
        .headers()
        .map(|h| h.iter().map(|h| (h.key, JsonBytes(h.value))).collect())
        .unwrap_or_default();
    let (timestamp, timestamp_type) = match message.timestamp() {
        Timestamp::NotAvailable => (None, None),
        Timestamp::CreateTime(ms) => (Some(ms), Some("create_time")),
        Timestamp::LogAppendTime(ms) => (Some(ms), Some("log_append_time")),
    };
    let record = OutputRecord {
        topic: message.topic(),
        // A record not yet placed (one that failed before) has no partition.
        partition: (message.partition() >= 0).then_some(message.partition()),
        offset: message.offset(),
        timestamp,
        timestamp_type,
        key,
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
    value: OutputValue<'a>,
    headers: Vec<(&'a str, JsonBytes<'a>)>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<&'a str>,
}

#[derive(serde::Serialize)]
#[serde(untagged)]
enum OutputValue<'a> {
    Bytes(JsonBytes<'a>),
    Embedded(&'a RawValue),
    Base64 { base64: String },
    Text(String),
    Json(serde_json::Value),
}

/// Serializes bytes in the record shape without building a `Value` (the consume hot path).
pub struct JsonBytes<'a>(pub Option<&'a [u8]>);

impl serde::Serialize for JsonBytes<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        match self.0 {
            None => serializer.serialize_none(),
            Some(bytes) => match std::str::from_utf8(bytes) {
                Ok(text) => serializer.serialize_str(text),
                Err(_) => {
                    let mut map = serializer.serialize_map(Some(1))?;
                    map.serialize_entry("base64", &STANDARD.encode(bytes))?;
                    map.end()
                }
            },
        }
    }
}
