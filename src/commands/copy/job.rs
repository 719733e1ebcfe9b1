//! The copy loop: gather a batch, write it and its source offsets in one transaction,
//! abort and rewind on failure.

use std::collections::BTreeMap;
use std::io::IsTerminal;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use super::context::CopyState;
use super::targets::Targets;
use super::watchdog;
use super::{CopyArgs, Partitioning, Summary, TimestampMode};
use crate::io::progress::Progress;
use crate::kafka::{
    Consumer, JoinWatch, OutHeaders, OutRecord, OwnedRecord, Producer, TxnError, TxnFailure,
};
use crate::model::filter::{Candidate, RecordFilter};
use crate::model::position::Offset;
use crate::model::record::Record;
use anyhow::{anyhow, bail, Result};

pub(super) struct CopyJob {
    pub(super) args: CopyArgs,
    pub(super) filter: RecordFilter,
    pub(super) targets: Targets,
    /// Shared with the source consumer's hooks.
    pub(super) state: Arc<CopyState>,
    pub(super) ends: Option<BTreeMap<i32, i64>>,
    /// The destination is another cluster, where the source group has no members.
    pub(super) cross_cluster: bool,
    pub(super) stop: Arc<AtomicBool>,
    pub(super) timeout: Duration,
    pub(super) verbose: bool,
    /// Whether the cluster keeps transactional offsets; when it does not, that was said
    /// up front and the read-back after the first transaction is skipped.
    pub(super) resumable: bool,
}

impl CopyJob {
    pub(super) fn run(self, consumer: Consumer, producer: Producer) -> Result<Summary> {
        let started = Instant::now();
        producer
            .init_transactions(self.timeout)
            .map_err(|err| anyhow!("cannot start transactions on the destination: {err}"))?;
        consumer.subscribe(&[self.args.source.as_str()])?;
        let progress = Progress::records(std::io::stderr().is_terminal(), self.ends.is_some());
        let mut summary = Summary::default();
        let mut aborted_in_a_row = 0;
        let mut join_watch = JoinWatch::new();
        loop {
            if self.stop.load(Ordering::SeqCst) || self.finished(&consumer) {
                break;
            }
            let mut batch = self.gather(&consumer)?;
            if let Some(failure) = self.state.failure() {
                bail!(failure);
            }
            // A rebalance while the batch was gathered may have taken partitions away:
            // their records are the new owner's to copy, and committing them here (with
            // the new generation the broker accepts) would copy them twice.
            let owned = self.state.assigned().clone();
            batch.retain(|message| owned.contains(&message.partition()));
            if batch.is_empty() {
                if let Some(note) = join_watch.check(&consumer, &self.args.group) {
                    eprintln!("kfk copy: {note}");
                }
                continue;
            }
            self.targets
                .check(batch.iter().filter(|m| self.selected(m)))?;
            match self.transfer(&consumer, &producer, &batch) {
                Ok(copied) => {
                    if summary.transactions == 0 && self.resumable {
                        summary.warning = self.resume_warning(&batch);
                        if let Some(warning) = &summary.warning {
                            eprintln!("kfk copy: warning: {warning}");
                        }
                    }
                    summary.transactions += 1;
                    summary.copied += copied;
                    summary.filtered += batch.len() as u64 - copied;
                    aborted_in_a_row = 0;
                    let mut next = self.state.next();
                    for (partition, (_, last)) in ranges(&batch) {
                        next.insert(partition, last + 1);
                    }
                }
                Err(err) => {
                    if err.fatal {
                        self.log_ranges("open", &batch);
                        bail!("the transaction failed for good (the copier may have been fenced by another instance with the same id): {err}");
                    }
                    // Abort waits for every queued record and event to be served; nothing of
                    // this transaction is wanted any more.
                    producer.purge();
                    producer.drain(self.timeout);
                    retrying("abort_transaction", self.timeout, || producer.abort_transaction(self.timeout)).map_err(|abort_err| {
                        self.log_ranges("open", &batch);
                        anyhow!("cannot abort a failed transaction ({err}): {abort_err}; run the same command again: the next start aborts it")
                    })?;
                    summary.aborted += 1;
                    aborted_in_a_row += 1;
                    self.log_ranges("abort", &batch);
                    if aborted_in_a_row == MAX_ABORTS_IN_A_ROW {
                        bail!(
                            "{MAX_ABORTS_IN_A_ROW} transactions in a row aborted; giving up: {err}"
                        );
                    }
                    eprintln!("kfk copy: transaction aborted, retrying its records: {err}");
                    self.rewind(&consumer, &batch);
                }
            }
            let done = summary.copied + summary.filtered;
            progress.set_records(done, self.remaining().map(|left| done + left));
        }
        progress.finish();
        let seconds = started.elapsed().as_secs_f64();
        summary.seconds = seconds;
        summary.records_per_second = summary.copied as f64 / seconds.max(1e-9);
        Ok(summary)
    }

