//! The JSON shape of a record, shared by `kfk consume --output json` (which prints it) and
//! `kfk produce --input json` (which reads it), so `consume | produce` copies faithfully.
//!
//! A key, value or header value is a JSON string when it is valid UTF-8, otherwise
//! `{"base64": "..."}`; null stays null. On input, any other JSON value is sent as its
//! compact JSON text.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use serde_json::Value;

/// Bytes as JSON: a string when they are UTF-8, `{"base64": ...}` otherwise.
pub fn bytes_to_json(bytes: Option<&[u8]>) -> Value {
    serde_json::to_value(JsonBytes(bytes)).unwrap_or(Value::Null)
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
                    .map_err(|err| format!("{what}: invalid base64: {err}"))?,
            )
        }
        other => Some(other.to_string().into_bytes()),
    })
}

/// Headers as JSON: `[[key, value], ...]`, which keeps order and repeated keys.
pub fn headers_to_json<'a>(headers: impl Iterator<Item = (&'a str, Option<&'a [u8]>)>) -> Value {
    Value::Array(
        headers
            .map(|(key, value)| {
                Value::Array(vec![Value::String(key.to_string()), bytes_to_json(value)])
            })
            .collect(),
    )
}

/// Headers from JSON: an object `{"k": v}` or an array of pairs `[["k", v], ...]`.
pub fn json_to_headers(value: &Value) -> Result<Vec<(String, Option<Vec<u8>>)>, String> {
    match value {
        Value::Null => Ok(Vec::new()),
        Value::Object(object) => object
            .iter()
            .map(|(key, value)| {
                Ok((
                    key.clone(),
                    json_to_bytes(value, &format!("header '{key}'"))?,
                ))
            })
            .collect(),
        Value::Array(pairs) => pairs
            .iter()
            .map(|pair| match pair.as_array().map(Vec::as_slice) {
                Some([Value::String(key), value]) => Ok((
                    key.clone(),
                    json_to_bytes(value, &format!("header '{key}'"))?,
                )),
                _ => Err("headers: each entry must be a [\"key\", value] pair".to_string()),
            })
            .collect(),
        _ => Err("headers must be an object or an array of [key, value] pairs".to_string()),
    }
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
        fn json_fields_never_panic(raw in ".{0,60}") {
            if let Ok(value) = serde_json::from_str::<Value>(&raw) {
                let _ = json_to_bytes(&value, "value");
                let _ = json_to_headers(&value);
            }
        }
    }

    use super::*;
    use serde_json::json;

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
}
