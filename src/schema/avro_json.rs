//! JSON to Avro values for a writer schema, accepting what `consume` prints (Avro's JSON
//! encoding: unions as `{"BRANCH": value}`) and plain JSON (a union's branch found by
//! the value). Every mismatch names the field's path.

use std::collections::HashMap;

use apache_avro::schema::{Name, Schema, UnionSchema};
use apache_avro::types::Value;
use serde_json::Value as Json;

/// Turns `json` into a value of `schema`; `names` resolves named types.
pub fn from_json(
    json: &Json,
    schema: &Schema,
    names: &HashMap<Name, Schema>,
) -> Result<Value, String> {
    convert(json, schema, names, "")
}

fn at(path: &str) -> String {
    if path.is_empty() {
        "the value".to_string()
    } else {
        format!("field '{}'", path.trim_start_matches('.'))
    }
}

fn wrong(path: &str, wanted: &str, json: &Json) -> String {
    let shown = json.to_string();
    let shown = match shown.char_indices().nth(40) {
        Some((cut, _)) => format!("{}...", &shown[..cut]),
        None => shown,
    };
    format!("{}: expected {wanted}, got {shown}", at(path))
}

fn convert(
    json: &Json,
    schema: &Schema,
    names: &HashMap<Name, Schema>,
    path: &str,
) -> Result<Value, String> {
    let schema = match schema {
        Schema::Ref { name } => names
            .get(name)
            .ok_or_else(|| format!("{}: unknown type {}", at(path), name.fullname(None)))?,
        other => other,
    };
    let int = |json: &Json| json.as_i64().and_then(|n| i32::try_from(n).ok());
    Ok(match schema {
        Schema::Null => match json {
            Json::Null => Value::Null,
            _ => return Err(wrong(path, "null", json)),
        },
        Schema::Boolean => Value::Boolean(
            json.as_bool()
                .ok_or_else(|| wrong(path, "true or false", json))?,
        ),
        Schema::Int => Value::Int(int(json).ok_or_else(|| wrong(path, "an int", json))?),
        Schema::Date => Value::Date(int(json).ok_or_else(|| wrong(path, "a date (days)", json))?),
        Schema::TimeMillis => {
            Value::TimeMillis(int(json).ok_or_else(|| wrong(path, "a time (ms)", json))?)
        }
        Schema::Long => Value::Long(json.as_i64().ok_or_else(|| wrong(path, "a long", json))?),
        Schema::TimeMicros => Value::TimeMicros(
            json.as_i64()
                .ok_or_else(|| wrong(path, "a time (µs)", json))?,
        ),
        Schema::TimestampMillis => Value::TimestampMillis(
            json.as_i64()
                .ok_or_else(|| wrong(path, "a timestamp (ms)", json))?,
        ),
        Schema::TimestampMicros => Value::TimestampMicros(
            json.as_i64()
                .ok_or_else(|| wrong(path, "a timestamp (µs)", json))?,
        ),
        Schema::Float => {
            Value::Float(json.as_f64().ok_or_else(|| wrong(path, "a float", json))? as f32)
        }
        Schema::Double => {
            Value::Double(json.as_f64().ok_or_else(|| wrong(path, "a double", json))?)
        }
        Schema::String => Value::String(
            json.as_str()
                .ok_or_else(|| wrong(path, "a string", json))?
                .to_string(),
        ),
        Schema::Uuid => {
            let text = json
                .as_str()
                .ok_or_else(|| wrong(path, "a UUID string", json))?;
            Value::Uuid(text.parse().map_err(|_| wrong(path, "a UUID", json))?)
        }
        Schema::Bytes => {
            Value::Bytes(latin1(json).ok_or_else(|| wrong(path, "bytes as a string", json))?)
        }
        Schema::Fixed(fixed) => {
            let bytes = latin1(json).ok_or_else(|| wrong(path, "bytes as a string", json))?;
            if bytes.len() != fixed.size {
                return Err(format!(
                    "{}: expected {} bytes, got {}",
                    at(path),
                    fixed.size,
                    bytes.len()
                ));
            }
            Value::Fixed(fixed.size, bytes)
        }
        Schema::Decimal(_) => {
            let bytes =
                latin1(json).ok_or_else(|| wrong(path, "a decimal's bytes as a string", json))?;
            Value::Decimal(apache_avro::Decimal::from(bytes))
        }
        Schema::Enum(enumeration) => {
            let symbol = json
                .as_str()
                .ok_or_else(|| wrong(path, "an enum symbol", json))?;
            let index = enumeration
                .symbols
                .iter()
                .position(|s| s == symbol)
                .ok_or_else(|| {
                    wrong(
                        path,
                        &format!("one of {}", enumeration.symbols.join(", ")),
                        json,
                    )
                })?;
            Value::Enum(index as u32, symbol.to_string())
        }
        Schema::Array(array) => {
            let items = json
                .as_array()
                .ok_or_else(|| wrong(path, "an array", json))?;
            Value::Array(
                items
                    .iter()
                    .enumerate()
                    .map(|(i, item)| convert(item, &array.items, names, &format!("{path}[{i}]")))
                    .collect::<Result<_, _>>()?,
            )
        }
        Schema::Map(map) => {
            let entries = json
                .as_object()
                .ok_or_else(|| wrong(path, "an object", json))?;
            Value::Map(
                entries
                    .iter()
                    .map(|(k, v)| {
                        Ok((
                            k.clone(),
                            convert(v, &map.types, names, &format!("{path}.{k}"))?,
                        ))
                    })
                    .collect::<Result<_, String>>()?,
            )
        }
        Schema::Record(record) => {
            let object = json
                .as_object()
                .ok_or_else(|| wrong(path, "an object", json))?;
            if let Some(unknown) = object
                .keys()
                .find(|k| !record.fields.iter().any(|f| &f.name == *k))
            {
                return Err(format!("{}: the schema has no field '{unknown}'", at(path)));
            }
            let mut fields = Vec::with_capacity(record.fields.len());
            for field in &record.fields {
                let inner = format!("{path}.{}", field.name);
                let value = match (object.get(&field.name), &field.default) {
                    (Some(value), _) => convert(value, &field.schema, names, &inner)?,
                    (None, Some(default)) => convert(default, &field.schema, names, &inner)?,
                    (None, None) => return Err(format!("{} is missing", at(&inner))),
                };
                fields.push((field.name.clone(), value));
            }
            Value::Record(fields)
        }
        Schema::Union(union) => union_value(json, union, names, path)?,
        other => {
            return Err(format!(
                "{}: kfk cannot write Avro {other:?} from JSON",
                at(path)
            ))
        }
    })
}

