use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use anyhow::{bail, Context as _, Result};
use clap::Args;

mod job;
mod progress;

use self::job::Job;
use self::progress::{Delivered, Tally};
use crate::commands::completions::live;
use crate::context::Context;
use crate::error::{Interrupted, PartialFailure, UsageError};
use crate::io::backup_files::{sha256_of, Manifest, PartitionFile};
use crate::io::output;
use crate::io::signals;
use crate::kafka::options::ProducerOptions;
use crate::kafka::{admin, OnDelivery};

/// Write a backup (`kfk backup`) back to a topic: each record to its partition, with its
/// key, value, headers and timestamp.
///
/// Every file's SHA-256 and size are checked against the manifest before anything is
/// sent: a truncated or altered file is named and nothing is restored. Records go out
/// with acks=all and idempotence, so retries write none twice. kfk keeps which records
/// were delivered per partition in DIR (restore-TOPIC.progress.json): after a failure or
/// Ctrl-C, the same command sends only the records not delivered (--restart starts over).
/// Records that went ahead of one that failed are not sent again; the failed ones then
/// land after them, and kfk says so. At the end each partition's log end must have moved by exactly the records
/// sent, and the counts must match the manifest's; exit status 3 otherwise.
///
/// TOPIC must exist with at least the backup's partitions (`kfk topics create TOPIC
/// --partitions N`); records keep their partition, not their offset.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  kfk restore /backups/orders-2026-12-07 orders
  kfk restore /backups/orders-2026-12-07 orders-copy --restart")]
pub struct RestoreArgs {
    /// The folder `kfk backup` wrote
    pub dir: PathBuf,

    /// The topic to write to
    #[arg(add = live::topics())]
    pub topic: String,

    /// Start over, ignoring the progress of an earlier restore into TOPIC
    #[arg(long)]
    pub restart: bool,
}

/// A record's delivery opaque: its partition above these bits, its index below.
const INDEX_BITS: u32 = 48;

pub async fn run(ctx: &Context, args: RestoreArgs) -> Result<()> {
    let manifest = Manifest::read(&args.dir)?;
    verify_files(&args.dir, &manifest.partitions)?;
    let state_path = args
        .dir
        .join(format!("restore-{}.progress.json", args.topic));
    let earlier = match (args.restart, std::fs::read_to_string(&state_path)) {
        (false, Ok(text)) => serde_json::from_str::<Delivered>(&text).with_context(|| {
            format!(
                "{} is not a restore's progress; remove it or add --restart",
                state_path.display()
            )
        })?,
        _ => Delivered {
            topic: args.topic.clone(),
            ..Delivered::default()
        },
    };
    let resuming = Tally::resuming(&earlier);
    let past_gap = resuming.ahead.clone();
    let tally = Arc::new(Mutex::new(resuming));
    // The producer connects (and gets its producer id) while the topic is looked up.
    let (producer, cluster) = match ctx
        .kafka
        .connected_producer(
            &ProducerOptions::safe(),
            &args.topic,
            Some(on_delivery(&tally)),
        )
        .await
    {
        Ok(connected) => connected,
        Err(err) => return Err(ctx.kafka.why_missing(err, None).await),
    };
    let target = cluster.topic(&args.topic)?;
    let needed = manifest
        .partitions
        .iter()
        .map(|p| p.partition + 1)
        .max()
        .unwrap_or(0);
    if (target.partitions.len() as i32) < needed {
        bail!(UsageError(format!(
            "'{}' has {} partitions and the backup {needed}: create a topic with at least {needed} (kfk topics create TOPIC --partitions {needed})",
            args.topic,
            target.partitions.len()
        )));
    }
    let resumed: u64 = earlier.partitions.values().sum::<u64>()
        + past_gap
            .values()
            .map(|numbers| numbers.len() as u64)
            .sum::<u64>();
    if resumed > 0 {
        output::note(&format!(
            "resuming: {} were restored before",
            output::count(resumed, "record")
        ));
    }
    for (partition, numbers) in past_gap.iter().filter(|(_, n)| !n.is_empty()) {
        output::warn(&format!(
            "partition {partition}: {} went ahead of records that failed; those are sent now and land after them, so this partition's order differs from the backup's there",
            output::count(numbers.len() as u64, "record")
        ));
    }
    let partitions: Vec<(String, i32)> = manifest
        .partitions
        .iter()
        .map(|p| (args.topic.clone(), p.partition))
        .collect();
    let before = ends(ctx, partitions.clone()).await?;
    let stop = signals::stop_flag(Some("kfk restore: stopping; waiting for records in flight"));
    let job = Job {
        dir: args.dir.clone(),
        topic: args.topic.clone(),
        files: manifest.partitions.clone(),
        skip: earlier.partitions.clone(),
        past_gap,
        stop: stop.clone(),
        tally: tally.clone(),
        state_path: state_path.clone(),
    };
    let started = Instant::now();
    let sent = tokio::task::spawn_blocking(move || job.run(&producer))
        .await
        .context("the restore thread panicked")??;
    let after = ends(ctx, partitions).await?;
    let tally = tally
        .lock()
        .map_err(|_| anyhow::anyhow!("the delivery tally was poisoned"))?;
    if stop.load(Ordering::SeqCst) {
        let delivered: u64 = tally.delivered.values().sum();
        output::note(&format!(
            "interrupted after {} of {}; the same command resumes",
            output::count(delivered, "record"),
            manifest.partitions.iter().map(|p| p.records).sum::<u64>()
        ));
        return Err(Interrupted.into());
    }
    if tally.failed > 0 {
        bail!(PartialFailure(format!(
            "{} not delivered (first: {}); run the same command to send only those",
            output::count(tally.failed, "record"),
            tally.first_failure.clone().unwrap_or_default()
        )));
    }
    check_counts(&manifest, &tally.delivered, &sent, &before, &after)?;
    let _ = std::fs::remove_file(&state_path);
    let total: u64 = manifest.partitions.iter().map(|p| p.records).sum();
    output::note(&format!(
        "restored {} of the backup of '{}' to '{}' ({} this run) in {:.2}s; the files' checksums and every partition's count match the manifest",
        output::count(total, "record"),
        manifest.topic,
        args.topic,
        sent.values().sum::<u64>(),
        started.elapsed().as_secs_f64()
    ));
    Ok(())
}

