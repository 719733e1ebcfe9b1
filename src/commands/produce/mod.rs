//! `kfk produce`: read records from stdin or files (`job`), send them with delivery
//! tracking (`delivery`), and report what happened (`summary`).

mod delivery;
mod encoding;
mod generated;
mod job;
mod summary;
mod transaction;

use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::sync::Arc;

use anyhow::{bail, Context as _, Result};
use clap::{Args, ValueEnum};

use self::delivery::DeliveryTracker;
use self::encoding::Encoders;
use self::job::ProduceJob;
use crate::commands::args::parse_property;
use crate::commands::args::producer::ProducerFlags;
use crate::commands::completions::live;
use crate::context::Context;
use crate::error::UsageError;
use crate::io::files::{refuse_overwriting_input, LazyFile, Source};
use crate::io::framing::{parse_separator, Separator};
use crate::io::signals;
use crate::kafka::{OnDelivery, TopicSpec};
use crate::model::generate::Generator;

/// Write records to a topic from stdin or files, one per line by default.
///
/// A carriage return before a newline is not part of the record (input from Windows reads
/// as lines, as with Kafka's console producer); --keep-cr keeps it, as kcat does.
///
/// Every record read is either delivered or accounted for: the exit status is 0 only when
/// all were delivered, 3 when some were not (with --failed-file they are saved in the input
/// framing, so running kfk produce on that file completes the job), 130 after Ctrl-C.
/// Delivery is acks=all with idempotence unless told otherwise. Delivery flags (--acks,
/// --compression, ...) override the profile; -X overrides them.
///
/// JSON input (--input json) takes one object per line, the shape `kfk consume --output
/// json` prints: {"key", "value", "headers": {..} or [[k, v], ..], "partition",
/// "timestamp"}; "topic", "offset" and "timestamp_type" are accepted and ignored. A key
/// or value is a string (sent as its text), other JSON (sent exactly as written) or null;
/// binary data is base64 text with "key_encoding"/"value_encoding": "base64" beside it (a
/// header: [k, "base64 text", "base64"]). {"base64": ".."} as a value is refused as
/// ambiguous. "value" is required: "value": null writes a tombstone. An unknown or repeated
/// field, a wrong type, or a partition the topic does not have makes the line invalid:
/// the lines before it are delivered, nothing from it on is sent, and the status is 1;
/// with --skip-invalid such lines are reported, saved in --failed-file, and skipped
/// (status 3).
///
/// --generate FILE sends test data instead of input, one JSON record per line as --input
/// json reads it: values from an Avro schema (.avsc), a JSON Schema, or a template such as
/// {"id": {{seq}}, "email": "{{email}}", "total": {{float 1 500}}} (fields: seq, uuid, int
/// A B, float A B, bool, choice A B .., name, first_name, last_name, email, city, country,
/// word, ipv4, hex N, now, timestamp). Strings follow field names (email, name, city, id)
/// and formats; --value-schema encodes the values through the Schema Registry. --rate
/// caps any produce, generated or not.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  seq 1000 | kfk produce -t demo
  kfk produce -t users -K: users.txt                 # key:value per line
  kfk produce -t events -D '\\x1e' -H source=backfill dump.bin
  kfk produce -t users -K: -Z deletions.txt          # 'key:' lines are tombstones
  kfk consume -t a -e --output json | kfk produce -t b --input json
  # replay into a topic with other partitions, placed by key and stamped now:
  kfk consume -t a -e --output json |
    kfk produce -t c --input json --ignore-partition --ignore-timestamp
  kfk produce -t bulk --input json --skip-invalid --failed-file bad.jsonl dump.jsonl
  kfk produce -t orders --transactional-id loader-1 --txn-size 10000 orders.txt
  kfk produce -t orders --failed-file failed.txt orders.txt || kfk produce -t orders failed.txt
  kfk produce -t users --generate user.avsc --value-schema user.avsc --count 10000 --rate 500/s
  kfk produce -t clicks --generate click.tmpl --key-field user --rate 100/s  # until Ctrl-C")]
pub struct ProduceArgs {
    /// Topic to write to
    #[arg(short = 't', long, add = live::topics())]
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

    /// Keep a carriage return before each newline as part of the record (kcat's way);
    /// by default lines ending in \r\n are read as lines, as Kafka's console producer does
    #[arg(long, conflicts_with_all = ["delimiter", "whole_file"])]
    pub keep_cr: bool,

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
    #[arg(short = 'p', long, value_parser = clap::value_parser!(i32).range(0..))]
    pub partition: Option<i32>,

    #[command(flatten)]
    pub producer: ProducerFlags,

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

    /// Encode each JSON "value" with this subject's latest schema (Avro, Protobuf or JSON
    /// Schema, from --schema-registry); with --value-schema, the subject to use
    #[arg(long, value_name = "SUBJECT", help_heading = "Schema Registry")]
    pub value_schema_subject: Option<String>,

    /// Encode each JSON "value" with this schema file (.avsc, .proto, .json), as registered
    /// under --value-schema-subject (default: TOPIC-value)
    #[arg(long, value_name = "FILE", help_heading = "Schema Registry")]
    pub value_schema: Option<PathBuf>,

    /// Encode each JSON "key" with this subject's latest schema
    #[arg(long, value_name = "SUBJECT", help_heading = "Schema Registry")]
    pub key_schema_subject: Option<String>,

    /// Encode each JSON "key" with this schema file (default subject: TOPIC-key)
    #[arg(long, value_name = "FILE", help_heading = "Schema Registry")]
    pub key_schema: Option<PathBuf>,

