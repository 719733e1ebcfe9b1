//! Tests of `input`: what a line of JSON becomes.
use proptest::prelude::*;

use super::*;

fn parse(line: &str) -> Result<InputRecord, String> {
    parse_record(line.as_bytes(), SchemaParts::default()).map(|(record, _)| record)
}

fn value_of(line: &str) -> Option<Vec<u8>> {
    parse(line).expect("parses").value
}

/// A value as `kfk consume --output json` prints it, as a line of input.
fn printed(bytes: &[u8]) -> String {
    let mut line = String::from("{\"value\":");
    line.push_str(&serde_json::to_string(&JsonBytes::new(Some(bytes))).unwrap());
    if let Some(encoding) = JsonBytes::new(Some(bytes)).encoding() {
        line.push_str(&format!(",\"value_encoding\":\"{encoding}\""));
    }
    line.push('}');
    line
}

proptest! {
    #![proptest_config(crate::fuzz_config())]
    #[test]
    fn any_bytes_survive_json(bytes in proptest::collection::vec(any::<u8>(), 0..64)) {
        prop_assert_eq!(value_of(&printed(&bytes)), Some(bytes));
    }

    #[test]
    fn json_records_never_panic(raw in proptest::collection::vec(any::<u8>(), 0..80), text in "\\{.{0,60}\\}") {
        let _ = parse_record(&raw, SchemaParts::default());
        let _ = parse_record(text.as_bytes(), SchemaParts::default());
    }

    #[test]
    fn json_fields_never_panic(raw in ".{0,60}") {
        if let Ok(value) = serde_json::from_str::<&RawValue>(&raw) {
            let _ = raw_to_bytes(value, false, "value");
            let _ = raw_to_bytes(value, true, "value");
            let _ = raw_to_headers(Some(value));
        }
    }
}

use super::super::output::JsonBytes;

