//! The consumer protocol's assignment bytes (what DescribeGroups returns for each member
//! of a "consumer" group): version (int16), then an array of topics, each a name (int16
//! length, bytes) and an array of partitions (int32), then user data, which is not read.

/// The (topic, partition) pairs in a member's assignment; `None` when the bytes are not a
/// consumer-protocol assignment.
pub fn consumer_assignment(bytes: &[u8]) -> Option<Vec<(String, i32)>> {
    let mut reader = Reader(bytes);
    let _version = reader.i16()?;
    let mut assigned = Vec::new();
    for _ in 0..reader.count()? {
        let length = usize::try_from(reader.i16()?).ok()?;
        let topic = String::from_utf8(reader.take(length)?.to_vec()).ok()?;
        for _ in 0..reader.count()? {
            assigned.push((topic.clone(), reader.i32()?));
        }
    }
    Some(assigned)
}

struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        if self.0.len() < n {
            return None;
        }
        let (head, rest) = self.0.split_at(n);
        self.0 = rest;
        Some(head)
    }

    fn i16(&mut self) -> Option<i16> {
        Some(i16::from_be_bytes(self.take(2)?.try_into().ok()?))
    }

    fn i32(&mut self) -> Option<i32> {
        Some(i32::from_be_bytes(self.take(4)?.try_into().ok()?))
    }

    /// An array length: non-negative, and no larger than the bytes left could hold.
    fn count(&mut self) -> Option<usize> {
        let n = usize::try_from(self.i32()?).ok()?;
        (n <= self.0.len()).then_some(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn encode(topics: &[(&str, &[i32])]) -> Vec<u8> {
        let mut bytes = vec![0, 1];
        bytes.extend((topics.len() as i32).to_be_bytes());
        for (topic, partitions) in topics {
            bytes.extend((topic.len() as i16).to_be_bytes());
            bytes.extend(topic.as_bytes());
            bytes.extend((partitions.len() as i32).to_be_bytes());
            for p in *partitions {
                bytes.extend(p.to_be_bytes());
            }
        }
        bytes.extend((-1i32).to_be_bytes()); // no user data
        bytes
    }

    #[test]
    fn reads_topics_and_partitions() {
        let bytes = encode(&[("orders", &[0, 2]), ("audit", &[5])]);
        assert_eq!(
            consumer_assignment(&bytes),
            Some(vec![
                ("orders".into(), 0),
                ("orders".into(), 2),
                ("audit".into(), 5)
            ])
        );
        assert_eq!(consumer_assignment(&encode(&[])), Some(vec![]));
    }

    #[test]
    fn refuses_truncated_or_absurd_bytes() {
        let bytes = encode(&[("orders", &[0, 2])]);
        for cut in 1..bytes.len() - 4 {
            assert_eq!(consumer_assignment(&bytes[..cut]), None, "cut at {cut}");
        }
        let mut huge = vec![0, 1];
        huge.extend(i32::MAX.to_be_bytes());
        assert_eq!(consumer_assignment(&huge), None);
    }
}
