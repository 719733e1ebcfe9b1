//! ListOffsets: where partitions' logs start and end, for many partitions at once, asked
//! again while a partition's leadership moves.

use std::time::Duration;

use anyhow::{bail, Result};
use rdkafka::bindings as rd;
use rdkafka::client::Client;
use rdkafka::types::RDKafkaErrorCode;
use rdkafka::{ClientContext, TopicPartitionList};

use super::*;

/// Log starts or ends for many partitions at once (one ListOffsets request per leader).
/// Time lookups go through `offsets::offsets_for_times`, which checks the broker's answer.
///
/// A partition whose leadership is moving (a broker restarted, an election) answers
/// with a retriable error for a moment; kfk asks again until `timeout`.
fn list_offsets<C: ClientContext>(
    client: &Client<C>,
    queries: &[(String, i32, OffsetQuery)],
    ends: Ends,
    timeout: Duration,
) -> Result<Vec<PartitionOffset>> {
    if queries.is_empty() {
        return Ok(Vec::new());
    }
    let deadline = std::time::Instant::now() + timeout;
    loop {
        let left = deadline.saturating_duration_since(std::time::Instant::now());
        match list_offsets_once(client, queries, ends, left.max(Duration::from_millis(100)))? {
            Ok(rows) => return Ok(rows),
            Err(Failed { topic, code, .. })
                if is_leader_moving(code) && std::time::Instant::now() < deadline =>
            {
                // The client's metadata names the old leader or epoch: refresh it first.
                let _ = client.fetch_metadata(Some(&topic), Duration::from_secs(1));
                std::thread::sleep(Duration::from_millis(100));
            }
            Err(Failed { what, code, .. }) => bail!("listing offsets of {what}: {code}"),
        }
    }
}

/// Errors a partition answers with while its leadership moves.
fn is_leader_moving(code: RDKafkaErrorCode) -> bool {
    matches!(
        code,
        RDKafkaErrorCode::NotLeaderForPartition
            | RDKafkaErrorCode::LeaderNotAvailable
            | RDKafkaErrorCode::FencedLeaderEpoch
            | RDKafkaErrorCode::UnknownLeaderEpoch
    )
}

/// One ListOffsets round: the offsets, or the topic of the first partition that failed,
/// with "topic [partition]" and its error.
type OffsetsOnce = std::result::Result<Vec<PartitionOffset>, Failed>;

struct Failed {
    topic: String,
    what: String,
    code: RDKafkaErrorCode,
}

fn list_offsets_once<C: ClientContext>(
    client: &Client<C>,
    queries: &[(String, i32, OffsetQuery)],
    ends: Ends,
    timeout: Duration,
) -> Result<OffsetsOnce> {
    let mut list = TopicPartitionList::new();
    for (topic, partition, query) in queries {
        let spec = match query {
            OffsetQuery::Earliest => {
                rd::rd_kafka_OffsetSpec_t::RD_KAFKA_OFFSET_SPEC_EARLIEST as i64
            }
            OffsetQuery::Latest => rd::rd_kafka_OffsetSpec_t::RD_KAFKA_OFFSET_SPEC_LATEST as i64,
        };
        list.add_partition(topic, *partition);
        // SAFETY: the list is valid; the partition was just added.
        unsafe {
            let topic = c_string(topic)?;
            rd::rd_kafka_topic_partition_list_set_offset(
                list.ptr(),
                topic.as_ptr(),
                *partition,
                spec,
            );
        }
    }
    call(
        client,
        rd::rd_kafka_admin_op_t::RD_KAFKA_ADMIN_OP_LISTOFFSETS,
        timeout,
        "listing offsets",
        |rk, options, queue| -> Result<()> {
            if ends == Ends::LastStable {
                // SAFETY: options is valid; a returned error is owned here and destroyed.
                unsafe {
                    let error = rd::rd_kafka_AdminOptions_set_isolation_level(
                        options,
                        rd::rd_kafka_IsolationLevel_t::RD_KAFKA_ISOLATION_LEVEL_READ_COMMITTED,
                    );
                    if !error.is_null() {
                        let reason = error_text(error).unwrap_or_default();
                        rd::rd_kafka_error_destroy(error);
                        bail!("{reason}");
                    }
                }
            }
            // SAFETY: librdkafka copies the list.
            unsafe { rd::rd_kafka_ListOffsets(rk, list.ptr(), options, queue) };
            Ok(())
        },
        |event| {
            // SAFETY: the event is a ListOffsets result.
            unsafe {
                let result = rd::rd_kafka_event_ListOffsets_result(event);
                let mut count = 0;
                let infos = rd::rd_kafka_ListOffsets_result_infos(result, &mut count);
                let infos = array(infos, count);
                let mut rows = Vec::with_capacity(infos.len());
                for &info in infos {
                    let elem = &*rd::rd_kafka_ListOffsetsResultInfo_topic_partition(info);
                    let topic = text(elem.topic);
                    if elem.err != rd::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR_NO_ERROR {
                        return Ok(Err(Failed {
                            what: format!("{topic} [{}]", elem.partition),
                            topic,
                            code: RDKafkaErrorCode::from(elem.err),
                        }));
                    }
                    rows.push(PartitionOffset {
                        topic,
                        partition: elem.partition,
                        offset: elem.offset,
                    });
                }
                rows.sort();
                Ok(Ok(rows))
            }
        },
    )
}

/// Where a partition's log ends for `log_extents`: after its last record (the high
/// watermark), or before its first record of a transaction still open (the last stable
/// offset), which is as far as a read_committed reader gets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ends {
    HighWatermark,
    LastStable,
}

/// The log start and end of each partition: two ListOffsets requests per broker.
pub fn log_extents<C: ClientContext>(
    client: &Client<C>,
    partitions: &[(String, i32)],
    timeout: Duration,
) -> Result<Vec<crate::kafka::PartitionExtent>> {
    log_extents_to(client, partitions, Ends::HighWatermark, timeout)
}

/// The log start and end of each partition, the end as `ends` says.
pub fn log_extents_to<C: ClientContext>(
    client: &Client<C>,
    partitions: &[(String, i32)],
    ends: Ends,
    timeout: Duration,
) -> Result<Vec<crate::kafka::PartitionExtent>> {
    let query = |which| {
        partitions
            .iter()
            .map(|(t, p)| (t.clone(), *p, which))
            .collect::<Vec<_>>()
    };
    let starts = list_offsets(client, &query(OffsetQuery::Earliest), ends, timeout)?;
    let finishes = list_offsets(client, &query(OffsetQuery::Latest), ends, timeout)?;
    Ok(starts
        .into_iter()
        .zip(finishes)
        .map(|(start, end)| crate::kafka::PartitionExtent {
            topic: start.topic,
            partition: start.partition,
            low: start.offset,
            high: end.offset,
        })
        .collect())
}
