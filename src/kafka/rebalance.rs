//! Rebalance hooks: where newly assigned partitions start.

use std::ffi::CString;

use rdkafka::{Offset, TopicPartitionList};

/// Sets where an assigned partition starts, in the list librdkafka assigns right after
/// the rebalance callback that received it (rust-rdkafka hands that list out read-only).
pub fn start_assigned_at(list: &TopicPartitionList, topic: &str, partition: i32, offset: Offset) {
    let Ok(topic) = CString::new(topic) else {
        return;
    };
    // SAFETY: `list` is the live list of the callback; librdkafka copies the topic name.
    unsafe {
        rdkafka::bindings::rd_kafka_topic_partition_list_set_offset(
            list.ptr(),
            topic.as_ptr(),
            partition,
            offset.to_raw().unwrap_or(-2),
        );
    }
}
