//! Reading, setting and deleting committed offsets; log starts and ends.

use std::ffi::{CStr, CString};
use std::ptr;
use std::time::{Duration, Instant};

use anyhow::{bail, Result};
use rdkafka::bindings as rd;
use rdkafka::client::Client;
use rdkafka::consumer::{BaseConsumer, Consumer, ConsumerContext};
use rdkafka::types::RDKafkaErrorCode;
use rdkafka::{ClientContext, TopicPartitionList};

use super::pipeline::Batch;
use super::*;

// Offsets are read on a consumer handle, never on an admin client: librdkafka 2.12 tells
// the handle's own consumer group to look its coordinator up again when an OffsetFetch
// answer says the coordinator moved or is loading, and on a handle without a group that
// is a null pointer: the process crashes (librdkafka issue 5040; Apache Kafka answers so
// for a while after it starts and whenever a coordinator moves). Every kfk consumer has
// a group id, if only a private one that never joins.

/// The group's committed offsets for every partition it has committed, in one request.
pub fn committed_offsets<C: ConsumerContext>(
    reader: &BaseConsumer<C>,
    group: &str,
    timeout: Duration,
) -> Result<Vec<PartitionOffset>> {
    read_committed_offsets(reader.client(), group, None, timeout)
}

/// The group's committed offsets of these partitions, waiting for a transaction that
/// commits any of them to complete. The partitions are named: a broker asked for all of
/// a group's offsets leaves out those that only a pending transaction holds.
pub fn stable_committed_offsets<C: ConsumerContext>(
    reader: &BaseConsumer<C>,
    group: &str,
    partitions: &[(String, i32)],
    timeout: Duration,
) -> Result<Vec<PartitionOffset>> {
    read_committed_offsets(reader.client(), group, Some(partitions), timeout)
}

/// Reads a group's offsets, asking again while its coordinator is loading or has just
/// moved (as Apache's admin client does), until the timeout.
fn read_committed_offsets<C: ClientContext>(
    client: &Client<C>,
    group: &str,
    stable: Option<&[(String, i32)]>,
    timeout: Duration,
) -> Result<Vec<PartitionOffset>> {
    let deadline = Instant::now() + timeout;
    let mut backoff = Duration::from_millis(50);
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        match read_committed_offsets_once(client, group, stable, left) {
            // Offsets a transaction committed are "unstable" until its markers are
            // written, shortly after the commit returns.
            Err(err)
                if (settling_failure(&err) || unstable_failure(&err))
                    && Instant::now() + backoff < deadline =>
            {
                std::thread::sleep(backoff);
                backoff = (backoff * 2).min(Duration::from_secs(1));
            }
            result => return result,
        }
    }
}

fn read_committed_offsets_once<C: ClientContext>(
    client: &Client<C>,
    group: &str,
    stable: Option<&[(String, i32)]>,
    timeout: Duration,
) -> Result<Vec<PartitionOffset>> {
    let name = c_string(group)?;
    let mut list = TopicPartitionList::new();
    for (topic, partition) in stable.unwrap_or_default() {
        list.add_partition(topic, *partition);
    }
    call(
        client,
        rd::rd_kafka_admin_op_t::RD_KAFKA_ADMIN_OP_LISTCONSUMERGROUPOFFSETS,
        timeout,
        &format!("reading the offsets of group '{group}'"),
        |_, options, queue| {
            if stable.is_some() {
                // SAFETY: options is valid; a returned error is owned here and destroyed.
                unsafe {
                    let error = rd::rd_kafka_AdminOptions_set_require_stable_offsets(options, 1);
                    if !error.is_null() {
                        let reason = error_text(error).unwrap_or_default();
                        rd::rd_kafka_error_destroy(error);
                        bail!("{reason}");
                    }
                }
            }
            let partitions = match stable {
                Some(_) => list.ptr(),
                None => ptr::null_mut(),
            };
            // SAFETY: the handles are valid for the call.
            unsafe { start_offset_fetch(client, &name, partitions, options, queue) };
            Ok(())
        },
        // SAFETY: the event is a ListConsumerGroupOffsets result.
        |event| unsafe { offsets_in(event) },
    )
}

/// The committed offsets of many groups, with up to `in_flight` requests outstanding (one
/// group per request is all ListConsumerGroupOffsets takes); each group's offsets or why
/// they could not be read, in input order.
pub fn committed_offsets_of_groups<C: ConsumerContext>(
    reader: &BaseConsumer<C>,
    groups: &[String],
    in_flight: usize,
    timeout: Duration,
) -> Result<Vec<std::result::Result<Vec<PartitionOffset>, String>>> {
    let client = reader.client();
    let names: Vec<CString> = groups.iter().map(|g| c_string(g)).collect::<Result<_>>()?;
    let batch = Batch {
        op: rd::rd_kafka_admin_op_t::RD_KAFKA_ADMIN_OP_LISTCONSUMERGROUPOFFSETS,
        in_flight,
        timeout,
        what: "reading committed offsets",
    };
    let answers = super::pipeline::pipelined(
        client,
        &batch,
        &names,
        |name, options, queue| {
            // SAFETY: the pipeline passes valid options and queue of `client`; a null
            // list asks for every partition.
            unsafe { start_offset_fetch(client, name, ptr::null_mut(), options, queue) };
            Ok(())
        },
        // SAFETY: the events on this queue are ListConsumerGroupOffsets results.
        |event| unsafe { offsets_in(event) },
    )?;
    // A group whose coordinator was settling is asked again on its own.
    Ok(groups
        .iter()
        .zip(answers)
        .map(|(group, answer)| match answer {
            Err(err) if settling_failure(&err) => {
                read_committed_offsets(client, group, None, timeout)
            }
            answer => answer,
        })
        .map(|answer| answer.map_err(|err| format!("{err:#}")))
        .collect())
}

