//! How records are printed: the value alone, kcat's format tokens, or the record JSON
//! shape; keys and values decoded first when a format or a schema registry asks for it.

use std::sync::atomic::{AtomicU64, Ordering};

use anyhow::{bail, Result};

use super::format::{parse_format, render_token, Token};
use super::ConsumeArgs;
use crate::context::Context;
use crate::error::UsageError;
use crate::io::framing::Separator;
use crate::io::output::OutputFormat;
use crate::io::record_json::{write_decoded_record, write_record, Part};
use crate::kafka::Polled;
use crate::model::filter::{Candidate, RecordFilter};
use crate::model::record::Record;
use crate::schema::{Decoded, Decoder, Format};

/// Decode failures shown on stderr before they are only counted.
const SHOWN_FAILURES: u64 = 10;

/// How records are printed, and which (the filter).
pub(super) struct Renderer {
    shape: Shape,
    codec: Option<Codec>,
    filter: RecordFilter,
    /// Records looked at, and printed, when a filter is given.
    pub scanned: AtomicU64,
    pub matched: AtomicU64,
}

enum Shape {
    Value,
    Format(Vec<Token>),
    Json { value_json: bool },
}

/// How keys and values are decoded, and how many could not be.
pub(super) struct Codec {
    pub decoder: Decoder,
    pub key: Format,
    pub value: Format,
    pub failures: AtomicU64,
}

impl Codec {
    pub(super) fn for_args(ctx: &Context, args: &ConsumeArgs) -> Option<Codec> {
        let registry = ctx.schema_registry();
        let default = if registry.is_some() {
            Format::Auto
        } else {
            Format::Bytes
        };
        let key = args.key_format.unwrap_or(default);
        let value = args.value_format.unwrap_or(default);
        let raw = |format| matches!(format, Format::Bytes | Format::String);
        (!raw(key) || !raw(value)).then(|| Codec {
            decoder: Decoder::new(registry),
            key,
            value,
            failures: AtomicU64::new(0),
        })
    }
}

impl Renderer {
    pub(super) fn new(
        args: &ConsumeArgs,
        output: OutputFormat,
        codec: Option<Codec>,
        filter: RecordFilter,
    ) -> Result<Renderer> {
        let shape = Self::shape(args, output)?;
        Ok(Renderer {
            shape,
            codec,
            filter,
            scanned: AtomicU64::new(0),
            matched: AtomicU64::new(0),
        })
    }

    pub(super) fn filters(&self) -> bool {
        !self.filter.is_empty()
    }

    /// The number of records whose key or value could not be decoded.
    pub(super) fn decode_failures(&self) -> u64 {
        self.codec
            .as_ref()
            .map_or(0, |c| c.failures.load(Ordering::Relaxed))
    }

    fn shape(args: &ConsumeArgs, output: OutputFormat) -> Result<Shape> {
        output.for_records("consume").map_err(UsageError)?;
        let json = output == OutputFormat::Json;
        if let Some(Separator(separator)) = &args.key_delimiter {
            if args.format.is_some() || json {
                bail!(UsageError(
                    "-K prints key, separator and value; -f and --output json choose their own shape".into()
                ));
            }
            // kcat -C -K: prints key, separator, value on a line.
            return Ok(Shape::Format(vec![
                Token::Key,
                Token::Literal(separator.clone()),
                Token::Value,
                Token::Literal(b"\n".to_vec()),
            ]));
        }
        match (&args.format, json) {
            (Some(_), true) => {
                bail!(UsageError(
                    "-f/--format and --output json exclude each other".into()
                ))
            }
            (Some(format), false) => Ok(Shape::Format(parse_format(format).map_err(UsageError)?)),
            (None, true) => Ok(Shape::Json {
                value_json: args.value_json,
            }),
            (None, false) if args.value_json => {
                bail!(UsageError("--value-json applies to --output json".into()))
            }
            (None, false) => Ok(Shape::Value),
        }
    }

    /// Prints the record if the filter keeps it; whether it did.
    pub(super) fn render(&self, message: &Polled<'_>, out: &mut Vec<u8>) -> bool {
        if self.codec.is_none() && self.filter.is_empty() {
            self.render_raw(message, out);
            return true;
        }
        self.scanned.fetch_add(1, Ordering::Relaxed);
        if self.codec.is_none() && !self.filter.needs_json() {
            // Nothing to decode: the filter looks at the bytes, and the record prints as is.
            let kept = self.kept(
                message,
                message.key().map(Decoded::Raw).as_ref(),
                message.value().map(Decoded::Raw).as_ref(),
            );
            if kept {
                self.matched.fetch_add(1, Ordering::Relaxed);
                self.render_raw(message, out);
            }
            return kept;
        }
        let key = message.key().map(|k| self.decode(k, true));
        let value = message.value().map(|v| self.decode(v, false));
        let kept = self.filter.is_empty() || self.kept(message, key.as_ref(), value.as_ref());
        if let Some(codec) = &self.codec {
            self.count_failures(codec, message, key.as_ref(), value.as_ref(), kept);
        }
        if !kept {
            return false;
        }
        self.matched.fetch_add(1, Ordering::Relaxed);
        self.render_decoded(message, key, value, out);
        true
    }

