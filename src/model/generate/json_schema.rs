//! Values for a JSON Schema: objects with every property (required or not), strings by
//! format, enum or field name, numbers within their bounds, local $refs followed.

use serde_json::{json, Map, Value};

use super::{by_name, now_ms, uuid, word, Rng};

const MAX_DEPTH: usize = 16;

#[derive(Debug)]
pub struct JsonSchemaGenerator {
    schema: Value,
}

impl JsonSchemaGenerator {
    pub fn new(schema: Value) -> JsonSchemaGenerator {
        JsonSchemaGenerator { schema }
    }

    pub fn value(&self, rng: &mut Rng, seq: u64) -> Result<Value, String> {
        self.make(&self.schema, "", rng, seq, 0)
    }

    fn make(
        &self,
        schema: &Value,
        field: &str,
        rng: &mut Rng,
        seq: u64,
        depth: usize,
    ) -> Result<Value, String> {
        if depth > MAX_DEPTH {
            return Err("the JSON Schema nests deeper than 16 levels ($ref without end?)".into());
        }
        if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
            let target = self.resolve(reference)?;
            return self.make(target, field, rng, seq, depth + 1);
        }
        if let Some(constant) = schema.get("const") {
            return Ok(constant.clone());
        }
        if let Some(choices) = schema
            .get("enum")
            .and_then(Value::as_array)
            .filter(|c| !c.is_empty())
        {
            return Ok(rng.pick(choices).clone());
        }
        for key in ["oneOf", "anyOf"] {
            if let Some(branches) = schema
                .get(key)
                .and_then(Value::as_array)
                .filter(|b| !b.is_empty())
            {
                return self.make(rng.pick(branches), field, rng, seq, depth + 1);
            }
        }
        let kind = match schema.get("type") {
            Some(Value::String(kind)) => kind.clone(),
            // ["null", "string"]: mostly the value, sometimes null.
            Some(Value::Array(kinds)) => {
                let others: Vec<&str> = kinds
                    .iter()
                    .filter_map(Value::as_str)
                    .filter(|k| *k != "null")
                    .collect();
                let nullable = kinds.iter().any(|k| k == "null");
                match others.is_empty() || (nullable && rng.fraction() < 0.2) {
                    true => "null".to_string(),
                    false => rng.pick(&others).to_string(),
                }
            }
            _ if schema.get("properties").is_some() => "object".into(),
            _ => "string".into(),
        };
        self.of_type(&kind, schema, field, rng, seq, depth)
    }

    fn of_type(
        &self,
        kind: &str,
        schema: &Value,
        field: &str,
        rng: &mut Rng,
        seq: u64,
        depth: usize,
    ) -> Result<Value, String> {
        let bound = |key: &str, default: i64| {
            schema
                .get(key)
                .and_then(Value::as_f64)
                .map_or(default, |n| n as i64)
        };
        Ok(match kind {
            "null" => Value::Null,
            "boolean" => Value::Bool(rng.next_u64() & 1 == 1),
            "integer" if field.eq_ignore_ascii_case("id") && schema.get("minimum").is_none() => {
                json!(seq + 1)
            }
            "integer" => json!(rng.between(bound("minimum", 0), bound("maximum", 1000))),
            "number" => {
                let (low, high) = (bound("minimum", 0), bound("maximum", 1000));
                json!(rng.between(low * 100, high * 100) as f64 / 100.0)
            }
            "string" => Value::String(string(schema, field, rng, seq)),
            "array" => {
                let low = bound("minItems", 0);
                let high = bound("maxItems", low.max(3));
                let items = schema.get("items").cloned().unwrap_or(json!({}));
                let values = (0..rng.between(low, high))
                    .map(|_| self.make(&items, field, rng, seq, depth + 1))
                    .collect::<Result<_, _>>()?;
                Value::Array(values)
            }
            "object" => {
                let mut out = Map::new();
                if let Some(properties) = schema.get("properties").and_then(Value::as_object) {
                    for (name, property) in properties {
                        out.insert(
                            name.clone(),
                            self.make(property, name, rng, seq, depth + 1)?,
                        );
                    }
                }
                Value::Object(out)
            }
            other => return Err(format!("unknown JSON Schema type '{other}'")),
        })
    }

    /// A local reference: "#/definitions/X" or "#/$defs/X" (any JSON pointer in this
    /// schema).
    fn resolve(&self, reference: &str) -> Result<&Value, String> {
        reference
            .strip_prefix('#')
            .and_then(|pointer| self.schema.pointer(pointer))
            .ok_or_else(|| format!("cannot follow $ref '{reference}': only references within the schema are followed"))
    }
}

fn string(schema: &Value, field: &str, rng: &mut Rng, seq: u64) -> String {
    let text = match schema.get("format").and_then(Value::as_str) {
        Some("date-time") => {
            crate::model::timespec::format_millis(now_ms() - rng.between(0, 3_600_000))
        }
        Some("date") => chrono::Utc::now().format("%Y-%m-%d").to_string(),
        Some("email") => by_name(rng, "email", seq).unwrap_or_default(),
        Some("uuid") => uuid(rng),
        Some("ipv4") => format!(
            "10.{}.{}.{}",
            rng.between(0, 255),
            rng.between(0, 255),
            rng.between(1, 254)
        ),
        Some("uri") => format!("https://example.com/{}", word(rng)),
        _ => by_name(rng, field, seq).unwrap_or_else(|| word(rng)),
    };
    let min = schema.get("minLength").and_then(Value::as_u64).unwrap_or(0) as usize;
    let max = schema
        .get("maxLength")
        .and_then(Value::as_u64)
        .map_or(usize::MAX, |m| m as usize);
    let mut text: String = text.chars().take(max).collect();
    while text.chars().count() < min {
        text.push('x');
    }
    text
}
