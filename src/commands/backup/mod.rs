use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{anyhow, bail, Context as _, Result};
use clap::Args;

use crate::commands::completions::live;
use crate::context::Context;
use crate::error::{Interrupted, UsageError};
use crate::io::backup_files::{Frames, Manifest, PartitionFile, PartitionWriter, FORMAT, MANIFEST};
use crate::io::output;
use crate::io::signals;
use crate::kafka::options::{Isolation, ReaderOptions};
use crate::kafka::{Consumer, Hooks};
use crate::model::position::Offset;

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

mod read;

struct Job {
    dir: PathBuf,
    topic: String,
    partitions: Vec<(String, i32)>,
    /// --timeout; reading gives up after three times it without progress.
    timeout: Duration,
    stop: Arc<AtomicBool>,
}

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
}