/// A union's value: `{"BRANCH": value}` as consume prints it, or the first branch the
/// plain value fits.
fn union_value(
    json: &Json,
    union: &UnionSchema,
    names: &HashMap<Name, Schema>,
    path: &str,
) -> Result<Value, String> {
    let variants = union.variants();
    if let Json::Object(object) = json {
        if let (1, Some((branch, inner))) = (object.len(), object.iter().next()) {
            let named = variants
                .iter()
                .position(|v| branch_name(v, names) == *branch);
            if let Some(index) = named {
                let value = convert(inner, &variants[index], names, path)?;
                return Ok(Value::Union(index as u32, Box::new(value)));
            }
        }
    }
    for (index, variant) in variants.iter().enumerate() {
        if let Ok(value) = convert(json, variant, names, path) {
            return Ok(Value::Union(index as u32, Box::new(value)));
        }
    }
    let branches: Vec<String> = variants.iter().map(|v| branch_name(v, names)).collect();
    Err(wrong(
        path,
        &format!("one of the union's types ({})", branches.join(", ")),
        json,
    ))
}

/// A union branch's name in Avro's JSON encoding.
pub fn branch_name(schema: &Schema, names: &HashMap<Name, Schema>) -> String {
    let schema = match schema {
        Schema::Ref { name } => names.get(name).unwrap_or(schema),
        other => other,
    };
    if let Some(name) = schema.name() {
        return name.fullname(None);
    }
    match schema {
        Schema::Null => "null",
        Schema::Boolean => "boolean",
        Schema::Int | Schema::Date | Schema::TimeMillis => "int",
        Schema::Long
        | Schema::TimeMicros
        | Schema::TimestampMillis
        | Schema::TimestampMicros
        | Schema::TimestampNanos
        | Schema::LocalTimestampMillis
        | Schema::LocalTimestampMicros
        | Schema::LocalTimestampNanos => "long",
        Schema::Float => "float",
        Schema::Double => "double",
        Schema::Bytes | Schema::Decimal(_) | Schema::BigDecimal => "bytes",
        Schema::String | Schema::Uuid => "string",
        Schema::Array(_) => "array",
        Schema::Map(_) => "map",
        _ => "unknown",
    }
    .to_string()
}

/// A string of characters U+0000-U+00FF as the bytes they stand for.
fn latin1(json: &Json) -> Option<Vec<u8>> {
    json.as_str()?
        .chars()
        .map(|c| u8::try_from(u32::from(c)).ok())
        .collect()
}
