//! What the load tests send: values of a size or from a file, and keys.

use std::path::Path;

use anyhow::{bail, Context as _, Result};

use crate::error::UsageError;

/// The values to send, in turn.
pub struct Payloads {
    values: Vec<Vec<u8>>,
    next: usize,
}

impl Payloads {
    /// The lines of `file`, or one value of `size` random letters.
    pub fn new(file: Option<&Path>, size: usize) -> Result<Payloads> {
        let values = match file {
            Some(path) => {
                let text = std::fs::read(path)
                    .with_context(|| format!("cannot read {}", path.display()))?;
                let values: Vec<Vec<u8>> = text
                    .split(|b| *b == b'\n')
                    .map(|line| line.strip_suffix(b"\r").unwrap_or(line).to_vec())
                    .filter(|line| !line.is_empty())
                    .collect();
                if values.is_empty() {
                    bail!(UsageError(format!(
                        "{} holds no payloads: it needs one per line",
                        path.display()
                    )));
                }
                values
            }
            None => vec![random_letters(size)],
        };
        Ok(Payloads { values, next: 0 })
    }

    pub fn next(&mut self) -> &[u8] {
        let at = self.next;
        self.next = (at + 1) % self.values.len();
        &self.values[at]
    }
}

/// `size` uppercase letters from a fixed-seed xorshift: what Apache's tool sends, and not
/// a run of one byte that compression would make look free.
pub fn random_letters(size: usize) -> Vec<u8> {
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    (0..size)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            b'A' + (state % 26) as u8
        })
        .collect()
}

/// Keys "key-0" .. "key-(K-1)", in turn, or none.
pub struct Keys {
    cardinality: Option<u64>,
}

impl Keys {
    pub fn new(cardinality: Option<u64>) -> Keys {
        Keys { cardinality }
    }

    /// Writes record i's key; false when records have none.
    pub fn next(&mut self, i: u64, key: &mut Vec<u8>) -> bool {
        use std::io::Write;
        let Some(k) = self.cardinality else {
            return false;
        };
        key.clear();
        let _ = write!(key, "key-{}", i % k);
        true
    }
}
