//! Test data: records made from an Avro schema, a JSON Schema, or a text template with
//! faker-style fields, each one a JSON line in the shape `kfk produce --input json` reads.
//! Values look real enough to test with (names, emails, cities, times near now) and are
//! reproducible with a seed.

mod avro;
mod json_schema;
mod template;

use serde_json::{json, Value};

/// What a record's value is made from.
#[derive(Debug)]
pub enum Generator {
    Avro(avro::AvroGenerator),
    JsonSchema(json_schema::JsonSchemaGenerator),
    Template(template::Template),
}

impl Generator {
    /// The generator a file's text asks for: an Avro schema (JSON with a "type" Avro
    /// knows, such as a record), a JSON Schema (JSON with "$schema", "properties" or a JSON
    /// Schema "type"), or else a template.
    pub fn parse(text: &str) -> Result<Generator, String> {
        let Ok(json) = serde_json::from_str::<Value>(text) else {
            return template::Template::parse(text).map(Generator::Template);
        };
        let avro_type = json["type"].as_str().filter(|t| {
            matches!(
                *t,
                "record" | "enum" | "fixed" | "map" | "long" | "int" | "double" | "float" | "bytes"
            )
        });
        if avro_type.is_some() || json.is_array() {
            return avro::AvroGenerator::new(json).map(Generator::Avro);
        }
        if json.get("$schema").is_some()
            || json.get("properties").is_some()
            || json.get("type").is_some()
        {
            return Ok(Generator::JsonSchema(
                json_schema::JsonSchemaGenerator::new(json),
            ));
        }
        template::Template::parse(text).map(Generator::Template)
    }

    /// The `seq`th record (from 0) as a JSON line: {"key", "value"}, the key taken from
    /// the value's top-level field `key_field` when one is named.
    pub fn record(
        &self,
        rng: &mut Rng,
        seq: u64,
        key_field: Option<&str>,
    ) -> Result<String, String> {
        let value = match self {
            Generator::Avro(g) => g.value(rng, seq)?,
            Generator::JsonSchema(g) => g.value(rng, seq)?,
            Generator::Template(t) => t.value(rng, seq),
        };
        let key = match key_field {
            None => Value::Null,
            Some(field) => match value.get(field) {
                Some(Value::String(s)) => Value::String(s.clone()),
                Some(other) if !other.is_null() => Value::String(other.to_string()),
                _ => {
                    return Err(format!(
                        "the generated value has no field '{field}' for --key-field"
                    ))
                }
            },
        };
        Ok(json!({"key": key, "value": value}).to_string())
    }
}

/// SplitMix64: small, fast, and the same sequence for the same seed everywhere.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `low..=high`.
    pub fn between(&mut self, low: i64, high: i64) -> i64 {
        if high <= low {
            return low;
        }
        let span = (high - low) as u64 + 1;
        low + (self.next_u64() % span) as i64
    }

    /// A fraction in [0, 1).
    pub fn fraction(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[(self.next_u64() % items.len().max(1) as u64) as usize]
    }
}

const FIRST_NAMES: [&str; 16] = [
    "Ada",
    "Alan",
    "Grace",
    "Edsger",
    "Barbara",
    "Donald",
    "Frances",
    "Ken",
    "Radia",
    "Dennis",
    "Margaret",
    "Linus",
    "Katherine",
    "Niklaus",
    "Shafi",
    "Tim",
];
const LAST_NAMES: [&str; 16] = [
    "Lovelace",
    "Turing",
    "Hopper",
    "Dijkstra",
    "Liskov",
    "Knuth",
    "Allen",
    "Thompson",
    "Perlman",
    "Ritchie",
    "Hamilton",
    "Torvalds",
    "Johnson",
    "Wirth",
    "Goldwasser",
    "Berners-Lee",
];
const CITIES: [&str; 12] = [
    "Lisbon", "Osaka", "Nairobi", "Toronto", "Berlin", "Lima", "Sydney", "Oslo", "Seoul", "Austin",
    "Cairo", "Porto",
];
const COUNTRIES: [&str; 12] = [
    "PT", "JP", "KE", "CA", "DE", "PE", "AU", "NO", "KR", "US", "EG", "BR",
];
const WORDS: [&str; 16] = [
    "amber", "basalt", "cobalt", "delta", "ember", "fjord", "granite", "harbor", "indigo",
    "juniper", "kelp", "lumen", "meadow", "nimbus", "onyx", "prairie",
];

