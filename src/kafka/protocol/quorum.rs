//! DescribeQuorum: the KRaft metadata quorum (a broker forwards it to the controllers).

use anyhow::{bail, Result};
use kafka_protocol::messages::describe_quorum_request::{PartitionData, TopicData};
use kafka_protocol::messages::describe_quorum_response::ReplicaState;
use kafka_protocol::messages::{DescribeQuorumRequest, TopicName};
use kafka_protocol::protocol::StrBytes;

use super::{describe_error, Wire};
use crate::model::quorum::{Quorum, QuorumMember, QuorumRole};

/// The metadata log's topic, whose one partition the quorum replicates.
const METADATA_TOPIC: &str = "__cluster_metadata";

impl Wire {
    pub fn describe_quorum(&self) -> Result<Quorum> {
        let mut connection = self.any()?;
        let (cluster_id, _) = self.brokers(&mut connection)?;
        let request = DescribeQuorumRequest::default().with_topics(vec![TopicData::default()
            .with_topic_name(TopicName(StrBytes::from_static_str(METADATA_TOPIC)))
            .with_partitions(vec![PartitionData::default().with_partition_index(0)])]);
        let answer = connection.call(&request)?;
        if answer.error_code != 0 {
            bail!(
                "describing the metadata quorum failed: {}",
                describe_error(answer.error_code, answer.error_message.as_deref())
            );
        }
        let Some(partition) = answer
            .topics
            .iter()
            .flat_map(|t| &t.partitions)
            .find(|p| p.partition_index == 0)
        else {
            bail!("the broker's DescribeQuorum answer holds no metadata partition");
        };
        if partition.error_code != 0 {
            bail!(
                "describing the metadata quorum failed: {}",
                describe_error(partition.error_code, partition.error_message.as_deref())
            );
        }
        let endpoints = |node: i32| -> Vec<String> {
            answer
                .nodes
                .iter()
                .filter(|n| n.node_id.0 == node)
                .flat_map(|n| &n.listeners)
                .map(|l| format!("{}://{}:{}", l.name.as_str(), l.host.as_str(), l.port))
                .collect()
        };
        let leader = partition.leader_id.0;
        let member = |state: &ReplicaState, role: QuorumRole| QuorumMember {
            node: state.replica_id.0,
            directory_id: (!state.replica_directory_id.is_nil())
                .then(|| state.replica_directory_id.to_string()),
            role,
            log_end_offset: state.log_end_offset,
            lag: 0,
            last_fetch_timestamp: (state.last_fetch_timestamp >= 0)
                .then_some(state.last_fetch_timestamp),
            last_caught_up_timestamp: (state.last_caught_up_timestamp >= 0)
                .then_some(state.last_caught_up_timestamp),
            endpoints: if role == QuorumRole::Observer {
                Vec::new()
            } else {
                endpoints(state.replica_id.0)
            },
        };
        let mut voters: Vec<QuorumMember> = partition
            .current_voters
            .iter()
            .map(|v| {
                let role = if v.replica_id.0 == leader {
                    QuorumRole::Leader
                } else {
                    QuorumRole::Follower
                };
                member(v, role)
            })
            .collect();
        // The leader first, then the followers and observers by id, as Apache lists them.
        voters.sort_by_key(|v| (v.role != QuorumRole::Leader, v.node));
        let mut observers: Vec<QuorumMember> = partition
            .observers
            .iter()
            .map(|o| member(o, QuorumRole::Observer))
            .collect();
        observers.sort_by_key(|o| o.node);
        let quorum = Quorum {
            cluster_id,
            leader,
            epoch: partition.leader_epoch,
            high_watermark: partition.high_watermark,
            max_follower_lag: 0,
            max_follower_lag_ms: None,
            voters,
            observers,
        };
        Ok(quorum.with_lags())
    }
}
