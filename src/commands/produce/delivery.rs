//! What the producer's delivery reports feed: counts, the --report, and what was not
//! delivered (or was skipped as invalid), saved to --failed-file.

use std::collections::HashMap;
use std::io::{self, BufWriter, Write};
use std::sync::{Mutex, MutexGuard};

use serde_json::Value;

use super::{InputFormat, ProduceArgs, MAX_ERRORS_SHOWN};
use crate::io::files::LazyFile;
use crate::io::output::OutputFormat;
use crate::io::record_json::write_record;
use crate::kafka::SentRecord;
use crate::model::record::{Header, Record, RecordTime};

/// Counts deliveries, reports them, and saves failed records. Delivery reports come on
/// the producing thread, while it serves the producer.
pub(super) struct DeliveryTracker {
    state: Mutex<Tally>,
    key_delimiter: Option<Vec<u8>>,
    record_delimiter: Vec<u8>,
    json: bool,
    /// The timestamps JSON records in flight were given, by opaque: librdkafka reports a
    /// failed record without its timestamp, and the failed file must keep it.
    timestamps: Mutex<HashMap<usize, i64>>,
}

/// Bits of a record's opaque that hold its line; the rest number its input file (line
/// numbers restart with each file, so the line alone does not name a record).
const LINE_BITS: u32 = 40;

/// The opaque that follows a record from `send` to its delivery report.
pub(super) fn opaque(file: usize, line: usize) -> usize {
    (file << LINE_BITS) | line
}

fn line_of(opaque: usize) -> usize {
    opaque & ((1 << LINE_BITS) - 1)
}

/// How --report prints each delivery: "PARTITION@OFFSET line N", or a JSON object.
#[derive(Debug, Clone, Copy)]
pub(super) enum ReportShape {
    Line,
    Json,
}

#[derive(Default)]
pub(super) struct Tally {
    pub(super) delivered: u64,
    pub(super) failed: u64,
    /// Failed records written to --failed-file.
    pub(super) saved: u64,
    /// Invalid input lines skipped (--skip-invalid).
    pub(super) skipped: u64,
    pub(super) report: Option<(BufWriter<io::Stdout>, ReportShape)>,
    pub(super) failed_sink: Option<LazyFile>,
    pub(super) write_error: Option<io::Error>,
}

impl DeliveryTracker {
    pub(super) fn new(args: &ProduceArgs, output: OutputFormat) -> Self {
        DeliveryTracker {
            state: Mutex::new(Tally {
                report: args.report.then(|| {
                    let shape = match output {
                        OutputFormat::Table => ReportShape::Line,
                        _ => ReportShape::Json,
                    };
                    (BufWriter::with_capacity(1 << 16, io::stdout()), shape)
                }),
                ..Tally::default()
            }),
            key_delimiter: args.key_delimiter.clone().map(|s| s.0),
            record_delimiter: args
                .delimiter
                .clone()
                .map_or_else(|| b"\n".to_vec(), |s| s.0),
            json: args.input == InputFormat::Json,
            timestamps: Mutex::new(HashMap::new()),
        }
    }

    /// Keeps a JSON record's own timestamp until its delivery is reported.
    pub(super) fn remember_timestamp(&self, opaque: usize, timestamp: i64) {
        if let Ok(mut timestamps) = self.timestamps.lock() {
            timestamps.insert(opaque, timestamp);
        }
    }

    pub(super) fn tally(&self) -> MutexGuard<'_, Tally> {
        // A poisoned lock only means a panic elsewhere; the counts are still right.
        self.state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Counts a record that failed, shows the first few, and saves it for replay.
    pub(super) fn record_failure<R: Record>(
        &self,
        line: usize,
        reason: &str,
        message: Option<&R>,
        raw: Option<&[u8]>,
    ) {
        let mut tally = self.tally();
        tally.failed += 1;
        if tally.failed <= MAX_ERRORS_SHOWN {
            eprintln!("kfk produce: line {line}: not delivered: {reason}");
        } else if tally.failed == MAX_ERRORS_SHOWN + 1 {
            eprintln!("kfk produce: more records failed; only the total is reported from here");
        }
        let saved = match (raw, message) {
            (Some(raw), _) => raw.to_vec(),
            (None, Some(message)) => self.reframe(message),
            (None, None) => return,
        };
        tally.saved += u64::from(tally.save(&saved, &self.record_delimiter));
    }

