//! Protobuf bodies to JSON, for schemas known only at run time: the registry's `.proto`
//! text (and the files it imports, from its references and Google's well-known types) is
//! compiled with protox, and the message the record's message indexes name is decoded as
//! a dynamic message and printed in protobuf's JSON mapping, as Confluent's tools do.

use anyhow::{anyhow, Result};
use prost::Message as _;
use prost_reflect::{DescriptorPool, DynamicMessage, MessageDescriptor};
use protox::file::{ChainFileResolver, File, FileResolver, GoogleFileResolver};

/// The file name the record's own schema is compiled under.
const MAIN: &str = "kfk-schema.proto";

pub struct ProtobufSchema {
    pool: DescriptorPool,
}

/// The schema texts, by the names imports use.
struct Sources(Vec<(String, String)>);

impl FileResolver for Sources {
    fn open_file(&self, name: &str) -> Result<File, protox::Error> {
        match self.0.iter().find(|(file, _)| file == name) {
            Some((file, text)) => match descriptor(text) {
                Some(mut proto) => {
                    proto.name = Some(file.clone());
                    Ok(File::from_file_descriptor_proto(proto))
                }
                None => File::from_source(file, text),
            },
            None => Err(protox::Error::file_not_found(name)),
        }
    }
}

/// A schema given as a base64 FileDescriptorProto (as Confluent's Python and Go
/// serializers register them, and as registries answer `?format=serialized`).
fn descriptor(text: &str) -> Option<prost_types::FileDescriptorProto> {
    use base64::Engine;
    let text = text.trim();
    if text.contains(char::is_whitespace) {
        return None;
    }
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(text)
        .ok()?;
    prost_types::FileDescriptorProto::decode(bytes.as_slice()).ok()
}

impl ProtobufSchema {
    /// Compiles `text`, whose imports are among `references` (name, text).
    pub fn parse(text: &str, references: &[(String, String)]) -> Result<ProtobufSchema> {
        let mut sources = vec![(MAIN.to_string(), text.to_string())];
        sources.extend(references.iter().cloned());
        let mut resolver = ChainFileResolver::new();
        resolver.add(Sources(sources));
        resolver.add(GoogleFileResolver::new());
        let mut compiler = protox::Compiler::with_file_resolver(resolver);
        compiler.include_imports(true);
        compiler
            .open_file(MAIN)
            .map_err(|err| anyhow!("the .proto schema does not compile: {err}"))?;
        Ok(ProtobufSchema {
            pool: compiler.descriptor_pool(),
        })
    }

    /// The message type that `indexes` name: the first top-level message for `[]`,
    /// otherwise the top-level message at indexes[0], then nested ones.
    pub fn message(&self, indexes: &[usize]) -> Result<MessageDescriptor> {
        let file = self
            .pool
            .get_file_by_name(MAIN)
            .ok_or_else(|| anyhow!("the schema has no file"))?;
        let path = if indexes.is_empty() {
            &[0][..]
        } else {
            indexes
        };
        let mut message = file
            .messages()
            .nth(path[0])
            .ok_or_else(|| anyhow!("the schema has no message {}", path[0]))?;
        for &index in &path[1..] {
            let nested = message.child_messages().nth(index);
            message = nested.ok_or_else(|| {
                anyhow!(
                    "message {} has no nested message {index}",
                    message.full_name()
                )
            })?;
        }
        Ok(message)
    }

    /// Decodes the body after the message indexes.
    pub fn decode(&self, indexes: &[usize], body: &[u8]) -> Result<serde_json::Value> {
        let descriptor = self.message(indexes)?;
        let message = DynamicMessage::decode(descriptor.clone(), body)
            .map_err(|err| anyhow!("not a valid {}: {err}", descriptor.full_name()))?;
        serde_json::to_value(&message).map_err(|err| anyhow!("{err}"))
    }

    /// Encodes a JSON value as the message `indexes` name.
    pub fn encode(&self, indexes: &[usize], value: &serde_json::Value) -> Result<Vec<u8>> {
        let descriptor = self.message(indexes)?;
        let message =
            DynamicMessage::deserialize(descriptor, value).map_err(|err| anyhow!("{err}"))?;
        Ok(message.encode_to_vec())
    }
}

