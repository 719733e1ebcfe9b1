//! Avro bodies to JSON, the way Confluent's tools print them (Avro's JSON encoding):
//! a union's non-null value is wrapped in an object named after its branch
//! (`{"string": "x"}`, `{"com.example.Address": {...}}`); bytes, fixed and decimals are
//! strings with one character per byte (U+0000-U+00FF); enums are their symbol; dates,
//! times and timestamps are the numbers they are stored as; UUIDs are strings.

use std::collections::HashMap;

use anyhow::{anyhow, Result};
use apache_avro::schema::{Name, Schema};
use apache_avro::types::Value;
use serde_json::{json, Map, Value as Json};

/// A writer schema with the schemas it references.
pub struct AvroSchema {
    schema: Schema,
    referenced: Vec<Schema>,
    names: HashMap<Name, Schema>,
}

impl AvroSchema {
    /// Parses `text`, whose named types may come from `references` (schema texts).
    pub fn parse(text: &str, references: &[String]) -> Result<AvroSchema> {
        let (schema, referenced) = if references.is_empty() {
            (Schema::parse_str(text)?, Vec::new())
        } else {
            Schema::parse_str_with_list(text, references)?
        };
        let mut names = HashMap::new();
        for named in referenced.iter().chain(std::iter::once(&schema)) {
            collect_names(named, &mut names);
        }
        Ok(AvroSchema {
            schema,
            referenced,
            names,
        })
    }

    pub fn decode(&self, mut body: &[u8]) -> Result<Json> {
        let value = apache_avro::from_avro_datum_schemata(
            &self.schema,
            self.referenced.iter().collect(),
            &mut body,
            None,
        )?;
        if !body.is_empty() {
            return Err(anyhow!(
                "{} bytes are left after the Avro record",
                body.len()
            ));
        }
        self.to_json(&value, &self.schema)
    }

    /// Encodes a JSON value (as `consume` prints it, or plain) with this schema; the
    /// error names the field.
    pub fn encode(&self, json: &Json) -> Result<Vec<u8>, String> {
        let value = super::avro_json::from_json(json, &self.schema, &self.names)?;
        apache_avro::to_avro_datum_schemata(&self.schema, self.referenced.iter().collect(), value)
            .map_err(|err| err.to_string())
    }

    fn resolve<'a>(&'a self, schema: &'a Schema) -> &'a Schema {
        match schema {
            Schema::Ref { name } => self.names.get(name).unwrap_or(schema),
            other => other,
        }
    }

    fn to_json(&self, value: &Value, schema: &Schema) -> Result<Json> {
        let schema = self.resolve(schema);
        Ok(match (value, schema) {
            (Value::Null, _) => Json::Null,
            (Value::Boolean(b), _) => json!(b),
            (Value::Int(n) | Value::Date(n) | Value::TimeMillis(n), _) => json!(n),
            (
                Value::Long(n)
                | Value::TimeMicros(n)
                | Value::TimestampMillis(n)
                | Value::TimestampMicros(n)
                | Value::TimestampNanos(n)
                | Value::LocalTimestampMillis(n)
                | Value::LocalTimestampMicros(n)
                | Value::LocalTimestampNanos(n),
                _,
            ) => json!(n),
            (Value::Float(f), _) => number(f64::from(*f)),
            (Value::Double(f), _) => number(*f),
            (Value::Bytes(bytes) | Value::Fixed(_, bytes), _) => Json::String(latin1(bytes)),
            (Value::Decimal(decimal), _) => {
                let bytes: Vec<u8> = decimal.try_into().map_err(|err| anyhow!("{err}"))?;
                Json::String(latin1(&bytes))
            }
            (Value::String(s), _) => Json::String(s.clone()),
            (Value::Uuid(uuid), _) => Json::String(uuid.to_string()),
            (Value::Enum(_, symbol), _) => Json::String(symbol.clone()),
            (Value::Union(index, inner), Schema::Union(union)) => {
                let branch = union
                    .variants()
                    .get(*index as usize)
                    .ok_or_else(|| anyhow!("union branch {index} is not in the schema"))?;
                match **inner {
                    Value::Null => Json::Null,
                    ref inner => {
                        let mut wrapped = Map::new();
                        let name = super::avro_json::branch_name(branch, &self.names);
                        wrapped.insert(name, self.to_json(inner, branch)?);
                        Json::Object(wrapped)
                    }
                }
            }
            (Value::Array(items), Schema::Array(array)) => Json::Array(
                items
                    .iter()
                    .map(|item| self.to_json(item, &array.items))
                    .collect::<Result<_>>()?,
            ),
            (Value::Map(entries), Schema::Map(map)) => {
                let mut keys: Vec<&String> = entries.keys().collect();
                keys.sort();
                let mut object = Map::new();
                for key in keys {
                    object.insert(key.clone(), self.to_json(&entries[key], &map.types)?);
                }
                Json::Object(object)
            }
            (Value::Record(fields), Schema::Record(record)) => {
                let mut object = Map::new();
                for ((name, value), field) in fields.iter().zip(&record.fields) {
                    object.insert(name.clone(), self.to_json(value, &field.schema)?);
                }
                Json::Object(object)
            }
            (value, schema) => {
                return Err(anyhow!(
                    "an Avro value {value:?} does not match its schema {schema:?}"
                ))
            }
        })
    }
}

