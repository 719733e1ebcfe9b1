//! `consume --key`: the one partition of each topic that holds a key, computed with the
//! producers' partitioner, so that a lookup reads that partition and no other.

use anyhow::{bail, Result};
use base64::Engine;

use super::ConsumeArgs;
use crate::error::UsageError;
use crate::kafka::TopicSpec;
use crate::schema::Format;

/// The bytes of `--key`: as written, or decoded when --key-format is hex or base64 (a
/// binary key, such as the Java client's LongSerializer writes).
pub(super) fn key_bytes(key: &str, format: Option<Format>) -> Result<Vec<u8>, UsageError> {
    match format {
        Some(Format::Hex) => decode_hex(key).ok_or_else(|| {
            UsageError(format!(
                "--key '{key}' is not hex (--key-format hex): two digits per byte, like 0000002a"
            ))
        }),
        Some(Format::Base64) => base64::engine::general_purpose::STANDARD
            .decode(key)
            .map_err(|err| UsageError(format!("--key '{key}' is not base64 (--key-format base64): {err}"))),
        Some(Format::Avro | Format::Protobuf | Format::JsonSchema) => Err(UsageError(
            "--key takes the key's bytes, not a registry-encoded value: give them with --key-format hex or base64, or match with --key-regex".into(),
        )),
        Some(Format::Auto | Format::String | Format::Bytes) | None => Ok(key.as_bytes().to_vec()),
    }
}

fn decode_hex(text: &str) -> Option<Vec<u8>> {
    let digits = text.as_bytes();
    if !digits.len().is_multiple_of(2) {
        return None;
    }
    digits
        .chunks(2)
        .map(|pair| u8::from_str_radix(std::str::from_utf8(pair).ok()?, 16).ok())
        .collect()
}

/// Each topic narrowed to the partition that the producers' partitioner puts `key` in.
pub(super) fn key_partitions(
    args: &ConsumeArgs,
    key: &[u8],
    specs: Vec<TopicSpec>,
    cluster: &crate::kafka::Cluster,
) -> Result<Vec<TopicSpec>> {
    let Some(hash) = args.partitioner.key_hash() else {
        bail!(UsageError(
            "the random partitioner puts a key in any partition: add --all-partitions".into()
        ));
    };
    if specs.iter().any(|s| s.partitions.is_some()) {
        bail!(UsageError(
            "--key reads the partition its key hashes to: drop -p and TOPIC:PARTITIONS, or add --all-partitions".into()
        ));
    }
    specs
        .into_iter()
        .map(|spec| {
            let count = cluster.resolve(&spec)?.partitions.len() as i32;
            let partition = hash.partition(key, count);
            if !args.quiet {
                crate::io::output::note(&format!(
                    "key '{}' is in partition {partition} of the {count} of '{}' by {}: reading that partition only",
                    args.key.as_deref().unwrap_or_default(),
                    spec.topic,
                    args.partitioner.name()
                ));
            }
            Ok(TopicSpec {
                topic: spec.topic,
                partitions: Some(vec![partition]),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_is_read_as_its_format_says() {
        assert_eq!(
            key_bytes("0000002a", Some(Format::Hex)).ok(),
            Some(vec![0, 0, 0, 42])
        );
        assert_eq!(
            key_bytes("AAAAKg==", Some(Format::Base64)).ok(),
            Some(vec![0, 0, 0, 42])
        );
        assert_eq!(key_bytes("k-1", None).ok(), Some(b"k-1".to_vec()));
        assert!(key_bytes("2a0", Some(Format::Hex)).is_err());
        assert!(key_bytes("zz", Some(Format::Hex)).is_err());
        assert!(key_bytes("k", Some(Format::Avro)).is_err());
    }
}
