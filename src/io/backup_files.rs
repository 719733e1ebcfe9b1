//! The files of a backup: one zstd-compressed file of records per partition, and a
//! manifest (manifest.json) that names each file with its record count, offsets and the
//! SHA-256 of its bytes. The manifest is written last, so a folder without one holds no
//! finished backup.
//!
//! A record in a file (all integers little-endian): u32 length of the rest, i64 offset,
//! i64 timestamp (-1: none), u8 timestamp type (0 none, 1 create, 2 log append), the key
//! and the value each as i32 length (-1: null) and bytes, u32 header count, and per
//! header a u32 name length, the name, an i32 value length (-1: null) and the value.

use std::fs::File;
use std::io::{self, BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};

use anyhow::{bail, Context as _, Result};
use serde::{Deserialize, Serialize};

use crate::model::record::{Header, Record, RecordTime};

pub const MANIFEST: &str = "manifest.json";
pub const FORMAT: &str = "kfk-backup/1";
/// zstd's fastest level but one: a backup should keep up with reading the topic.
const LEVEL: i32 = 1;

#[derive(Debug, Serialize, Deserialize)]
pub struct Manifest {
    pub format: String,
    pub topic: String,
    /// The topic's partition count when it was backed up.
    pub partition_count: usize,
    pub created: String,
    pub partitions: Vec<PartitionFile>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PartitionFile {
    pub partition: i32,
    pub file: String,
    pub records: u64,
    /// The first and last offsets backed up; None for an empty partition.
    pub first_offset: Option<i64>,
    pub last_offset: Option<i64>,
    /// The file's size and SHA-256, hex.
    pub bytes: u64,
    pub sha256: String,
}

impl Manifest {
    pub fn read(dir: &Path) -> Result<Manifest> {
        let path = dir.join(MANIFEST);
        let text = std::fs::read_to_string(&path).with_context(|| {
            format!(
                "{} is not a finished backup: cannot read {}",
                dir.display(),
                path.display()
            )
        })?;
        let manifest: Manifest = serde_json::from_str(&text)
            .with_context(|| format!("{} is not a kfk backup manifest", path.display()))?;
        if manifest.format != FORMAT {
            bail!(
                "{} is a backup of format '{}'; this kfk reads {FORMAT}",
                path.display(),
                manifest.format
            );
        }
        Ok(manifest)
    }

    pub fn write(&self, dir: &Path) -> Result<()> {
        let mut text = serde_json::to_vec_pretty(self)?;
        text.push(b'\n');
        let path = dir.join(MANIFEST);
        std::fs::write(&path, text).with_context(|| format!("cannot write {}", path.display()))
    }
}

/// Counts and hashes what passes to the file.
struct Hashing<W> {
    inner: W,
    hasher: openssl::sha::Sha256,
    bytes: u64,
}

impl<W: Write> Write for Hashing<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hasher.update(&buf[..n]);
        self.bytes += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

/// Records of one partition in the file's framing, gathered where they are read and
/// handed to the `PartitionWriter` in chunks (so that compressing runs beside reading).
pub struct Frames {
    pub partition: i32,
    pub bytes: Vec<u8>,
    pub records: u64,
    pub first: Option<i64>,
    pub last: Option<i64>,
}

impl Frames {
    pub fn new(partition: i32, capacity: usize) -> Frames {
        Frames {
            partition,
            bytes: Vec::with_capacity(capacity),
            records: 0,
            first: None,
            last: None,
        }
    }

