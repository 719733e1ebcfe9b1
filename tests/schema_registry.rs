//! Records in the Confluent wire format, written by Confluent's own serializers (Python's
//! confluent-kafka, through the test registry, onto the test broker), read by kfk.
//! `scripts/test` installs the serializers and sets KFK_TEST_PYTHON.

mod common;

use common::registry::{serde_script as python, TestRegistry};
use common::*;
use serde_json::{json, Value};

/// Writes the script's fixed orders to a new topic with Confluent's `format` serializer.
fn produced_by_confluent(format: &str, registry: &TestRegistry) -> String {
    let topic = create_topic(1, &format!("serde-{format}"));
    python(&["produce", format, brokers(), &registry.url, &topic]);
    topic
}

/// The values kfk prints for the topic's records with --output json.
fn values_read_by_kfk(topic: &str, registry: &TestRegistry) -> Vec<Value> {
    let out = run_ok(kfk_on_broker().args([
        "--schema-registry",
        &registry.url,
        "--output",
        "json",
        "consume",
        "-t",
        topic,
        "-e",
    ]));
    out.stdout
        .lines()
        .map(|line| {
            let record: Value = serde_json::from_str(line).expect("record JSON");
            assert_eq!(record.get("error"), None, "{line}");
            record["value"].clone()
        })
        .collect()
}

#[test]
fn avro_from_confluents_serializer_prints_as_confluents_tools_print_it() {
    let registry = TestRegistry::start();
    let topic = produced_by_confluent("avro", &registry);
    assert_eq!(
        values_read_by_kfk(&topic, &registry),
        [
            json!({"id": 1, "customer": "ada", "amount": 12.5, "note": null, "tags": ["a"], "status": "NEW"}),
            json!({"id": 2, "customer": "bob", "amount": 0.25, "note": {"string": "gift"}, "tags": [], "status": "PAID"}),
        ]
    );
}

#[test]
fn json_schema_records_from_confluents_serializer_are_their_json() {
    let registry = TestRegistry::start();
    let topic = produced_by_confluent("json", &registry);
    assert_eq!(
        values_read_by_kfk(&topic, &registry),
        [
            json!({"id": 1, "customer": "ada", "amount": 12.5, "note": null, "tags": ["a"], "status": "NEW"}),
            json!({"id": 2, "customer": "bob", "amount": 0.25, "note": "gift", "tags": [], "status": "PAID"}),
        ]
    );
}

#[test]
fn protobuf_from_confluents_serializer_prints_in_protobufs_json_mapping() {
    let registry = TestRegistry::start();
    let topic = produced_by_confluent("protobuf", &registry);
    assert_eq!(
        values_read_by_kfk(&topic, &registry),
        [
            json!({"id": "1", "customer": "ada", "amount": 12.5, "tags": ["a"]}),
            json!({"id": "2", "customer": "bob", "amount": 0.25}),
        ]
    );
}

