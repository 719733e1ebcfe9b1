//! The consumer-group and offset admin calls rust-rdkafka does not wrap (ListConsumerGroups,
//! DescribeConsumerGroups, ListConsumerGroupOffsets, AlterConsumerGroupOffsets, ListOffsets),
//! over librdkafka's C API. Every call is one batched request (per broker, as librdkafka
//! splits it), waits at most `timeout`, returns owned data, and maps errors to text.
//! All calls block: run them with `Context::blocking`.

mod acls;
mod assignment;
mod cluster;
mod configs;
mod groups;
mod log_offsets;
mod offsets;
mod pipeline;
mod request;
mod scram;
mod topics;
mod transactions;

pub use acls::{create_acls, delete_acls, describe_acls};
pub use cluster::{describe_cluster, ClusterDescription, Node};
pub use configs::{alter_configs, describe_configs};
pub use groups::{delete_groups, describe_all_groups, describe_groups, list_groups, Described};
pub use log_offsets::{log_extents, log_extents_to, Ends};
pub use offsets::{
    alter_offsets, committed_offsets, committed_offsets_of_groups, delete_offsets,
    stable_committed_offsets,
};
use request::{call, new_options, set_timeout};
pub use scram::{
    alter_scram_users, describe_scram_users, ScramChange, ScramCredential, ScramMechanism,
};
pub use topics::{create_partitions, create_topic, delete_records, delete_topic};
pub use transactions::{send_offsets_for_group, TxnFailure};

use std::ffi::{CStr, CString};
use std::os::raw::c_char;

use anyhow::{anyhow, bail, Result};
use rdkafka::bindings as rd;
use rdkafka::types::RDKafkaErrorCode;

pub use crate::model::offsets::PartitionOffset;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupListing {
    pub group: String,
    pub state: String,
    /// "classic", or "consumer" for a group of the consumer protocol (KIP-848).
    pub kind: String,
    /// A classic group that only commits offsets (no members, empty protocol type).
    pub simple: bool,
}

pub use crate::model::group::{GroupDescription, MemberDescription};

/// Which end of a partition's log ListOffsets should find.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OffsetQuery {
    Earliest,
    Latest,
}

fn text(raw: *const c_char) -> String {
    if raw.is_null() {
        String::new()
    } else {
        // SAFETY: librdkafka returns NUL-terminated strings that live as long as the
        // result object, which outlives this call.
        unsafe { CStr::from_ptr(raw) }
            .to_string_lossy()
            .into_owned()
    }
}

pub(super) fn c_string(value: &str) -> Result<CString> {
    CString::new(value).map_err(|_| anyhow!("'{value}' contains a NUL byte"))
}

/// A failed admin request: the text a user reads, and librdkafka's code, which
/// `Kafka::unreachable_or` uses to tell unreachable brokers from other failures.
#[derive(Debug)]
pub struct AdminFailure {
    pub code: RDKafkaErrorCode,
    pub message: String,
}

impl std::fmt::Display for AdminFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for AdminFailure {}

/// The `count` items at `items` (none when it is null): how librdkafka hands out the
/// arrays of a result.
///
/// # Safety
/// A non-null `items` must point to `count` initialised items that outlive `'a`.
pub(super) unsafe fn array<'a, T>(items: *const T, count: usize) -> &'a [T] {
    if items.is_null() || count == 0 {
        return &[];
    }
    // SAFETY: non-null, and the caller vouches for `count` items living for 'a.
    unsafe { std::slice::from_raw_parts(items, count) }
}

/// The error's text (its code's description when the broker sent none), or None when
/// there is no error: some brokers send an empty message with code 0, which librdkafka
/// turns into an error object.
pub(super) fn error_text(error: *const rd::rd_kafka_error_t) -> Option<String> {
    if error.is_null() {
        return None;
    }
    // SAFETY: a non-null error belongs to a live result.
    let code = unsafe { rd::rd_kafka_error_code(error) };
    if code == rd::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR_NO_ERROR {
        return None;
    }
    // SAFETY: the same live error.
    let message = text(unsafe { rd::rd_kafka_error_string(error) });
    let message = message.trim();
    let code = RDKafkaErrorCode::from(code);
    // Apache Kafka's controller spells out the whole request in an authorization error
    // ("Request Request(processor=0, ...) needs ALTER permission"): keep what it needs.
    if let (true, Some(at)) = (message.starts_with("Request "), message.rfind(" needs ")) {
        return Some(format!("{code}: the principal{}", &message[at..]));
    }
    // librdkafka prefixes the broker's error string, which is often empty.
    Some(match message.strip_suffix(':') {
        _ if message.is_empty() => code.to_string(),
        Some(prefix) => format!("{prefix}: {code}"),
        None => message.to_string(),
    })
}