    pub fn push(&mut self, record: &impl Record) {
        encode(record, &mut self.bytes);
        self.records += 1;
        self.first.get_or_insert(record.offset());
        self.last = Some(record.offset());
    }
}

/// Writes one partition's file: each chunk of records one zstd frame (compressed in one
/// call, which is twice as fast as streaming it); the frames read back as one stream.
pub struct PartitionWriter {
    out: Hashing<BufWriter<File>>,
    compressor: zstd::bulk::Compressor<'static>,
    compressed: Vec<u8>,
    file: String,
    partition: i32,
    records: u64,
    first: Option<i64>,
    last: Option<i64>,
}

impl PartitionWriter {
    pub fn create(dir: &Path, topic: &str, partition: i32) -> Result<PartitionWriter> {
        let file = format!("{topic}-{partition}.kfkb.zst");
        let path = dir.join(&file);
        let out =
            File::create(&path).with_context(|| format!("cannot create {}", path.display()))?;
        let hashing = Hashing {
            inner: BufWriter::with_capacity(1 << 20, out),
            hasher: openssl::sha::Sha256::new(),
            bytes: 0,
        };
        Ok(PartitionWriter {
            out: hashing,
            compressor: zstd::bulk::Compressor::new(LEVEL)?,
            compressed: Vec::new(),
            file,
            partition,
            records: 0,
            first: None,
            last: None,
        })
    }

    pub fn write(&mut self, frames: &Frames) -> io::Result<()> {
        self.compressed.clear();
        self.compressed
            .reserve(zstd::zstd_safe::compress_bound(frames.bytes.len()));
        self.compressor
            .compress_to_buffer(&frames.bytes, &mut self.compressed)?;
        self.out.write_all(&self.compressed)?;
        self.records += frames.records;
        if self.first.is_none() {
            self.first = frames.first;
        }
        self.last = frames.last.or(self.last);
        Ok(())
    }

    /// Ends the file and says what it holds.
    pub fn finish(self) -> Result<PartitionFile> {
        let mut hashing = self.out;
        hashing.flush()?;
        hashing.inner.get_ref().sync_all()?;
        Ok(PartitionFile {
            partition: self.partition,
            file: self.file,
            records: self.records,
            first_offset: self.first,
            last_offset: self.last,
            bytes: hashing.bytes,
            sha256: hex(&hashing.hasher.finish()),
        })
    }
}

/// Appends `record` in the file's framing.
fn encode(record: &impl Record, frame: &mut Vec<u8>) {
    let start = frame.len();
    frame.extend_from_slice(&[0; 4]);
    frame.extend_from_slice(&record.offset().to_le_bytes());
    let (time, kind) = match record.timestamp() {
        RecordTime::NotAvailable => (-1, 0u8),
        RecordTime::CreateTime(ms) => (ms, 1),
        RecordTime::LogAppendTime(ms) => (ms, 2),
    };
    frame.extend_from_slice(&time.to_le_bytes());
    frame.push(kind);
    bytes(frame, record.key());
    bytes(frame, record.value());
    let count_at = frame.len();
    frame.extend_from_slice(&[0; 4]);
    let mut count: u32 = 0;
    for header in record.headers() {
        frame.extend_from_slice(&(header.key.len() as u32).to_le_bytes());
        frame.extend_from_slice(header.key.as_bytes());
        bytes(frame, header.value);
        count += 1;
    }
    frame[count_at..count_at + 4].copy_from_slice(&count.to_le_bytes());
    let length = (frame.len() - start - 4) as u32;
    frame[start..start + 4].copy_from_slice(&length.to_le_bytes());
}

fn bytes(frame: &mut Vec<u8>, part: Option<&[u8]>) {
    match part {
        None => frame.extend_from_slice(&(-1i32).to_le_bytes()),
        Some(data) => {
            frame.extend_from_slice(&(data.len() as i32).to_le_bytes());
            frame.extend_from_slice(data);
        }
    }
}

/// The SHA-256 of a file, hex.
pub fn sha256_of(path: &Path) -> Result<String> {
    let mut file = BufReader::with_capacity(
        1 << 20,
        File::open(path).with_context(|| format!("cannot read {}", path.display()))?,
    );
    let mut hasher = openssl::sha::Sha256::new();
    let mut buffer = vec![0; 1 << 20];
    loop {
        let n = file.read(&mut buffer)?;
        if n == 0 {
            break;
        }
        hasher.update(&buffer[..n]);
    }
    Ok(hex(&hasher.finish()))
}

fn hex(digest: &[u8]) -> String {
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// One record read back from a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredRecord {
    pub offset: i64,
    pub timestamp: RecordTime,
    pub key: Option<Vec<u8>>,
    pub value: Option<Vec<u8>>,
    pub headers: Vec<(String, Option<Vec<u8>>)>,
}

impl StoredRecord {
    pub fn headers(&self) -> impl Iterator<Item = Header<'_>> {
        self.headers.iter().map(|(key, value)| Header {
            key,
            value: value.as_deref(),
        })
    }
}

