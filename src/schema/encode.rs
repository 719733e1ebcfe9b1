//! Encoding JSON values for `produce` in the Confluent wire format, with a subject's
//! latest schema or a schema file (registered with --register, else looked up).

use std::path::{Path, PathBuf};

use anyhow::{anyhow, bail, Result};
use serde_json::Value as Json;

use super::avro::AvroSchema;
use super::protobuf::{self, ProtobufSchema};
use super::registry::{Registry, Schema};
use super::Parsed;

/// Where a key's or value's schema comes from.
#[derive(Debug, Clone)]
pub enum SchemaSource {
    /// The subject's latest version.
    Subject(String),
    /// A file (.avsc, .proto, .json), registered under `subject` or looked up there.
    File {
        path: PathBuf,
        subject: String,
        register: bool,
    },
}

enum Writer {
    Avro(Box<AvroSchema>),
    Protobuf(ProtobufSchema),
    Json(Box<jsonschema::Validator>),
}

/// Encodes values with one schema.
pub struct Encoder {
    id: u32,
    writer: Writer,
}

impl Encoder {
    pub fn new(registry: &Registry, source: &SchemaSource) -> Result<Encoder> {
        let (id, schema) = match source {
            SchemaSource::Subject(subject) => {
                let schema = registry.version(subject, "latest")?;
                let id = schema
                    .id
                    .ok_or_else(|| anyhow!("the registry gave no id for subject '{subject}'"))?;
                (id, schema)
            }
            SchemaSource::File {
                path,
                subject,
                register,
            } => {
                let schema = read_schema_file(path)?;
                let id = match register {
                    true => registry.register(subject, &schema)?,
                    false => registry.lookup(subject, &schema).map_err(|err| {
                        anyhow!(
                            "{err:#}; the schema in {} is not registered under subject \
                             '{subject}': add --register to register it",
                            path.display()
                        )
                    })?,
                };
                (id, schema)
            }
        };
        let writer = match super::parse(registry, &schema)? {
            Parsed::Avro(schema) => Writer::Avro(schema),
            Parsed::Protobuf(schema) => Writer::Protobuf(schema),
            Parsed::Json(document) => {
                let validator = jsonschema::validator_for(&document)
                    .map_err(|err| anyhow!("schema {id} is not a valid JSON Schema: {err}"))?;
                Writer::Json(Box::new(validator))
            }
        };
        Ok(Encoder { id, writer })
    }

    /// The value in the wire format, or why it does not fit the schema.
    pub fn encode(&self, value: &Json) -> Result<Vec<u8>, String> {
        let mut out = vec![0];
        out.extend_from_slice(&self.id.to_be_bytes());
        match &self.writer {
            Writer::Avro(schema) => out.extend(schema.encode(value)?),
            Writer::Protobuf(schema) => {
                protobuf::write_indexes(&[0], &mut out);
                out.extend(
                    schema
                        .encode(&[0], value)
                        .map_err(|err| format!("{err:#}"))?,
                );
            }
            Writer::Json(validator) => {
                if let Some(error) = validator.iter_errors(value).next() {
                    let path = error.instance_path().to_string();
                    let place = match path.as_str() {
                        "" => "the value".to_string(),
                        path => {
                            format!("field '{}'", path.trim_start_matches('/').replace('/', "."))
                        }
                    };
                    return Err(format!("{place}: {error}"));
                }
                out.extend(serde_json::to_vec(value).map_err(|err| err.to_string())?);
            }
        }
        Ok(out)
    }
}

/// A schema file, its type from its extension.
fn read_schema_file(path: &Path) -> Result<Schema> {
    let kind = match path.extension().and_then(|e| e.to_str()) {
        Some("avsc") => "AVRO",
        Some("proto") => "PROTOBUF",
        Some("json") => "JSON",
        _ => bail!(
            "cannot tell the schema type of {}: name it .avsc (Avro), .proto (Protobuf) or \
             .json (JSON Schema)",
            path.display()
        ),
    };
    let text = std::fs::read_to_string(path)
        .map_err(|err| anyhow!("cannot read the schema file {}: {err}", path.display()))?;
    Ok(Schema {
        schema: text,
        kind: kind.to_string(),
        references: Vec::new(),
        id: None,
    })
}
