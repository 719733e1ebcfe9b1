use std::collections::BTreeMap;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc::SyncSender;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{anyhow, bail, Context as _, Result};
use clap::Args;

use crate::commands::completions::live;
use crate::context::Context;
use crate::error::{Interrupted, UsageError};
use crate::io::backup_files::{Frames, Manifest, PartitionFile, PartitionWriter, FORMAT, MANIFEST};
use crate::io::output;
use crate::io::progress::Progress;
use crate::io::signals;
use crate::kafka::options::{Isolation, ReaderOptions};
use crate::kafka::{BatchReader, Consumer, Hooks};
use crate::model::position::Offset;
use crate::model::record::Record;

/// Back a topic up to files: every record a read_committed reader sees, as the topic is
/// when kfk starts, with key, value, headers, timestamp, partition and offset.
///
/// Each partition is read up to its last stable offset: a transaction still open when
/// kfk starts ends the partition's backup before its first record, and does not hold the
/// backup up.
///
/// DIR gets one zstd-compressed file per partition and manifest.json, written last, which
/// names each file with its record count, first and last offset and SHA-256. `kfk
/// restore DIR TOPIC` writes the records back and checks them against the manifest. DIR
/// is created if missing; one that holds a backup already is refused. Ctrl-C removes the
/// partial files and exits 130.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  kfk backup orders /backups/orders-2026-12-07
  kfk restore /backups/orders-2026-12-07 orders-restored")]
pub struct BackupArgs {
    /// The topic to back up
    #[arg(add = live::topics())]
    pub topic: String,

    /// The folder to write the backup to
    pub dir: PathBuf,
}

pub async fn run(ctx: &Context, args: BackupArgs) -> Result<()> {
    if args.dir.join(MANIFEST).exists() {
        bail!(UsageError(format!(
            "{} holds a backup already; choose another folder",
            args.dir.display()
        )));
    }
    std::fs::create_dir_all(&args.dir)
        .with_context(|| format!("cannot create {}", args.dir.display()))?;
    // One client does it all: metadata, the partitions' extents and reading.
    let consumer = ctx.kafka.consumer(
        &ReaderOptions {
            isolation: Isolation::ReadCommitted,
            purpose: "backup",
        },
        Hooks {
            assigned: None,
            revoking: None,
            committed: None,
        },
    )?;
    let (consumer, cluster) = ctx
        .kafka
        .cluster_through(consumer, Some(&args.topic))
        .await?;
    let topic = match cluster.topic(&args.topic) {
        Ok(topic) => topic,
        Err(err) => return Err(ctx.kafka.why_missing(err, None).await),
    };
    let partitions: Vec<(String, i32)> = topic
        .partitions
        .iter()
        .map(|p| (args.topic.clone(), p.partition))
        .collect();
    let partition_count = partitions.len();
    let stop = signals::stop_flag(None);
    let job = Job {
        dir: args.dir.clone(),
        topic: args.topic.clone(),
        partitions,
        timeout: ctx.timeout(),
        stop: stop.clone(),
    };
    let started = Instant::now();
    let result = tokio::task::spawn_blocking(move || job.run(&consumer))
        .await
        .context("the backup thread panicked")?;
    let files = match result {
        Ok(files) => files,
        Err(err) => {
            remove_partial(&args.dir, &args.topic, partition_count);
            return Err(match stop.load(Ordering::SeqCst) {
                true => Interrupted.into(),
                false => err,
            });
        }
    };
    let records: u64 = files.iter().map(|f| f.records).sum();
    let bytes: u64 = files.iter().map(|f| f.bytes).sum();
    Manifest {
        format: FORMAT.into(),
        topic: args.topic.clone(),
        partition_count,
        created: output::time_ms(chrono::Utc::now().timestamp_millis()),
        partitions: files,
    }
    .write(&args.dir)?;
    output::note(&format!(
        "backed up {} of '{}' from {} to {} ({}) in {:.2}s",
        output::count(records, "record"),
        args.topic,
        output::count(partition_count as u64, "partition"),
        args.dir.display(),
        output::size(bytes as i64),
        started.elapsed().as_secs_f64()
    ));
    Ok(())
}

/// Removes what an unfinished backup wrote: its partition files (never the folder, which
/// may hold the user's other files).
fn remove_partial(dir: &Path, topic: &str, partitions: usize) {
    for partition in 0..partitions {
        let _ = std::fs::remove_file(dir.join(format!("{topic}-{partition}.kfkb.zst")));
    }
}