#[test]
fn a_record_that_cannot_be_decoded_is_shown_raw_counted_and_exits_3() {
    let registry = TestRegistry::start();
    let topic = produced_by_confluent("avro", &registry);
    // A framed record whose schema id the registry does not know, and an unframed one.
    let unknown_id = b"\x00\x00\x00\x03\xe7\x02";
    let produced = run_with_stdin(
        kfk_on_broker().args(["produce", "-t", &topic, "--input", "json", "-q"]),
        format!(
            "{{\"value\":\"{}\",\"value_encoding\":\"base64\"}}\n{{\"value\":\"plain text\"}}\n",
            base64::Engine::encode(&base64::engine::general_purpose::STANDARD, unknown_id)
        )
        .as_bytes(),
    );
    assert_eq!(produced.code, 0, "{}", produced.stderr);
    let json = run(&mut kfk_words(&format!(
        "--schema-registry {} --output json consume -t {topic} -e",
        registry.url
    )));
    assert_eq!(json.code, 3, "{}", json.stderr);
    let records: Vec<Value> = json
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON"))
        .collect();
    assert_eq!(records.len(), 4, "{}", json.stdout);
    assert_eq!(records[2]["value"], "AAAAA+cC");
    assert_eq!(records[2]["value_encoding"], "base64");
    assert_eq!(
        records[2]["error"],
        "value: schema 999: the schema registry answered /schemas/ids/999 with HTTP 404: Schema not found"
    );
    assert_eq!(records[3]["value"], "plain text");
    assert_eq!(records[3].get("error"), None);
    assert!(
        json.stderr
            .contains("1 record could not be decoded and was shown as it is"),
        "{}",
        json.stderr
    );

    // As text: the record's raw bytes, and a note on stderr naming it.
    let text = run(&mut kfk_words(&format!(
        "--schema-registry {} consume -t {topic} -e",
        registry.url
    )));
    assert_eq!(text.code, 3, "{}", text.stderr);
    assert_eq!(text.stdout.lines().count(), 4, "{}", text.stdout);
    assert!(
        text.stderr.contains(&format!(
            "{topic} [0] at offset 2: not decoded, shown as it is: value: schema 999"
        )),
        "{}",
        text.stderr
    );
}

const PROTO: &str = "syntax = \"proto3\";\npackage shop;\nmessage Order {\n  int64 id = 1;\n  \
                     string customer = 2;\n  double amount = 3;\n  repeated string tags = 5;\n}\n";

/// The script's orders as JSON lines for `kfk produce --input json`.
fn order_lines(format: &str) -> String {
    let orders = [
        json!({"id": 1, "customer": "ada", "amount": 12.5, "note": null, "tags": ["a"], "status": "NEW"}),
        json!({"id": 2, "customer": "bob", "amount": 0.25, "note": "gift", "tags": [], "status": "PAID"}),
    ];
    orders
        .iter()
        .map(|order| {
            let mut value = order.clone();
            if format == "protobuf" {
                for field in ["note", "status"] {
                    value.as_object_mut().map(|o| o.remove(field));
                }
            }
            format!("{}\n", json!({"value": value, "partition": 0}))
        })
        .collect()
}

/// Produces the orders with kfk, registering `schema_file`; the topic.
fn produced_by_kfk(format: &str, registry: &TestRegistry, dir: &std::path::Path) -> String {
    let (file, text) = match format {
        "avro" => ("order.avsc", python(&["schema", "avro"])),
        "json" => ("order.json", python(&["schema", "json"])),
        _ => ("order.proto", PROTO.to_string()),
    };
    let path = dir.join(file);
    std::fs::write(&path, text).expect("schema file");
    let topic = create_topic(1, &format!("kfk-serde-{format}"));
    let produced = run_with_stdin(
        kfk_on_broker()
            .args([
                "--schema-registry",
                &registry.url,
                "produce",
                "-t",
                &topic,
                "--input",
                "json",
            ])
            .arg("--value-schema")
            .arg(&path)
            .arg("--register"),
        order_lines(format).as_bytes(),
    );
    assert_eq!(produced.code, 0, "{}", produced.stderr);
    topic
}

/// The raw values of a topic, as kfk reads them in base64.
fn raw_values(topic: &str) -> Vec<String> {
    let out =
        run_ok(kfk_on_broker().args(["consume", "-t", topic, "-e", "--value-format", "base64"]));
    out.stdout.lines().map(str::to_string).collect()
}

