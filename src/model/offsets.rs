//! Offsets in partitions, as the Kafka layer reports them.

/// A partition with its log start and end when kfk looked.
#[derive(Debug, Clone)]
pub struct PartitionExtent {
    pub topic: String,
    pub partition: i32,
    pub low: i64,
    pub high: i64,
}

/// A partition of a topic with an offset (or a timestamp, for time lookups).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct PartitionOffset {
    pub topic: String,
    pub partition: i32,
    pub offset: i64,
}
