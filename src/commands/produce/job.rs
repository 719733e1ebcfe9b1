//! The producing loop: reads records, sends them, keeps count, commits transactions.
//! Runs on a blocking thread.

use std::fs::File;
use std::io::{self, BufReader, IsTerminal, Write};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{anyhow, Context as _, Result};

use super::delivery::{opaque, DeliveryTracker};
use super::encoding::Encoders;
use super::summary::Summary;
use super::transaction::Transaction;
use super::{Input, InputFormat, ProduceArgs};
use crate::io::framing::{CountingReader, RecordReader, StoppableStdin};
use crate::io::progress::{ProduceStatus, Progress};
use crate::io::record_json::{parse_record, InputRecord, SchemaParts};
use crate::kafka::{OutHeaders, OutRecord, Producer, Refused, TopicHandle};

/// The producing loop: reads records, sends them, keeps count. Runs on a blocking thread.
pub(super) struct ProduceJob {
    producer: Producer,
    tracker: Arc<DeliveryTracker>,
    topic: TopicHandle,
    args: ProduceArgs,
    stop: Arc<AtomicBool>,
    timeout: Duration,
    fixed_headers: Option<OutHeaders>,
    progress: Progress,
    /// The input's size, when it is files.
    total_bytes: Option<u64>,
    bytes_read: Arc<AtomicU64>,
    started: Instant,
    read: u64,
    payload_bytes: u64,
    /// The topic's partition count, which JSON records' partitions are checked against.
    partition_count: i32,
    /// The number of the input being read, for records' opaques.
    file: usize,
    transaction: Option<Transaction>,
    encoders: Option<Encoders>,
}

impl ProduceJob {
    #[allow(clippy::too_many_arguments)]
    pub(super) fn new(
        producer: Producer,
        tracker: Arc<DeliveryTracker>,
        args: ProduceArgs,
        stop: Arc<AtomicBool>,
        timeout: Duration,
        total_bytes: Option<u64>,
        partition_count: i32,
        encoders: Option<Encoders>,
    ) -> Self {
        let fixed_headers = (!args.headers.is_empty()).then(|| {
            args.headers
                .iter()
                .fold(OutHeaders::default(), |headers, (key, value)| {
                    headers.with(key, Some(value.as_bytes()))
                })
        });
        let show_progress = !args.quiet && io::stderr().is_terminal();
        ProduceJob {
            topic: producer.topic(&args.topic),
            producer,
            tracker,
            fixed_headers,
            progress: Progress::produce(show_progress, total_bytes.is_some()),
            total_bytes,
            transaction: None,
            args,
            stop,
            timeout,
            bytes_read: Arc::new(AtomicU64::new(0)),
            started: Instant::now(),
            read: 0,
            payload_bytes: 0,
            partition_count,
            file: 0,
            encoders,
        }
    }

    pub(super) fn run(&mut self, inputs: Vec<Input>) -> Result<()> {
        if self.args.producer.transactional_id.is_some() {
            self.transaction = Some(Transaction::start(&self.producer, self.timeout)?);
        }
        let framing = if self.args.whole_file {
            None
        } else {
            Some(
                self.args
                    .delimiter
                    .clone()
                    .map_or_else(|| b"\n".to_vec(), |s| s.0),
            )
        };
        let strip_cr = self.args.delimiter.is_none() && !self.args.keep_cr;
        let mut line = 0usize;
        let mut record = Vec::with_capacity(1024);
        for (file, input) in inputs.into_iter().enumerate() {
            self.file = file;
            let source: Box<dyn io::Read + Send> = match (&input.path, input.generated) {
                (_, Some(generated)) => Box::new(generated),
                (None, None) => Box::new(StoppableStdin::new(self.stop.clone())),
                (Some(path), None) => Box::new(
                    File::open(path).with_context(|| format!("cannot read {}", input.name))?,
                ),
            };
            let counted = CountingReader::new(source, self.bytes_read.clone());
            let mut reader = RecordReader::new(
                BufReader::with_capacity(1 << 20, counted),
                framing.clone(),
                strip_cr,
            );
            // Line numbers restart with each file, as a user's editor counts them.
            if input.path.is_some() {
                line = 0;
            }
            while !self.stop.load(Ordering::Relaxed) {
                if !reader
                    .next_into(&mut record)
                    .with_context(|| format!("reading {}", input.name))?
                {
                    break;
                }
                line += 1;
                self.produce(line, &record)?;
                if let Some(rate) = self.args.rate {
                    self.pace(rate);
                }
                if self.read.is_multiple_of(1024) {
                    self.producer.serve();
                }
                if self.progress.due() {
                    self.show_progress();
                }
                if self.transaction_full() {
                    if let Some(txn) = self.transaction.as_mut() {
                        txn.commit(&self.producer, self.args.producer.message_timeout, line)?;
                    }
                }
            }
        }
        Ok(())
    }

