//! Share groups (KIP-932) as `kfk share-groups` shows them: members that share the
//! records of partitions, and per partition the start offset below which every record
//! is acknowledged.

use serde::Serialize;

#[derive(Serialize, Debug, Clone)]
pub struct ShareGroupListing {
    pub group: String,
    pub state: String,
}

#[derive(Serialize, Debug, Clone)]
pub struct ShareGroupDescription {
    pub group: String,
    pub state: String,
    pub coordinator: i32,
    pub group_epoch: i32,
    pub assignment_epoch: i32,
    pub assignor: String,
    pub members: Vec<ShareMember>,
}

#[derive(Serialize, Debug, Clone)]
pub struct ShareMember {
    pub member_id: String,
    pub client_id: String,
    pub host: String,
    pub member_epoch: i32,
    pub assignment: Vec<(String, i32)>,
}

/// A partition a share group has started reading.
#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
pub struct SharePartition {
    pub topic: String,
    pub partition: i32,
    /// The share-partition start offset: every record below it is acknowledged. None
    /// until the group's first fetch of the partition sets it.
    pub start_offset: Option<i64>,
    pub log_end_offset: Option<i64>,
    /// Records from the start offset to the log end.
    pub lag: Option<i64>,
}
