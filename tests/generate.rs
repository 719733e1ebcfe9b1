//! `kfk produce --generate` and `--rate` against Apache Kafka: records made from an Avro
//! schema and a JSON Schema, encoded through the Schema Registry, read back by Confluent's
//! own deserializers; a template's records; and the rate cap, measured.

mod common;

use std::time::Instant;

use common::registry::{serde_script, TestRegistry};
use common::*;
use serde_json::Value;

/// Generates `count` records from the serde script's `format` schema into a new topic,
/// encoded through the registry; the topic.
fn generated_with_schema(format: &str, count: u32, registry: &TestRegistry) -> String {
    let dir = tempfile::tempdir().expect("tempdir");
    let extension = if format == "avro" { "avsc" } else { "json" };
    let schema = dir.path().join(format!("order.{extension}"));
    std::fs::write(&schema, serde_script(&["schema", format])).expect("schema");
    let topic = create_topic(1, &format!("generate-{format}"));
    let schema = schema.to_str().expect("path");
    run_ok(
        kfk_on_broker()
            .args([
                "--schema-registry",
                &registry.url,
                "produce",
                "-t",
                &topic,
                "-q",
            ])
            .args([
                "--generate",
                schema,
                "--value-schema",
                schema,
                "--register",
                "--count",
                &count.to_string(),
                "--key-field",
                "customer",
                "--seed",
                "7",
            ]),
    );
    topic
}

#[test]
fn avro_records_read_back_with_confluents_deserializer() {
    let registry = TestRegistry::start();
    let topic = generated_with_schema("avro", 50, &registry);
    let values: Vec<Value> = serde_script(&["consume", "avro", brokers(), &registry.url, &topic])
        .lines()
        .map(|l| serde_json::from_str(l).expect("value"))
        .collect();
    assert_eq!(values.len(), 50);
    let ids: Vec<i64> = values
        .iter()
        .map(|v| v["id"].as_i64().expect("id"))
        .collect();
    assert_eq!(ids, (1..=50).collect::<Vec<_>>());
    assert!(values
        .iter()
        .all(|v| ["NEW", "PAID"].contains(&v["status"].as_str().unwrap_or(""))));
    // The key is each value's customer, a name.
    let stored = read_topic(brokers(), &topic, "read_committed");
    for (record, value) in stored.iter().zip(&values) {
        assert_eq!(record.key_str(), value["customer"].as_str());
        assert!(
            value["customer"].as_str().is_some_and(|c| c.contains(' ')),
            "{value}"
        );
    }
}

#[test]
fn json_schema_records_read_back_with_confluents_deserializer() {
    let registry = TestRegistry::start();
    let topic = generated_with_schema("json", 30, &registry);
    let values: Vec<Value> = serde_script(&["consume", "json", brokers(), &registry.url, &topic])
        .lines()
        .map(|l| serde_json::from_str(l).expect("value"))
        .collect();
    assert_eq!(values.len(), 30);
    assert!(
        values
            .iter()
            .all(|v| v["id"].is_i64() && v["customer"].is_string()),
        "{values:?}"
    );
}

#[test]
fn a_template_makes_records_at_the_rate_asked() {
    let dir = tempfile::tempdir().expect("tempdir");
    let template = dir.path().join("click.tmpl");
    std::fs::write(
        &template,
        "{\"n\": {{seq}}, \"email\": \"{{email}}\", \"page\": \"{{choice home cart}}\"}\n",
    )
    .expect("template");
    let topic = create_topic(1, "generate-template");
    let started = Instant::now();
    run_ok(
        kfk_on_broker()
            .args([
                "produce", "-t", &topic, "-q", "--count", "40", "--rate", "20/s",
            ])
            .arg("--generate")
            .arg(&template),
    );
    let took = started.elapsed().as_secs_f64();
    // 40 records at 20 a second: the last is due at 2 s.
    assert!((1.9..10.0).contains(&took), "took {took} s");
    let values: Vec<Value> = read_topic(brokers(), &topic, "read_committed")
        .iter()
        .map(|r| serde_json::from_str(r.value_str().expect("value")).expect("JSON"))
        .collect();
    let numbers: Vec<i64> = values.iter().map(|v| v["n"].as_i64().expect("n")).collect();
    assert_eq!(numbers, (1..=40).collect::<Vec<_>>());
    assert!(values.iter().all(|v| v["email"]
        .as_str()
        .is_some_and(|e| e.ends_with("@example.com"))));
    assert!(values
        .iter()
        .all(|v| ["home", "cart"].contains(&v["page"].as_str().unwrap_or(""))));

    // The cap holds for ordinary input too.
    let started = Instant::now();
    let lines: String = (0..30).map(|i| format!("{i}\n")).collect();
    let produced = run_with_stdin(
        kfk_on_broker().args(["produce", "-t", &topic, "-q", "--rate", "30/s"]),
        lines.as_bytes(),
    );
    assert_eq!(produced.code, 0, "{}", produced.stderr);
    assert!(started.elapsed().as_secs_f64() >= 0.95);
}

#[test]
fn a_broken_template_is_named() {
    let dir = tempfile::tempdir().expect("tempdir");
    let template = dir.path().join("bad.tmpl");
    std::fs::write(&template, "{{seq}} {{nope}}").expect("template");
    let result = run(kfk_on_broker()
        .args(["produce", "-t", "any", "--count", "1"])
        .arg("--generate")
        .arg(&template));
    assert_eq!(result.code, 2, "{}", result.stderr);
    assert_eq!(result.stderr.lines().count(), 1, "{}", result.stderr);
    assert!(
        result
            .stderr
            .contains("bad.tmpl: template: unknown field '{{nope}}'"),
        "{}",
        result.stderr
    );
}
