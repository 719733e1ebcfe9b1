//! Leader elections: which partitions an election would move, and what it did.

use serde::Serialize;

/// Where a partition lives: its leader (-1: none), replicas in preference order, and
/// the in-sync ones.
#[derive(Serialize, Clone, Debug)]
pub struct PartitionPlacement {
    pub topic: String,
    pub partition: i32,
    pub leader: i32,
    pub replicas: Vec<i32>,
    pub isr: Vec<i32>,
}

impl PartitionPlacement {
    /// The replica Kafka prefers as leader: the first of the assignment.
    pub fn preferred(&self) -> Option<i32> {
        self.replicas.first().copied()
    }
}

#[derive(Serialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum ElectionType {
    /// Move leadership back to the preferred replica, if it is in sync.
    Preferred,
    /// Give a leaderless partition a leader from its live replicas, in sync or not:
    /// records the new leader never received are lost.
    Unclean,
}

impl ElectionType {
    pub fn name(self) -> &'static str {
        match self {
            ElectionType::Preferred => "preferred",
            ElectionType::Unclean => "unclean",
        }
    }

    /// Whether an election of this type would change `partition`'s leader: a preferred
    /// one where the in-sync preferred replica is not the leader, an unclean one where
    /// there is no leader.
    pub fn would_move(self, partition: &PartitionPlacement) -> bool {
        match self {
            ElectionType::Preferred => partition.preferred().is_some_and(|preferred| {
                preferred != partition.leader && partition.isr.contains(&preferred)
            }),
            ElectionType::Unclean => partition.leader < 0,
        }
    }
}

/// What an election did to one partition.
#[derive(Serialize, Debug)]
pub struct ElectionResult {
    pub topic: String,
    pub partition: i32,
    /// "elected", "not needed" (a valid leader was already in place), or "failed".
    pub outcome: &'static str,
    pub error: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn placed(leader: i32, isr: &[i32]) -> PartitionPlacement {
        PartitionPlacement {
            topic: "t".into(),
            partition: 0,
            leader,
            replicas: vec![1, 2, 3],
            isr: isr.to_vec(),
        }
    }

    #[test]
    fn a_preferred_election_moves_only_to_an_in_sync_preferred_replica() {
        assert!(ElectionType::Preferred.would_move(&placed(2, &[1, 2, 3])));
        assert!(!ElectionType::Preferred.would_move(&placed(1, &[1, 2, 3])));
        assert!(!ElectionType::Preferred.would_move(&placed(2, &[2, 3])));
        assert!(ElectionType::Unclean.would_move(&placed(-1, &[])));
        assert!(!ElectionType::Unclean.would_move(&placed(2, &[2])));
    }
}
