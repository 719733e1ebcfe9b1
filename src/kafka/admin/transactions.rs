//! Transactions across clusters: offsets for a group the producer does not belong to.

use std::time::Duration;

use rdkafka::bindings as rd;
use rdkafka::client::Client;
use rdkafka::{ClientContext, TopicPartitionList};

use super::*;

/// Why a transaction step failed, and whether the producer can go on.
#[derive(Debug)]
pub struct TxnFailure {
    pub fatal: bool,
    pub message: String,
}

impl std::fmt::Display for TxnFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

/// Adds consumed offsets to the producer's open transaction under `group`, with no member
/// or generation: for a copy across clusters, whose source group is unknown to the
/// destination's coordinator (rust-rdkafka only takes a consumer's own group metadata).
pub fn send_offsets_for_group<C: ClientContext>(
    producer: &Client<C>,
    offsets: &TopicPartitionList,
    group: &str,
    timeout: Duration,
) -> std::result::Result<(), TxnFailure> {
    let name = c_string(group).map_err(|err| TxnFailure {
        fatal: true,
        message: err.to_string(),
    })?;
    let millis = timeout.as_millis().min(i32::MAX as u128) as i32;
    // SAFETY: the metadata and error objects are created here and destroyed once.
    unsafe {
        let metadata = rd::rd_kafka_consumer_group_metadata_new(name.as_ptr());
        let error = rd::rd_kafka_send_offsets_to_transaction(
            producer.native_ptr(),
            offsets.ptr(),
            metadata,
            millis,
        );
        rd::rd_kafka_consumer_group_metadata_destroy(metadata);
        if error.is_null() {
            return Ok(());
        }
        let failure = TxnFailure {
            fatal: rd::rd_kafka_error_is_fatal(error) != 0,
            message: text(rd::rd_kafka_error_string(error)),
        };
        rd::rd_kafka_error_destroy(error);
        Err(failure)
    }
}
