//! The reading side of a backup: the partitions shared among reading threads, each
//! reading its own to their ends and handing their records on in chunks.

use std::collections::BTreeMap;
use std::io::IsTerminal;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc::SyncSender;
use std::time::{Duration, Instant};

use anyhow::{anyhow, bail, Result};

use super::Job;
use crate::io::backup_files::Frames;
use crate::io::progress::Progress;
use crate::kafka::{BatchReader, Consumer};
use crate::model::position::Offset;
use crate::model::record::Record;

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
    /// Reads every partition to its end, sending its records on in chunks. The partitions
    /// are shared among `READERS` threads: librdkafka parses a record's headers when they
    /// are asked for, and one thread doing that for every record made a backup slower than
    /// `consume`, which asks for none.
    pub(super) fn read(
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
        let mut unshared = 0u64;
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
            // Counted here and added to the shared count now and then: an atomic
            // shared by the threads, touched per record, costs more than the record.
            unshared += 1;
            reading = true;
            if message.offset() + 1 >= end {
                open.remove(&partition);
                consumer.pause(&self.topic, partition);
            }
            if let Some((progress, total)) = progress.filter(|(p, _)| p.due()) {
                let counted = std::mem::take(&mut unshared);
                let done = shared.done.fetch_add(counted, Ordering::Relaxed) + counted;
                progress.set_records(done, Some(total));
            } else if unshared >= 4096 {
                shared
                    .done
                    .fetch_add(std::mem::take(&mut unshared), Ordering::Relaxed);
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
