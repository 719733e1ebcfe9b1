//! CreateTopics, CreatePartitions, DeleteTopics and DeleteRecords through `call`, on the
//! shared client of `with_admin`: rdkafka's `AdminClient` waits out a 100 ms poll of its
//! own thread each time one is dropped.

use std::os::raw::c_char;
use std::time::Duration;

use anyhow::{bail, Result};
use rdkafka::bindings as rd;
use rdkafka::client::Client;
use rdkafka::types::RDKafkaErrorCode;
use rdkafka::ClientContext;

use super::{array, c_string, call, set_timeout, text};

/// One topic's answer: done, or the broker's reason.
pub type TopicOutcome = std::result::Result<(), String>;

/// Creates `topic`; -1 partitions or replicas asks for the broker's default (KIP-464).
pub fn create_topic<C: ClientContext>(
    client: &Client<C>,
    topic: &str,
    partitions: i32,
    replication: i32,
    configs: &[(String, String)],
    timeout: Duration,
) -> Result<TopicOutcome> {
    let name = c_string(topic)?;
    let mut errstr = [0 as c_char; 256];
    // SAFETY: librdkafka copies the name; errstr is writable for its length.
    let new_topic = unsafe {
        rd::rd_kafka_NewTopic_new(
            name.as_ptr(),
            partitions,
            replication,
            errstr.as_mut_ptr(),
            errstr.len(),
        )
    };
    if new_topic.is_null() {
        bail!("{}", text(errstr.as_ptr()));
    }
    let owned = Owned(new_topic, rd::rd_kafka_NewTopic_destroy);
    for (key, value) in configs {
        let (key_c, value_c) = (c_string(key)?, c_string(value)?);
        // SAFETY: the new topic is live; librdkafka copies name and value.
        let err =
            unsafe { rd::rd_kafka_NewTopic_set_config(owned.0, key_c.as_ptr(), value_c.as_ptr()) };
        if err != rd::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR_NO_ERROR {
            bail!("'{key}={value}': {}", RDKafkaErrorCode::from(err));
        }
    }
    let mut request = [owned.0];
    call(
        client,
        rd::rd_kafka_admin_op_t::RD_KAFKA_ADMIN_OP_CREATETOPICS,
        timeout,
        "creating the topic",
        |rk, options, queue| -> Result<()> {
            wait_for_operation(options, timeout)?;
            // SAFETY: handles are valid for the call; librdkafka copies the request.
            unsafe { rd::rd_kafka_CreateTopics(rk, request.as_mut_ptr(), 1, options, queue) };
            Ok(())
        },
        |event| {
            // SAFETY: the event is a CreateTopics result.
            unsafe {
                let result = rd::rd_kafka_event_CreateTopics_result(event);
                let mut count = 0;
                first_outcome(
                    rd::rd_kafka_CreateTopics_result_topics(result, &mut count),
                    count,
                )
            }
        },
    )
}

/// Raises `topic`'s partition count to `total`.
pub fn create_partitions<C: ClientContext>(
    client: &Client<C>,
    topic: &str,
    total: usize,
    timeout: Duration,
) -> Result<TopicOutcome> {
    let name = c_string(topic)?;
    let mut errstr = [0 as c_char; 256];
    // SAFETY: librdkafka copies the name; errstr is writable for its length.
    let raw = unsafe {
        rd::rd_kafka_NewPartitions_new(name.as_ptr(), total, errstr.as_mut_ptr(), errstr.len())
    };
    if raw.is_null() {
        bail!("{}", text(errstr.as_ptr()));
    }
    let owned = Owned(raw, rd::rd_kafka_NewPartitions_destroy);
    let mut request = [owned.0];
    call(
        client,
        rd::rd_kafka_admin_op_t::RD_KAFKA_ADMIN_OP_CREATEPARTITIONS,
        timeout,
        "adding partitions",
        |rk, options, queue| -> Result<()> {
            wait_for_operation(options, timeout)?;
            // SAFETY: handles are valid for the call; librdkafka copies the request.
            unsafe { rd::rd_kafka_CreatePartitions(rk, request.as_mut_ptr(), 1, options, queue) };
            Ok(())
        },
        |event| {
            // SAFETY: the event is a CreatePartitions result.
            unsafe {
                let result = rd::rd_kafka_event_CreatePartitions_result(event);
                let mut count = 0;
                first_outcome(
                    rd::rd_kafka_CreatePartitions_result_topics(result, &mut count),
                    count,
                )
            }
        },
    )
}