#[test]
fn values_are_sent_as_they_stand_in_the_line() {
    for text in [
        "123456789012345678901234567890",
        "1.10",
        "1e2",
        r#"{"a":1,"a":2}"#,
        r#"{ "spaced" : [1, 2] }"#,
        "true",
    ] {
        let line = format!(r#"{{"value":{text}}}"#);
        assert_eq!(value_of(&line), Some(text.as_bytes().to_vec()), "{line}");
    }
    assert_eq!(value_of(r#"{"value":"caf\u00e9"}"#), Some("café".into()));
    assert_eq!(value_of(r#"{"value":null}"#), None);
    assert_eq!(
        value_of(r#"{"value":"aGk=","value_encoding":"base64"}"#),
        Some(b"hi".to_vec())
    );
    assert_eq!(
        value_of(r#"{"value":{"base64":"aGk=","note":1}}"#),
        Some(br#"{"base64":"aGk=","note":1}"#.to_vec())
    );
}

#[test]
fn bytes_round_trip_through_json() {
    for bytes in [&b"plain"[..], &[0xff, 0x00, 0x80][..], &b""[..]] {
        assert_eq!(value_of(&printed(bytes)), Some(bytes.to_vec()));
    }
    assert_eq!(
        printed(&[0xff]),
        r#"{"value":"/w==","value_encoding":"base64"}"#
    );
}

#[test]
fn headers_accept_objects_and_pairs() {
    let headers =
        |text: &str| raw_to_headers(Some(serde_json::from_str::<&RawValue>(text).unwrap()));
    assert_eq!(
        headers(r#"[["a", "1"], ["a", null], ["b", "/w==", "base64"], ["n", 1.10]]"#).unwrap(),
        vec![
            ("a".into(), Some(b"1".to_vec())),
            ("a".into(), None),
            ("b".into(), Some(vec![0xff])),
            ("n".into(), Some(b"1.10".to_vec())),
        ]
    );
    assert_eq!(
        headers(r#"{"k": "v", "k": "w"}"#).unwrap(),
        vec![
            ("k".into(), Some(b"v".to_vec())),
            ("k".into(), Some(b"w".to_vec()))
        ]
    );
    assert!(headers(r#"[["k"]]"#).is_err());
    assert!(headers(r#"[["k", "v", "hex"]]"#).is_err());
    assert!(headers(r#""x""#).is_err());
    assert!(headers(r#"{"k": {"base64": "/w=="}}"#).is_err());
}

fn refusal(line: &str) -> String {
    parse(line).err().unwrap_or_default()
}

#[test]
fn records_must_say_what_they_mean() {
    assert_eq!(
        refusal(r#"{"key":"user-7","valeu":"important"}"#),
        "unknown field \"valeu\"; a record has \"key\", \"value\", \"headers\", \"partition\", \"timestamp\", \
         \"key_encoding\", \"value_encoding\" (and \"topic\", \"offset\", \"timestamp_type\", which kfk consume \
         prints, are ignored)"
    );
    assert_eq!(
        refusal("{}"),
        "no \"value\": every record needs one (\"value\": null writes a tombstone)"
    );
    assert_eq!(
        refusal(r#"{"value":"a","value":"b"}"#),
        "the field \"value\" appears twice"
    );
    let (tombstone, json) =
        parse_record(br#"{"key":"user-7","value":null}"#, SchemaParts::default()).unwrap();
    assert_eq!((json.key, json.value), (Value::from("user-7"), Value::Null));
    assert_eq!(
        (tombstone.key.as_deref(), tombstone.value),
        (Some(&b"user-7"[..]), None)
    );
}

#[test]
fn the_old_base64_form_is_ambiguous() {
    assert_eq!(
        refusal(r#"{"value":{"base64":"aGk="}}"#),
        "\"value\" is {\"base64\":\"aGk=\"}: ambiguous (JSON text or bytes?); to send bytes \
         give the base64 text as a string with \"value_encoding\": \"base64\", to send \
         this JSON give it as a string"
    );
    assert_eq!(
        value_of(r#"{"value":"{\"base64\":\"aGk=\"}"}"#),
        Some(br#"{"base64":"aGk="}"#.to_vec())
    );
    // A schema encodes JSON, so the form means nothing there.
    let schema = SchemaParts {
        key: false,
        value: true,
    };
    let (record, json) = parse_record(br#"{"value":{"base64":"aGk="}}"#, schema).expect("parses");
    assert_eq!(
        (record.value, json.value["base64"].as_str()),
        (None, Some("aGk="))
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
        (r#"{"value":"***","value_encoding":"base64"}"#, "\"value\": invalid base64 (Invalid symbol 42, offset 0.)"),
        (r#"{"value":7,"value_encoding":"base64"}"#, "\"value\" must be base64 text (a string) when its encoding is \"base64\", not 7"),
        (r#"{"value":"v","key_encoding":"hex"}"#, "\"key_encoding\" must be \"base64\", not \"hex\""),
        (r#"{"value":"v","headers":[["h","%","base64"]]}"#, "header \"h\": invalid base64 (Invalid symbol 37, offset 0.)"),
        ("[1, 2]", "expected a JSON object"),
        ("\"text\"", "expected a JSON object"),
    ] {
        assert_eq!(refusal(line), wanted, "{line}");
    }
}

#[test]
fn consume_output_replays() {
    let line = r#"{"topic":"orders","partition":3,"offset":17,"timestamp":1764151200000,"timestamp_type":"create_time","key":"k","value":"/w==","value_encoding":"base64","headers":[["h","1"]]}"#;
    assert_eq!(
        parse(line).unwrap(),
        InputRecord {
            key: Some(b"k".to_vec()),
            value: Some(vec![0xff]),
            headers: vec![("h".into(), Some(b"1".to_vec()))],
            partition: Some(3),
            timestamp: Some(1_764_151_200_000),
        }
    );
}