    /// Waits until the records read so far are due at `rate` per second, serving
    /// deliveries meanwhile.
    fn pace(&mut self, rate: f64) {
        let due = self.started + Duration::from_secs_f64(self.read as f64 / rate);
        loop {
            let now = Instant::now();
            if now >= due || self.stop.load(Ordering::Relaxed) {
                return;
            }
            self.producer.serve();
            std::thread::sleep((due - now).min(Duration::from_millis(50)));
        }
    }

    fn produce(&mut self, line: usize, raw: &[u8]) -> Result<()> {
        if self.args.input == InputFormat::Json {
            if raw.iter().all(u8::is_ascii_whitespace) {
                return Ok(());
            }
            return match self.json_record(raw) {
                Ok(record) => {
                    self.read += 1;
                    let headers = record.headers.iter().fold(
                        self.fixed_headers.clone().unwrap_or_default(),
                        |headers, (key, value)| headers.with(key, value.as_deref()),
                    );
                    self.send(
                        line,
                        raw,
                        record.key.as_deref(),
                        record.value.as_deref(),
                        Some(headers),
                        self.args.partition.or(record.partition),
                        record.timestamp,
                    );
                    Ok(())
                }
                Err(reason) if self.args.skip_invalid => {
                    self.read += 1;
                    self.tracker.record_skip(line, &reason, raw);
                    Ok(())
                }
                Err(reason) => Err(anyhow!("line {line}: {reason}")),
            };
        }
        self.read += 1;
        let (key, value) = match &self.args.key_delimiter {
            Some(separator) => separator.split_key(raw),
            None => (None, raw),
        };
        let value = (!(self.args.null_empty && value.is_empty())).then_some(value);
        self.send(
            line,
            raw,
            key,
            value,
            self.fixed_headers.clone(),
            self.args.partition,
            None,
        );
        Ok(())
    }

    /// Hands one record to librdkafka, waiting while its queue is full (back-pressure,
    /// never a drop). A record librdkafka refuses outright is counted as failed.
    #[allow(clippy::too_many_arguments)]
    fn send(
        &mut self,
        line: usize,
        raw: &[u8],
        key: Option<&[u8]>,
        value: Option<&[u8]>,
        headers: Option<OutHeaders>,
        partition: Option<i32>,
        timestamp: Option<i64>,
    ) {
        self.payload_bytes += (key.map_or(0, <[u8]>::len) + value.map_or(0, <[u8]>::len)) as u64;
        let opaque = opaque(self.file, line);
        let record = OutRecord {
            key,
            value,
            headers,
            partition,
            timestamp,
            opaque,
        };
        if let Some(txn) = self.transaction.as_mut() {
            txn.records += 1;
        }
        match self.producer.send(&self.topic, record) {
            Ok(()) => {
                if let Some(ms) = timestamp {
                    self.tracker.remember_timestamp(opaque, ms);
                }
            }
            Err(err) => self.refused(line, raw, err),
        }
    }

