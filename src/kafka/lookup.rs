//! Looking records up by time, and reading single records' timestamps.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use rdkafka::consumer::{BaseConsumer, Consumer, ConsumerContext};
use rdkafka::error::KafkaResult;
use rdkafka::{Message, Offset, TopicPartitionList};

use crate::model::position::{Offset as KfkOffset, Position};

pub use crate::model::offsets::PartitionExtent;

/// For each partition with a time (ms since the epoch), the first offset at or after it
/// (the log end when no record is that recent), clamped to the log; `None` where no time
/// is given.
///
/// The broker's answer is checked against the record at that offset: some brokers (the
/// test broker nisshi among them) answer offset 0 instead of "none" for a time after the
/// last record, which would replay a whole partition.
pub fn offsets_for_times<C: ConsumerContext>(
    consumer: &BaseConsumer<C>,
    extents: &[PartitionExtent],
    times: &[Option<i64>],
    timeout: Duration,
) -> anyhow::Result<Vec<Option<i64>>> {
    let mut request = TopicPartitionList::new();
    for (extent, time) in extents.iter().zip(times) {
        if let Some(ms) = time {
            request.add_partition_offset(&extent.topic, extent.partition, Offset::Offset(*ms))?;
        }
    }
    if request.count() == 0 {
        return Ok(vec![None; extents.len()]);
    }
    let answer = consumer.offsets_for_times(request.clone(), timeout)?;
    refuse_if_time_is_not_looked_up(consumer, extents, &answer, timeout)?;
    let mut found: Vec<Option<i64>> = extents
        .iter()
        .zip(times)
        .map(|(extent, time)| {
            time.as_ref()?;
            match answer
                .find_partition(&extent.topic, extent.partition)
                .map(|e| e.offset())
            {
                Some(Offset::Offset(n)) if n >= 0 => Some(n.clamp(extent.low, extent.high)),
                _ => Some(extent.high),
            }
        })
        .collect();
    let to_check: Vec<usize> = (0..extents.len())
        .filter(|&i| found[i].is_some_and(|offset| offset < extents[i].high))
        .collect();
    let peeks: Vec<(String, i32, i64)> = to_check
        .iter()
        .map(|&i| {
            (
                extents[i].topic.clone(),
                extents[i].partition,
                found[i].unwrap_or_default(),
            )
        })
        .collect();
    let stamps = peek_timestamps(consumer, &peeks, timeout)?;
    for (&i, stamp) in to_check.iter().zip(stamps) {
        if let (Some(wanted), Some(stamp)) = (times[i], stamp) {
            if stamp < wanted {
                found[i] = Some(extents[i].high);
            }
        }
    }
    Ok(found)
}

/// A cluster without time lookup (librdkafka's mock cluster, `kfk dev-cluster`) answers
/// every time with the log end, which would read as "no record that recent". Where a
/// partition that holds records got that answer, the time 0 is asked too: a broker that
/// looks time up answers it with the log start.
fn refuse_if_time_is_not_looked_up<C: ConsumerContext>(
    consumer: &BaseConsumer<C>,
    extents: &[PartitionExtent],
    answer: &TopicPartitionList,
    timeout: Duration,
) -> anyhow::Result<()> {
    let at_end = |list: &TopicPartitionList, extent: &PartitionExtent| match list
        .find_partition(&extent.topic, extent.partition)
        .map(|e| e.offset())
    {
        Some(Offset::Offset(n)) => n < 0 || n >= extent.high,
        _ => true,
    };
    let mut probe = TopicPartitionList::new();
    for extent in extents {
        if extent.low < extent.high && at_end(answer, extent) {
            probe.add_partition_offset(&extent.topic, extent.partition, Offset::Offset(0))?;
        }
    }
    if probe.count() == 0 {
        return Ok(());
    }
    let earliest = consumer.offsets_for_times(probe, timeout)?;
    let blind = extents.iter().find(|extent| {
        extent.low < extent.high && at_end(answer, extent) && at_end(&earliest, extent)
    });
    match blind {
        Some(extent) => anyhow::bail!(
            "the cluster cannot look up offsets by time: asked for the first record of {}:{} \
             at or after the epoch, it answered the log end ({}) though the partition holds \
             records from offset {} (librdkafka's mock cluster and kfk dev-cluster cannot)",
            extent.topic,
            extent.partition,
            extent.high,
            extent.low
        ),
        None => Ok(()),
    }
}

/// The timestamp of the record at each (topic, partition, offset); see `peek_records`.
pub fn peek_timestamps<C: ConsumerContext>(
    consumer: &BaseConsumer<C>,
    wanted: &[(String, i32, i64)],
    timeout: Duration,
) -> KafkaResult<Vec<Option<i64>>> {
    Ok(peek_records(consumer, wanted, timeout)?
        .into_iter()
        .map(|peeked| peeked.map(|p| p.timestamp))
        .collect())
}

