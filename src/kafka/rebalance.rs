//! Rebalance hooks: where newly assigned partitions start; a note when joining a group
//! takes long.

use std::ffi::CString;
use std::time::{Duration, Instant};

use rdkafka::consumer::Consumer;
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

/// Notices a group join that takes long: a member that went away without leaving holds
/// its partitions until its session times out (45 s by default), and the new member
/// waits silently meanwhile. `check` says so once, after `AFTER`, as kcat does.
pub struct JoinWatch {
    since: Instant,
    settled: bool,
}

impl JoinWatch {
    const AFTER: Duration = Duration::from_secs(3);

    pub fn new() -> JoinWatch {
        JoinWatch {
            since: Instant::now(),
            settled: false,
        }
    }

    /// The note to print, once, when the consumer has waited long for its first
    /// assignment; cheap to call on every poll.
    pub fn check(&mut self, consumer: &super::Consumer, group: &str) -> Option<String> {
        if self.settled || self.since.elapsed() < Self::AFTER {
            return None;
        }
        self.settled = true;
        if consumer
            .inner()
            .assignment()
            .is_ok_and(|list| list.count() > 0)
        {
            return None;
        }
        Some(format!(
            "waiting for group '{group}' to assign partitions ({}s so far): a member that \
             stopped without leaving holds them until its session times out",
            self.since.elapsed().as_secs()
        ))
    }
}