/// Deletes `topic` and all its records.
pub fn delete_topic<C: ClientContext>(
    client: &Client<C>,
    topic: &str,
    timeout: Duration,
) -> Result<TopicOutcome> {
    let name = c_string(topic)?;
    // SAFETY: librdkafka copies the name.
    let owned = Owned(
        unsafe { rd::rd_kafka_DeleteTopic_new(name.as_ptr()) },
        rd::rd_kafka_DeleteTopic_destroy,
    );
    let mut request = [owned.0];
    call(
        client,
        rd::rd_kafka_admin_op_t::RD_KAFKA_ADMIN_OP_DELETETOPICS,
        timeout,
        "deleting the topic",
        |rk, options, queue| -> Result<()> {
            wait_for_operation(options, timeout)?;
            // SAFETY: handles are valid for the call; librdkafka copies the request.
            unsafe { rd::rd_kafka_DeleteTopics(rk, request.as_mut_ptr(), 1, options, queue) };
            Ok(())
        },
        |event| {
            // SAFETY: the event is a DeleteTopics result.
            unsafe {
                let result = rd::rd_kafka_event_DeleteTopics_result(event);
                let mut count = 0;
                first_outcome(
                    rd::rd_kafka_DeleteTopics_result_topics(result, &mut count),
                    count,
                )
            }
        },
    )
}

/// Deletes the records of `topic` before each (partition, offset); per partition, its new
/// log start or the broker's reason.
pub fn delete_records<C: ClientContext>(
    client: &Client<C>,
    topic: &str,
    before: &[(i32, i64)],
    timeout: Duration,
) -> Result<Vec<(i32, std::result::Result<i64, String>)>> {
    let offsets: Vec<(String, i32, i64)> = before
        .iter()
        .map(|&(partition, offset)| (topic.to_string(), partition, offset))
        .collect();
    let list = crate::kafka::offset_list(&offsets)?;
    // SAFETY: librdkafka copies the list.
    let owned = Owned(
        unsafe { rd::rd_kafka_DeleteRecords_new(list.ptr()) },
        rd::rd_kafka_DeleteRecords_destroy,
    );
    let mut request = [owned.0];
    call(
        client,
        rd::rd_kafka_admin_op_t::RD_KAFKA_ADMIN_OP_DELETERECORDS,
        timeout,
        "deleting records",
        |rk, options, queue| -> Result<()> {
            wait_for_operation(options, timeout)?;
            // SAFETY: handles are valid for the call; librdkafka copies the request.
            unsafe { rd::rd_kafka_DeleteRecords(rk, request.as_mut_ptr(), 1, options, queue) };
            Ok(())
        },
        |event| {
            // SAFETY: the event is a DeleteRecords result; its list lives as long.
            unsafe {
                let result = rd::rd_kafka_event_DeleteRecords_result(event);
                let list = rd::rd_kafka_DeleteRecords_result_offsets(result);
                if list.is_null() {
                    bail!("the broker returned no result");
                }
                let list = &*list;
                let elements = array(list.elems, list.cnt.max(0) as usize);
                Ok(elements
                    .iter()
                    .map(|e| {
                        let answer = match e.err {
                            rd::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR_NO_ERROR => Ok(e.offset),
                            code => Err(RDKafkaErrorCode::from(code).to_string()),
                        };
                        (e.partition, answer)
                    })
                    .collect())
            }
        },
    )
}

/// Has the broker answer once the change is done (up to `timeout`), not when accepted.
fn wait_for_operation(options: *mut rd::rd_kafka_AdminOptions_t, timeout: Duration) -> Result<()> {
    set_timeout(
        options,
        rd::rd_kafka_AdminOptions_set_operation_timeout,
        timeout,
    )
}

/// The outcome of the one topic of a result.
///
/// # Safety
/// `results` must point to `count` topic results of a live result event.
unsafe fn first_outcome(
    results: *mut *const rd::rd_kafka_topic_result_t,
    count: usize,
) -> Result<TopicOutcome> {
    // SAFETY: the caller vouches for the results.
    unsafe {
        let Some(&result) = array(results, count).first() else {
            bail!("the broker returned no result");
        };
        let code = rd::rd_kafka_topic_result_error(result);
        if code == rd::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR_NO_ERROR {
            return Ok(Ok(()));
        }
        let code = RDKafkaErrorCode::from(code);
        let reason = text(rd::rd_kafka_topic_result_error_string(result));
        Ok(Err(match reason.is_empty() || reason == code.to_string() {
            true => code.to_string(),
            false => format!("{code} ({reason})"),
        }))
    }
}

/// A request object of librdkafka's, destroyed when dropped.
struct Owned<T>(*mut T, unsafe extern "C" fn(*mut T));

impl<T> Drop for Owned<T> {
    fn drop(&mut self) {
        if !self.0.is_null() {
            // SAFETY: made by librdkafka for this request and destroyed once.
            unsafe { (self.1)(self.0) }
        }
    }
}
