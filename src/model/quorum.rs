//! The KRaft metadata quorum as `kfk cluster quorum` shows it: its leader and epoch, and
//! how far each voter and observer trails the leader's log.

use serde::Serialize;

#[derive(Serialize, Debug)]
pub struct Quorum {
    pub cluster_id: Option<String>,
    pub leader: i32,
    pub epoch: i32,
    pub high_watermark: i64,
    /// The leader's log end less that of the voter furthest behind.
    pub max_follower_lag: i64,
    /// How long ago, relative to the leader, that voter last caught up (None: unknown).
    pub max_follower_lag_ms: Option<i64>,
    pub voters: Vec<QuorumMember>,
    pub observers: Vec<QuorumMember>,
}

#[derive(Serialize, Debug)]
pub struct QuorumMember {
    pub node: i32,
    /// The voter's metadata directory id (KIP-853), when the quorum records it.
    pub directory_id: Option<String>,
    pub role: QuorumRole,
    pub log_end_offset: i64,
    /// The leader's log end less this member's.
    pub lag: i64,
    /// Milliseconds since the epoch; None when the leader has not seen it.
    pub last_fetch_timestamp: Option<i64>,
    pub last_caught_up_timestamp: Option<i64>,
    /// The controller endpoints a voter listens on ("CONTROLLER://host:port").
    pub endpoints: Vec<String>,
}

#[derive(Serialize, Debug, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum QuorumRole {
    Leader,
    Follower,
    Observer,
}

impl QuorumRole {
    pub fn name(self) -> &'static str {
        match self {
            QuorumRole::Leader => "leader",
            QuorumRole::Follower => "follower",
            QuorumRole::Observer => "observer",
        }
    }
}

impl Quorum {
    /// Fills in each member's lag and the quorum's maximum follower lag, as Apache's
    /// `kafka-metadata-quorum describe` computes them, from the leader's log end.
    pub fn with_lags(mut self) -> Quorum {
        let Some(leader) = self.voters.iter().find(|v| v.node == self.leader) else {
            return self;
        };
        let (leader_end, leader_caught_up) =
            (leader.log_end_offset, leader.last_caught_up_timestamp);
        for member in self.voters.iter_mut().chain(self.observers.iter_mut()) {
            member.lag = leader_end - member.log_end_offset;
        }
        if let Some(furthest) = self.voters.iter().min_by_key(|v| v.log_end_offset) {
            self.max_follower_lag = leader_end - furthest.log_end_offset;
            self.max_follower_lag_ms = if furthest.node == self.leader {
                Some(0)
            } else {
                leader_caught_up
                    .zip(furthest.last_caught_up_timestamp)
                    .map(|(leader, follower)| leader - follower)
            };
        }
        self
    }
}
