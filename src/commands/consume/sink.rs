//! Rendered records on their way to stdout, and the offsets that may be committed once
//! they are written; the consumer's hooks, which write and commit before partitions are
//! taken away.

use std::collections::{BTreeMap, VecDeque};
use std::io::{self, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use super::FLUSH_BYTES;
use crate::io::output::{self, stdout_closed};
use crate::kafka::{Consumer, Hooks};

/// Per-partition progress: what was written, where to stop, what was counted.
pub(super) struct PartitionState {
    pub(super) topic: String,
    pub(super) partition: i32,
    /// Stop before this offset (--exit, --until).
    pub(super) end: Option<i64>,
    pub(super) done: bool,
    pub(super) records: u64,
    pub(super) bytes: u64,
}

/// Rendered records not yet on stdout, and the partitions' progress. Shared with the
/// rebalance callback, which must write and commit before partitions are taken away.
pub(super) struct Sink {
    pub(super) buffer: Vec<u8>,
    pub(super) partitions: Vec<PartitionState>,
    pub(super) last: usize,
    pub(super) write_error: Option<io::Error>,
    /// Bytes written to stdout so far.
    written: u64,
    /// Records handled but perhaps not yet read from the pipe on stdout: where each ends
    /// in the output (bytes), its partition's slot, and the offset after it. Only what
    /// the reader has read is committed.
    unread: VecDeque<(u64, usize, i64)>,
}

impl Sink {
    pub(super) fn slot(&mut self, topic: &str, partition: i32) -> &mut PartitionState {
        let index = match self.partitions.get(self.last) {
            Some(p) if p.partition == partition && p.topic == topic => self.last,
            _ => match self
                .partitions
                .iter()
                .position(|p| p.partition == partition && p.topic == topic)
            {
                Some(index) => index,
                None => {
                    self.partitions.push(PartitionState {
                        topic: topic.to_string(),
                        partition,
                        end: None,
                        done: false,
                        records: 0,
                        bytes: 0,
                    });
                    self.partitions.len() - 1
                }
            },
        };
        self.last = index;
        &mut self.partitions[index]
    }

    /// Notes that the record before `next` on the partition of the last `slot` is
    /// handled (rendered into the buffer, or filtered out): committable once read.
    pub(super) fn handled(&mut self, next: i64) {
        let end = self.written + self.buffer.len() as u64;
        self.unread.push_back((end, self.last, next));
    }

    /// Writes the buffer to stdout. The offsets of the records in it are handed over for
    /// commit once the reader has read them (at once when stdout is not a pipe).
    pub(super) fn flush(&mut self, consumer: &Consumer, commit_after: bool) {
        if self.write_error.is_some() {
            return;
        }
        if !self.buffer.is_empty() {
            let result = self.write_buffer();
            self.buffer.clear();
            if let Err(err) = result {
                self.write_error = Some(err);
                // Records the reader read before it left may still be committed.
                if commit_after {
                    self.release_read(consumer);
                }
                return;
            }
        }
        if commit_after {
            self.release_read(consumer);
        }
    }

    /// Writes the buffer, counting what reached stdout even when a write fails midway.
    fn write_buffer(&mut self) -> io::Result<()> {
        let mut stdout = io::stdout().lock();
        let mut sent = 0;
        while sent < self.buffer.len() {
            match stdout.write(&self.buffer[sent..]) {
                Ok(0) => return Err(io::ErrorKind::WriteZero.into()),
                Ok(n) => {
                    sent += n;
                    self.written += n as u64;
                }
                Err(err) if err.kind() == io::ErrorKind::Interrupted => {}
                Err(err) => return Err(err),
            }
        }
        stdout.flush()
    }

    /// Whether the reader has read everything written so far.
    pub(super) fn all_read(&self) -> bool {
        self.unread.is_empty() || output::stdout_unread().unwrap_or(0) == 0
    }

    /// Stores for commit the offsets of the records the reader has read.
    pub(super) fn release_read(&mut self, consumer: &Consumer) {
        let read = self
            .written
            .saturating_sub(output::stdout_unread().unwrap_or(0));
        let mut latest = BTreeMap::new();
        while let Some(&(end, slot, next)) = self.unread.front() {
            if end > read {
                break;
            }
            // A later record of the same partition replaces an earlier one.
            latest.insert(slot, next);
            self.unread.pop_front();
        }
        let mut released = Vec::new();
        for (slot, next) in latest {
            if let Some(state) = self.partitions.get(slot) {
                released.push((state.topic.clone(), state.partition, next));
            }
        }
        if !released.is_empty() {
            // A partition revoked meanwhile refuses the store; its records are re-read by
            // its next owner, which is what at-least-once allows.
            let _ = consumer.store_offsets(&released);
        }
    }
}

/// What the consuming loop shares with the consumer's hooks.
pub(super) struct ConsumeState {
    pub(super) sink: Mutex<Sink>,
    pub(super) commit_after: bool,
    /// Whether a background commit has failed yet (said once, on stderr).
    pub(super) commit_failed: AtomicBool,
}

impl ConsumeState {
    pub(super) fn new(commit_after: bool) -> Self {
        ConsumeState {
            commit_failed: AtomicBool::new(false),
            sink: Mutex::new(Sink {
                buffer: Vec::with_capacity(2 * FLUSH_BYTES),
                partitions: Vec::new(),
                last: 0,
                write_error: None,
                written: 0,
                unread: VecDeque::new(),
            }),
            commit_after,
        }
    }

    /// Commits only what the reader of a pipe has read: after a clean end, kfk waits for
    /// it to read the rest (or leave); after Ctrl-C or a closed pipe, what is unread
    /// stays uncommitted and is read again.
    pub(super) fn await_reader(
        &self,
        consumer: &Consumer,
        stop: &AtomicBool,
        ended_cleanly: bool,
        quiet: bool,
    ) {
        let context = self;
        let waiting = ended_cleanly && context.sink().write_error.is_none();
        let mut said = false;
        let started = Instant::now();
        while waiting && !stop.load(Ordering::Relaxed) && !stdout_closed() {
            if context.sink().all_read() {
                break;
            }
            if !said && !quiet && started.elapsed() > Duration::from_secs(1) {
                eprintln!("kfk consume: waiting for the reader to read the last records before committing them");
                said = true;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        context.sink().release_read(consumer);
    }

    pub(super) fn sink(&self) -> MutexGuard<'_, Sink> {
        self.sink
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

impl ConsumeState {
    /// The consumer's hooks: background commits that fail are said once (until one
    /// succeeds, a restart of the group reads again what was already written); before
    /// partitions go, what was read is written and committed synchronously, so that their
    /// next owner starts after it.
    pub(super) fn hooks(self: &Arc<Self>) -> Hooks {
        let on_commit = self.clone();
        let on_revoke = self.clone();
        Hooks {
            committed: Some(Box::new(move |result| {
                if let Err(err) = result {
                    if !on_commit.commit_failed.swap(true, Ordering::SeqCst) {
                        eprintln!(
                            "kfk consume: warning: committing the group's offsets failed ({err})"
                        );
                    }
                }
            })),
            revoking: Some(Box::new(move |consumer, _| {
                on_revoke.sink().flush(consumer, on_revoke.commit_after);
                if on_revoke.commit_after {
                    let _ = consumer.commit_stored();
                }
            })),
            assigned: None,
        }
    }
}

pub(super) fn print_stats(partitions: &[PartitionState], elapsed: Duration) {
    let mut total_records = 0;
    let mut total_bytes = 0;
    for p in partitions.iter().filter(|p| p.records > 0) {
        eprintln!(
            "kfk consume: {} [{}]: {}, {}",
            p.topic,
            p.partition,
            output::count(p.records, "record"),
            indicatif::HumanBytes(p.bytes)
        );
        total_records += p.records;
        total_bytes += p.bytes;
    }
    let seconds = elapsed.as_secs_f64().max(1e-9);
    eprintln!(
        "kfk consume: {}, {} in {:.2}s ({:.0} records/s)",
        output::count(total_records, "record"),
        indicatif::HumanBytes(total_bytes),
        seconds,
        total_records as f64 / seconds
    );
}
