//! ConsumerGroupDescribe (KIP-848): the epochs and target assignments of
//! consumer-protocol groups, which DescribeGroups does not carry.

use std::collections::BTreeMap;

use anyhow::Result;
use kafka_protocol::messages::consumer_group_describe_response::Assignment;
use kafka_protocol::messages::{ConsumerGroupDescribeRequest, GroupId};
use kafka_protocol::protocol::StrBytes;

use super::coordinator::CoordinatorKind;
use super::{Broker, Wire};
use crate::model::group_epochs::{ConsumerGroupEpochs, MemberEpoch};

impl Wire {
    /// The consumer-protocol groups among `groups`, with their epochs; classic groups,
    /// unknown ones and those a coordinator would not describe are left out. Nothing
    /// when the cluster predates consumer-protocol groups.
    pub fn consumer_group_epochs(&self, groups: &[String]) -> Result<Vec<ConsumerGroupEpochs>> {
        let mut by_coordinator: BTreeMap<i32, (Broker, Vec<String>)> = BTreeMap::new();
        for (group, coordinator) in groups
            .iter()
            .zip(self.coordinators(CoordinatorKind::Group, groups)?)
        {
            if let Ok(broker) = coordinator {
                by_coordinator
                    .entry(broker.id)
                    .or_insert_with(|| (broker, Vec::new()))
                    .1
                    .push(group.clone());
            }
        }
        let (brokers, asked): (Vec<Broker>, Vec<Vec<String>>) =
            by_coordinator.into_values().unzip();
        let answers = self.on_each(&brokers, |connection, broker| {
            if connection
                .version::<ConsumerGroupDescribeRequest>()
                .is_err()
            {
                return Ok(Vec::new());
            }
            let index = brokers
                .iter()
                .position(|b| b.id == broker.id)
                .unwrap_or_default();
            let ids = asked[index]
                .iter()
                .map(|g| GroupId(StrBytes::from_string(g.clone())))
                .collect();
            let answer =
                connection.call(&ConsumerGroupDescribeRequest::default().with_group_ids(ids))?;
            Ok(answer
                .groups
                .into_iter()
                .filter(|g| g.error_code == 0)
                .map(|g| ConsumerGroupEpochs {
                    group: g.group_id.0.to_string(),
                    group_epoch: g.group_epoch,
                    assignment_epoch: g.assignment_epoch,
                    members: g
                        .members
                        .iter()
                        .map(|m| MemberEpoch {
                            member_id: m.member_id.to_string(),
                            member_epoch: m.member_epoch,
                            target_assignment: partitions(&m.target_assignment),
                        })
                        .collect(),
                })
                .collect::<Vec<_>>())
        });
        let mut epochs = Vec::new();
        for answer in answers {
            epochs.extend(answer?);
        }
        Ok(epochs)
    }
}

/// An assignment as (topic, partition) pairs, sorted.
fn partitions(assignment: &Assignment) -> Vec<(String, i32)> {
    let mut pairs: Vec<(String, i32)> = assignment
        .topic_partitions
        .iter()
        .flat_map(|t| {
            t.partitions
                .iter()
                .map(|&p| (t.topic_name.0.to_string(), p))
        })
        .collect();
    pairs.sort();
    pairs
}
