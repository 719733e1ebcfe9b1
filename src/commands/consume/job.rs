//! The consuming loop: positions, ends, and when every partition is done.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{anyhow, Context as _, Result};

use super::render::Renderer;
use super::sink::{print_stats, ConsumeState};
use super::{starts_at_beginning, CommitWhen, ConsumeArgs, FLUSH_BYTES, MAX_WARNINGS};
use crate::error::{Interrupted, PartialFailure};
use crate::io::output::stdout_closed;
use crate::io::output::{count, was};
use crate::kafka::{BatchReader, Consumer, JoinWatch, PartitionExtent, Polled, TopicSpec};
use crate::model::position::{Offset, Position, PositionSpec};
use crate::model::record::Record;

pub(super) struct ConsumeJob {
    pub(super) args: ConsumeArgs,
    pub(super) from: PositionSpec,
    pub(super) renderer: Renderer,
    /// Shared with the consumer's hooks.
    pub(super) state: Arc<ConsumeState>,
    pub(super) stop: Arc<AtomicBool>,
    pub(super) timeout: Duration,
    /// -v: librdkafka's log lines are wanted.
    pub(super) verbose: bool,
}

impl ConsumeJob {
    pub(super) fn run(
        self,
        consumer: Consumer,
        targets: Vec<(String, i32)>,
        specs: Vec<TopicSpec>,
    ) -> Result<()> {
        let started = Instant::now();
        let bounded = self.args.exit_at_end || self.args.until.is_some();
        let extents = if bounded || self.args.group.is_none() {
            targets
                .iter()
                .map(|(topic, partition)| {
                    let (low, high) = consumer.watermarks(topic, *partition, self.timeout)?;
                    Ok(PartitionExtent {
                        topic: topic.clone(),
                        partition: *partition,
                        low,
                        high,
                    })
                })
                .collect::<Result<Vec<_>>>()?
        } else {
            Vec::new()
        };
        let ends = if bounded {
            self.ends(&consumer, &extents)?
        } else {
            vec![None; extents.len()]
        };
        {
            let mut sink = self.state.sink();
            for (extent, end) in extents.iter().zip(&ends) {
                let state = sink.slot(&extent.topic, extent.partition);
                state.end = *end;
                // Nothing to read below the end: done before it starts.
                state.done = end.is_some_and(|end| end <= extent.low);
            }
        }

        match &self.args.group {
            Some(_) => {
                let topics: Vec<&str> = specs.iter().map(|s| s.topic.as_str()).collect();
                consumer.subscribe(&topics)?;
            }
            None => {
                let positions: Vec<Position> = extents
                    .iter()
                    .map(|e| {
                        self.from
                            .for_partition(e.partition)
                            .unwrap_or(Position::End)
                    })
                    .collect();
                let starts = consumer.resolve(&extents, &positions, self.timeout)?;
                let mut assignment = Vec::new();
                let mut sink = self.state.sink();
                for (extent, start) in extents.iter().zip(starts) {
                    let state = sink.slot(&extent.topic, extent.partition);
                    if let (Offset::At(start), Some(end)) = (start, state.end) {
                        if start >= end {
                            state.done = true;
                            continue;
                        }
                    }
                    assignment.push((extent.topic.clone(), extent.partition, start));
                }
                drop(sink);
                consumer.assign(&assignment)?;
            }
        }

        let outcome = self.consume(&consumer);
        let context = &self.state;
        context.sink().flush(&consumer, context.commit_after);
        if context.commit_after {
            context.await_reader(&consumer, &self.stop, outcome.is_ok(), self.args.quiet);
        }
        let mut commit_failure = None;
        if self.args.group.is_some() && self.args.commit != CommitWhen::None {
            match consumer.commit_stored() {
                Ok(()) => {}
                Err(err) => {
                    commit_failure = Some(format!(
                        "the final commit failed ({err}): the group will read records already written again"
                    ))
                }
            }
        }
        let write_error = context.sink().write_error.take();
        if self.args.stats {
            print_stats(&context.sink().partitions, started.elapsed());
        }
        drop(consumer); // leaves the group now rather than after the session timeout
        outcome?;
        if let Some(err) = write_error {
            return Err(err).context("writing to stdout");
        }
        if self.stop.load(Ordering::SeqCst) {
            if let Some(failure) = commit_failure {
                eprintln!("kfk consume: {failure}");
            }
            return Err(Interrupted.into());
        }
        if self.renderer.filters() && !self.args.quiet {
            eprintln!(
                "kfk consume: {} scanned, {} matched",
                count(self.renderer.scanned.load(Ordering::Relaxed), "record"),
                self.renderer.matched.load(Ordering::Relaxed)
            );
        }
        let undecoded = self.renderer.decode_failures();
        let failures: Vec<String> = commit_failure
            .into_iter()
            .chain((undecoded > 0).then(|| {
                format!(
                    "{} could not be decoded and {} shown as {} {}",
                    count(undecoded, "record"),
                    was(undecoded),
                    if undecoded == 1 { "it" } else { "they" },
                    if undecoded == 1 { "is" } else { "are" }
                )
            }))
            .collect();
        match failures.is_empty() {
            true => Ok(()),
            false => Err(PartialFailure(failures.join("; ")).into()),
        }
    }