/// Starts reading a group's committed offsets of `partitions`, or all of them for null.
///
/// # Safety
/// `options` and `queue` must be valid handles of `client`; `partitions` is null or a
/// valid list.
unsafe fn start_offset_fetch<C: ClientContext>(
    client: &Client<C>,
    group: &CStr,
    partitions: *mut rd::rd_kafka_topic_partition_list_t,
    options: *mut rd::rd_kafka_AdminOptions_t,
    queue: *mut rd::rd_kafka_queue_t,
) {
    // SAFETY: the caller upholds this function's `# Safety` contract.
    unsafe {
        // The request object copies the list; it is freed here.
        let mut list = rd::rd_kafka_ListConsumerGroupOffsets_new(group.as_ptr(), partitions);
        rd::rd_kafka_ListConsumerGroupOffsets(client.native_ptr(), &mut list, 1, options, queue);
        rd::rd_kafka_ListConsumerGroupOffsets_destroy(list);
    }
}

/// The committed offsets in a ListConsumerGroupOffsets result, sorted.
///
/// # Safety
/// `event` must be a live ListConsumerGroupOffsets result event.
unsafe fn offsets_in(event: *mut rd::rd_kafka_event_t) -> Result<Vec<PartitionOffset>> {
    // SAFETY: the caller upholds this function's `# Safety` contract.
    unsafe {
        let result = rd::rd_kafka_event_ListConsumerGroupOffsets_result(event);
        let mut count = 0;
        let groups = rd::rd_kafka_ListConsumerGroupOffsets_result_groups(result, &mut count);
        let rows = group_result(groups, count)?;
        let unstable = RDKafkaErrorCode::UnstableOffsetCommit.to_string();
        if rows
            .iter()
            .any(|(_, error)| error.as_deref() == Some(unstable.as_str()))
        {
            return Err(AdminFailure {
                code: RDKafkaErrorCode::UnstableOffsetCommit,
                message: "a transaction that commits the group's offsets is still being completed"
                    .into(),
            }
            .into());
        }
        let mut offsets: Vec<PartitionOffset> = rows
            .into_iter()
            .filter(|(row, error)| error.is_none() && row.offset >= 0)
            .map(|(row, _)| row)
            .collect();
        offsets.sort();
        Ok(offsets)
    }
}

/// Sets the group's committed offsets, all in one OffsetCommit request: the broker applies
/// them together. Returns per-partition errors, if any.
pub fn alter_offsets<C: ClientContext>(
    client: &Client<C>,
    group: &str,
    offsets: &[PartitionOffset],
    timeout: Duration,
) -> Result<Vec<(PartitionOffset, String)>> {
    let name = c_string(group)?;
    let mut list = TopicPartitionList::new();
    for row in offsets {
        list.add_partition_offset(
            &row.topic,
            row.partition,
            rdkafka::Offset::Offset(row.offset),
        )?;
    }
    call(
        client,
        rd::rd_kafka_admin_op_t::RD_KAFKA_ADMIN_OP_ALTERCONSUMERGROUPOFFSETS,
        timeout,
        &format!("committing offsets for group '{group}'"),
        // SAFETY: librdkafka copies the group name and the list.
        |rk, options, queue| unsafe {
            let mut alter = rd::rd_kafka_AlterConsumerGroupOffsets_new(name.as_ptr(), list.ptr());
            rd::rd_kafka_AlterConsumerGroupOffsets(rk, &mut alter, 1, options, queue);
            rd::rd_kafka_AlterConsumerGroupOffsets_destroy(alter);
        },
        |event| {
            // SAFETY: the event is an AlterConsumerGroupOffsets result.
            let rows = unsafe {
                let result = rd::rd_kafka_event_AlterConsumerGroupOffsets_result(event);
                let mut count = 0;
                let groups =
                    rd::rd_kafka_AlterConsumerGroupOffsets_result_groups(result, &mut count);
                group_result(groups, count)
            }?;
            Ok(failures(rows))
        },
    )
}

/// Deletes a group's committed offsets for some partitions; returns per-partition errors.
pub fn delete_offsets<C: ClientContext>(
    client: &Client<C>,
    group: &str,
    partitions: &[(String, i32)],
    timeout: Duration,
) -> Result<Vec<(PartitionOffset, String)>> {
    let name = c_string(group)?;
    let mut list = TopicPartitionList::new();
    for (topic, partition) in partitions {
        list.add_partition(topic, *partition);
    }
    call(
        client,
        rd::rd_kafka_admin_op_t::RD_KAFKA_ADMIN_OP_DELETECONSUMERGROUPOFFSETS,
        timeout,
        &format!("deleting offsets of group '{group}'"),
        // SAFETY: librdkafka copies the group name and the list.
        |rk, options, queue| unsafe {
            let mut delete = rd::rd_kafka_DeleteConsumerGroupOffsets_new(name.as_ptr(), list.ptr());
            rd::rd_kafka_DeleteConsumerGroupOffsets(rk, &mut delete, 1, options, queue);
            rd::rd_kafka_DeleteConsumerGroupOffsets_destroy(delete);
        },
        |event| {
            // SAFETY: the event is a DeleteConsumerGroupOffsets result.
            let rows = unsafe {
                let result = rd::rd_kafka_event_DeleteConsumerGroupOffsets_result(event);
                let mut count = 0;
                let groups =
                    rd::rd_kafka_DeleteConsumerGroupOffsets_result_groups(result, &mut count);
                group_result(groups, count)
            }?;
            Ok(failures(rows))
        },
    )
}