struct Job {
    dir: PathBuf,
    topic: String,
    partitions: Vec<(String, i32)>,
    /// --timeout; reading gives up after three times it without progress.
    timeout: Duration,
    stop: Arc<AtomicBool>,
}

/// Records are handed to the compressing thread in chunks of about this size.
const CHUNK: usize = 1 << 20;
/// Threads that read records (librdkafka fetches them on its own thread).
const READERS: usize = 2;

/// What the reading threads share.
struct Shared {
    /// Records read so far, by all.
    done: AtomicU64,
    /// Set when one thread failed: the others stop.
    halted: AtomicBool,
}

/// A reading thread stopped because another failed.
#[derive(Debug)]
struct Halted;

impl std::fmt::Display for Halted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("stopped: another reading thread failed")
    }
}

impl std::error::Error for Halted {}

impl Job {
    fn run(&self, consumer: &Consumer) -> Result<Vec<PartitionFile>> {
        // Each partition is read from its log start to its last stable offset as kfk
        // starts: a transaction still open then is left out, and does not hold the
        // backup up.
        let ends: BTreeMap<i32, (i64, i64)> = consumer
            .stable_extents(&self.partitions, self.timeout)?
            .into_iter()
            .map(|e| (e.partition, (e.low, e.high)))
            .collect();
        let mut writers = BTreeMap::new();
        let mut pending = Vec::new();
        for (&partition, &(low, high)) in &ends {
            writers.insert(
                partition,
                PartitionWriter::create(&self.dir, &self.topic, partition)?,
            );
            if low < high {
                pending.push((self.topic.clone(), partition, Offset::At(low)));
            }
        }
        // Compressing runs on a thread of its own, beside reading.
        let (chunks, received) = std::sync::mpsc::sync_channel::<Frames>(8);
        let compressor = std::thread::spawn(move || -> Result<Vec<PartitionFile>> {
            for frames in received {
                let writer = writers
                    .get_mut(&frames.partition)
                    .ok_or_else(|| anyhow!("partition {} was not asked for", frames.partition))?;
                writer.write(&frames).with_context(|| {
                    format!("cannot write the backup of partition {}", frames.partition)
                })?;
            }
            writers.into_values().map(PartitionWriter::finish).collect()
        });
        let read = self.read(consumer, &ends, &pending, &chunks);
        drop(chunks);
        let written = compressor
            .join()
            .map_err(|_| anyhow!("the compressing thread panicked"))?;
        read?;
        written
    }

    /// Reads every partition to its end, sending its records on in chunks. The partitions
    /// are shared among `READERS` threads: librdkafka parses a record's headers when they
    /// are asked for, and one thread doing that for every record made a backup slower than
    /// `consume`, which asks for none.
    fn read(
        &self,
        consumer: &Consumer,
        ends: &BTreeMap<i32, (i64, i64)>,
        pending: &[(String, i32, Offset)],
        chunks: &SyncSender<Frames>,
    ) -> Result<()> {
        consumer.assign(pending)?;
        let groups: Vec<Vec<(String, i32)>> = (0..READERS.min(pending.len()))
            .map(|first| {
                pending
                    .iter()
                    .skip(first)
                    .step_by(READERS)
                    .map(|(topic, partition, _)| (topic.clone(), *partition))
                    .collect()
            })
            .collect();
        let readers = groups
            .iter()
            .map(|group| consumer.batches_of(group))
            .collect::<Result<Vec<_>>>()?;
        let total: u64 = ends.values().map(|(low, high)| (high - low) as u64).sum();
        let progress = Progress::records(std::io::stderr().is_terminal(), true);
        let shared = Shared {
            done: AtomicU64::new(0),
            halted: AtomicBool::new(false),
        };
        let mut readers = readers.into_iter();
        let first = readers.next();
        let results: Vec<Result<()>> = std::thread::scope(|scope| {
            let others: Vec<_> = readers
                .map(|reader| {
                    let (chunks, shared) = (chunks.clone(), &shared);
                    scope.spawn(move || {
                        self.read_some(consumer, reader, ends, &chunks, shared, None)
                    })
                })
                .collect();
            // This thread reads too, and draws the progress line.
            let mut results: Vec<Result<()>> = first
                .map(|reader| {
                    self.read_some(
                        consumer,
                        reader,
                        ends,
                        chunks,
                        &shared,
                        Some((&progress, total)),
                    )
                })
                .into_iter()
                .collect();
            for other in others {
                results.push(
                    other
                        .join()
                        .unwrap_or_else(|_| Err(anyhow!("a reading thread panicked"))),
                );
            }
            results
        });
        progress.finish();
        // The first failure, not the other threads' stopping because of it.
        let mut failures = results.into_iter().filter_map(Result::err);
        match failures.find(|err| err.downcast_ref::<Halted>().is_none()) {
            Some(err) => Err(err),
            None => Ok(()),
        }
    }