    /// Register the --key-schema/--value-schema files (else they must be registered)
    #[arg(long, help_heading = "Schema Registry")]
    pub register: bool,

    /// Send generated records instead of input: from an Avro schema, a JSON Schema or a
    /// template file (see above)
    #[arg(long, value_name = "FILE", help_heading = "Test data",
          conflicts_with_all = ["files", "whole_file", "key_delimiter", "delimiter", "input"])]
    pub generate: Option<PathBuf>,

    /// With --generate, stop after N records [default: until interrupted]
    #[arg(long, value_name = "N", requires = "generate", help_heading = "Test data",
          value_parser = clap::value_parser!(u64).range(1..))]
    pub count: Option<u64>,

    /// With --generate, each record's key is this top-level field of its value
    #[arg(
        long,
        value_name = "FIELD",
        requires = "generate",
        help_heading = "Test data"
    )]
    pub key_field: Option<String>,

    /// With --generate, the seed that makes the same records again [default: the clock]
    #[arg(
        long,
        value_name = "N",
        requires = "generate",
        help_heading = "Test data"
    )]
    pub seed: Option<u64>,

    /// Send at most this many records per second: 1000/s, 1000, 60/m, 3600/h
    #[arg(long, value_name = "RATE", value_parser = generated::parse_rate)]
    pub rate: Option<f64>,
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputFormat {
    Text,
    Json,
}

/// Failed records shown one by one on stderr before only being counted.
const MAX_ERRORS_SHOWN: u64 = 10;

pub async fn run(ctx: &Context, mut args: ProduceArgs) -> Result<()> {
    if args.generate.is_some() {
        args.input = InputFormat::Json;
    }
    if args.report {
        ctx.output
            .for_records("produce --report")
            .map_err(UsageError)?;
    }
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
    let encoders = Encoders::new(ctx, &args).await?;
    let stop = signals::stop_flag(Some(
        "kfk produce: stopping; waiting for records in flight (Ctrl-C again to quit now)",
    ));
    let inputs = match &args.generate {
        Some(path) => vec![generated_input(&args, path, stop.clone())?],
        None => open_inputs(&args.files)?,
    };
    if let Some(path) = &args.failed_file {
        let sources: Vec<Source> = inputs
            .iter()
            .map(|input| input.path.as_deref().map_or(Source::Stdin, Source::File))
            .collect();
        refuse_overwriting_input("--failed-file", path, &sources)?;
    }
    // Created on the first failure: a run that delivers everything leaves it alone.
    let failed_sink = args.failed_file.clone().map(LazyFile::new).transpose()?;

    let options = args.producer.options();
    let tracker = Arc::new(DeliveryTracker::new(&args, ctx.output));
    let reports = tracker.clone();
    let on_delivery: OnDelivery =
        Box::new(move |opaque, record, result| reports.delivery(opaque, record, result));
    // Looking the topic up through the producer lets it connect (and get its producer id)
    // meanwhile. An unknown topic is refused before any input is read.
    let (producer, cluster) = match ctx
        .kafka
        .connected_producer(&options, &args.topic, Some(on_delivery))
        .await
    {
        Ok(connected) => connected,
        Err(err) => return Err(ctx.kafka.why_missing(err, None).await),
    };
    cluster.resolve(&spec)?;
    let partition_count = i32::try_from(cluster.topic(&args.topic)?.partitions.len())?;
    tracker.tally().failed_sink = failed_sink;

    let timeout = ctx.timeout();
    let progress_total = inputs.iter().map(|i| i.size).sum::<Option<u64>>();
    let outcome = tokio::task::spawn_blocking(move || {
        let mut job = ProduceJob::new(
            producer,
            tracker,
            args,
            stop,
            timeout,
            progress_total,
            partition_count,
            encoders,
        );
        let result = job.run(inputs);
        (job.finish(), result)
    })
    .await
    .context("the producer thread panicked")?;
    let (summary, result) = outcome;
    // The summary comes first, then the error that stopped the run, if any.
    let summary_result = summary.into_result();
    result?;
    summary_result
}

struct Input {
    name: String,
    path: Option<PathBuf>,
    size: Option<u64>,
    /// What --generate makes, read as a file is.
    generated: Option<generated::GeneratedLines>,
}

fn generated_input(args: &ProduceArgs, path: &Path, stop: Arc<AtomicBool>) -> Result<Input> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    let generator = Generator::parse(&text)
        .map_err(|why| UsageError(format!("--generate {}: {why}", path.display())))?;
    let seed = args.seed.unwrap_or_else(|| {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos() as u64)
    });
    let lines =
        generated::GeneratedLines::new(generator, seed, args.key_field.clone(), args.count, stop);
    Ok(Input {
        name: format!("records generated from {}", path.display()),
        path: None,
        size: None,
        generated: Some(lines),
    })
}

fn open_inputs(files: &[PathBuf]) -> Result<Vec<Input>> {
    if files.is_empty() {
        return Ok(vec![Input {
            name: "stdin".into(),
            path: None,
            size: None,
            generated: None,
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
                    generated: None,
                });
            }
            let metadata = std::fs::metadata(path)
                .with_context(|| format!("cannot read {}", path.display()))?;
            Ok(Input {
                name: path.display().to_string(),
                path: Some(path.clone()),
                size: metadata.is_file().then_some(metadata.len()),
                generated: None,
            })
        })
        .collect()
}
