//! AlterPartitionReassignments and ListPartitionReassignments (a broker forwards both to
//! the controller), and the brokers a plan may use.

use anyhow::{bail, Result};
use kafka_protocol::messages::alter_partition_reassignments_request::{
    ReassignablePartition, ReassignableTopic,
};
use kafka_protocol::messages::{
    AlterPartitionReassignmentsRequest, BrokerId, ListPartitionReassignmentsRequest, TopicName,
};
use kafka_protocol::protocol::StrBytes;

use super::{describe_error, Wire};
use crate::model::election::PartitionPlacement;
use crate::model::reassignment::{BrokerSlot, Ongoing};

/// A partition's new replicas, or None to cancel its reassignment.
pub type Reassignment = (String, i32, Option<Vec<i32>>);

impl Wire {
    /// The cluster's brokers with their racks, and where `topics`' partitions live.
    pub fn layout(&self, topics: &[String]) -> Result<(Vec<BrokerSlot>, Vec<PartitionPlacement>)> {
        let mut connection = self.any()?;
        let (_, brokers) = self.brokers(&mut connection)?;
        let placements = self.placements(&mut connection, topics)?;
        let slots = brokers
            .into_iter()
            .map(|b| BrokerSlot {
                id: b.id,
                rack: b.rack,
            })
            .collect();
        Ok((slots, placements))
    }

    /// Starts (or, for None, cancels) the reassignment of each partition; the partitions
    /// the controller refused, with why.
    pub fn reassign(&self, changes: &[Reassignment]) -> Result<Vec<(String, i32, String)>> {
        let mut topics: Vec<ReassignableTopic> = Vec::new();
        for (topic, partition, replicas) in changes {
            let entry = ReassignablePartition::default()
                .with_partition_index(*partition)
                .with_replicas(
                    replicas
                        .as_ref()
                        .map(|r| r.iter().map(|&b| BrokerId(b)).collect()),
                );
            match topics.last_mut() {
                Some(last) if last.name.0.as_str() == topic => last.partitions.push(entry),
                _ => topics.push(
                    ReassignableTopic::default()
                        .with_name(TopicName(StrBytes::from_string(topic.clone())))
                        .with_partitions(vec![entry]),
                ),
            }
        }
        let request = AlterPartitionReassignmentsRequest::default()
            .with_timeout_ms(self.timeout_ms())
            .with_allow_replication_factor_change(true)
            .with_topics(topics);
        let answer = self.any()?.call(&request)?;
        if answer.error_code != 0 {
            bail!(
                "the controller refused the reassignment: {}",
                describe_error(answer.error_code, answer.error_message.as_deref())
            );
        }
        Ok(answer
            .responses
            .iter()
            .flat_map(|t| {
                t.partitions.iter().filter(|p| p.error_code != 0).map(|p| {
                    (
                        t.name.0.to_string(),
                        p.partition_index,
                        describe_error(p.error_code, p.error_message.as_deref()),
                    )
                })
            })
            .collect())
    }

    /// The reassignments in progress (of every partition).
    pub fn ongoing_reassignments(&self) -> Result<Vec<Ongoing>> {
        let request = ListPartitionReassignmentsRequest::default()
            .with_timeout_ms(self.timeout_ms())
            .with_topics(None);
        let answer = self.any()?.call(&request)?;
        if answer.error_code != 0 {
            bail!(
                "listing reassignments failed: {}",
                describe_error(answer.error_code, answer.error_message.as_deref())
            );
        }
        let ids = |brokers: &[BrokerId]| brokers.iter().map(|b| b.0).collect::<Vec<i32>>();
        let mut ongoing: Vec<Ongoing> = answer
            .topics
            .iter()
            .flat_map(|t| {
                t.partitions.iter().map(|p| Ongoing {
                    topic: t.name.0.to_string(),
                    partition: p.partition_index,
                    replicas: ids(&p.replicas),
                    adding: ids(&p.adding_replicas),
                    removing: ids(&p.removing_replicas),
                })
            })
            .collect();
        ongoing.sort_by(|a, b| (&a.topic, a.partition).cmp(&(&b.topic, b.partition)));
        Ok(ongoing)
    }
}
