//! Which partition a producer put a keyed record in, computed as the producer did, so
//! that a key is looked up in its one partition. The hashes are librdkafka's (the C, C#,
//! Go, Python and kfk clients), the Java client's and Sarama's, bit for bit.

/// The hash a producer's partitioner takes of a record's key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyHash {
    /// librdkafka's consistent and consistent_random (its default): CRC-32.
    Crc32,
    /// The Java client's default, and librdkafka's murmur2 and murmur2_random.
    Murmur2,
    /// Sarama's hash partitioner, and librdkafka's fnv1a and fnv1a_random.
    Fnv1a,
}

impl KeyHash {
    /// The partition of `key` among `partitions` (at least 1).
    pub fn partition(self, key: &[u8], partitions: i32) -> i32 {
        let count = partitions.max(1) as u32;
        let partition = match self {
            KeyHash::Crc32 => crc32(key) % count,
            KeyHash::Murmur2 => (murmur2(key) & 0x7fff_ffff) % count,
            KeyHash::Fnv1a => fnv1a(key) % count,
        };
        partition as i32
    }
}

/// CRC-32 as zlib computes it (reflected, polynomial 0xEDB88320).
fn crc32(data: &[u8]) -> u32 {
    let mut crc = !0u32;
    for byte in data {
        crc ^= u32::from(*byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// Murmur2 with the Java client's seed, as `Utils.murmur2` computes it.
fn murmur2(data: &[u8]) -> u32 {
    const SEED: u32 = 0x9747_b28c;
    const M: u32 = 0x5bd1_e995;
    let mut h = SEED ^ data.len() as u32;
    let mut words = data.chunks_exact(4);
    for word in words.by_ref() {
        let mut k = u32::from_le_bytes([word[0], word[1], word[2], word[3]]);
        k = k.wrapping_mul(M);
        k ^= k >> 24;
        k = k.wrapping_mul(M);
        h = h.wrapping_mul(M) ^ k;
    }
    let tail = words.remainder();
    if !tail.is_empty() {
        for (i, byte) in tail.iter().enumerate().rev() {
            h ^= u32::from(*byte) << (8 * i);
        }
        h = h.wrapping_mul(M);
    }
    h ^= h >> 13;
    h = h.wrapping_mul(M);
    h ^ (h >> 15)
}

/// FNV-1a, 32 bits, made non-negative as a signed number, as Sarama does.
fn fnv1a(data: &[u8]) -> u32 {
    let mut h: u32 = 0x811C_9DC5;
    for byte in data {
        h ^= u32::from(*byte);
        h = h.wrapping_mul(0x0100_0193);
    }
    (h as i32).unsigned_abs()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// librdkafka's unit-test keys, with the Java client's murmur2 and Go's FNV-1a of
    /// each (rdmurmur2.c, rdfnv1a.c).
    const KEYS: [&str; 11] = [
        "kafka",
        "giberish123456789",
        "1234",
        "234",
        "34",
        "4",
        "PreAmbleWillBeRemoved,ThePrePartThatIs",
        "reAmbleWillBeRemoved,ThePrePartThatIs",
        "eAmbleWillBeRemoved,ThePrePartThatIs",
        "AmbleWillBeRemoved,ThePrePartThatIs",
        "",
    ];

    #[test]
    fn murmur2_matches_the_java_client() {
        let java: [u32; 11] = [
            0xd067cf64, 0x8f552b0c, 0x9fc97b14, 0xe7c009ca, 0x873930da, 0x5a4b5ca1, 0x78424f1c,
            0x4a62b377, 0xe0e4e09e, 0x62b8b43f, 0x106e08d9,
        ];
        for (key, hash) in KEYS.iter().zip(java) {
            assert_eq!(murmur2(key.as_bytes()), hash, "{key}");
        }
    }

    #[test]
    fn fnv1a_matches_go() {
        let go: [u32; 11] = [
            0xd33c4e1, 0x77a58295, 0x23bdd03, 0x2dea3cd2, 0x740fa83e, 0x310ca263, 0x65cbd69c,
            0x6e49c79a, 0x69eed356, 0x6abcc023, 0x7ee3623b,
        ];
        for (key, hash) in KEYS.iter().zip(go) {
            assert_eq!(fnv1a(key.as_bytes()), hash, "{key}");
        }
    }

    #[test]
    fn crc32_is_zlibs() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(b""), 0);
        assert_eq!(
            KeyHash::Crc32.partition(b"123456789", 7),
            (0xCBF4_3926u32 % 7) as i32
        );
    }
}