/// A value that a field's name suggests: an email for "email", a city for "city", ...
pub(crate) fn by_name(rng: &mut Rng, name: &str, seq: u64) -> Option<String> {
    let name = name.to_ascii_lowercase();
    let first = *rng.pick(&FIRST_NAMES);
    let last = *rng.pick(&LAST_NAMES);
    Some(match () {
        _ if name.contains("email") => format!(
            "{}.{}@example.com",
            first.to_lowercase(),
            last.to_lowercase()
        ),
        _ if name.contains("first") => first.to_string(),
        _ if name.contains("last") || name.contains("surname") => last.to_string(),
        _ if name.contains("name") || name.contains("customer") || name.contains("user") => {
            format!("{first} {last}")
        }
        _ if name.contains("city") => rng.pick(&CITIES).to_string(),
        _ if name.contains("country") => rng.pick(&COUNTRIES).to_string(),
        _ if name == "id" || name.ends_with("_id") || name.ends_with("id") => {
            format!("{}-{seq}", rng.pick(&WORDS))
        }
        _ => return None,
    })
}

pub(crate) fn word(rng: &mut Rng) -> String {
    rng.pick(&WORDS).to_string()
}

pub(crate) fn uuid(rng: &mut Rng) -> String {
    let (a, b) = (rng.next_u64(), rng.next_u64());
    format!(
        "{:08x}-{:04x}-4{:03x}-{:04x}-{:012x}",
        a >> 32,
        (a >> 16) & 0xffff,
        a & 0x0fff,
        (b >> 48) & 0x3fff | 0x8000,
        b & 0xffff_ffff_ffff
    )
}

pub(crate) fn now_ms() -> i64 {
    chrono::Utc::now().timestamp_millis()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_kind_of_file_makes_its_generator() {
        let avro = r#"{"type": "record", "name": "Node", "namespace": "t", "fields": [
            {"name": "id", "type": "long"},
            {"name": "at", "type": {"type": "long", "logicalType": "timestamp-millis"}},
            {"name": "next", "type": ["null", "t.Node"]}]}"#;
        let generator = Generator::parse(avro).unwrap();
        assert!(matches!(generator, Generator::Avro(_)));
        let mut rng = Rng::new(3);
        // A recursive type ends: past the depth bound its union takes null.
        let line = generator.record(&mut rng, 4, Some("id")).unwrap();
        let record: Value = serde_json::from_str(&line).unwrap();
        assert_eq!(
            (record["key"].as_str(), record["value"]["id"].as_i64()),
            (Some("5"), Some(5))
        );

        let schema = r##"{"type": "object", "properties": {"email": {"type": "string", "format": "email"},
            "n": {"type": "integer", "minimum": 3, "maximum": 3}, "tag": {"$ref": "#/$defs/tag"}},
            "$defs": {"tag": {"enum": ["a"]}}}"##;
        let generator = Generator::parse(schema).unwrap();
        assert!(matches!(generator, Generator::JsonSchema(_)));
        let record: Value =
            serde_json::from_str(&generator.record(&mut rng, 0, None).unwrap()).unwrap();
        assert_eq!(
            (
                record["value"]["n"].as_i64(),
                record["value"]["tag"].as_str()
            ),
            (Some(3), Some("a"))
        );
        assert!(record["value"]["email"]
            .as_str()
            .is_some_and(|e| e.ends_with("@example.com")));
        assert!(matches!(
            Generator::parse("plain {{seq}}").unwrap(),
            Generator::Template(_)
        ));
        assert!(generator
            .record(&mut rng, 0, Some("missing"))
            .unwrap_err()
            .contains("no field 'missing'"));
    }
}