    /// Where each partition stops: the end as it was now (--exit) and/or --until.
    fn ends(&self, consumer: &Consumer, extents: &[PartitionExtent]) -> Result<Vec<Option<i64>>> {
        let until = match &self.args.until {
            Some(spec) => {
                let positions: Vec<Position> = extents
                    .iter()
                    .map(|e| spec.for_partition(e.partition).unwrap_or(Position::End))
                    .collect();
                // An --until past the log end still stops there only with --exit.
                let open: Vec<PartitionExtent> = extents
                    .iter()
                    .map(|e| PartitionExtent {
                        high: i64::MAX,
                        ..e.clone()
                    })
                    .collect();
                let resolved = consumer.resolve(&open, &positions, self.timeout)?;
                resolved
                    .into_iter()
                    .zip(positions)
                    .zip(extents)
                    .map(|((offset, position), extent)| match (offset, position) {
                        (_, Position::End) => Some(extent.high),
                        (Offset::At(n), Position::Time(_)) if n == i64::MAX => None,
                        (Offset::At(n), _) => Some(n),
                        _ => None,
                    })
                    .collect()
            }
            None => vec![None; extents.len()],
        };
        Ok(extents
            .iter()
            .zip(until)
            .map(|(extent, until)| {
                let at_exit = self.args.exit_at_end.then_some(extent.high);
                match (at_exit, until) {
                    (Some(a), Some(b)) => Some(a.min(b)),
                    (a, b) => a.or(b),
                }
            })
            .collect())
    }

