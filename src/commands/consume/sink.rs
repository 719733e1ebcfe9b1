//! Rendered records on their way to stdout, and the offsets that may be committed once
//! they are written; the consumer's context, whose rebalance hook writes and commits
//! before partitions are taken away.

use std::io::{self, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, MutexGuard};

use rdkafka::consumer::{BaseConsumer, CommitMode, Consumer, ConsumerContext, Rebalance};
use rdkafka::error::{KafkaError, KafkaResult, RDKafkaErrorCode};
use rdkafka::{Offset, TopicPartitionList};

use super::FLUSH_BYTES;
use crate::kafka::KfkClientContext;

/// Per-partition progress: what was written, where to stop, what was counted.
pub(super) struct PartitionState {
    pub(super) topic: String,
    pub(super) partition: i32,
    /// The offset after the last record written to stdout, not yet stored for commit.
    pub(super) pending: Option<i64>,
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
                        pending: None,
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

    /// Writes the buffer to stdout. Only when that succeeded are the offsets of the
    /// records in it handed over for commit.
    pub(super) fn flush<C: ConsumerContext>(
        &mut self,
        consumer: &BaseConsumer<C>,
        commit_after: bool,
    ) {
        if self.write_error.is_some() {
            return;
        }
        if !self.buffer.is_empty() {
            let mut stdout = io::stdout().lock();
            if let Err(err) = stdout.write_all(&self.buffer).and_then(|_| stdout.flush()) {
                self.write_error = Some(err);
                return;
            }
            self.buffer.clear();
        }
        if !commit_after {
            return;
        }
        let mut written = TopicPartitionList::new();
        for state in &mut self.partitions {
            if let Some(next) = state.pending.take() {
                let _ = written.add_partition_offset(
                    &state.topic,
                    state.partition,
                    Offset::Offset(next),
                );
            }
        }
        if written.count() > 0 {
            // A partition revoked meanwhile refuses the store; its records are re-read by
            // its next owner, which is what at-least-once allows.
            let _ = consumer.store_offsets(&written);
        }
    }
}

/// The consumer's librdkafka context: kfk's logging plus the rebalance hook.
pub(super) struct ConsumeContext {
    pub(super) client: KfkClientContext,
    pub(super) sink: Mutex<Sink>,
    pub(super) commit_after: bool,
    /// Whether a background commit has failed yet (said once, on stderr).
    pub(super) commit_failed: AtomicBool,
}

impl ConsumeContext {
    pub(super) fn new(client: KfkClientContext, commit_after: bool) -> Self {
        ConsumeContext {
            client,
            commit_failed: AtomicBool::new(false),
            sink: Mutex::new(Sink {
                buffer: Vec::with_capacity(2 * FLUSH_BYTES),
                partitions: Vec::new(),
                last: 0,
                write_error: None,
            }),
            commit_after,
        }
    }

    pub(super) fn sink(&self) -> MutexGuard<'_, Sink> {
        self.sink
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

crate::delegate_client_context!(ConsumeContext, client);

impl ConsumerContext for ConsumeContext {
    /// Background commits that fail are said once: until one succeeds, a restart of the
    /// group reads again what was already written.
    fn commit_callback(&self, result: KafkaResult<()>, _: &TopicPartitionList) {
        match result {
            Ok(()) | Err(KafkaError::ConsumerCommit(RDKafkaErrorCode::NoOffset)) => {}
            Err(err) => {
                if !self.commit_failed.swap(true, Ordering::SeqCst) {
                    eprintln!(
                        "kfk consume: warning: committing the group's offsets failed ({err})"
                    );
                }
            }
        }
    }

    fn pre_rebalance(&self, consumer: &BaseConsumer<Self>, rebalance: &Rebalance<'_>) {
        if let Rebalance::Revoke(_) = rebalance {
            // Before the partitions go: write what was read and commit it synchronously,
            // so their next owner starts after it.
            self.sink().flush(consumer, self.commit_after);
            if self.commit_after {
                let _ = consumer.commit_consumer_state(CommitMode::Sync);
            }
        }
    }
}
