//! Keys and values encoded with Schema Registry schemas (--key-schema*, --value-schema*):
//! each JSON line's "key" and "value" go out in the Confluent wire format. A value that
//! does not fit is an invalid line, as a malformed one is.

use anyhow::Result;

use super::{InputFormat, ProduceArgs};
use crate::context::Context;
use crate::error::UsageError;
use crate::io::record_json::{InputRecord, RecordJson, SchemaParts};
use crate::schema::encode::{Encoder, SchemaSource};

pub(super) struct Encoders {
    key: Option<Encoder>,
    value: Option<Encoder>,
}

impl Encoders {
    /// The encoders the flags ask for, with their schemas fetched (or registered); None
    /// when no schema is named.
    pub(super) async fn new(ctx: &Context, args: &ProduceArgs) -> Result<Option<Encoders>> {
        let key = source(&args.key_schema, &args.key_schema_subject, args, "key");
        let value = source(
            &args.value_schema,
            &args.value_schema_subject,
            args,
            "value",
        );
        if args.register && args.key_schema.is_none() && args.value_schema.is_none() {
            return Err(UsageError(
                "--register registers --key-schema or --value-schema files".into(),
            )
            .into());
        }
        if key.is_none() && value.is_none() {
            return Ok(None);
        }
        if args.input != InputFormat::Json {
            return Err(UsageError("schemas encode the JSON values of --input json".into()).into());
        }
        let registry = ctx.schema_registry().ok_or_else(|| {
            UsageError("encoding with a schema needs --schema-registry URL".into())
        })?;
        crate::kafka::blocking(move || {
            let make = |source: Option<SchemaSource>| {
                source.map(|s| Encoder::new(&registry, &s)).transpose()
            };
            Ok(Some(Encoders {
                key: make(key)?,
                value: make(value)?,
            }))
        })
        .await
    }

    /// Which parts the schemas encode.
    pub(super) fn parts(&self) -> SchemaParts {
        SchemaParts {
            key: self.key.is_some(),
            value: self.value.is_some(),
        }
    }

    /// Replaces the record's key and value with the encodings of their JSON (`json`); a
    /// null stays null (a tombstone). The error names the part and field.
    pub(super) fn apply(&self, json: &RecordJson, record: &mut InputRecord) -> Result<(), String> {
        for (name, encoder, value, part) in [
            ("key", &self.key, &json.key, &mut record.key),
            ("value", &self.value, &json.value, &mut record.value),
        ] {
            if let (Some(encoder), false) = (encoder, value.is_null()) {
                let encoded = encoder
                    .encode(value)
                    .map_err(|why| format!("\"{name}\" does not fit its schema: {why}"))?;
                *part = Some(encoded);
            }
        }
        Ok(())
    }
}

fn source(
    file: &Option<std::path::PathBuf>,
    subject: &Option<String>,
    args: &ProduceArgs,
    part: &str,
) -> Option<SchemaSource> {
    match (file, subject) {
        (Some(path), subject) => Some(SchemaSource::File {
            path: path.clone(),
            // Confluent's default: TopicNameStrategy.
            subject: subject
                .clone()
                .unwrap_or_else(|| format!("{}-{part}", args.topic)),
            register: args.register,
        }),
        (None, Some(subject)) => Some(SchemaSource::Subject(subject.clone())),
        (None, None) => None,
    }
}