/// Reads the message indexes Confluent's wire format puts before a Protobuf body: a
/// zigzag varint count, then that many zigzag varints; a single 0 stands for `[0]`.
pub fn read_indexes(bytes: &[u8]) -> Result<(Vec<usize>, &[u8])> {
    let (count, mut rest) = read_zigzag(bytes)?;
    if count == 0 {
        return Ok((vec![0], rest));
    }
    let count = usize::try_from(count).map_err(|_| anyhow!("a negative message index count"))?;
    let mut indexes = Vec::with_capacity(count.min(16));
    for _ in 0..count {
        let (index, after) = read_zigzag(rest)?;
        indexes.push(usize::try_from(index).map_err(|_| anyhow!("a negative message index"))?);
        rest = after;
    }
    Ok((indexes, rest))
}

/// Writes message indexes as `read_indexes` reads them.
pub fn write_indexes(indexes: &[usize], out: &mut Vec<u8>) {
    if indexes == [0] {
        out.push(0);
        return;
    }
    write_zigzag(indexes.len() as i64, out);
    for &index in indexes {
        write_zigzag(index as i64, out);
    }
}

fn read_zigzag(bytes: &[u8]) -> Result<(i64, &[u8])> {
    let mut value: u64 = 0;
    for (i, byte) in bytes.iter().enumerate().take(10) {
        value |= u64::from(byte & 0x7f) << (7 * i);
        if byte & 0x80 == 0 {
            let decoded = (value >> 1) as i64 ^ -((value & 1) as i64);
            return Ok((decoded, &bytes[i + 1..]));
        }
    }
    Err(anyhow!("the message indexes end early"))
}

fn write_zigzag(value: i64, out: &mut Vec<u8>) {
    let mut zigzag = ((value << 1) ^ (value >> 63)) as u64;
    while zigzag >= 0x80 {
        out.push((zigzag as u8) | 0x80);
        zigzag >>= 7;
    }
    out.push(zigzag as u8);
}

#[cfg(test)]
mod tests {
    use super::*;

    const ORDERS: &str = r#"
        syntax = "proto3";
        package shop;
        import "google/protobuf/timestamp.proto";
        import "money.proto";
        message Order {
          int64 order_id = 1;
          Money total = 2;
          google.protobuf.Timestamp at = 3;
          message Line { string sku = 1; }
          repeated Line lines = 4;
        }
    "#;
    const MONEY: &str = r#"syntax = "proto3"; package shop; message Money { string currency = 1; int64 cents = 2; }"#;

    fn schema() -> ProtobufSchema {
        ProtobufSchema::parse(ORDERS, &[("money.proto".into(), MONEY.into())]).unwrap()
    }

    #[test]
    fn references_and_nested_messages_decode_to_protobuf_json() {
        let schema = schema();
        let order = serde_json::json!({"orderId": "42", "total": {"currency": "EUR", "cents": "1250"},
                                       "at": "2026-11-27T10:00:00Z", "lines": [{"sku": "A-1"}]});
        let body = schema.encode(&[0], &order).unwrap();
        assert_eq!(schema.decode(&[0], &body).unwrap(), order);
        let line = schema
            .encode(&[0, 0], &serde_json::json!({"sku": "B-2"}))
            .unwrap();
        assert_eq!(
            schema.decode(&[0, 0], &line).unwrap(),
            serde_json::json!({"sku": "B-2"})
        );
        assert!(schema.message(&[3]).is_err());
    }

    #[test]
    fn message_indexes_round_trip() {
        for indexes in [vec![0], vec![1], vec![0, 2], vec![5, 0, 1]] {
            let mut bytes = Vec::new();
            write_indexes(&indexes, &mut bytes);
            bytes.push(0xAA);
            let (read, rest) = read_indexes(&bytes).unwrap();
            assert_eq!((read, rest), (indexes.clone(), &[0xAA][..]));
        }
        let mut zero = Vec::new();
        write_indexes(&[0], &mut zero);
        assert_eq!(zero, [0]);
        assert!(read_indexes(&[0x80]).is_err());
    }
}
