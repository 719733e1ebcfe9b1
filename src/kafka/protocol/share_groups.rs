//! Share groups (KIP-932): ListGroups filtered to share groups at every broker,
//! ShareGroupDescribe and the share-group offset requests at each group's coordinator.

use anyhow::{bail, Result};
use kafka_protocol::messages::alter_share_group_offsets_request::{
    AlterShareGroupOffsetsRequestPartition, AlterShareGroupOffsetsRequestTopic,
};
use kafka_protocol::messages::delete_share_group_offsets_request::DeleteShareGroupOffsetsRequestTopic;
use kafka_protocol::messages::describe_share_group_offsets_request::DescribeShareGroupOffsetsRequestGroup;
use kafka_protocol::messages::{
    AlterShareGroupOffsetsRequest, DeleteShareGroupOffsetsRequest,
    DescribeShareGroupOffsetsRequest, GroupId, ListGroupsRequest, ShareGroupDescribeRequest,
    TopicName,
};
use kafka_protocol::protocol::StrBytes;

use super::coordinator::CoordinatorKind;
use super::{describe_error, Wire};
use crate::model::share_groups::{ShareGroupDescription, ShareGroupListing, ShareMember};

/// The answer for a group the coordinator does not know (or that is not a share group).
const GROUP_ID_NOT_FOUND: i16 = 69;

/// ListGroups filters by group type from version 5 (Kafka 3.8).
const LIST_GROUPS_WITH_TYPES: i16 = 5;

fn group_id(group: &str) -> GroupId {
    GroupId(StrBytes::from_string(group.to_string()))
}

fn topic_name(topic: &str) -> TopicName {
    TopicName(StrBytes::from_string(topic.to_string()))
}

impl Wire {
    /// Every share group, from every broker at once.
    pub fn list_share_groups(&self) -> Result<Vec<ShareGroupListing>> {
        let request = ListGroupsRequest::default()
            .with_types_filter(vec![StrBytes::from_static_str("share")]);
        let answers = self.ask_every_broker(
            |connection| {
                if connection.version::<ListGroupsRequest>()? < LIST_GROUPS_WITH_TYPES {
                    bail!(
                        "the broker at {} cannot list share groups: ListGroups by type needs \
                         Apache Kafka 3.8 or later",
                        connection.address
                    );
                }
                connection.call(&request)
            },
            |answer| answer.error_code,
        )?;
        let mut groups: Vec<ShareGroupListing> = answers
            .iter()
            .flat_map(|(_, answer)| &answer.groups)
            .map(|g| ShareGroupListing {
                group: g.group_id.0.to_string(),
                state: g.group_state.to_string(),
            })
            .collect();
        groups.sort_by(|a, b| a.group.cmp(&b.group));
        Ok(groups)
    }

    /// One share group's state, epochs and members, from its coordinator.
    pub fn describe_share_group(&self, group: &str) -> Result<ShareGroupDescription> {
        let coordinator = self.coordinator_of(CoordinatorKind::Group, group)?;
        let request = ShareGroupDescribeRequest::default().with_group_ids(vec![group_id(group)]);
        let answer = self.connect(&coordinator.address)?.call(&request)?;
        let Some(g) = answer.groups.into_iter().next() else {
            bail!("the coordinator did not describe share group '{group}'");
        };
        match g.error_code {
            0 => {}
            GROUP_ID_NOT_FOUND => bail!("share group '{group}' does not exist"),
            code => bail!(
                "share group '{group}': {}",
                describe_error(code, g.error_message.as_deref())
            ),
        }
        Ok(ShareGroupDescription {
            group: group.to_string(),
            state: g.group_state.to_string(),
            coordinator: coordinator.id,
            group_epoch: g.group_epoch,
            assignment_epoch: g.assignment_epoch,
            assignor: g.assignor_name.to_string(),
            members: g
                .members
                .iter()
                .map(|m| {
                    let mut assignment: Vec<(String, i32)> = m
                        .assignment
                        .topic_partitions
                        .iter()
                        .flat_map(|t| {
                            t.partitions
                                .iter()
                                .map(|&p| (t.topic_name.0.to_string(), p))
                        })
                        .collect();
                    assignment.sort();
                    ShareMember {
                        member_id: m.member_id.to_string(),
                        client_id: m.client_id.to_string(),
                        host: m.client_host.to_string(),
                        member_epoch: m.member_epoch,
                        assignment,
                    }
                })
                .collect(),
        })
    }