/// Whether a group request failed only because its coordinator is loading the groups or
/// has just moved: the same request succeeds once it settles.
pub(super) fn coordinator_settling(code: rd::rd_kafka_resp_err_t) -> bool {
    matches!(
        RDKafkaErrorCode::from(code),
        RDKafkaErrorCode::CoordinatorLoadInProgress
            | RDKafkaErrorCode::CoordinatorNotAvailable
            | RDKafkaErrorCode::NotCoordinator
    )
}

/// Whether an offset read failed because a transaction that commits offsets of the group
/// is still writing its markers.
pub(super) fn unstable_failure(err: &anyhow::Error) -> bool {
    err.downcast_ref::<AdminFailure>()
        .is_some_and(|failure| failure.code == RDKafkaErrorCode::UnstableOffsetCommit)
}

/// `coordinator_settling` for an error from `group_result`.
pub(super) fn settling_failure(err: &anyhow::Error) -> bool {
    err.downcast_ref::<AdminFailure>().is_some_and(|failure| {
        matches!(
            failure.code,
            RDKafkaErrorCode::CoordinatorLoadInProgress
                | RDKafkaErrorCode::CoordinatorNotAvailable
                | RDKafkaErrorCode::NotCoordinator
        )
    })
}

/// Reads a C topic-partition list into owned rows; per-partition errors become `Err`.
pub(super) fn partitions(
    list: *const rd::rd_kafka_topic_partition_list_t,
) -> Vec<(PartitionOffset, Option<String>)> {
    if list.is_null() {
        return Vec::new();
    }
    // SAFETY: list points to a valid list whose elems array holds cnt entries.
    let list = unsafe { &*list };
    // SAFETY: the list's elems array holds cnt entries, as long as the list lives.
    let elems = unsafe { array(list.elems, list.cnt.max(0) as usize) };
    elems
        .iter()
        .map(|elem| {
            let error = (elem.err != rd::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR_NO_ERROR)
                .then(|| RDKafkaErrorCode::from(elem.err).to_string());
            (
                PartitionOffset {
                    topic: text(elem.topic),
                    partition: elem.partition,
                    offset: elem.offset,
                },
                error,
            )
        })
        .collect()
}

pub(super) fn state_name(state: rd::rd_kafka_consumer_group_state_t) -> String {
    // SAFETY: returns a static string for any state value.
    text(unsafe { rd::rd_kafka_consumer_group_state_name(state) })
}

/// The partitions a group request failed for, with why.
pub(super) fn failures(
    rows: Vec<(PartitionOffset, Option<String>)>,
) -> Vec<(PartitionOffset, String)> {
    rows.into_iter()
        .filter_map(|(row, error)| error.map(|e| (row, e)))
        .collect()
}

/// The partitions of the first group result, or its error.
///
/// # Safety
/// `groups` must hold `count` live group results of a result event.
pub(super) unsafe fn group_result(
    groups: *mut *const rd::rd_kafka_group_result_t,
    count: usize,
) -> Result<Vec<(PartitionOffset, Option<String>)>> {
    // SAFETY: the caller upholds this function's `# Safety` contract.
    unsafe {
        if groups.is_null() || count == 0 {
            bail!("the broker returned no result for the group");
        }
        let group = *groups;
        let error = rd::rd_kafka_group_result_error(group);
        if let Some(message) = error_text(error) {
            let code = RDKafkaErrorCode::from(rd::rd_kafka_error_code(error));
            return Err(AdminFailure { code, message }.into());
        }
        Ok(partitions(rd::rd_kafka_group_result_partitions(group)))
    }
}

/// Leaves an admin client to the operating system instead of destroying it: librdkafka
/// 2.12.1 aborts the process (a queue refcount assertion) when a client whose
/// DeleteConsumerGroupOffsets request failed is destroyed. kfk exits soon after.
pub fn leave_after_failed_delete<T>(admin: T) {
    std::mem::forget(admin);
}
