//! kcat's format tokens (`-f '%t %p %o %k %s\\n'`): parsing, and printing a record's
//! parts that need no decoding.

use std::io::Write;

use crate::io::framing::unescape;
use crate::model::record::Record;
use crate::model::timespec::format_millis;

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
    /// kcat's %R: the value's length (-1 for null) as a big-endian 32-bit integer, for
    /// framing records in a binary stream.
    ValueLengthBinary,
}

pub(super) fn render_token(token: &Token, message: &impl Record, out: &mut Vec<u8>) {
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
            out.extend_from_slice(message.value().unwrap_or_default());
            Ok(())
        }
        Token::Timestamp => write!(out, "{}", message.timestamp().millis().unwrap_or(-1)),
        Token::Date => match message.timestamp().millis() {
            Some(ms) => write!(out, "{}", format_millis(ms)),
            None => write!(out, "-"),
        },
        Token::Headers => {
            for (i, header) in message.headers().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                out.extend_from_slice(header.key.as_bytes());
                out.push(b'=');
                // A null value prints as kcat prints it.
                out.extend_from_slice(header.value.unwrap_or(b"NULL"));
            }
            Ok(())
        }
        Token::KeyLength => write!(out, "{}", length(message.key())),
        Token::ValueLength => write!(out, "{}", length(message.value())),
        Token::ValueLengthBinary => {
            let length = i32::try_from(length(message.value())).unwrap_or(i32::MAX);
            out.extend_from_slice(&length.to_be_bytes());
            Ok(())
        }
    };
}

pub(super) fn parse_format(format: &str) -> Result<Vec<Token>, String> {
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
                Some('R') => Token::ValueLengthBinary,
                Some('%') => {
                    literal.push(b'%');
                    continue;
                }
                Some(other) => {
                    return Err(format!(
                    "unknown format token '%{other}' (known: %t %p %o %k %s %T %d %h %K %S %R %%)"
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
