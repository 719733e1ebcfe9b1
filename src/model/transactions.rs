//! Transactions as the coordinators and partition leaders report them: what is open,
//! which producer holds a partition's last stable offset back, and which open
//! transactions look hung (open on a partition, unknown to their coordinator).

use serde::Serialize;

/// One transactional id a coordinator knows (`kfk transactions list`).
#[derive(Serialize, Debug)]
pub struct TransactionListing {
    pub transactional_id: String,
    pub coordinator: i32,
    pub producer_id: i64,
    pub state: String,
}

/// A transactional id's state at its coordinator (`kfk transactions describe`).
#[derive(Serialize, Debug)]
pub struct TransactionDescription {
    pub transactional_id: String,
    pub coordinator: i32,
    pub producer_id: i64,
    pub producer_epoch: i16,
    pub state: String,
    pub timeout_ms: i32,
    /// When the open transaction began (None when none is open).
    pub start_time_ms: Option<i64>,
    pub partitions: Vec<TopicPartitionRef>,
}

#[derive(Serialize, Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct TopicPartitionRef {
    pub topic: String,
    pub partition: i32,
}

impl std::fmt::Display for TopicPartitionRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}-{}", self.topic, self.partition)
    }
}

/// A producer the partition leader keeps state for (`kfk transactions producers`).
#[derive(Serialize, Debug, Clone)]
pub struct ProducerState {
    pub topic: String,
    pub partition: i32,
    pub producer_id: i64,
    pub producer_epoch: i32,
    /// The epoch of the coordinator that last wrote a marker here (None: none yet).
    pub coordinator_epoch: Option<i32>,
    pub last_sequence: i32,
    pub last_timestamp: i64,
    /// Where its open transaction starts (None: no open transaction): the partition's
    /// last stable offset cannot pass it.
    pub transaction_start_offset: Option<i64>,
}

/// An open transaction on a partition whose coordinator does not hold it open there: no
/// producer will ever end it, and read_committed readers stop at its start.
#[derive(Serialize, Debug)]
pub struct HangingTransaction {
    #[serde(flatten)]
    pub producer: ProducerState,
    /// Why it counts as hanging.
    pub reason: String,
}
