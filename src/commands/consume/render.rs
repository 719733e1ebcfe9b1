//! How records are printed: the value alone, kcat's format tokens, or the record JSON
//! shape; keys and values decoded first when a format or a schema registry asks for it.

use std::io::Write;
use std::sync::atomic::{AtomicU64, Ordering};

use anyhow::{bail, Result};
use rdkafka::message::{BorrowedMessage, Headers};
use rdkafka::Message;

use super::ConsumeArgs;
use crate::error::UsageError;
use crate::io::framing::{unescape, Separator};
use crate::io::output::OutputFormat;
use crate::io::record_json::{write_decoded_record, write_record, Part};
use crate::model::timespec::format_millis;
use crate::schema::{Decoded, Decoder, Format};

/// Decode failures shown on stderr before they are only counted.
const SHOWN_FAILURES: u64 = 10;

/// How records are printed.
pub(super) struct Renderer {
    shape: Shape,
    codec: Option<Codec>,
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

#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Token {
    Literal(Vec<u8>),
    Topic,
    Partition,
    Offset,
    Key,
    Value,
    Timestamp,
    Date,
    Headers,
    KeyLength,
    ValueLength,
}

impl Renderer {
    pub(super) fn new(
        args: &ConsumeArgs,
        output: OutputFormat,
        codec: Option<Codec>,
    ) -> Result<Renderer> {
        let shape = Self::shape(args, output)?;
        Ok(Renderer { shape, codec })
    }

    /// The number of records whose key or value could not be decoded.
    pub(super) fn decode_failures(&self) -> u64 {
        self.codec
            .as_ref()
            .map_or(0, |c| c.failures.load(Ordering::Relaxed))
    }