/// Counts the delivery reports into `tally`.
fn on_delivery(tally: &Arc<Mutex<Tally>>) -> OnDelivery {
    let reports = tally.clone();
    Box::new(move |opaque, _, result| {
        let Ok(mut tally) = reports.lock() else {
            return;
        };
        let partition = (opaque >> INDEX_BITS) as i32;
        let index = (opaque & ((1 << INDEX_BITS) - 1)) as u64;
        match result {
            Ok(()) => tally.delivered(partition, index),
            Err(why) => {
                tally.failed += 1;
                tally.first_failure.get_or_insert(why);
            }
        }
    })
}

/// Refuses a backup with a file missing, truncated or altered, before anything is sent.
fn verify_files(dir: &Path, files: &[PartitionFile]) -> Result<()> {
    for file in files {
        let path = dir.join(&file.file);
        let size = std::fs::metadata(&path)
            .map(|m| m.len())
            .with_context(|| format!("{} is missing; nothing was restored", path.display()))?;
        let sha256 = sha256_of(&path)?;
        if size != file.bytes || sha256 != file.sha256 {
            bail!(
                "{} is truncated or altered ({size} bytes, SHA-256 {sha256}; the manifest says {} bytes, {}); nothing was restored",
                path.display(),
                file.bytes,
                file.sha256
            );
        }
    }
    Ok(())
}

async fn ends(ctx: &Context, partitions: Vec<(String, i32)>) -> Result<BTreeMap<i32, i64>> {
    let extents = ctx
        .kafka
        .with_admin(move |client, timeout| admin::log_extents(client, &partitions, timeout))
        .await?;
    Ok(extents.into_iter().map(|e| (e.partition, e.high)).collect())
}

/// Every partition has all its records delivered, and its log grew by what was sent.
fn check_counts(
    manifest: &Manifest,
    delivered: &BTreeMap<i32, u64>,
    sent: &BTreeMap<i32, u64>,
    before: &BTreeMap<i32, i64>,
    after: &BTreeMap<i32, i64>,
) -> Result<()> {
    let mut wrong = Vec::new();
    for file in &manifest.partitions {
        let p = file.partition;
        let done = delivered.get(&p).copied().unwrap_or(0);
        if done != file.records {
            wrong.push(format!(
                "partition {p}: {done} of {} records delivered",
                file.records
            ));
        }
        let grew = after.get(&p).copied().unwrap_or(0) - before.get(&p).copied().unwrap_or(0);
        let expected = sent.get(&p).copied().unwrap_or(0) as i64;
        if grew != expected {
            wrong.push(format!("partition {p}: its log grew by {grew}, but {expected} were sent (did another producer write?)"));
        }
    }
    match wrong.is_empty() {
        true => Ok(()),
        false => bail!(PartialFailure(format!(
            "the restore does not match the backup: {}",
            wrong.join("; ")
        ))),
    }
}
