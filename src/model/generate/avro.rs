//! Values for an Avro schema, as plain JSON (kfk's Avro encoder finds each union's branch
//! from the value). Named types may be used after they are defined, as Avro allows.

use std::collections::HashMap;

use serde_json::{json, Map, Value};

use super::{by_name, now_ms, uuid, word, Rng};

/// How many items an array or map gets, at most.
const MAX_ITEMS: i64 = 3;
/// How deep a recursive type may nest before the generator takes a union's null branch.
const MAX_DEPTH: usize = 8;

#[derive(Debug)]
pub struct AvroGenerator {
    schema: Value,
    /// Named types (records, enums, fixed) by full and short name.
    named: HashMap<String, Value>,
}

impl AvroGenerator {
    pub fn new(schema: Value) -> Result<AvroGenerator, String> {
        let mut named = HashMap::new();
        collect_named(&schema, "", &mut named)?;
        Ok(AvroGenerator { schema, named })
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
        if depth > MAX_DEPTH * 4 {
            return Err(
                "the schema nests without end (a recursive type with no null branch)".into(),
            );
        }
        match schema {
            Value::String(name) => match self.named.get(name) {
                Some(defined) => self.make(defined, field, rng, seq, depth + 1),
                None => primitive(name, None, field, rng, seq),
            },
            Value::Array(branches) => {
                let null = branches.iter().any(|b| b == "null");
                if null && (depth > MAX_DEPTH || rng.fraction() < 0.2) {
                    return Ok(Value::Null);
                }
                let others: Vec<&Value> = branches.iter().filter(|b| *b != "null").collect();
                if others.is_empty() {
                    return Ok(Value::Null);
                }
                let branch: &Value = rng.pick::<&Value>(&others);
                self.make(branch, field, rng, seq, depth + 1)
            }
            Value::Object(definition) => self.complex(definition, field, rng, seq, depth),
            other => Err(format!("not an Avro schema: {other}")),
        }
    }

    fn complex(
        &self,
        schema: &Map<String, Value>,
        field: &str,
        rng: &mut Rng,
        seq: u64,
        depth: usize,
    ) -> Result<Value, String> {
        let kind = schema
            .get("type")
            .ok_or("an Avro schema object without \"type\"")?;
        let Some(kind) = kind.as_str() else {
            return self.make(kind, field, rng, seq, depth + 1);
        };
        match kind {
            "record" | "error" => {
                let fields = schema["fields"]
                    .as_array()
                    .ok_or("a record without \"fields\"")?;
                let mut out = Map::new();
                for f in fields {
                    let name = f["name"]
                        .as_str()
                        .ok_or("a record field without \"name\"")?;
                    out.insert(
                        name.to_string(),
                        self.make(&f["type"], name, rng, seq, depth + 1)?,
                    );
                }
                Ok(Value::Object(out))
            }
            "enum" => {
                let symbols = schema["symbols"]
                    .as_array()
                    .filter(|s| !s.is_empty())
                    .ok_or("an enum without \"symbols\"")?;
                Ok(rng.pick(symbols).clone())
            }
            "array" => {
                let count = rng.between(0, MAX_ITEMS);
                let items = (0..count)
                    .map(|_| self.make(&schema["items"], field, rng, seq, depth + 1))
                    .collect::<Result<_, _>>()?;
                Ok(Value::Array(items))
            }
            "map" => {
                let mut out = Map::new();
                for _ in 0..rng.between(0, MAX_ITEMS) {
                    out.insert(
                        word(rng),
                        self.make(&schema["values"], field, rng, seq, depth + 1)?,
                    );
                }
                Ok(Value::Object(out))
            }
            "fixed" => {
                let size = schema["size"].as_u64().ok_or("a fixed without \"size\"")?;
                Ok(Value::String(letters(rng, size as usize)))
            }
            name => primitive(
                name,
                schema.get("logicalType").and_then(Value::as_str),
                field,
                rng,
                seq,
            ),
        }
    }
}

fn primitive(
    name: &str,
    logical: Option<&str>,
    field: &str,
    rng: &mut Rng,
    seq: u64,
) -> Result<Value, String> {
    let now = now_ms();
    Ok(match (name, logical) {
        ("null", _) => Value::Null,
        ("boolean", _) => Value::Bool(rng.next_u64() & 1 == 1),
        ("long", Some("timestamp-millis" | "local-timestamp-millis")) => {
            json!(now - rng.between(0, 3_600_000))
        }
        ("long", Some("timestamp-micros" | "local-timestamp-micros")) => {
            json!((now - rng.between(0, 3_600_000)) * 1000)
        }
        ("int", Some("date")) => json!(now / 86_400_000 - rng.between(0, 365)),
        ("int", Some("time-millis")) => json!(rng.between(0, 86_399_999)),
        ("long", Some("time-micros")) => json!(rng.between(0, 86_399_999) * 1000),
        ("int" | "long", _) if field.eq_ignore_ascii_case("id") => json!(seq + 1),
        ("int" | "long", _) => json!(rng.between(0, 1000)),
        ("float" | "double", _) => json!(rng.between(0, 100_000) as f64 / 100.0),
        ("string", Some("uuid")) => Value::String(uuid(rng)),
        ("string", _) => Value::String(by_name(rng, field, seq).unwrap_or_else(|| word(rng))),
        // Avro's JSON for bytes: one character per byte.
        ("bytes", _) => Value::String(letters(rng, 8)),
        (other, _) => return Err(format!("unknown Avro type '{other}'")),
    })
}

fn letters(rng: &mut Rng, count: usize) -> String {
    (0..count)
        .map(|_| char::from(b'a' + (rng.next_u64() % 26) as u8))
        .collect()
}

/// Records every named type of `schema` under its full name and its short name.
fn collect_named(
    schema: &Value,
    namespace: &str,
    named: &mut HashMap<String, Value>,
) -> Result<(), String> {
    match schema {
        Value::Array(branches) => branches
            .iter()
            .try_for_each(|b| collect_named(b, namespace, named)),
        Value::Object(definition) => {
            let kind = definition.get("type").and_then(Value::as_str).unwrap_or("");
            let mut inner = namespace.to_string();
            if let (true, Some(name)) = (
                matches!(kind, "record" | "error" | "enum" | "fixed"),
                definition.get("name").and_then(Value::as_str),
            ) {
                let space = definition
                    .get("namespace")
                    .and_then(Value::as_str)
                    .unwrap_or(namespace);
                let full = match (name.contains('.'), space.is_empty()) {
                    (true, _) | (_, true) => name.to_string(),
                    _ => format!("{space}.{name}"),
                };
                inner = full
                    .rsplit_once('.')
                    .map_or(String::new(), |(ns, _)| ns.to_string());
                let short = full.rsplit('.').next().unwrap_or(name).to_string();
                named.insert(full, schema.clone());
                named.insert(short, schema.clone());
            }
            if let Some(fields) = definition.get("fields").and_then(Value::as_array) {
                for f in fields {
                    collect_named(&f["type"], &inner, named)?;
                }
            }
            for key in ["items", "values"] {
                if let Some(nested) = definition.get(key) {
                    collect_named(nested, &inner, named)?;
                }
            }
            if let Some(nested) = definition.get("type").filter(|t| !t.is_string()) {
                collect_named(nested, &inner, named)?;
            }
            Ok(())
        }
        _ => Ok(()),
    }
}
