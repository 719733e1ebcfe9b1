//! Splitting input into records: by a delimiter of any length, or one record per input.

use std::io::{self, BufRead, Read};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;

/// A delimiter or separator: any non-empty byte string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Separator(pub Vec<u8>);

impl Separator {
    /// A record split at the first separator into key and value; without one, no key.
    pub fn split_key<'a>(&self, record: &'a [u8]) -> (Option<&'a [u8]>, &'a [u8]) {
        let at = match self.0.as_slice() {
            [byte] => record.iter().position(|b| b == byte),
            separator => record
                .windows(separator.len())
                .position(|window| window == separator),
        };
        match at {
            Some(at) => (Some(&record[..at]), &record[at + self.0.len()..]),
            None => (None, record),
        }
    }
}

/// Parses a delimiter as typed on a command line: `\n \t \r \0 \\ \xHH` are escapes,
/// everything else stands for itself.
pub fn parse_separator(raw: &str) -> Result<Separator, String> {
    parse_escaped(raw).map(Separator)
}

fn parse_escaped(raw: &str) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    let mut chars = raw.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            out.push(unescape(&mut chars)?);
        } else {
            let mut buf = [0; 4];
            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
        }
    }
    if out.is_empty() {
        return Err("the delimiter is empty".into());
    }
    Ok(out)
}

/// The byte an escape stands for, read after its backslash: `\n \t \r \0 \\ \xHH`. The
/// one escape grammar of kfk's command lines (delimiters, consume's formats).
pub fn unescape(chars: &mut std::str::Chars<'_>) -> Result<u8, String> {
    match chars.next() {
        Some('n') => Ok(b'\n'),
        Some('t') => Ok(b'\t'),
        Some('r') => Ok(b'\r'),
        Some('0') => Ok(0),
        Some('\\') => Ok(b'\\'),
        Some('x') => {
            let hex: String = chars.by_ref().take(2).collect();
            u8::from_str_radix(&hex, 16)
                .ok()
                .filter(|_| hex.len() == 2)
                .ok_or_else(|| format!("'\\x{hex}' needs two hex digits, e.g. \\x1e"))
        }
        Some(other) => Err(format!(
            "unknown escape '\\{other}' (known: \\n \\t \\r \\0 \\\\ \\xHH)"
        )),
        None => Err("a trailing '\\' escapes nothing".into()),
    }
}

/// Yields records from a reader: split at `delimiter`, or the whole input as one record.
pub struct RecordReader<R> {
    reader: R,
    delimiter: Option<Vec<u8>>,
    strip_cr: bool,
    done: bool,
}

impl<R: BufRead> RecordReader<R> {
    /// `strip_cr` removes a `\r` left before a `\n` delimiter (input from Windows).
    pub fn new(reader: R, delimiter: Option<Vec<u8>>, strip_cr: bool) -> Self {
        RecordReader {
            reader,
            delimiter,
            strip_cr,
            done: false,
        }
    }

    /// Reads the next record into `out` (cleared first). Returns false at the end of input.
    pub fn next_into(&mut self, out: &mut Vec<u8>) -> io::Result<bool> {
        out.clear();
        if self.done {
            return Ok(false);
        }
        let Some(delimiter) = &self.delimiter else {
            self.done = true;
            self.reader.read_to_end(out)?;
            return Ok(true);
        };
        let last = delimiter[delimiter.len() - 1];
        loop {
            if self.reader.read_until(last, out)? == 0 {
                self.done = true;
                return Ok(!out.is_empty());
            }
            if out.ends_with(delimiter) {
                out.truncate(out.len() - delimiter.len());
                if self.strip_cr && out.last() == Some(&b'\r') {
                    out.pop();
                }
                return Ok(true);
            }
            if out.last() != Some(&last) {
                // End of input without a final delimiter.
                self.done = true;
                return Ok(true);
            }
        }
    }
}

/// Counts the bytes read through it, for progress display.
pub struct CountingReader<R> {
    inner: R,
    count: Arc<AtomicU64>,
}