    fn decode<'a>(&self, bytes: &'a [u8], is_key: bool) -> Decoded<'a> {
        match &self.codec {
            Some(codec) => {
                let format = if is_key { codec.key } else { codec.value };
                codec.decoder.decode(format, bytes)
            }
            None => Decoded::Raw(bytes),
        }
    }

    fn kept(
        &self,
        message: &Polled<'_>,
        key: Option<&Decoded<'_>>,
        value: Option<&Decoded<'_>>,
    ) -> bool {
        let (wants_key, wants_value, wants_headers) = self.filter.needs();
        let key_text = key.filter(|_| wants_key).map(text_of);
        let value_text = value
            .filter(|_| wants_value || self.filter.needs_json())
            .map(text_of);
        let parsed: Option<serde_json::Value> = match (value, &value_text) {
            (Some(Decoded::Json(_)), _) | (None, _) => None,
            (Some(_), Some(text)) if self.filter.needs_json() => serde_json::from_slice(text).ok(),
            _ => None,
        };
        let value_json = match value {
            Some(Decoded::Json(json)) => Some(json),
            _ => parsed.as_ref(),
        };
        let headers: Vec<(&str, Option<&[u8]>)> = match wants_headers {
            true => message.headers().map(|h| (h.key, h.value)).collect(),
            false => Vec::new(),
        };
        self.filter.matches(&Candidate {
            key: key_text.as_deref(),
            raw_key: message.key(),
            value: value_text.as_deref(),
            value_json,
            headers: &headers,
        })
    }

    fn count_failures(
        &self,
        codec: &Codec,
        message: &Polled<'_>,
        key: Option<&Decoded<'_>>,
        value: Option<&Decoded<'_>>,
        shown: bool,
    ) {
        let Some(errors) = errors_of(key, value) else {
            return;
        };
        let failures = codec.failures.fetch_add(1, Ordering::Relaxed) + 1;
        if failures <= SHOWN_FAILURES && (!shown || !matches!(self.shape, Shape::Json { .. })) {
            eprintln!(
                "kfk consume: {} [{}] at offset {}: not decoded, {}: {errors}",
                message.topic(),
                message.partition(),
                message.offset(),
                if shown {
                    "shown as it is"
                } else {
                    "so it cannot match"
                },
            );
        }
    }

    fn render_decoded(
        &self,
        message: &Polled<'_>,
        key: Option<Decoded<'_>>,
        value: Option<Decoded<'_>>,
        out: &mut Vec<u8>,
    ) {
        let error = errors_of(key.as_ref(), value.as_ref());
        match &self.shape {
            Shape::Json { .. } => write_decoded_record(
                message,
                key.as_ref().map(part),
                value.as_ref().map(part),
                error.as_deref(),
                out,
            ),
            Shape::Value => {
                write_decoded(value.as_ref(), out);
                out.push(b'\n');
            }
            Shape::Format(tokens) => {
                for token in tokens {
                    match token {
                        Token::Key => write_decoded(key.as_ref(), out),
                        Token::Value => write_decoded(value.as_ref(), out),
                        other => render_token(other, message, out),
                    }
                }
            }
        }
    }

    fn render_raw(&self, message: &Polled<'_>, out: &mut Vec<u8>) {
        match &self.shape {
            Shape::Value => {
                out.extend_from_slice(message.value().unwrap_or_default());
                out.push(b'\n');
            }
            Shape::Format(tokens) => {
                for token in tokens {
                    render_token(token, message, out);
                }
            }
            Shape::Json { value_json } => write_record(message, *value_json, out),
        }
    }
}

/// Why the key or value could not be decoded, if one could not.
fn errors_of(key: Option<&Decoded<'_>>, value: Option<&Decoded<'_>>) -> Option<String> {
    let errors: Vec<String> = [("key", key), ("value", value)]
        .iter()
        .filter_map(|(what, part)| match part {
            Some(Decoded::Failed(_, why)) => Some(format!("{what}: {why}")),
            _ => None,
        })
        .collect();
    (!errors.is_empty()).then(|| errors.join("; "))
}

/// A key or value as the filter's regular expressions see it.
fn text_of<'a>(decoded: &'a Decoded<'a>) -> std::borrow::Cow<'a, [u8]> {
    match decoded {
        Decoded::Raw(bytes) | Decoded::Failed(bytes, _) => (*bytes).into(),
        Decoded::Text(text) => text.as_bytes().into(),
        Decoded::Json(json) => json.to_string().into_bytes().into(),
    }
}

/// A decoded key or value in the record JSON shape: what failed goes as base64.
fn part<'a>(decoded: &'a Decoded<'a>) -> Part<'a> {
    match decoded {
        Decoded::Raw(bytes) => Part::Bytes(bytes),
        Decoded::Text(text) => Part::Text(text),
        Decoded::Json(json) => Part::Json(json),
        Decoded::Failed(bytes, _) => Part::Base64(bytes),
    }
}

/// A decoded key or value as text: JSON for what a schema decoded, else the bytes.
fn write_decoded(decoded: Option<&Decoded<'_>>, out: &mut Vec<u8>) {
    match decoded {
        None => {}
        Some(Decoded::Raw(bytes) | Decoded::Failed(bytes, _)) => out.extend_from_slice(bytes),
        Some(Decoded::Text(text)) => out.extend_from_slice(text.as_bytes()),
        Some(Decoded::Json(json)) => {
            let _ = serde_json::to_writer(&mut *out, json);
        }
    }
}