    /// Counts a record librdkafka refused outright, and saves it as read.
    fn refused(&self, line: usize, raw: &[u8], err: Refused) {
        let reason = match err.too_large {
            true => format!(
                "the record is {} bytes, larger than the producer allows (message.max.bytes)",
                raw.len()
            ),
            false => err.message,
        };
        self.tracker
            .record_failure::<crate::kafka::SentRecord<'_>>(line, &reason, None, Some(raw));
    }

    /// Redraws the progress line from the counts so far.
    fn show_progress(&mut self) {
        self.producer.serve();
        let status = ProduceStatus {
            read: self.read,
            delivered: self.tracker.tally().delivered,
            bytes_read: self.bytes_read.load(Ordering::Relaxed),
            total_bytes: self.total_bytes,
            elapsed: self.progress.elapsed(),
        };
        self.progress.show_produce(&status);
    }

    /// A JSON line as a record for this topic, as --ignore-partition and
    /// --ignore-timestamp ask; a partition the topic lacks makes the line invalid.
    fn json_record(&self, raw: &[u8]) -> Result<InputRecord, String> {
        let schema = self
            .encoders
            .as_ref()
            .map_or_else(SchemaParts::default, Encoders::parts);
        let (mut record, json) = parse_record(raw, schema)?;
        if self.args.ignore_partition {
            record.partition = None;
        }
        if self.args.ignore_timestamp {
            record.timestamp = None;
        }
        if let Some(encoders) = &self.encoders {
            encoders.apply(&json, &mut record)?;
        }
        match record.partition {
            Some(partition) if partition >= self.partition_count => Err(format!(
                "partition {partition} does not exist: topic '{}' has {} partitions (0-{}); \
                 --ignore-partition places records by key",
                self.args.topic,
                self.partition_count,
                self.partition_count - 1
            )),
            _ => Ok(record),
        }
    }

    fn transaction_full(&self) -> bool {
        match (&self.transaction, self.args.producer.txn_size) {
            (Some(txn), Some(size)) => txn.records >= size,
            _ => false,
        }
    }

    /// Waits for what is in flight (bounded by --message-timeout) and tallies the outcome.
    pub(super) fn finish(mut self) -> Summary {
        let interrupted = self.stop.load(Ordering::Relaxed);
        // The line follows deliveries to the end: librdkafka may hold much of the input
        // when reading ends. An interrupted transaction is aborted instead.
        if !(interrupted && self.transaction.is_some()) {
            let deadline =
                Instant::now() + self.args.producer.message_timeout + Duration::from_secs(1);
            while self.producer.in_flight() > 0 && Instant::now() < deadline {
                self.producer.drain(Duration::from_millis(200));
                self.show_progress();
            }
        }
        let transaction_note = match self.transaction.as_mut() {
            Some(txn) => txn.close(
                &self.producer,
                self.args.producer.message_timeout,
                self.timeout,
                interrupted,
            ),
            None => {
                self.producer
                    .drain(self.args.producer.message_timeout + Duration::from_secs(1));
                None
            }
        };
        self.progress.finish();
        let mut tally = self.tracker.tally();
        let delivered = match &self.transaction {
            Some(txn) => txn.committed,
            None => tally.delivered,
        };
        let mut write_error = tally.write_error.take();
        for result in [
            tally.report.as_mut().map(|(out, _)| out.flush()),
            tally.failed_sink.as_mut().map(|sink| sink.flush()),
        ]
        .into_iter()
        .flatten()
        {
            if let Err(err) = result {
                write_error.get_or_insert(err);
            }
        }
        Summary {
            read: self.read,
            delivered,
            skipped: tally.skipped,
            saved: tally.saved,
            payload_bytes: self.payload_bytes,
            elapsed: self.started.elapsed(),
            interrupted,
            quiet: self.args.quiet,
            failed_file: self.args.failed_file.clone(),
            transaction_note,
            write_error,
        }
    }
}