impl<R> CountingReader<R> {
    pub fn new(inner: R, count: Arc<AtomicU64>) -> Self {
        CountingReader { inner, count }
    }
}

impl<R: Read> Read for CountingReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// Standard input that reports end of input once `stop` is set, even while no data
/// arrives: a Ctrl-C must not wait for the next line from a terminal or a quiet pipe.
pub struct StoppableStdin {
    stop: Arc<AtomicBool>,
}

impl StoppableStdin {
    pub fn new(stop: Arc<AtomicBool>) -> Self {
        StoppableStdin { stop }
    }
}

impl Read for StoppableStdin {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        loop {
            if self.stop.load(Ordering::Relaxed) {
                return Ok(0);
            }
            let mut fds = libc::pollfd {
                fd: libc::STDIN_FILENO,
                events: libc::POLLIN,
                revents: 0,
            };
            // SAFETY: one valid pollfd, count 1.
            let ready = unsafe { libc::poll(&mut fds, 1, 200) };
            if ready > 0 {
                return io::stdin().lock().read(buf);
            }
            if ready < 0 {
                let err = io::Error::last_os_error();
                if err.kind() != io::ErrorKind::Interrupted {
                    return Err(err);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(crate::fuzz_config())]
        #[test]
        fn delimiters_never_panic(raw in ".{0,20}", escaped in "(\\\\[ntr0\\\\x]|\\\\x[0-9a-fA-F]{0,3}|[a-z,;|])*") {
            let _ = parse_separator(&raw);
            let _ = parse_separator(&escaped);
        }
    }

    use super::*;

    fn records(input: &[u8], delimiter: Option<&[u8]>, strip_cr: bool) -> Vec<Vec<u8>> {
        let mut reader = RecordReader::new(input, delimiter.map(<[u8]>::to_vec), strip_cr);
        let mut out = Vec::new();
        let mut all = Vec::new();
        while reader.next_into(&mut out).unwrap() {
            all.push(out.clone());
        }
        all
    }

    #[test]
    fn lines_and_custom_delimiters() {
        assert_eq!(
            records(b"a\nb\r\n\nc", Some(b"\n"), true),
            [&b"a"[..], b"b", b"", b"c"]
        );
        assert_eq!(records(b"a\nb\n", Some(b"\n"), true), [b"a", b"b"]);
        assert_eq!(records(b"", Some(b"\n"), true), Vec::<Vec<u8>>::new());
        assert_eq!(
            records(b"a||b|c||", Some(b"||"), false),
            [&b"a"[..], b"b|c"]
        );
        assert_eq!(records(b"x|||y", Some(b"||"), false), [&b"x"[..], b"|y"]);
        assert_eq!(records(b"one\ntwo\n", None, false), [b"one\ntwo\n"]);
        assert_eq!(records(b"a\r\n", Some(b"\n"), false), [b"a\r"]);
    }

    #[test]
    fn keys_split_at_the_first_separator() {
        let colon = Separator(b":".to_vec());
        assert_eq!(colon.split_key(b"k:v:w"), (Some(&b"k"[..]), &b"v:w"[..]));
        assert_eq!(colon.split_key(b"v"), (None, &b"v"[..]));
        let double = Separator(b"::".to_vec());
        assert_eq!(double.split_key(b"a:b::c"), (Some(&b"a:b"[..]), &b"c"[..]));
    }

    #[test]
    fn escapes() {
        assert_eq!(parse_escaped("\\0").unwrap(), [0]);
        assert_eq!(parse_escaped("\\x1e").unwrap(), [0x1e]);
        assert_eq!(parse_escaped("\\t|\\n").unwrap(), b"\t|\n");
        assert_eq!(parse_escaped("::").unwrap(), b"::");
        assert!(parse_escaped("\\x1").is_err());
        assert!(parse_escaped("\\q").is_err());
        assert!(parse_escaped("").is_err());
        assert!(parse_escaped("\\").is_err());
    }
}