#[test]
fn confluents_deserializers_read_what_kfk_writes() {
    let dir = tempfile::tempdir().expect("dir");
    let registry = TestRegistry::start();
    for format in ["avro", "json", "protobuf"] {
        let topic = produced_by_kfk(format, &registry, dir.path());
        let read: Vec<Value> = python(&["consume", format, brokers(), &registry.url, &topic])
            .lines()
            .map(|line| serde_json::from_str(line).expect("JSON"))
            .collect();
        let expected: Vec<Value> = match format {
            "protobuf" => vec![
                json!({"id": "1", "customer": "ada", "amount": 12.5, "tags": ["a"]}),
                json!({"id": "2", "customer": "bob", "amount": 0.25}),
            ],
            _ => order_lines("avro")
                .lines()
                .map(|line| serde_json::from_str::<Value>(line).expect("JSON")["value"].clone())
                .collect(),
        };
        assert_eq!(read, expected, "{format}");
    }
}

#[test]
fn avro_and_json_bytes_match_confluents_byte_for_byte() {
    let dir = tempfile::tempdir().expect("dir");
    let registry = TestRegistry::start();
    for format in ["avro", "json"] {
        let confluent = produced_by_confluent(format, &registry);
        let kfk = produced_by_kfk(format, &registry, dir.path());
        assert_eq!(raw_values(&kfk), raw_values(&confluent), "{format}");
    }
}

#[test]
fn a_value_that_does_not_fit_its_schema_is_an_invalid_line() {
    let dir = tempfile::tempdir().expect("dir");
    let registry = TestRegistry::start();
    let schema = dir.path().join("order.avsc");
    std::fs::write(&schema, python(&["schema", "avro"])).expect("schema");
    let topic = create_topic(1, "kfk-serde-invalid");
    let lines = "{\"value\": {\"id\": 1, \"customer\": \"ada\", \"amount\": 1.5, \"tags\": [], \"status\": \"NEW\"}}\n\
                 {\"value\": {\"id\": \"two\", \"customer\": \"bob\", \"amount\": 1.5, \"tags\": [], \"status\": \"NEW\"}}\n";
    let produce = |extra: &[&str]| {
        run_with_stdin(
            kfk_on_broker()
                .args([
                    "--schema-registry",
                    &registry.url,
                    "produce",
                    "-t",
                    &topic,
                    "--input",
                    "json",
                ])
                .arg("--value-schema")
                .arg(&schema)
                .args(extra),
            lines.as_bytes(),
        )
    };
    let unregistered = produce(&[]);
    assert_eq!(unregistered.code, 1, "{}", unregistered.stderr);
    assert!(
        unregistered
            .stderr
            .contains("add --register to register it"),
        "{}",
        unregistered.stderr
    );
    let refused = produce(&["--register"]);
    assert_eq!(refused.code, 1, "{}", refused.stderr);
    assert!(
        refused.stderr.contains("error: line 2: \"value\" does not fit its schema: field 'id': expected a long, got \"two\""),
        "{}",
        refused.stderr
    );
    assert_eq!(watermarks(brokers(), &topic), [(0, 1)]);
    let skipped = produce(&["--register", "--skip-invalid"]);
    assert_eq!(skipped.code, 3, "{}", skipped.stderr);
    assert_eq!(watermarks(brokers(), &topic), [(0, 2)]);
}

#[test]
fn where_filters_decoded_values() {
    let registry = TestRegistry::start();
    let topic = produced_by_confluent("avro", &registry);
    let out = run_ok(kfk_on_broker().args([
        "--schema-registry",
        &registry.url,
        "consume",
        "-t",
        &topic,
        "-e",
        "--where",
        "status=PAID",
    ]));
    let values: Vec<Value> = out
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON"))
        .collect();
    assert_eq!(values.len(), 1, "{}", out.stdout);
    assert_eq!(values[0]["customer"], "bob");
    assert!(
        out.stderr.contains("2 records scanned, 1 matched"),
        "{}",
        out.stderr
    );
}

