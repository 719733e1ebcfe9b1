use std::fs::File;
use std::io::{self, BufReader, BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{anyhow, bail, Context as _, Result};
use clap::{Args, ValueEnum};
use rdkafka::client::ClientContext;
use rdkafka::config::RDKafkaLogLevel;
use rdkafka::error::{KafkaError, RDKafkaErrorCode};
use rdkafka::message::{Header, Headers, OwnedHeaders};
use rdkafka::producer::{BaseProducer, BaseRecord, DeliveryResult, Producer, ProducerContext};
use rdkafka::Message;
use serde_json::Value;

use crate::cli::{parse_property, OutputFormat};
use crate::context::{drain, shutdown_signal, Context, KfkClientContext, TopicSpec};
use crate::error::{Interrupted, PartialFailure, UsageError};
use crate::framing::{parse_separator, CountingReader, RecordReader, Separator, StoppableStdin};
use crate::progress::Progress;
use crate::record_json::{bytes_to_json, headers_to_json, parse_record, InputRecord};

/// Write records to a topic from stdin or files, one per line by default.
///
/// Every record read is either delivered or accounted for: the exit status is 0 only when
/// all were delivered, 3 when some were not (with --failed-file they are saved in the input
/// framing, so running kfk produce on that file completes the job), 130 after Ctrl-C.
/// Delivery is acks=all with idempotence unless told otherwise. Delivery flags (--acks,
/// --compression, ...) override the profile; -X overrides them.
///
/// JSON input (--input json) takes one object per line, the shape `kfk consume --output
/// json` prints: {"key", "value", "headers": {..} or [[k, v], ..], "partition",
/// "timestamp"}; "topic", "offset" and "timestamp_type" are accepted and ignored. Keys and
/// values are strings, other JSON (sent compact), null or {"base64": ".."} for binary
/// data. "value" is required: "value": null writes a tombstone. An unknown or repeated
/// field, a wrong type, or a partition the topic does not have makes the line invalid:
/// the lines before it are delivered, nothing from it on is sent, and the status is 1;
/// with --skip-invalid such lines are reported, saved in --failed-file, and skipped
/// (status 3).
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  seq 1000 | kfk produce -t demo
  kfk produce -t users -K: users.txt                 # key:value per line
  kfk produce -t events -D '\\x1e' -H source=backfill dump.bin
  kfk produce -t users -K: -Z deletions.txt          # 'key:' lines are tombstones
  kfk consume -t a -e --output json | kfk produce -t b --input json
  # replay into a topic with other partitions, placed by key and stamped now:
  kfk consume -t a -e --output json | kfk produce -t c --input json --ignore-partition --ignore-timestamp
  kfk produce -t bulk --input json --skip-invalid --failed-file bad.jsonl dump.jsonl
  kfk produce -t orders --transactional-id loader-1 --txn-size 10000 orders.txt
  kfk produce -t orders --failed-file failed.txt orders.txt || kfk produce -t orders failed.txt")]
pub struct ProduceArgs {
    /// Topic to write to
    #[arg(short = 't', long)]
    pub topic: String,

    /// Input files; none or '-' reads stdin
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,

    /// How input is read
    #[arg(long, value_enum, default_value_t = InputFormat::Text)]
    pub input: InputFormat,

    /// Record delimiter, with escapes (\n \t \0 \xHH) [default: \n]
    #[arg(short = 'D', long, value_parser = parse_separator, conflicts_with = "whole_file")]
    pub delimiter: Option<Separator>,

    /// Each input file is one record
    #[arg(long, conflicts_with = "input")]
    pub whole_file: bool,

    /// Split each record into key and value at the first SEP (no SEP: null key)
    #[arg(short = 'K', long, value_name = "SEP", value_parser = parse_separator)]
    pub key_delimiter: Option<Separator>,

    /// Add a header to every record (repeatable)
    #[arg(short = 'H', long = "header", value_name = "KEY=VALUE", value_parser = parse_property)]
    pub headers: Vec<(String, String)>,

    /// Send an empty value as null (a tombstone)
    #[arg(short = 'Z', long)]
    pub null_empty: bool,

    /// Write every record to this partition
    #[arg(short = 'p', long)]
    pub partition: Option<i32>,

    /// How keys map to partitions; murmur2_random matches the Java client
    #[arg(long, value_enum, default_value_t = Partitioner::Murmur2Random)]
    pub partitioner: Partitioner,

    /// Acknowledgements to wait for: all (every in-sync replica), 1 (leader), 0 (none)
    #[arg(long, value_enum, default_value_t = Acks::All)]
    pub acks: Acks,

    /// Turn off the idempotent producer (on by default with --acks all)
    #[arg(long)]
    pub no_idempotence: bool,

    /// Compression codec
    #[arg(short = 'z', long, value_enum, default_value_t = Compression::None)]
    pub compression: Compression,

    /// How long to wait to fill a batch [default: librdkafka's 5ms]
    #[arg(long, value_parser = humantime::parse_duration)]
    pub linger: Option<Duration>,

    /// Maximum batch size in bytes [default: librdkafka's 1000000]
    #[arg(long, value_name = "BYTES")]
    pub batch_size: Option<u64>,

    /// Maximum in-flight requests per broker connection [default: librdkafka's 1000000; 5 with idempotence]
    #[arg(long, value_name = "N")]
    pub max_in_flight: Option<u32>,

    /// How long a record may take to be delivered, retries included
    #[arg(long, value_parser = humantime::parse_duration, default_value = "5m")]
    pub message_timeout: Duration,

    /// Write inside transactions with this transactional.id
    #[arg(long, value_name = "ID")]
    pub transactional_id: Option<String>,

    /// Records per transaction [default: the whole input in one]
    #[arg(long, value_name = "N", requires = "transactional_id", value_parser = clap::value_parser!(u64).range(1..))]
    pub txn_size: Option<u64>,

    /// Print partition@offset and the line number of every delivered record on stdout
    #[arg(long)]
    pub report: bool,

    /// Save every record that was not delivered here, in the input's framing
    #[arg(long, value_name = "PATH")]
    pub failed_file: Option<PathBuf>,

    /// Report, save (--failed-file) and skip invalid JSON lines instead of stopping (exit status 3)
    #[arg(long)]
    pub skip_invalid: bool,

    /// Place JSON records by key with the partitioner, not by their "partition"
    #[arg(long, conflicts_with = "partition")]
    pub ignore_partition: bool,

    /// Let the producer stamp JSON records with the current time, not their "timestamp"
    #[arg(long)]
    pub ignore_timestamp: bool,

    /// No progress bar and no summary line
    #[arg(short = 'q', long)]
    pub quiet: bool,
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputFormat {
    Text,
    Json,
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
#[value(rename_all = "snake_case")]
pub enum Partitioner {
    Random,
    Consistent,
    ConsistentRandom,
    Murmur2,
    Murmur2Random,
    Fnv1a,
    Fnv1aRandom,
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum Acks {
    #[value(name = "all")]
    All,
    #[value(name = "1")]
    Leader,
    #[value(name = "0")]
    None,
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compression {
    None,
    Gzip,
    Snappy,
    Lz4,
    Zstd,
}

fn value_name<T: ValueEnum>(value: T) -> String {
    value
        .to_possible_value()
        .map(|v| v.get_name().to_string())
        .unwrap_or_default()
}

/// Failed records shown one by one on stderr before only being counted.
const MAX_ERRORS_SHOWN: u64 = 10;

pub async fn run(ctx: &Context, args: ProduceArgs) -> Result<()> {
    if args.input == InputFormat::Json && (args.key_delimiter.is_some() || args.delimiter.is_some())
    {
        bail!(UsageError(
            "--input json reads one JSON object per line; -K and -D do not apply".into()
        ));
    }
    if args.input != InputFormat::Json {
        let json_only = [
            (args.skip_invalid, "--skip-invalid"),
            (args.ignore_partition, "--ignore-partition"),
            (args.ignore_timestamp, "--ignore-timestamp"),
        ];
        if let Some((_, flag)) = json_only.iter().find(|(given, _)| *given) {
            bail!(UsageError(format!("{flag} applies to --input json")));
        }
    }
    let spec = TopicSpec {
        topic: args.topic.clone(),
        partitions: args.partition.map(|p| vec![p]),
    };
    let inputs = open_inputs(&args.files)?;

    let mut overrides = vec![
        ("partitioner", value_name(args.partitioner)),
        ("acks", value_name(args.acks)),
        ("compression.codec", value_name(args.compression)),
        (
            "message.timeout.ms",
            args.message_timeout.as_millis().to_string(),
        ),
    ];
    let idempotent = !args.no_idempotence && args.acks == Acks::All;
    if !args.no_idempotence && args.acks != Acks::All {
        crate::output::note("idempotence needs --acks all; it is off for this run");
    }
    overrides.push(("enable.idempotence", idempotent.to_string()));
    if let Some(linger) = args.linger {
        overrides.push(("linger.ms", linger.as_millis().to_string()));
    }
    if let Some(bytes) = args.batch_size {
        overrides.push(("batch.size", bytes.to_string()));
    }
    if let Some(n) = args.max_in_flight {
        overrides.push(("max.in.flight.requests.per.connection", n.to_string()));
    }
    if let Some(id) = &args.transactional_id {
        overrides.push(("transactional.id", id.clone()));
        // librdkafka requires message.timeout.ms <= transaction.timeout.ms.
        let txn_timeout = args.message_timeout.max(Duration::from_secs(60));
        overrides.push((
            "transaction.timeout.ms",
            txn_timeout.as_millis().to_string(),
        ));
    }

    let producer: BaseProducer<DeliveryTracker> = ctx.client_with(&overrides, |client| {
        DeliveryTracker::new(client, &args, ctx.output)
    })?;
    // Looking the topic up through the producer lets it connect (and get its producer id)
    // meanwhile. An unknown topic is refused before any input is read.
    let (producer, cluster) = ctx
        .cluster_via(producer, |producer, timeout| {
            producer.client().fetch_metadata(None, timeout)
        })
        .await?;
    cluster.resolve(&spec)?;
    let partition_count = i32::try_from(cluster.topic(&args.topic)?.partitions.len())?;
    let producer = if idempotent {
        // librdkafka asks for a producer id only when a metadata response arrives or its
        // 500 ms retry timer fires; the first response comes from the bootstrap connection,
        // which it does not use for that. A second lookup, once the real broker connection
        // is up, spares the 500 ms wait (it saves half the run time of a million records).
        let topic = args.topic.clone();
        let (producer, _) = ctx
            .cluster_via(producer, move |producer, timeout| {
                producer.client().fetch_metadata(Some(&topic), timeout)
            })
            .await?;
        producer
    } else {
        producer
    };
    if let Some(path) = &args.failed_file {
        let file =
            File::create(path).with_context(|| format!("cannot create {}", path.display()))?;
        producer.context().tally().failed_sink = Some(BufWriter::new(file));
    }

    let stop = Arc::new(AtomicBool::new(false));
    let signals = tokio::spawn(watch_interrupts(stop.clone()));
    let timeout = ctx.timeout();
    let progress_total = inputs.iter().map(|i| i.size).sum::<Option<u64>>();
    let outcome = tokio::task::spawn_blocking(move || {
        let mut job = ProduceJob::new(
            producer,
            args,
            stop,
            timeout,
            progress_total,
            partition_count,
        );
        let result = job.run(inputs);
        (job.finish(), result)
    })
    .await
    .context("the producer thread panicked")?;
    signals.abort();
    let (summary, result) = outcome;
    // The summary comes first, then the error that stopped the run, if any.
    let summary_result = summary.into_result();
    result?;
    summary_result
}

/// First Ctrl-C/SIGTERM: stop reading and drain. Second: leave at once.
async fn watch_interrupts(stop: Arc<AtomicBool>) {
    shutdown_signal().await;
    stop.store(true, Ordering::SeqCst);
    eprintln!("kfk produce: stopping; waiting for records in flight (Ctrl-C again to quit now)");
    shutdown_signal().await;
    std::process::exit(i32::from(crate::error::EXIT_INTERRUPTED));
}

struct Input {
    name: String,
    path: Option<PathBuf>,
    size: Option<u64>,
}

fn open_inputs(files: &[PathBuf]) -> Result<Vec<Input>> {
    if files.is_empty() {
        return Ok(vec![Input {
            name: "stdin".into(),
            path: None,
            size: None,
        }]);
    }
    files
        .iter()
        .map(|path| {
            if path == Path::new("-") {
                return Ok(Input {
                    name: "stdin".into(),
                    path: None,
                    size: None,
                });
            }
            let metadata = std::fs::metadata(path)
                .with_context(|| format!("cannot read {}", path.display()))?;
            Ok(Input {
                name: path.display().to_string(),
                path: Some(path.clone()),
                size: metadata.is_file().then_some(metadata.len()),
            })
        })
        .collect()
}

/// The librdkafka context of kfk's producer: counts deliveries, reports them, and saves
/// failed records. Delivery callbacks run on the producing thread, inside `poll`.
struct DeliveryTracker {
    client: KfkClientContext,
    state: Mutex<Tally>,
    key_delimiter: Option<Vec<u8>>,
    record_delimiter: Vec<u8>,
    json: bool,
}

#[derive(Default)]
struct Tally {
    delivered: u64,
    failed: u64,
    /// Failed records written to --failed-file.
    saved: u64,
    /// Invalid input lines skipped (--skip-invalid).
    skipped: u64,
    report: Option<(BufWriter<io::Stdout>, OutputFormat)>,
    failed_sink: Option<BufWriter<File>>,
    write_error: Option<io::Error>,
}

impl DeliveryTracker {
    fn new(client: KfkClientContext, args: &ProduceArgs, output: OutputFormat) -> Self {
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

    fn tally(&self) -> std::sync::MutexGuard<'_, Tally> {
        // A poisoned lock only means a panic elsewhere; the counts are still right.
        self.state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Counts a record that failed, shows the first few, and saves it for replay.
    fn record_failure<M: Message>(
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
    fn record_skip(&self, line: usize, reason: &str, raw: &[u8]) {
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

impl ClientContext for DeliveryTracker {
    fn log(&self, level: RDKafkaLogLevel, facility: &str, message: &str) {
        self.client.log(level, facility, message);
    }

    fn error(&self, error: KafkaError, reason: &str) {
        self.client.error(error, reason);
    }
}

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

/// The producing loop: reads records, sends them, keeps count. Runs on a blocking thread.
struct ProduceJob {
    producer: BaseProducer<DeliveryTracker>,
    args: ProduceArgs,
    stop: Arc<AtomicBool>,
    timeout: Duration,
    fixed_headers: Option<OwnedHeaders>,
    progress: Progress,
    bytes_read: Arc<AtomicU64>,
    started: Instant,
    read: u64,
    payload_bytes: u64,
    /// The topic's partition count, which JSON records' partitions are checked against.
    partition_count: i32,
    transaction: Option<Transaction>,
}

/// The open transaction, in transactional mode.
struct Transaction {
    first_line: usize,
    records: u64,
    committed: u64,
}

impl ProduceJob {
    fn new(
        producer: BaseProducer<DeliveryTracker>,
        args: ProduceArgs,
        stop: Arc<AtomicBool>,
        timeout: Duration,
        total_bytes: Option<u64>,
        partition_count: i32,
    ) -> Self {
        let fixed_headers = (!args.headers.is_empty()).then(|| {
            args.headers
                .iter()
                .fold(OwnedHeaders::new(), |headers, (key, value)| {
                    headers.insert(Header {
                        key,
                        value: Some(value.as_bytes()),
                    })
                })
        });
        let show_progress = !args.quiet && io::stderr().is_terminal();
        ProduceJob {
            producer,
            fixed_headers,
            progress: Progress::new(show_progress, total_bytes),
            transaction: args.transactional_id.is_some().then_some(Transaction {
                first_line: 1,
                records: 0,
                committed: 0,
            }),
            args,
            stop,
            timeout,
            bytes_read: Arc::new(AtomicU64::new(0)),
            started: Instant::now(),
            read: 0,
            payload_bytes: 0,
            partition_count,
        }
    }

    fn run(&mut self, inputs: Vec<Input>) -> Result<()> {
        if self.transaction.is_some() {
            self.producer
                .init_transactions(self.timeout)
                .map_err(|err| anyhow!("cannot start transactions: {err}"))?;
            self.producer
                .begin_transaction()
                .map_err(|err| anyhow!("cannot begin a transaction: {err}"))?;
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
        let strip_cr = self.args.delimiter.is_none();
        let mut line = 0usize;
        let mut record = Vec::with_capacity(1024);
        for input in inputs {
            let source: Box<dyn io::Read + Send> = match &input.path {
                None => Box::new(StoppableStdin::new(self.stop.clone())),
                Some(path) => Box::new(
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
                if self.read % 1024 == 0 {
                    self.producer.poll(Duration::ZERO);
                    self.progress
                        .update(self.read, self.bytes_read.load(Ordering::Relaxed));
                }
                if self.transaction_full() {
                    self.commit_transaction(line)?;
                }
            }
        }
        Ok(())
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
                        |headers, (key, value)| {
                            headers.insert(Header {
                                key,
                                value: value.as_deref(),
                            })
                        },
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
                    self.producer.context().record_skip(line, &reason, raw);
                    Ok(())
                }
                Err(reason) => Err(anyhow!("line {line}: {reason}")),
            };
        }
        self.read += 1;
        let (key, value) = match &self.args.key_delimiter {
            Some(Separator(separator)) => match find(raw, separator) {
                Some(at) => (Some(&raw[..at]), &raw[at + separator.len()..]),
                None => (None, raw),
            },
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
        headers: Option<OwnedHeaders>,
        partition: Option<i32>,
        timestamp: Option<i64>,
    ) {
        self.payload_bytes += (key.map_or(0, <[u8]>::len) + value.map_or(0, <[u8]>::len)) as u64;
        let mut record: BaseRecord<'_, [u8], [u8], usize> =
            BaseRecord::with_opaque_to(&self.args.topic, line);
        record.key = key;
        record.payload = value;
        record.headers = headers;
        record.partition = partition;
        record.timestamp = timestamp;
        if let Some(txn) = self.transaction.as_mut() {
            txn.records += 1;
        }
        loop {
            match self.producer.send(record) {
                Ok(()) => return,
                Err((KafkaError::MessageProduction(RDKafkaErrorCode::QueueFull), returned)) => {
                    record = returned;
                    self.producer.poll(Duration::from_millis(20));
                }
                Err((err, _)) => {
                    let reason = match err.rdkafka_error_code() {
                        Some(RDKafkaErrorCode::MessageSizeTooLarge) => format!(
                            "the record is {} bytes, larger than the producer allows (message.max.bytes)",
                            raw.len()
                        ),
                        _ => err.to_string(),
                    };
                    self.producer
                        .context()
                        .record_failure::<rdkafka::message::OwnedMessage>(
                            line,
                            &reason,
                            None,
                            Some(raw),
                        );
                    return;
                }
            }
        }
    }

    /// A JSON line as a record for this topic, as --ignore-partition and
    /// --ignore-timestamp ask; a partition the topic lacks makes the line invalid.
    fn json_record(&self, raw: &[u8]) -> Result<InputRecord, String> {
        let mut record = parse_record(raw)?;
        if self.args.ignore_partition {
            record.partition = None;
        }
        if self.args.ignore_timestamp {
            record.timestamp = None;
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
        match (&self.transaction, self.args.txn_size) {
            (Some(txn), Some(size)) => txn.records >= size,
            _ => false,
        }
    }

    /// Commits the open transaction and, unless this is the end, begins the next. A failed
    /// commit aborts the transaction and stops the run.
    fn commit_transaction(&mut self, last_line: usize) -> Result<()> {
        let Some(txn) = self.transaction.as_mut() else {
            return Ok(());
        };
        drain(&self.producer, self.args.message_timeout);
        if let Err(err) = self.producer.commit_transaction(self.args.message_timeout) {
            let first = txn.first_line;
            let _ = self.producer.abort_transaction(self.args.message_timeout);
            txn.records = 0;
            return Err(PartialFailure(format!(
                "the transaction holding lines {first}-{last_line} was aborted: {err}"
            ))
            .into());
        }
        txn.committed += txn.records;
        txn.records = 0;
        txn.first_line = last_line + 1;
        self.producer
            .begin_transaction()
            .map_err(|err| anyhow!("cannot begin a transaction: {err}"))?;
        Ok(())
    }

    /// Waits for what is in flight (bounded by --message-timeout) and tallies the outcome.
    fn finish(mut self) -> Summary {
        let interrupted = self.stop.load(Ordering::Relaxed);
        let mut transaction_note = None;
        if let Some(txn) = self.transaction.as_mut() {
            if txn.records > 0 && !interrupted {
                let (first, records) = (txn.first_line, txn.records);
                drain(&self.producer, self.args.message_timeout);
                match self.producer.commit_transaction(self.args.message_timeout) {
                    Ok(()) => txn.committed += records,
                    Err(err) => {
                        let _ = self.producer.abort_transaction(self.args.message_timeout);
                        transaction_note = Some(format!(
                            "the transaction from line {first} on was aborted: {err}"
                        ));
                    }
                }
            } else if txn.records > 0 {
                let _ = self.producer.abort_transaction(self.args.message_timeout);
                transaction_note = Some(format!(
                    "the open transaction ({} records from line {}) was aborted",
                    txn.records, txn.first_line
                ));
            } else {
                let _ = self.producer.abort_transaction(self.timeout);
            }
        } else {
            drain(
                &self.producer,
                self.args.message_timeout + Duration::from_secs(1),
            );
        }
        self.progress.finish();
        let mut tally = self.producer.context().tally();
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

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    match needle {
        [byte] => haystack.iter().position(|b| b == byte),
        _ => haystack
            .windows(needle.len())
            .position(|window| window == needle),
    }
}

/// What a run did, for the summary line and the exit status.
struct Summary {
    read: u64,
    delivered: u64,
    skipped: u64,
    saved: u64,
    payload_bytes: u64,
    elapsed: Duration,
    interrupted: bool,
    quiet: bool,
    failed_file: Option<PathBuf>,
    transaction_note: Option<String>,
    write_error: Option<io::Error>,
}

impl Summary {
    fn into_result(self) -> Result<()> {
        let failed = self.read - self.skipped - self.delivered;
        if !self.quiet {
            let seconds = self.elapsed.as_secs_f64();
            let skipped = if self.skipped > 0 {
                format!(", {} skipped", self.skipped)
            } else {
                String::new()
            };
            eprintln!(
                "kfk produce: {} read, {} delivered, {failed} failed{skipped}, {}, {:.2}s, {:.0} records/s",
                self.read,
                self.delivered,
                indicatif::HumanBytes(self.payload_bytes),
                seconds,
                self.delivered as f64 / seconds.max(1e-9),
            );
        }
        if let Some(note) = &self.transaction_note {
            eprintln!("kfk produce: {note}");
        }
        if let Some(err) = self.write_error {
            if err.kind() != io::ErrorKind::BrokenPipe {
                return Err(err).context("writing the report or the failed-records file");
            }
        }
        if self.interrupted {
            return Err(Interrupted.into());
        }
        let mut problems = Vec::new();
        if failed > 0 {
            problems.push(format!(
                "{failed} of {} records were not delivered",
                self.read
            ));
        }
        if self.skipped > 0 {
            problems.push(format!("{} invalid lines were skipped", self.skipped));
        }
        if problems.is_empty() {
            return Ok(());
        }
        // Skipped lines are always saved when there is a file; failed ones when librdkafka
        // handed them back.
        let unsaved = failed - self.saved;
        let saved = match &self.failed_file {
            Some(path) if unsaved == 0 => format!("; they are saved in {}", path.display()),
            Some(path) => format!(
                "; {} of them are saved in {}",
                self.saved + self.skipped,
                path.display()
            ),
            None => String::new(),
        };
        Err(PartialFailure(format!("{}{saved}", problems.join(" and "))).into())
    }
}