    /// Counts an invalid line that --skip-invalid skips, shows the first few, and saves
    /// it as read.
    pub(super) fn record_skip(&self, line: usize, reason: &str, raw: &[u8]) {
        let mut tally = self.tally();
        tally.skipped += 1;
        if tally.skipped <= MAX_ERRORS_SHOWN {
            eprintln!("kfk produce: line {line}: skipped: {reason}");
        } else if tally.skipped == MAX_ERRORS_SHOWN + 1 {
            eprintln!("kfk produce: more invalid lines; only the total is reported from here");
        }
        tally.save(raw, &self.record_delimiter);
    }

    /// A record as it was framed in the input, rebuilt from what was sent.
    fn reframe<R: Record>(&self, message: &R) -> Vec<u8> {
        if self.json {
            let mut line = Vec::new();
            write_record(message, false, &mut line);
            line.pop(); // the newline: the caller appends the input's delimiter
            return line;
        }
        let mut raw = Vec::new();
        if let (Some(key), Some(separator)) = (message.key(), &self.key_delimiter) {
            raw.extend_from_slice(key);
            raw.extend_from_slice(separator);
        }
        raw.extend_from_slice(message.value().unwrap_or_default());
        raw
    }
}

impl Tally {
    /// Appends a record to --failed-file in the input's framing; false without one.
    fn save(&mut self, record: &[u8], delimiter: &[u8]) -> bool {
        let Some(sink) = self.failed_sink.as_mut() else {
            return false;
        };
        if let Err(err) = sink
            .write_all(record)
            .and_then(|_| sink.write_all(delimiter))
        {
            self.write_error.get_or_insert(err);
        }
        true
    }
}

impl DeliveryTracker {
    /// One delivery report.
    pub(super) fn delivery(
        &self,
        opaque: usize,
        message: &SentRecord<'_>,
        result: Result<(), String>,
    ) {
        let line = line_of(opaque);
        let timestamp = if self.json {
            self.timestamps
                .lock()
                .ok()
                .and_then(|mut timestamps| timestamps.remove(&opaque))
        } else {
            None
        };
        match result {
            Ok(()) => {
                let mut tally = self.tally();
                tally.delivered += 1;
                if let Some((out, format)) = tally.report.as_mut() {
                    let written = match format {
                        ReportShape::Line => {
                            writeln!(
                                out,
                                "{}@{} line {line}",
                                message.partition(),
                                message.offset()
                            )
                        }
                        ReportShape::Json => writeln!(
                            out,
                            "{{\"line\":{line},\"topic\":{},\"partition\":{},\"offset\":{}}}",
                            Value::String(message.topic().to_string()),
                            message.partition(),
                            message.offset()
                        ),
                    };
                    if let Err(err) = written {
                        tally.write_error.get_or_insert(err);
                    }
                }
            }
            Err(err) => {
                let failed = Stamped {
                    record: message,
                    timestamp: timestamp.map(RecordTime::CreateTime),
                };
                self.record_failure(line, &err, Some(&failed), None)
            }
        }
    }
}

/// A failed record with the timestamp it was given: librdkafka reports it without one.
struct Stamped<'a, R> {
    record: &'a R,
    timestamp: Option<RecordTime>,
}

impl<R: Record> Record for Stamped<'_, R> {
    fn topic(&self) -> &str {
        self.record.topic()
    }
    fn partition(&self) -> i32 {
        self.record.partition()
    }
    fn offset(&self) -> i64 {
        self.record.offset()
    }
    fn timestamp(&self) -> RecordTime {
        self.timestamp.unwrap_or_else(|| self.record.timestamp())
    }
    fn key(&self) -> Option<&[u8]> {
        self.record.key()
    }
    fn value(&self) -> Option<&[u8]> {
        self.record.value()
    }
    fn headers(&self) -> impl Iterator<Item = Header<'_>> {
        self.record.headers()
    }
}