/// The first record at or after an offset, as far as telling it apart needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Peeked {
    pub offset: i64,
    /// Milliseconds since the epoch; -1 when the record has none.
    pub timestamp: i64,
    /// A digest of the key and value: equal records have equal digests.
    pub digest: u64,
}

/// The record at each (topic, partition, offset) (the next one where the offset holds a
/// transaction marker), read by assigning the consumer there for a moment; `None` where
/// no record arrived within `timeout` (none there, or deleted meanwhile). Several offsets
/// of one partition are read in successive rounds, one assignment each.
pub fn peek_records<C: ConsumerContext>(
    consumer: &BaseConsumer<C>,
    wanted: &[(String, i32, i64)],
    timeout: Duration,
) -> KafkaResult<Vec<Option<Peeked>>> {
    let mut distinct: Vec<&(String, i32, i64)> = wanted.iter().collect();
    distinct.sort();
    distinct.dedup();
    let mut found: BTreeMap<&(String, i32, i64), Option<Peeked>> = BTreeMap::new();
    while !distinct.is_empty() {
        // One offset per partition per round: an assignment holds a partition once.
        let mut round: Vec<&(String, i32, i64)> = Vec::new();
        distinct.retain(|&entry| {
            let taken = round.iter().any(|r| r.0 == entry.0 && r.1 == entry.1);
            if !taken {
                round.push(entry);
            }
            taken
        });
        let stamps = peek_round(consumer, &round, timeout)?;
        found.extend(round.into_iter().zip(stamps));
    }
    Ok(wanted
        .iter()
        .map(|entry| found.get(entry).copied().flatten())
        .collect())
}

fn peek_round<C: ConsumerContext>(
    consumer: &BaseConsumer<C>,
    wanted: &[&(String, i32, i64)],
    timeout: Duration,
) -> KafkaResult<Vec<Option<Peeked>>> {
    let mut stamps = vec![None; wanted.len()];
    let mut assignment = TopicPartitionList::new();
    for (topic, partition, offset) in wanted.iter().copied() {
        assignment.add_partition_offset(topic, *partition, Offset::Offset(*offset))?;
    }
    consumer.assign(&assignment)?;
    let deadline = Instant::now() + timeout;
    let mut missing = wanted.len();
    while missing > 0 && Instant::now() < deadline {
        let Some(Ok(message)) = consumer.poll(Duration::from_millis(50)) else {
            continue;
        };
        let slot = wanted.iter().position(|(topic, partition, _)| {
            *partition == message.partition() && topic == message.topic()
        });
        if let Some(slot) = slot {
            if stamps[slot].is_none() {
                stamps[slot] = Some(Peeked {
                    offset: message.offset(),
                    timestamp: message.timestamp().to_millis().unwrap_or(-1),
                    digest: digest(message.key(), message.payload()),
                });
                missing -= 1;
            }
        }
    }
    consumer.unassign()?;
    Ok(stamps)
}

/// FNV-1a over the key and the value, each with its length first (so that moving bytes
/// between them changes the digest), and null apart from empty.
fn digest(key: Option<&[u8]>, value: Option<&[u8]>) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in [key, value] {
        let length = part.map_or(u64::MAX, |p| p.len() as u64);
        for byte in length.to_le_bytes().iter().chain(part.unwrap_or_default()) {
            hash ^= u64::from(*byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    hash
}

/// Resolves one position per partition to an offset: concrete offsets where the
/// log allows, `Offset::Stored` for the group's committed offset. Time lookups for all
/// partitions go out in one request per broker.
pub fn resolve_positions<C: ConsumerContext>(
    consumer: &BaseConsumer<C>,
    extents: &[PartitionExtent],
    positions: &[Position],
    timeout: Duration,
) -> anyhow::Result<Vec<KfkOffset>> {
    let times: Vec<Option<i64>> = positions
        .iter()
        .map(|p| match p {
            Position::Time(ms) => Some(*ms),
            _ => None,
        })
        .collect();
    let by_time = offsets_for_times(consumer, extents, &times, timeout)?;
    Ok(extents
        .iter()
        .zip(positions)
        .zip(by_time)
        .map(|((extent, position), by_time)| match *position {
            Position::Beginning => KfkOffset::At(extent.low),
            Position::End => KfkOffset::At(extent.high),
            Position::Stored => KfkOffset::Stored,
            Position::Offset(n) => KfkOffset::At(n.clamp(extent.low, extent.high)),
            Position::FromEnd(n) => KfkOffset::At((extent.high - n).max(extent.low)),
            Position::FromStart(n) => KfkOffset::At((extent.low + n).min(extent.high)),
            Position::Time(_) => KfkOffset::At(by_time.unwrap_or(extent.high)),
        })
        .collect())
}

/// `log_extents` through a consumer's client (the lookup consumer of `with_offsets_reader`).
pub fn consumer_log_extents<C: ConsumerContext>(
    consumer: &BaseConsumer<C>,
    partitions: &[(String, i32)],
    timeout: Duration,
) -> anyhow::Result<Vec<PartitionExtent>> {
    super::admin::log_extents(consumer.client(), partitions, timeout)
}
