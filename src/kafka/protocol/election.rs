//! ElectLeaders (a broker forwards it to the controller), for chosen partitions or all.

use anyhow::{bail, Result};
use kafka_protocol::messages::elect_leaders_request::TopicPartitions;
use kafka_protocol::messages::{ElectLeadersRequest, TopicName};
use kafka_protocol::protocol::StrBytes;

use super::{describe_error, Wire};
use crate::model::election::{ElectionResult, ElectionType, PartitionPlacement};

/// ELECTION_NOT_NEEDED: the partition already has the leader asked for.
const ELECTION_NOT_NEEDED: i16 = 84;

impl Wire {
    /// The partitions of `topics` (every topic when empty; only `partitions` if any).
    pub fn partitions_of(
        &self,
        topics: &[String],
        partitions: &[i32],
    ) -> Result<Vec<PartitionPlacement>> {
        let mut placements = self.placements(&mut self.any()?, topics)?;
        if !partitions.is_empty() {
            for wanted in partitions {
                if !placements.iter().any(|p| p.partition == *wanted) {
                    bail!("partition {wanted} is in none of the topics named");
                }
            }
            placements.retain(|p| partitions.contains(&p.partition));
        }
        Ok(placements)
    }

    /// Runs an election of `kind` on `partitions`, and reports each one's outcome.
    pub fn elect_leaders(
        &self,
        kind: ElectionType,
        partitions: &[PartitionPlacement],
    ) -> Result<Vec<ElectionResult>> {
        let mut by_topic: Vec<TopicPartitions> = Vec::new();
        for p in partitions {
            match by_topic.last_mut() {
                Some(last) if last.topic.0.as_str() == p.topic => last.partitions.push(p.partition),
                _ => by_topic.push(
                    TopicPartitions::default()
                        .with_topic(TopicName(StrBytes::from_string(p.topic.clone())))
                        .with_partitions(vec![p.partition]),
                ),
            }
        }
        let request = ElectLeadersRequest::default()
            .with_election_type(match kind {
                ElectionType::Preferred => 0,
                ElectionType::Unclean => 1,
            })
            .with_topic_partitions(Some(by_topic))
            .with_timeout_ms(self.timeout_ms());
        let answer = self.any()?.call(&request)?;
        if answer.error_code != 0 {
            bail!(
                "the {} election failed: {}",
                kind.name(),
                describe_error(answer.error_code, None)
            );
        }
        let mut results: Vec<ElectionResult> = answer
            .replica_election_results
            .iter()
            .flat_map(|topic| {
                topic.partition_result.iter().map(|p| ElectionResult {
                    topic: topic.topic.0.to_string(),
                    partition: p.partition_id,
                    outcome: match p.error_code {
                        0 => "elected",
                        ELECTION_NOT_NEEDED => "not needed",
                        _ => "failed",
                    },
                    error: (p.error_code != 0 && p.error_code != ELECTION_NOT_NEEDED)
                        .then(|| describe_error(p.error_code, p.error_message.as_deref())),
                })
            })
            .collect();
        results.sort_by(|a, b| (&a.topic, a.partition).cmp(&(&b.topic, b.partition)));
        Ok(results)
    }
}
