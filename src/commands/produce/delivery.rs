//! The producer's librdkafka context: counts deliveries, prints the --report, and saves
//! what was not delivered (or was skipped as invalid) to --failed-file.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::sync::{Mutex, MutexGuard};

use rdkafka::message::Headers;
use rdkafka::producer::{DeliveryResult, ProducerContext};
use rdkafka::Message;
use serde_json::Value;

use super::{InputFormat, ProduceArgs, MAX_ERRORS_SHOWN};
use crate::io::output::OutputFormat;
use crate::io::record_json::{bytes_to_json, headers_to_json};
use crate::kafka::{KfkClientContext, WrapsClientContext};

/// The librdkafka context of kfk's producer: counts deliveries, reports them, and saves
/// failed records. Delivery callbacks run on the producing thread, inside `poll`.
pub(super) struct DeliveryTracker {
    client: KfkClientContext,
    state: Mutex<Tally>,
    key_delimiter: Option<Vec<u8>>,
    record_delimiter: Vec<u8>,
    json: bool,
}

#[derive(Default)]
pub(super) struct Tally {
    pub(super) delivered: u64,
    pub(super) failed: u64,
    /// Failed records written to --failed-file.
    pub(super) saved: u64,
    /// Invalid input lines skipped (--skip-invalid).
    pub(super) skipped: u64,
    pub(super) report: Option<(BufWriter<io::Stdout>, OutputFormat)>,
    pub(super) failed_sink: Option<BufWriter<File>>,
    pub(super) write_error: Option<io::Error>,
}

impl DeliveryTracker {
    pub(super) fn new(client: KfkClientContext, args: &ProduceArgs, output: OutputFormat) -> Self {
        DeliveryTracker {
            client,
            state: Mutex::new(Tally {
                report: args
                    .report
                    .then(|| (BufWriter::with_capacity(1 << 16, io::stdout()), output)),
                ..Tally::default()
            }),
            key_delimiter: args.key_delimiter.clone().map(|s| s.0),
            record_delimiter: args
                .delimiter
                .clone()
                .map_or_else(|| b"\n".to_vec(), |s| s.0),
            json: args.input == InputFormat::Json,
        }
    }

    pub(super) fn tally(&self) -> MutexGuard<'_, Tally> {
        // A poisoned lock only means a panic elsewhere; the counts are still right.
        self.state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Counts a record that failed, shows the first few, and saves it for replay.
    pub(super) fn record_failure<M: Message>(
        &self,
        line: usize,
        reason: &str,
        message: Option<&M>,
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
    fn reframe<M: Message>(&self, message: &M) -> Vec<u8> {
        if self.json {
            let headers = message
                .headers()
                .map(|headers| headers_to_json(headers.iter().map(|h| (h.key, h.value))));
            let mut object = serde_json::Map::new();
            object.insert("key".into(), bytes_to_json(message.key()));
            object.insert("value".into(), bytes_to_json(message.payload()));
            if let Some(headers) = headers {
                object.insert("headers".into(), headers);
            }
            if message.partition() >= 0 {
                object.insert("partition".into(), message.partition().into());
            }
            if let Some(ms) = message.timestamp().to_millis() {
                object.insert("timestamp".into(), ms.into());
            }
            return Value::Object(object).to_string().into_bytes();
        }
        let mut raw = Vec::new();
        if let (Some(key), Some(separator)) = (message.key(), &self.key_delimiter) {
            raw.extend_from_slice(key);
            raw.extend_from_slice(separator);
        }
        raw.extend_from_slice(message.payload().unwrap_or_default());
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

impl WrapsClientContext for DeliveryTracker {
    fn client_context(&self) -> &KfkClientContext {
        &self.client
    }
}

crate::delegate_client_context!(DeliveryTracker);

impl ProducerContext for DeliveryTracker {
    type DeliveryOpaque = usize;

    fn delivery(&self, result: &DeliveryResult<'_>, line: usize) {
        match result {
            Ok(message) => {
                let mut tally = self.tally();
                tally.delivered += 1;
                if let Some((out, format)) = tally.report.as_mut() {
                    let written = match format {
                        OutputFormat::Table => {
                            writeln!(
                                out,
                                "{}@{} line {line}",
                                message.partition(),
                                message.offset()
                            )
                        }
                        OutputFormat::Json => writeln!(
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
            Err((err, message)) => self.record_failure(line, &err.to_string(), Some(message), None),
        }
    }
}