    fn consume(&self, consumer: &Consumer) -> Result<()> {
        let context = &self.state;
        let commit_before = self.args.group.is_some() && self.args.commit == CommitWhen::Before;
        let bounded = self.args.exit_at_end || self.args.until.is_some();
        let mut total = 0u64;
        let mut warnings = 0u32;
        if bounded && self.finished(consumer, true) {
            return Ok(());
        }
        // Batches need no rebalance events served, and -v wants librdkafka's log lines,
        // which only `poll` delivers.
        let mut batches = (self.args.group.is_none() && !self.verbose).then(|| consumer.batches());
        let mut join_watch = JoinWatch::new();
        loop {
            if self.stop.load(Ordering::Relaxed) || self.args.count.is_some_and(|c| total >= c) {
                return Ok(());
            }
            let wait = Duration::from_millis(100);
            let polled = match batches.as_mut() {
                Some(batches) => batches.next(wait),
                None => consumer.poll(wait),
            };
            let message = match polled {
                None => {
                    let watched = self.args.group.as_deref().filter(|_| !self.args.quiet);
                    if let Some(note) = watched.and_then(|group| join_watch.check(consumer, group))
                    {
                        eprintln!("kfk consume: {note}");
                    }
                    let mut sink = context.sink();
                    sink.flush(consumer, context.commit_after);
                    if sink.write_error.is_none() && stdout_closed() {
                        // The reader left while the topic is idle: end as a write would.
                        sink.write_error = Some(std::io::ErrorKind::BrokenPipe.into());
                    }
                    if sink.write_error.is_some() {
                        return Ok(());
                    }
                    drop(sink);
                    if bounded
                        && self.finished(
                            consumer,
                            !batches.as_ref().is_some_and(BatchReader::pending),
                        )
                    {
                        return Ok(());
                    }
                    continue;
                }
                Some(Err(err)) => {
                    if err.fatal {
                        return Err(anyhow!("the consumer failed: {err}"));
                    }
                    warnings += 1;
                    if warnings <= MAX_WARNINGS {
                        eprintln!("kfk consume: warning: {err}");
                    }
                    continue;
                }
                Some(Ok(message)) => message,
            };
            let mut sink = context.sink();
            let offset = message.offset();
            let state = sink.slot(message.topic(), message.partition());
            if state.end.is_some_and(|end| offset >= end) {
                state.done = true;
                drop(sink);
                self.pause(consumer, &message);
                if self.finished(
                    consumer,
                    !batches.as_ref().is_some_and(BatchReader::pending),
                ) {
                    return Ok(());
                }
                continue;
            }
            state.records += 1;
            state.bytes += (message.value().map_or(0, <[u8]>::len)
                + message.key().map_or(0, <[u8]>::len)) as u64;
            let reached_end = state.end.is_some_and(|end| offset + 1 >= end);
            if reached_end {
                state.done = true;
            }
            if commit_before {
                consumer.store_offset(message.topic(), message.partition(), offset + 1)?;
            }
            if self.renderer.render(&message, &mut sink.buffer) {
                total += 1;
            }
            if context.commit_after {
                sink.handled(offset + 1);
            }
            if sink.buffer.len() >= FLUSH_BYTES {
                sink.flush(consumer, context.commit_after);
                if sink.write_error.is_some() {
                    return Ok(());
                }
            }
            drop(sink);
            if reached_end {
                self.pause(consumer, &message);
                if self.finished(
                    consumer,
                    !batches.as_ref().is_some_and(BatchReader::pending),
                ) {
                    return Ok(());
                }
            }
        }
    }

    fn pause(&self, consumer: &Consumer, message: &Polled<'_>) {
        consumer.pause(message.topic(), message.partition());
    }

    /// Whether every partition kfk reads has reached where it stops. In a group, the
    /// partitions are those currently assigned; one whose position is already at its end
    /// delivers nothing, so positions are checked too, unless `positions_usable` is false:
    /// a batch taken from librdkafka moves the positions past records not yet written.
    fn finished(&self, consumer: &Consumer, positions_usable: bool) -> bool {
        let mut sink = self.state.sink();
        if self.args.group.is_none() {
            if sink.partitions.iter().all(|p| p.done || p.end.is_none()) {
                return true;
            }
            if !positions_usable {
                return false;
            }
            // A partition whose last offsets are transaction markers delivers no record
            // there, but its position moves past them.
            let Ok(positions) = consumer.positions() else {
                return false;
            };
            for (topic, partition, position) in positions {
                let state = sink.slot(&topic, partition);
                if let (Some(position), Some(end)) = (position, state.end) {
                    state.done |= position >= end;
                }
            }
            return sink.partitions.iter().all(|p| p.done || p.end.is_none());
        }
        let Ok(positions) = consumer.positions() else {
            return false;
        };
        if positions.is_empty() {
            return false;
        }
        // A partition with nothing read yet has no position; its committed offset tells
        // whether there is anything left to read.
        let committed = positions
            .iter()
            .any(|(_, _, position)| position.is_none())
            .then(|| consumer.committed(self.timeout).ok())
            .flatten();
        positions.iter().all(|(topic, partition, position)| {
            let offset = position.or_else(|| {
                committed
                    .as_ref()
                    .and_then(|c| c.iter().find(|(t, p, _)| t == topic && p == partition))
                    .and_then(|(_, _, offset)| *offset)
            });
            let state = sink.slot(topic, *partition);
            let at_end = match (offset, state.end) {
                (Some(position), Some(end)) => position >= end,
                // Neither read nor committed: the group starts it at auto.offset.reset,
                // which for "latest" is the end already.
                (None, Some(_)) => !starts_at_beginning(&self.args),
                _ => false,
            };
            state.done || at_end
        })
    }
}