/// Every named type in `schema`, by name.
fn collect_names(schema: &Schema, names: &mut HashMap<Name, Schema>) {
    if let Some(name) = schema.name() {
        if matches!(schema, Schema::Ref { .. }) {
            return;
        }
        names.insert(name.clone(), schema.clone());
    }
    match schema {
        Schema::Record(record) => {
            for field in &record.fields {
                collect_names(&field.schema, names);
            }
        }
        Schema::Array(array) => collect_names(&array.items, names),
        Schema::Map(map) => collect_names(&map.types, names),
        Schema::Union(union) => {
            for variant in union.variants() {
                collect_names(variant, names);
            }
        }
        _ => {}
    }
}

/// NaN and infinities have no JSON number; they are printed as Java does.
fn number(value: f64) -> Json {
    serde_json::Number::from_f64(value)
        .map(Json::Number)
        .unwrap_or_else(|| Json::String(format!("{value}")))
}

/// Bytes as Avro's JSON encoding writes them: one character per byte.
fn latin1(bytes: &[u8]) -> String {
    bytes.iter().map(|&b| char::from(b)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unions_bytes_and_logical_types_print_as_confluent_prints_them() {
        let schema = AvroSchema::parse(
            r#"{"type":"record","name":"Order","namespace":"shop","fields":[
                {"name":"id","type":"long"},
                {"name":"note","type":["null","string"]},
                {"name":"tag","type":["null","string"]},
                {"name":"raw","type":"bytes"},
                {"name":"at","type":{"type":"long","logicalType":"timestamp-millis"}},
                {"name":"state","type":{"type":"enum","name":"State","symbols":["NEW","PAID"]}},
                {"name":"addr","type":["null",{"type":"record","name":"Addr","fields":[
                    {"name":"city","type":"string"}]}]}
            ]}"#,
            &[],
        )
        .unwrap();
        let record = Value::Record(vec![
            ("id".into(), Value::Long(42)),
            (
                "note".into(),
                Value::Union(1, Box::new(Value::String("gift".into()))),
            ),
            ("tag".into(), Value::Union(0, Box::new(Value::Null))),
            ("raw".into(), Value::Bytes(vec![0, 255])),
            ("at".into(), Value::TimestampMillis(1_700_000_000_000)),
            ("state".into(), Value::Enum(1, "PAID".into())),
            (
                "addr".into(),
                Value::Union(
                    1,
                    Box::new(Value::Record(vec![(
                        "city".into(),
                        Value::String("Oslo".into()),
                    )])),
                ),
            ),
        ]);
        let body = apache_avro::to_avro_datum(&schema.schema, record).unwrap();
        assert_eq!(
            schema.decode(&body).unwrap(),
            json!({"id": 42, "note": {"string": "gift"}, "tag": null, "raw": "\u{0}\u{ff}",
                   "at": 1_700_000_000_000_i64, "state": "PAID",
                   "addr": {"shop.Addr": {"city": "Oslo"}}})
        );
    }

    #[test]
    fn what_consume_prints_encodes_back_and_mistakes_name_the_field() {
        let schema = AvroSchema::parse(
            r#"{"type":"record","name":"Order","fields":[
                {"name":"id","type":"long"},
                {"name":"note","type":["null","string"],"default":null},
                {"name":"raw","type":"bytes"}]}"#,
            &[],
        )
        .unwrap();
        let printed = json!({"id": 7, "note": {"string": "hi"}, "raw": "\u{1}\u{ff}"});
        let body = schema.encode(&printed).unwrap();
        assert_eq!(schema.decode(&body).unwrap(), printed);
        // Plain JSON finds the union's branch; a missing field with a default takes it.
        let plain = schema
            .encode(&json!({"id": 7, "note": "hi", "raw": "\u{1}\u{ff}"}))
            .unwrap();
        assert_eq!(plain, body);
        let defaulted = schema.encode(&json!({"id": 7, "raw": ""})).unwrap();
        assert_eq!(schema.decode(&defaulted).unwrap()["note"], Json::Null);
        assert_eq!(
            schema.encode(&json!({"id": "7", "raw": ""})).unwrap_err(),
            "field 'id': expected a long, got \"7\""
        );
        assert_eq!(
            schema.encode(&json!({"raw": ""})).unwrap_err(),
            "field 'id' is missing"
        );
        assert_eq!(
            schema
                .encode(&json!({"id": 1, "raw": "", "nope": 1}))
                .unwrap_err(),
            "the value: the schema has no field 'nope'"
        );
    }

    #[test]
    fn a_truncated_body_is_an_error() {
        let schema = AvroSchema::parse(r#""long""#, &[]).unwrap();
        assert!(schema.decode(&[0x80]).is_err());
        assert!(schema
            .decode(&[2, 0])
            .unwrap_err()
            .to_string()
            .contains("1 bytes are left"));
    }
}