    /// Up to --batch-records records, or what arrived within --batch-time.
    fn gather(&self, consumer: &Consumer) -> Result<Vec<OwnedRecord>> {
        let deadline = Instant::now() + self.args.batch_time;
        let mut batch: Vec<OwnedRecord> = Vec::new();
        while (batch.len() as u64) < self.args.batch_records && Instant::now() < deadline {
            if self.stop.load(Ordering::SeqCst) {
                break;
            }
            let polled = consumer.poll(Duration::from_millis(50));
            // A rebalance inside that poll may have taken partitions away and given them
            // back: what the batch holds of them was fetched before and comes again.
            let revoked = self.state.take_revoked();
            if !revoked.is_empty() {
                batch.retain(|message| !revoked.contains(&message.partition()));
            }
            match polled {
                Some(Ok(message)) => {
                    let beyond_end = self
                        .ends
                        .as_ref()
                        .and_then(|ends| ends.get(&message.partition()))
                        .is_some_and(|end| message.offset() >= *end);
                    if !beyond_end {
                        batch.push(message.to_owned_record());
                    }
                }
                Some(Err(err)) => eprintln!("kfk copy: warning: {err}"),
                None => {
                    if self.finished(consumer) {
                        break;
                    }
                }
            }
        }
        Ok(batch)
    }

    /// One transaction: the batch's records and its source offsets. Returns the records
    /// written (the rest were filtered out).
    fn transfer(
        &self,
        consumer: &Consumer,
        producer: &Producer,
        batch: &[OwnedRecord],
    ) -> std::result::Result<u64, TxnFailure> {
        let mut handles = BTreeMap::new();
        producer.begin_transaction()?;
        self.log_ranges("begin", batch);
        let mut copied = 0;
        for message in batch.iter().filter(|m| self.selected(m)) {
            let headers = message.headers().fold(None, |all: Option<OutHeaders>, h| {
                Some(all.unwrap_or_default().with(h.key, h.value))
            });
            let record = OutRecord {
                key: message.key(),
                value: message.value(),
                headers,
                partition: (self.args.partitioning == Partitioning::Same)
                    .then(|| message.partition()),
                timestamp: match self.args.timestamp {
                    TimestampMode::Keep => message.timestamp().millis(),
                    _ => None,
                },
                opaque: 0,
            };
            // Checked before the transaction began: every selected record has a topic.
            let topic = self.targets.topic_of(message).unwrap_or_default();
            let handle = handles
                .entry(topic.to_string())
                .or_insert_with(|| producer.topic(topic));
            producer.send(handle, record).map_err(|err| TxnFailure {
                fatal: false,
                message: err.message,
            })?;
            copied += 1;
        }
        let offsets: Vec<(String, i32, i64)> = ranges(batch)
            .into_iter()
            .map(|(partition, (_, last))| (self.args.source.clone(), partition, last + 1))
            .collect();
        if self.cross_cluster {
            // The destination's coordinator does not know the source group's members.
            producer.send_offsets_for_group(&offsets, &self.args.group, self.timeout)?;
        } else {
            // The consumer's own group metadata fences zombies across rebalances.
            let member = consumer.group_member().ok_or_else(|| TxnFailure {
                fatal: true,
                message: "the consumer has no group metadata".into(),
            })?;
            retrying("send_offsets_to_transaction", self.timeout, || {
                producer.send_offsets_as_member(&offsets, &member, self.timeout)
            })?;
        }
        producer.drain(self.timeout);
        retrying("commit_transaction", self.timeout, || {
            producer.commit_transaction(self.timeout)
        })?;
        self.log_ranges("commit", batch);
        Ok(copied)
    }

