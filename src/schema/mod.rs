//! Records in the Confluent wire format (a 0 byte, a 4-byte schema id, the body; for
//! Protobuf, message indexes before the body) and their schemas in a Schema Registry:
//! decoding them to JSON for `consume`, encoding JSON for `produce` (`encode`).

pub mod avro;
mod avro_json;
pub mod encode;
pub mod protobuf;
pub mod registry;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use anyhow::{anyhow, bail, Result};
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use clap::ValueEnum;

use self::avro::AvroSchema;
use self::protobuf::ProtobufSchema;
use self::registry::Registry;

/// How a key or value is read.
#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Decode framed records with their schema; leave others as they are
    Auto,
    /// As they are (UTF-8 text in JSON output; base64 if not UTF-8)
    String,
    /// As they are
    Bytes,
    Base64,
    Hex,
    Avro,
    Protobuf,
    JsonSchema,
}

/// What became of one key or value.
pub enum Decoded<'a> {
    /// Left as it is.
    Raw(&'a [u8]),
    /// Re-encoded as text (base64, hex).
    Text(String),
    /// Decoded to JSON.
    Json(serde_json::Value),
    /// Could not be decoded: shown as it is, with why.
    Failed(&'a [u8], String),
}

/// The schema id and the rest, when `bytes` are in the Confluent wire format.
pub fn split_framed(bytes: &[u8]) -> Option<(u32, &[u8])> {
    match bytes {
        [0, a, b, c, d, rest @ ..] => Some((u32::from_be_bytes([*a, *b, *c, *d]), rest)),
        _ => None,
    }
}

enum Compiled {
    Avro(Box<AvroSchema>),
    Protobuf(ProtobufSchema),
    Json,
}

impl Compiled {
    fn kind(&self) -> Format {
        match self {
            Compiled::Avro(_) => Format::Avro,
            Compiled::Protobuf(_) => Format::Protobuf,
            Compiled::Json => Format::JsonSchema,
        }
    }
}

/// Decodes keys and values, fetching and compiling each schema once.
pub struct Decoder {
    registry: Option<Arc<Registry>>,
    compiled: Mutex<HashMap<u32, Arc<Compiled>>>,
    /// Schemas that could not be fetched or compiled, so they are not asked again.
    failed: Mutex<HashMap<u32, String>>,
}

impl Decoder {
    pub fn new(registry: Option<Arc<Registry>>) -> Decoder {
        Decoder {
            registry,
            compiled: Mutex::default(),
            failed: Mutex::default(),
        }
    }

    pub fn decode<'a>(&self, format: Format, bytes: &'a [u8]) -> Decoded<'a> {
        match format {
            Format::String | Format::Bytes => Decoded::Raw(bytes),
            Format::Base64 => Decoded::Text(STANDARD.encode(bytes)),
            Format::Hex => Decoded::Text(bytes.iter().map(|b| format!("{b:02x}")).collect()),
            Format::Auto if split_framed(bytes).is_none() => Decoded::Raw(bytes),
            wanted => match self.decode_framed(wanted, bytes) {
                Ok(json) => Decoded::Json(json),
                Err(err) => Decoded::Failed(bytes, format!("{err:#}")),
            },
        }
    }

    fn decode_framed(&self, wanted: Format, bytes: &[u8]) -> Result<serde_json::Value> {
        let (id, body) = split_framed(bytes).ok_or_else(|| {
            anyhow!("not in the Confluent wire format (a 0 byte and a 4-byte schema id)")
        })?;
        let compiled = self.compiled(id)?;
        if wanted != Format::Auto && compiled.kind() != wanted {
            bail!(
                "schema {id} is {}, not {}",
                format_name(compiled.kind()),
                format_name(wanted)
            );
        }
        match &*compiled {
            Compiled::Avro(schema) => schema.decode(body),
            Compiled::Protobuf(schema) => {
                let (indexes, body) = protobuf::read_indexes(body)?;
                schema.decode(&indexes, body)
            }
            Compiled::Json => {
                serde_json::from_slice(body).map_err(|err| anyhow!("the body is not JSON: {err}"))
            }
        }
        .map_err(|err| anyhow!("schema {id}: {err:#}"))
    }

    fn compiled(&self, id: u32) -> Result<Arc<Compiled>> {
        if let Some(found) = self.compiled.lock().ok().and_then(|c| c.get(&id).cloned()) {
            return Ok(found);
        }
        if let Some(reason) = self.failed.lock().ok().and_then(|f| f.get(&id).cloned()) {
            bail!("{reason}");
        }
        match self.compile(id) {
            Ok(compiled) => {
                let compiled = Arc::new(compiled);
                if let Ok(mut cache) = self.compiled.lock() {
                    cache.insert(id, compiled.clone());
                }
                Ok(compiled)
            }
            Err(err) => {
                let reason = format!("schema {id}: {err:#}");
                if let Ok(mut failed) = self.failed.lock() {
                    failed.insert(id, reason.clone());
                }
                bail!("{reason}")
            }
        }
    }

    fn compile(&self, id: u32) -> Result<Compiled> {
        let registry = self.registry.as_ref().ok_or_else(|| {
            anyhow!("no schema registry to fetch it from: give --schema-registry URL")
        })?;
        let schema = registry.schema(id)?;
        Ok(match parse(registry, &schema)? {
            Parsed::Avro(schema) => Compiled::Avro(schema),
            Parsed::Protobuf(schema) => Compiled::Protobuf(schema),
            Parsed::Json(_) => Compiled::Json,
        })
    }
}

/// A schema ready for use: its references fetched and the whole compiled.
pub(crate) enum Parsed {
    Avro(Box<AvroSchema>),
    Protobuf(ProtobufSchema),
    Json(serde_json::Value),
}

pub(crate) fn parse(registry: &Registry, schema: &registry::Schema) -> Result<Parsed> {
    let referenced = registry.referenced(&schema.references)?;
    Ok(match schema.kind.as_str() {
        "AVRO" => {
            let texts: Vec<String> = referenced.into_iter().map(|(_, s)| s.schema).collect();
            Parsed::Avro(Box::new(AvroSchema::parse(&schema.schema, &texts)?))
        }
        "PROTOBUF" => {
            let files: Vec<(String, String)> = referenced
                .into_iter()
                .map(|(name, s)| (name, s.schema))
                .collect();
            Parsed::Protobuf(ProtobufSchema::parse(&schema.schema, &files)?)
        }
        "JSON" => Parsed::Json(
            serde_json::from_str(&schema.schema)
                .map_err(|err| anyhow!("the JSON Schema is not JSON: {err}"))?,
        ),
        other => bail!("unknown schema type '{other}'"),
    })
}

fn format_name(format: Format) -> &'static str {
    match format {
        Format::Avro => "Avro",
        Format::Protobuf => "Protobuf",
        Format::JsonSchema => "JSON Schema",
        _ => "raw",
    }
}