#[test]
fn avro_schemas_with_references_encode_and_decode() {
    let dir = tempfile::tempdir().expect("dir");
    let registry = TestRegistry::start();
    let money = dir.path().join("money.avsc");
    std::fs::write(
        &money,
        r#"{"type":"record","name":"Money","namespace":"shop","fields":[{"name":"currency","type":"string"},{"name":"cents","type":"long"}]}"#,
    )
    .expect("money");
    let order = dir.path().join("order.avsc");
    std::fs::write(
        &order,
        r#"{"type":"record","name":"Order","namespace":"shop","fields":[{"name":"id","type":"long"},{"name":"total","type":"shop.Money"},{"name":"refund","type":["null","shop.Money"]}]}"#,
    )
    .expect("order");
    let subject = format!("refs-{}", std::process::id());
    let money_subject = format!("{subject}-money");
    python(&[
        "register",
        &registry.url,
        &money_subject,
        "AVRO",
        &money.display().to_string(),
    ]);
    python(&[
        "register",
        &registry.url,
        &subject,
        "AVRO",
        &order.display().to_string(),
        &format!("shop.Money={money_subject}:1"),
    ]);
    let topic = create_topic(1, "serde-refs");
    let value = json!({"id": 7, "total": {"currency": "EUR", "cents": 1250}, "refund": {"shop.Money": {"currency": "EUR", "cents": 50}}});
    let produced = run_with_stdin(
        kfk_on_broker()
            .args([
                "--schema-registry",
                &registry.url,
                "produce",
                "-t",
                &topic,
                "--input",
                "json",
            ])
            .args(["--value-schema-subject", &subject]),
        format!("{}\n", json!({"value": value})).as_bytes(),
    );
    assert_eq!(produced.code, 0, "{}", produced.stderr);
    assert_eq!(values_read_by_kfk(&topic, &registry), [value]);
}

#[test]
fn protobuf_bodies_match_confluents_byte_for_byte() {
    let dir = tempfile::tempdir().expect("dir");
    let registry = TestRegistry::start();
    let confluent = raw_values(&produced_by_confluent("protobuf", &registry));
    let kfk = raw_values(&produced_by_kfk("protobuf", &registry, dir.path()));
    // The schema ids differ (Confluent's Python client registers a descriptor, kfk the
    // .proto text); the message indexes and bodies after them must not.
    let body = |b64: &String| {
        let bytes = base64::Engine::decode(&base64::engine::general_purpose::STANDARD, b64)
            .expect("base64");
        bytes[5..].to_vec()
    };
    assert_eq!(
        kfk.iter().map(body).collect::<Vec<_>>(),
        confluent.iter().map(body).collect::<Vec<_>>()
    );
}

#[test]
fn keys_and_values_with_schemas_print_as_json_in_formats() {
    let dir = tempfile::tempdir().expect("dir");
    let registry = TestRegistry::start();
    let key_schema = dir.path().join("key.avsc");
    std::fs::write(&key_schema, r#""string""#).expect("key schema");
    let value_schema = dir.path().join("value.json");
    std::fs::write(
        &value_schema,
        r#"{"type":"object","properties":{"n":{"type":"integer"}}}"#,
    )
    .expect("value schema");
    let topic = create_topic(1, "serde-keys");
    let produced = run_with_stdin(
        kfk_on_broker()
            .args([
                "--schema-registry",
                &registry.url,
                "produce",
                "-t",
                &topic,
                "--input",
                "json",
                "--register",
            ])
            .arg("--key-schema")
            .arg(&key_schema)
            .arg("--value-schema")
            .arg(&value_schema),
        b"{\"key\":\"k1\",\"value\":{\"n\":1}}\n{\"key\":\"k2\",\"value\":null}\n",
    );
    assert_eq!(produced.code, 0, "{}", produced.stderr);
    let out = run_ok(kfk_on_broker().args([
        "--schema-registry",
        &registry.url,
        "consume",
        "-t",
        &topic,
        "-e",
        "-f",
        "%k %s|%S\\n",
    ]));
    // A tombstone stays a tombstone: no value, length -1.
    assert_eq!(out.stdout, "\"k1\" {\"n\":1}|12\n\"k2\" |-1\n");
}