    fn shape(args: &ConsumeArgs, output: OutputFormat) -> Result<Shape> {
        if let Some(Separator(separator)) = &args.key_delimiter {
            if args.format.is_some() || output == OutputFormat::Json {
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
        match (&args.format, output) {
            (Some(_), OutputFormat::Json) => {
                bail!(UsageError(
                    "-f/--format and --output json exclude each other".into()
                ))
            }
            (Some(format), OutputFormat::Table) => {
                Ok(Shape::Format(parse_format(format).map_err(UsageError)?))
            }
            (None, OutputFormat::Json) => Ok(Shape::Json {
                value_json: args.value_json,
            }),
            (None, OutputFormat::Table) if args.value_json => {
                bail!(UsageError("--value-json applies to --output json".into()))
            }
            (None, OutputFormat::Table) => Ok(Shape::Value),
        }
    }

    pub(super) fn render(&self, message: &BorrowedMessage<'_>, out: &mut Vec<u8>) {
        match &self.codec {
            Some(codec) => self.render_decoded(codec, message, out),
            None => self.render_raw(message, out),
        }
    }

    fn render_decoded(&self, codec: &Codec, message: &BorrowedMessage<'_>, out: &mut Vec<u8>) {
        let key = message.key().map(|k| codec.decoder.decode(codec.key, k));
        let value = message
            .payload()
            .map(|v| codec.decoder.decode(codec.value, v));
        let errors: Vec<String> = [("key", &key), ("value", &value)]
            .iter()
            .filter_map(|(what, part)| match part {
                Some(Decoded::Failed(_, why)) => Some(format!("{what}: {why}")),
                _ => None,
            })
            .collect();
        let error = (!errors.is_empty()).then(|| errors.join("; "));
        if let Some(error) = &error {
            let failures = codec.failures.fetch_add(1, Ordering::Relaxed) + 1;
            if failures <= SHOWN_FAILURES && !matches!(self.shape, Shape::Json { .. }) {
                eprintln!(
                    "kfk consume: {} [{}] at offset {}: not decoded, shown as it is: {error}",
                    message.topic(),
                    message.partition(),
                    message.offset()
                );
            }
        }
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

    fn render_raw(&self, message: &BorrowedMessage<'_>, out: &mut Vec<u8>) {
        match &self.shape {
            Shape::Value => {
                out.extend_from_slice(message.payload().unwrap_or_default());
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

fn render_token(token: &Token, message: &BorrowedMessage<'_>, out: &mut Vec<u8>) {
    let length = |bytes: Option<&[u8]>| bytes.map_or(-1, |b| b.len() as i64);
    let _ = match token {
        Token::Literal(bytes) => {
            out.extend_from_slice(bytes);
            Ok(())
        }
        Token::Topic => {
            out.extend_from_slice(message.topic().as_bytes());
            Ok(())
        }
        Token::Partition => write!(out, "{}", message.partition()),
        Token::Offset => write!(out, "{}", message.offset()),
        Token::Key => {
            out.extend_from_slice(message.key().unwrap_or_default());
            Ok(())
        }
        Token::Value => {
            out.extend_from_slice(message.payload().unwrap_or_default());
            Ok(())
        }
        Token::Timestamp => write!(out, "{}", message.timestamp().to_millis().unwrap_or(-1)),
        Token::Date => match message.timestamp().to_millis() {
            Some(ms) => write!(out, "{}", format_millis(ms)),
            None => write!(out, "-"),
        },
        Token::Headers => {
            if let Some(headers) = message.headers() {
                for (i, header) in headers.iter().enumerate() {
                    if i > 0 {
                        out.push(b',');
                    }
                    out.extend_from_slice(header.key.as_bytes());
                    out.push(b'=');
                    // A null value prints as kcat prints it.
                    out.extend_from_slice(header.value.unwrap_or(b"NULL"));
                }
            }
            Ok(())
        }
        Token::KeyLength => write!(out, "{}", length(message.key())),
        Token::ValueLength => write!(out, "{}", length(message.payload())),
    };
}

fn parse_format(format: &str) -> Result<Vec<Token>, String> {
    let mut tokens = Vec::new();
    let mut literal = Vec::new();
    let mut chars = format.chars();
    while let Some(c) = chars.next() {
        let token = match c {
            '%' => match chars.next() {
                Some('t') => Token::Topic,
                Some('p') => Token::Partition,
                Some('o') => Token::Offset,
                Some('k') => Token::Key,
                Some('s') => Token::Value,
                Some('T') => Token::Timestamp,
                Some('d') => Token::Date,
                Some('h') => Token::Headers,
                Some('K') => Token::KeyLength,
                Some('S') => Token::ValueLength,
                Some('%') => {
                    literal.push(b'%');
                    continue;
                }
                Some(other) => {
                    return Err(format!(
                        "unknown format token '%{other}' (known: %t %p %o %k %s %T %d %h %K %S %%)"
                    ))
                }
                None => return Err("the format ends with a lone '%'".into()),
            },
            '\\' => {
                literal.push(unescape(&mut chars)?);
                continue;
            }
            other => {
                let mut buf = [0; 4];
                literal.extend_from_slice(other.encode_utf8(&mut buf).as_bytes());
                continue;
            }
        };
        if !literal.is_empty() {
            tokens.push(Token::Literal(std::mem::take(&mut literal)));
        }
        tokens.push(token);
    }
    if !literal.is_empty() {
        tokens.push(Token::Literal(literal));
    }
    Ok(tokens)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(crate::fuzz_config())]
        #[test]
        fn formats_never_panic(raw in ".{0,30}", shaped in "([%\\\\][a-zA-Z%\\\\]?|[a-z ])*") {
            let _ = parse_format(&raw);
            let _ = parse_format(&shaped);
        }
    }

    use super::*;

    #[test]
    fn format_strings_parse() {
        assert_eq!(
            parse_format("%k=%s\\n").unwrap(),
            [
                Token::Key,
                Token::Literal(b"=".to_vec()),
                Token::Value,
                Token::Literal(b"\n".to_vec())
            ]
        );
        assert_eq!(
            parse_format("100%% %t").unwrap(),
            [Token::Literal(b"100% ".to_vec()), Token::Topic]
        );
        assert!(parse_format("%x").is_err());
        assert!(parse_format("%").is_err());
        assert!(parse_format("\\q").is_err());
        // The escape grammar of produce's delimiters, \xHH and \0 included, as kcat has.
        assert_eq!(
            parse_format("%k\\x1e%s\\0").unwrap(),
            [
                Token::Key,
                Token::Literal(vec![0x1e]),
                Token::Value,
                Token::Literal(vec![0])
            ]
        );
    }
}
