//! The picture of a consumer group that the group commands share: its description,
//! committed offsets and the log extents of its partitions, joined into one view.

use std::collections::BTreeSet;

use serde::Serialize;

use super::offsets::{PartitionExtent, PartitionOffset};

/// A consumer group as DescribeGroups tells it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupDescription {
    pub group: String,
    pub state: String,
    pub assignor: String,
    pub coordinator: Option<String>,
    pub members: Vec<MemberDescription>,
}

impl GroupDescription {
    /// A group known only by its committed offsets: not described, since what is asked
    /// of it needs no more.
    pub fn offsets_only(group: &str) -> GroupDescription {
        GroupDescription {
            group: group.to_string(),
            state: "-".into(),
            assignor: String::new(),
            coordinator: None,
            members: Vec::new(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberDescription {
    pub consumer_id: String,
    pub host: String,
    pub client_id: String,
    pub assignment: Vec<(String, i32)>,
}

/// One partition as a group sees it.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct PartitionView {
    pub topic: String,
    pub partition: i32,
    /// The committed offset; None when the group has not committed this partition.
    pub current_offset: Option<i64>,
    pub log_start_offset: i64,
    pub log_end_offset: i64,
    pub lag: Option<i64>,
    pub consumer_id: Option<String>,
    pub host: Option<String>,
    pub client_id: Option<String>,
}

/// A group: its description and every partition it has committed or been assigned.
#[derive(Debug, Clone, Serialize)]
pub struct GroupView {
    pub group: String,
    /// Why the group could not be read; the rest of the view is then empty.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    pub state: String,
    pub assignment_strategy: String,
    pub coordinator: Option<String>,
    /// A consumer-protocol (KIP-848) group's epoch, and the epoch of the target
    /// assignment its coordinator computed; absent for a classic group.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_epoch: Option<i32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assignment_epoch: Option<i32>,
    pub members: Vec<MemberView>,
    pub partitions: Vec<PartitionView>,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct MemberView {
    pub consumer_id: String,
    pub host: String,
    pub client_id: String,
    pub assignment: Vec<(String, i32)>,
    /// In a consumer-protocol group: the member's epoch (it trails the group epoch until
    /// the member has its target assignment), and the assignment it is moving to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub member_epoch: Option<i32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target_assignment: Option<Vec<(String, i32)>>,
}

impl GroupView {
    /// A group that could not be read: it is reported with the reason, beside the others.
    pub fn unreadable(group: &str, reason: String) -> GroupView {
        GroupView {
            group: group.to_string(),
            error: Some(reason),
            state: "Unknown".into(),
            assignment_strategy: String::new(),
            coordinator: None,
            group_epoch: None,
            assignment_epoch: None,
            members: Vec::new(),
            partitions: Vec::new(),
        }
    }

    /// A group the cluster does not know: never used, or deleted.
    pub fn is_unknown(&self) -> bool {
        self.state == "Dead" && self.partitions.is_empty()
    }

    pub fn total_lag(&self) -> i64 {
        self.partitions.iter().filter_map(|p| p.lag).sum()
    }

    /// Whether consumers are in the group (or joining it), so its offsets must not move.
    pub fn is_active(&self) -> bool {
        !self.members.is_empty()
            || matches!(
                self.state.as_str(),
                "Stable" | "PreparingRebalance" | "CompletingRebalance"
            )
    }
}

/// Joins a group's description, committed offsets and the log extents into a view.
pub fn build_view(
    description: &GroupDescription,
    committed: &[PartitionOffset],
    extents: &[PartitionExtent],
) -> GroupView {
    let lookup = |rows: &[PartitionOffset], topic: &str, partition: i32| {
        rows.iter()
            .find(|r| r.partition == partition && r.topic == topic)
            .map(|r| r.offset)
    };
    let mut keys: BTreeSet<(String, i32)> = committed
        .iter()
        .map(|c| (c.topic.clone(), c.partition))
        .collect();
    for member in &description.members {
        keys.extend(member.assignment.iter().cloned());
    }
    let partitions = keys
        .into_iter()
        .map(|(topic, partition)| {
            let current = lookup(committed, &topic, partition);
            let (start, end) = extents
                .iter()
                .find(|e| e.partition == partition && e.topic == topic)
                .map_or((0, 0), |e| (e.low, e.high));
            let owner = description.members.iter().find(|m| {
                m.assignment
                    .iter()
                    .any(|(t, p)| *p == partition && *t == topic)
            });
            PartitionView {
                lag: current.map(|c| (end - c.max(start)).max(0)),
                current_offset: current,
                log_start_offset: start,
                log_end_offset: end,
                consumer_id: owner.map(|m| m.consumer_id.clone()),
                host: owner.map(|m| m.host.clone()),
                client_id: owner.map(|m| m.client_id.clone()),
                topic,
                partition,
            }
        })
        .collect();
    GroupView {
        group: description.group.clone(),
        error: None,
        state: description.state.clone(),
        assignment_strategy: description.assignor.clone(),
        coordinator: description.coordinator.clone(),
        group_epoch: None,
        assignment_epoch: None,
        members: description
            .members
            .iter()
            .map(|m| MemberView {
                consumer_id: m.consumer_id.clone(),
                host: m.host.clone(),
                client_id: m.client_id.clone(),
                assignment: m.assignment.clone(),
                member_epoch: None,
                target_assignment: None,
            })
            .collect(),
        partitions,
    }
}

/// The partitions a set of groups concerns (committed or assigned), for one log-extents
/// request.
pub fn partitions_of(read: &[(GroupDescription, Vec<PartitionOffset>)]) -> Vec<(String, i32)> {
    let mut partitions: BTreeSet<(String, i32)> = BTreeSet::new();
    for (description, offsets) in read {
        partitions.extend(offsets.iter().map(|o| (o.topic.clone(), o.partition)));
        for member in &description.members {
            partitions.extend(member.assignment.iter().cloned());
        }
    }
    partitions.into_iter().collect()
}

#[cfg(test)]
pub(crate) mod tests {
    use super::MemberDescription;
    use super::*;

    /// A stable group with two members, one partition each.
    pub fn description() -> GroupDescription {
        let member = |id: &str, host: &str, client: &str, partition: i32| MemberDescription {
            consumer_id: id.into(),
            host: host.into(),
            client_id: client.into(),
            assignment: vec![("orders".into(), partition)],
        };
        GroupDescription {
            group: "billing".into(),
            state: "Stable".into(),
            assignor: "range".into(),
            coordinator: Some("broker1:9092 (id 1)".into()),
            members: vec![
                member("consumer-a", "/10.0.0.1", "app-a", 0),
                member("consumer-b", "/10.0.0.2", "app-b", 1),
            ],
        }
    }

    pub fn offset(topic: &str, partition: i32, offset: i64) -> PartitionOffset {
        PartitionOffset {
            topic: topic.into(),
            partition,
            offset,
        }
    }

    pub fn extent(topic: &str, partition: i32, low: i64, high: i64) -> PartitionExtent {
        PartitionExtent {
            topic: topic.into(),
            partition,
            low,
            high,
        }
    }

    #[test]
    fn lag_counts_from_the_log_start_when_the_commit_is_older() {
        let mut empty = description();
        empty.members.clear();
        empty.state = "Empty".into();
        let view = build_view(
            &empty,
            &[offset("orders", 0, 3), offset("other", 0, 50)],
            &[extent("orders", 0, 10, 25), extent("other", 0, 0, 50)],
        );
        assert_eq!(
            view.partitions[0].lag,
            Some(15),
            "records below the log start are gone, not lag"
        );
        assert_eq!(view.partitions[1].lag, Some(0));
        assert!(!view.is_active());
        assert!(view.partitions[0].consumer_id.is_none());
    }

    #[test]
    fn assigned_but_uncommitted_partitions_show_without_lag() {
        let view = build_view(&description(), &[], &[extent("orders", 0, 0, 4)]);
        assert_eq!(view.partitions.len(), 2);
        assert_eq!(view.partitions[0].current_offset, None);
        assert_eq!(view.partitions[0].lag, None);
        assert_eq!(
            view.partitions[0].consumer_id.as_deref(),
            Some("consumer-a")
        );
        assert!(view.is_active());
    }
}
