//! `produce --generate`: records made on demand as JSON lines, read by the producing loop
//! as it reads a file, so that delivery, --failed-file and schema encoding work alike.

use std::io::{self, Read};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use crate::model::generate::{Generator, Rng};

pub(super) struct GeneratedLines {
    generator: Generator,
    rng: Rng,
    key_field: Option<String>,
    next: u64,
    /// Records to make; None: until interrupted.
    count: Option<u64>,
    stop: Arc<AtomicBool>,
    line: Vec<u8>,
    at: usize,
}

impl GeneratedLines {
    pub(super) fn new(
        generator: Generator,
        seed: u64,
        key_field: Option<String>,
        count: Option<u64>,
        stop: Arc<AtomicBool>,
    ) -> GeneratedLines {
        GeneratedLines {
            generator,
            rng: Rng::new(seed),
            key_field,
            next: 0,
            count,
            stop,
            line: Vec::new(),
            at: 0,
        }
    }
}

impl Read for GeneratedLines {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.at == self.line.len() {
            let done = self.count.is_some_and(|n| self.next >= n);
            if done || self.stop.load(Ordering::Relaxed) {
                return Ok(0);
            }
            let record = self
                .generator
                .record(&mut self.rng, self.next, self.key_field.as_deref())
                .map_err(|why| io::Error::new(io::ErrorKind::InvalidData, why))?;
            self.next += 1;
            self.line = record.into_bytes();
            self.line.push(b'\n');
            self.at = 0;
        }
        let n = buf.len().min(self.line.len() - self.at);
        buf[..n].copy_from_slice(&self.line[self.at..self.at + n]);
        self.at += n;
        Ok(n)
    }
}

/// A rate as "1000/s", "1000" (per second), "60/m" or "3600/h": records per second.
pub fn parse_rate(text: &str) -> Result<f64, String> {
    let (count, unit) = text.split_once('/').unwrap_or((text, "s"));
    let per = match unit {
        "s" => 1.0,
        "m" => 60.0,
        "h" => 3600.0,
        _ => return Err(format!("'{text}': a rate is N/s, N/m or N/h")),
    };
    match count.trim().parse::<f64>() {
        Ok(n) if n > 0.0 && n.is_finite() => Ok(n / per),
        _ => Err(format!(
            "'{text}': a rate is a positive number of records per s, m or h, e.g. 1000/s"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rates_read_per_second() {
        assert_eq!(parse_rate("1000/s"), Ok(1000.0));
        assert_eq!(parse_rate("500"), Ok(500.0));
        assert_eq!(parse_rate("60/m"), Ok(1.0));
        assert!(parse_rate("0/s").is_err());
        assert!(parse_rate("10/d").unwrap_err().contains("N/s, N/m or N/h"));
    }

    #[test]
    fn generated_lines_stop_at_the_count() {
        let generator = Generator::parse("{\"id\": {{seq}}}").unwrap();
        let mut lines = GeneratedLines::new(
            generator,
            1,
            Some("id".into()),
            Some(2),
            Arc::new(AtomicBool::new(false)),
        );
        let mut text = String::new();
        lines.read_to_string(&mut text).unwrap();
        assert_eq!(
            text,
            "{\"key\":\"1\",\"value\":{\"id\":1}}\n{\"key\":\"2\",\"value\":{\"id\":2}}\n"
        );
    }
}