    /// Reads the partitions of `reader` to their ends.
    fn read_some(
        &self,
        consumer: &Consumer,
        mut reader: BatchReader<'_>,
        ends: &BTreeMap<i32, (i64, i64)>,
        chunks: &SyncSender<Frames>,
        shared: &Shared,
        progress: Option<(&Progress, u64)>,
    ) -> Result<()> {
        let result = self.read_partitions(consumer, &mut reader, ends, chunks, shared, progress);
        if result.is_err() {
            shared.halted.store(true, Ordering::Relaxed);
        }
        result
    }

    fn read_partitions(
        &self,
        consumer: &Consumer,
        reader: &mut BatchReader<'_>,
        ends: &BTreeMap<i32, (i64, i64)>,
        chunks: &SyncSender<Frames>,
        shared: &Shared,
        progress: Option<(&Progress, u64)>,
    ) -> Result<()> {
        let mut open: BTreeMap<i32, i64> = reader
            .partitions()
            .filter_map(|p| Some((p, ends.get(&p)?.1)))
            .collect();
        let mut frames: BTreeMap<i32, Frames> = open
            .keys()
            .map(|&p| (p, Frames::new(p, CHUNK + 4096)))
            .collect();
        let mut last_progress = Instant::now();
        let mut reading = false;
        let hand_over = |frames: Frames| {
            chunks
                .send(frames)
                .map_err(|_| anyhow!("the compressing thread stopped"))
        };
        while !open.is_empty() {
            if self.stop.load(Ordering::Relaxed) {
                bail!("interrupted");
            }
            if shared.halted.load(Ordering::Relaxed) {
                bail!(Halted);
            }
            let Some(polled) = reader.next(Duration::from_millis(100)) else {
                // The clock is read when the queue runs dry, not per record.
                if std::mem::take(&mut reading) {
                    last_progress = Instant::now();
                }
                self.close_finished(consumer, &mut open, reader.pending());
                let stall = self.timeout * 3;
                if last_progress.elapsed() > stall {
                    let left: Vec<String> = open
                        .iter()
                        .map(|(p, end)| format!("{p} (end {end})"))
                        .collect();
                    bail!(
                        "no record came for {}s from partitions {} of '{}'; nothing was kept",
                        stall.as_secs(),
                        left.join(", "),
                        self.topic
                    );
                }
                continue;
            };
            let message = polled.map_err(|err| anyhow!("cannot read '{}': {err}", self.topic))?;
            let partition = message.partition();
            let (Some(&end), Some(gathered)) = (open.get(&partition), frames.get_mut(&partition))
            else {
                continue;
            };
            if message.offset() >= end {
                continue;
            }
            gathered.push(&message);
            if gathered.bytes.len() >= CHUNK {
                hand_over(std::mem::replace(
                    gathered,
                    Frames::new(partition, CHUNK + 4096),
                ))?;
            }
            let done = shared.done.fetch_add(1, Ordering::Relaxed) + 1;
            reading = true;
            if message.offset() + 1 >= end {
                open.remove(&partition);
                consumer.pause(&self.topic, partition);
            }
            if let Some((progress, total)) = progress.filter(|(p, _)| p.due()) {
                progress.set_records(done, Some(total));
            }
        }
        for rest in frames.into_values().filter(|f| f.records > 0) {
            hand_over(rest)?;
        }
        Ok(())
    }

    /// Partitions whose last offsets are transaction markers deliver no record there,
    /// but their position moves past them.
    fn close_finished(&self, consumer: &Consumer, open: &mut BTreeMap<i32, i64>, batched: bool) {
        if batched {
            return;
        }
        let Ok(positions) = consumer.positions() else {
            return;
        };
        for (_, partition, position) in positions {
            if let (Some(position), Some(&end)) = (position, open.get(&partition)) {
                if position >= end {
                    open.remove(&partition);
                }
            }
        }
    }
}