/// Reads one partition's file back, record by record.
pub struct PartitionReader {
    /// None for the file of an empty partition, which holds no frame at all.
    decoder: Option<zstd::stream::read::Decoder<'static, BufReader<File>>>,
    path: PathBuf,
    frame: Vec<u8>,
}

impl PartitionReader {
    pub fn open(path: &Path) -> Result<PartitionReader> {
        let file = File::open(path).with_context(|| format!("cannot read {}", path.display()))?;
        let empty = file.metadata()?.len() == 0;
        Ok(PartitionReader {
            decoder: (!empty)
                .then(|| zstd::stream::read::Decoder::new(file))
                .transpose()?,
            path: path.to_path_buf(),
            frame: Vec::new(),
        })
    }

    /// The next record; None at the end of the file.
    pub fn next_record(&mut self) -> Result<Option<StoredRecord>> {
        let Some(decoder) = self.decoder.as_mut() else {
            return Ok(None);
        };
        let mut length = [0u8; 4];
        match read_full(decoder, &mut length) {
            Ok(0) => return Ok(None),
            Ok(4) => {}
            Ok(_) => bail!(
                "{} is truncated: it ends inside a record",
                self.path.display()
            ),
            Err(err) => bail!("{} cannot be read: {err}", self.path.display()),
        }
        self.frame.resize(u32::from_le_bytes(length) as usize, 0);
        decoder.read_exact(&mut self.frame).with_context(|| {
            format!(
                "{} is truncated: it ends inside a record",
                self.path.display()
            )
        })?;
        decode(&self.frame)
            .map(Some)
            .ok_or_else(|| anyhow::anyhow!("{} holds a malformed record", self.path.display()))
    }
}

/// Reads until `buf` is full or the stream ends; how much was read.
fn read_full(reader: &mut impl Read, buf: &mut [u8]) -> io::Result<usize> {
    let mut filled = 0;
    while filled < buf.len() {
        match reader.read(&mut buf[filled..])? {
            0 => break,
            n => filled += n,
        }
    }
    Ok(filled)
}

fn decode(frame: &[u8]) -> Option<StoredRecord> {
    let mut cursor = Cursor { data: frame, at: 0 };
    let offset = i64::from_le_bytes(cursor.take(8)?.try_into().ok()?);
    let time = i64::from_le_bytes(cursor.take(8)?.try_into().ok()?);
    let timestamp = match cursor.take(1)?[0] {
        1 => RecordTime::CreateTime(time),
        2 => RecordTime::LogAppendTime(time),
        _ => RecordTime::NotAvailable,
    };
    let key = cursor.part()?;
    let value = cursor.part()?;
    let count = cursor.u32()?;
    let mut headers = Vec::new();
    for _ in 0..count {
        let length = cursor.u32()? as usize;
        let name = String::from_utf8(cursor.take(length)?.to_vec()).ok()?;
        headers.push((name, cursor.part()?));
    }
    (cursor.at == frame.len()).then_some(StoredRecord {
        offset,
        timestamp,
        key,
        value,
        headers,
    })
}

struct Cursor<'a> {
    data: &'a [u8],
    at: usize,
}

impl<'a> Cursor<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let slice = self.data.get(self.at..self.at.checked_add(n)?)?;
        self.at += n;
        Some(slice)
    }

    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }

    /// A key, value or header value: i32 length (-1: null) and bytes.
    fn part(&mut self) -> Option<Option<Vec<u8>>> {
        match i32::from_le_bytes(self.take(4)?.try_into().ok()?) {
            -1 => Some(None),
            n if n >= 0 => Some(Some(self.take(n as usize)?.to_vec())),
            _ => None,
        }
    }
}
