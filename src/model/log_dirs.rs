//! What each broker stores where, as `kfk cluster log-dirs` shows it: each log directory
//! with its space, and each replica in it with its size and, for a replica being moved
//! between directories (a future replica), how far it trails the current one.

use serde::Serialize;

#[derive(Serialize, Debug)]
pub struct BrokerLogDirs {
    pub broker: i32,
    pub dirs: Vec<LogDir>,
    /// Why the broker did not answer (its directories are then unknown).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

#[derive(Serialize, Debug)]
pub struct LogDir {
    pub dir: String,
    /// Why the broker cannot use this directory (an offline disk), if it cannot.
    pub error: Option<String>,
    /// The volume's size and free space (None from brokers older than Kafka 3.3).
    pub total_bytes: Option<i64>,
    pub usable_bytes: Option<i64>,
    /// The bytes of every replica listed in it.
    pub size: i64,
    pub replicas: Vec<ReplicaSize>,
}

#[derive(Serialize, Debug)]
pub struct ReplicaSize {
    pub topic: String,
    pub partition: i32,
    pub size: i64,
    /// The current replica's log end less this one's (a future replica catching up).
    pub offset_lag: i64,
    /// A replica being moved into this directory.
    pub future: bool,
}
