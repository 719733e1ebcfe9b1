//! What a consumer-protocol (KIP-848) group's coordinator knows beyond a classic
//! description: the group's epochs, and each member's epoch and target assignment.

use super::group::GroupView;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConsumerGroupEpochs {
    pub group: String,
    pub group_epoch: i32,
    pub assignment_epoch: i32,
    pub members: Vec<MemberEpoch>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberEpoch {
    pub member_id: String,
    pub member_epoch: i32,
    pub target_assignment: Vec<(String, i32)>,
}

impl GroupView {
    /// Adds the epochs and target assignments of the group's coordinator.
    pub fn add_epochs(&mut self, epochs: &ConsumerGroupEpochs) {
        self.group_epoch = Some(epochs.group_epoch);
        self.assignment_epoch = Some(epochs.assignment_epoch);
        for member in &mut self.members {
            if let Some(known) = epochs
                .members
                .iter()
                .find(|m| m.member_id == member.consumer_id)
            {
                member.member_epoch = Some(known.member_epoch);
                member.target_assignment = Some(known.target_assignment.clone());
            }
        }
    }
}