    /// The start offset of each partition the group has read (None before its first
    /// fetch sets one).
    pub fn share_group_offsets(&self, group: &str) -> Result<Vec<(String, i32, Option<i64>)>> {
        let coordinator = self.coordinator_of(CoordinatorKind::Group, group)?;
        let request = DescribeShareGroupOffsetsRequest::default().with_groups(vec![
            DescribeShareGroupOffsetsRequestGroup::default()
                .with_group_id(group_id(group))
                .with_topics(None),
        ]);
        let answer = self.connect(&coordinator.address)?.call(&request)?;
        let mut offsets = Vec::new();
        for g in &answer.groups {
            if g.error_code != 0 {
                bail!(
                    "share group '{group}': {}",
                    describe_error(g.error_code, g.error_message.as_deref())
                );
            }
            for t in &g.topics {
                for p in &t.partitions {
                    if p.error_code != 0 {
                        bail!(
                            "{}-{}: {}",
                            t.topic_name.0.as_str(),
                            p.partition_index,
                            describe_error(p.error_code, p.error_message.as_deref())
                        );
                    }
                    offsets.push((
                        t.topic_name.0.to_string(),
                        p.partition_index,
                        (p.start_offset >= 0).then_some(p.start_offset),
                    ));
                }
            }
        }
        offsets.sort();
        Ok(offsets)
    }

    /// Sets the start offsets of partitions of an empty share group.
    pub fn alter_share_group_offsets(
        &self,
        group: &str,
        offsets: &[(String, i32, i64)],
    ) -> Result<()> {
        let mut topics: Vec<AlterShareGroupOffsetsRequestTopic> = Vec::new();
        for (topic, partition, offset) in offsets {
            let entry = AlterShareGroupOffsetsRequestPartition::default()
                .with_partition_index(*partition)
                .with_start_offset(*offset);
            match topics.last_mut() {
                Some(last) if last.topic_name.0.as_str() == topic => last.partitions.push(entry),
                _ => topics.push(
                    AlterShareGroupOffsetsRequestTopic::default()
                        .with_topic_name(topic_name(topic))
                        .with_partitions(vec![entry]),
                ),
            }
        }
        let coordinator = self.coordinator_of(CoordinatorKind::Group, group)?;
        let request = AlterShareGroupOffsetsRequest::default()
            .with_group_id(group_id(group))
            .with_topics(topics);
        let answer = self.connect(&coordinator.address)?.call(&request)?;
        if answer.error_code != 0 {
            bail!(
                "share group '{group}': {}",
                describe_error(answer.error_code, answer.error_message.as_deref())
            );
        }
        let refused = answer
            .responses
            .iter()
            .flat_map(|t| t.partitions.iter().map(move |p| (t, p)))
            .find(|(_, p)| p.error_code != 0);
        if let Some((t, p)) = refused {
            bail!(
                "{}-{}: {}",
                t.topic_name.0.as_str(),
                p.partition_index,
                describe_error(p.error_code, p.error_message.as_deref())
            );
        }
        Ok(())
    }

    /// Deletes an empty share group's offsets of whole topics.
    pub fn delete_share_group_offsets(&self, group: &str, topics: &[String]) -> Result<()> {
        let coordinator = self.coordinator_of(CoordinatorKind::Group, group)?;
        let request = DeleteShareGroupOffsetsRequest::default()
            .with_group_id(group_id(group))
            .with_topics(
                topics
                    .iter()
                    .map(|t| {
                        DeleteShareGroupOffsetsRequestTopic::default()
                            .with_topic_name(topic_name(t))
                    })
                    .collect(),
            );
        let answer = self.connect(&coordinator.address)?.call(&request)?;
        if answer.error_code != 0 {
            bail!(
                "share group '{group}': {}",
                describe_error(answer.error_code, answer.error_message.as_deref())
            );
        }
        if let Some(t) = answer.responses.iter().find(|t| t.error_code != 0) {
            bail!(
                "topic '{}': {}",
                t.topic_name.0.as_str(),
                describe_error(t.error_code, t.error_message.as_deref())
            );
        }
        Ok(())
    }
}