    /// Reads the group's offsets back after the first commit: a restart resumes from them,
    /// so a cluster that did not store them (librdkafka's mock cluster keeps no
    /// transactional offsets) would copy everything again.
    fn resume_warning(&self, batch: &[OwnedRecord]) -> Option<String> {
        let group = &self.args.group;
        let committed: Vec<(String, i32)> = ranges(batch)
            .into_keys()
            .map(|partition| (self.args.source.clone(), partition))
            .collect();
        let stored = match self
            .state
            .offsets_reader
            .stable(group, &committed, self.timeout)
        {
            Ok(stored) => stored,
            Err(err) => {
                return Some(format!(
                    "cannot read back the offsets of group '{group}' ({err:#}); a restart may copy records again"
                ))
            }
        };
        let missing: Vec<String> = ranges(batch)
            .into_iter()
            .filter(|(partition, (_, last))| {
                !stored.iter().any(|s| {
                    s.partition == *partition && s.topic == self.args.source && s.offset > *last
                })
            })
            .map(|(partition, _)| partition.to_string())
            .collect();
        (!missing.is_empty()).then(|| {
            format!(
                "the cluster did not keep the offsets that the first transaction committed for group '{group}' \
                 (partitions {} of '{}'): a restart would copy everything again. A cluster that does not \
                 store transactional offsets (TxnOffsetCommit), such as kfk dev-cluster, cannot resume a copy",
                missing.join(","),
                self.args.source
            )
        })
    }

    fn selected(&self, message: &OwnedRecord) -> bool {
        if self.filter.is_empty() {
            return true;
        }
        let headers: Vec<(&str, Option<&[u8]>)> =
            message.headers().map(|h| (h.key, h.value)).collect();
        self.filter.matches(&Candidate {
            key: message.key(),
            raw_key: message.key(),
            value: None,
            value_json: None,
            headers: &headers,
        })
    }

    /// After an abort, the consumer goes back to the first record of the batch in each
    /// partition (the last committed offset), so the batch is copied again.
    fn rewind(&self, consumer: &Consumer, batch: &[OwnedRecord]) {
        for (partition, (first, _)) in ranges(batch) {
            if let Err(err) = consumer.seek(
                &self.args.source,
                partition,
                Offset::At(first),
                self.timeout,
            ) {
                eprintln!("kfk copy: warning: cannot rewind partition {partition}: {err}");
            }
        }
    }

    fn log_ranges(&self, event: &str, batch: &[OwnedRecord]) {
        if !self.verbose {
            return;
        }
        let ranges: Vec<String> = ranges(batch)
            .into_iter()
            .map(|(partition, (first, last))| format!("{partition}:{first}-{last}"))
            .collect();
        eprintln!(
            "kfk copy: txn {event} {} {}",
            self.args.source,
            ranges.join(",")
        );
    }

    /// Without --follow: the records left to copy in the assigned partitions.
    fn remaining(&self) -> Option<u64> {
        let ends = self.ends.as_ref()?;
        let next = self.state.next();
        Some(
            next.iter()
                .map(|(partition, n)| {
                    let end = ends.get(partition).copied().unwrap_or(0);
                    u64::try_from(end - n).unwrap_or(0)
                })
                .sum(),
        )
    }

    /// Without --follow: every assigned partition has been copied up to its end at start.
    fn finished(&self, consumer: &Consumer) -> bool {
        let Some(ends) = &self.ends else { return false };
        let Ok(assignment) = consumer.assignment() else {
            return false;
        };
        if assignment.is_empty() {
            return false;
        }
        let next = self.state.next();
        assignment.iter().all(|(_, partition)| {
            let end = ends.get(partition).copied().unwrap_or(0);
            next.get(partition).is_some_and(|n| *n >= end) || end == 0
        })
    }
}

/// After this many aborts with no commit between them, the cause is not transient.
const MAX_ABORTS_IN_A_ROW: u32 = 5;

/// Calls the transactional operation `what` again while librdkafka says it may be
/// retried (a timeout while a broker is away), for up to three rounds of `timeout`; a
/// call that never returns ends the copy (`watchdog`).
fn retrying(
    what: &'static str,
    timeout: Duration,
    mut call: impl FnMut() -> Result<(), TxnError>,
) -> Result<(), TxnError> {
    let deadline = Instant::now() + timeout * 3;
    // The last call may start just before the deadline and take its whole timeout.
    watchdog::bounded(what, timeout * 4 + Duration::from_secs(30), || loop {
        match call() {
            Err(err) if err.retriable && Instant::now() < deadline => {}
            outcome => return outcome,
        }
    })
}

/// First and last offset per partition in a batch.
fn ranges(batch: &[OwnedRecord]) -> BTreeMap<i32, (i64, i64)> {
    let mut ranges: BTreeMap<i32, (i64, i64)> = BTreeMap::new();
    for message in batch {
        let entry = ranges
            .entry(message.partition())
            .or_insert((message.offset(), message.offset()));
        entry.0 = entry.0.min(message.offset());
        entry.1 = entry.1.max(message.offset());
    }
    ranges
}
