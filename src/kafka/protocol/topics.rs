//! A topic as every broker serves it: the controller knows a new topic or new partitions
//! first, and each broker learns of them a moment later, so a client that asks another
//! broker too early meets "unknown topic".

use std::time::{Duration, Instant};

use anyhow::{bail, Result};
use kafka_protocol::messages::metadata_request::MetadataRequestTopic;
use kafka_protocol::messages::{MetadataRequest, TopicName};
use kafka_protocol::protocol::StrBytes;

use super::{describe_error, Connection, Wire, UNKNOWN_TOPIC_OR_PARTITION};
use crate::model::election::PartitionPlacement;

impl Wire {
    /// Waits until every broker lists `topic` with `partitions` partitions (any number
    /// for None), each with a leader; false if one did not by `deadline`.
    pub fn await_topic_on_every_broker(
        &self,
        topic: &str,
        partitions: Option<usize>,
        deadline: Instant,
    ) -> Result<bool> {
        let mut first = self.any()?;
        let (_, brokers) = self.brokers(&mut first)?;
        let mut waiting = brokers
            .iter()
            .map(|broker| self.connect(&broker.address))
            .collect::<Result<Vec<Connection>>>()?;
        loop {
            let mut behind = Vec::new();
            for mut connection in waiting {
                if !lists(&mut connection, topic, partitions)? {
                    behind.push(connection);
                }
            }
            waiting = behind;
            if waiting.is_empty() {
                return Ok(true);
            }
            if Instant::now() >= deadline {
                return Ok(false);
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

/// Whether the broker on `connection` lists the topic as wanted.
fn lists(connection: &mut Connection, topic: &str, partitions: Option<usize>) -> Result<bool> {
    let request = MetadataRequest::default()
        .with_allow_auto_topic_creation(false)
        .with_topics(Some(vec![MetadataRequestTopic::default().with_name(Some(
            TopicName(StrBytes::from_string(topic.to_string())),
        ))]));
    let metadata = connection.call(&request)?;
    Ok(metadata.topics.iter().any(|t| {
        t.error_code == 0
            && !t.partitions.is_empty()
            && partitions.is_none_or(|n| t.partitions.len() == n)
            && t.partitions
                .iter()
                .all(|p| p.error_code == 0 && p.leader_id.0 >= 0)
    }))
}

impl Wire {
    /// Where each partition of `topics` (every topic when empty, internal ones aside)
    /// lives; an unknown topic is an error.
    pub fn placements(
        &self,
        connection: &mut Connection,
        topics: &[String],
    ) -> Result<Vec<PartitionPlacement>> {
        let wanted = (!topics.is_empty()).then(|| {
            topics
                .iter()
                .map(|t| {
                    MetadataRequestTopic::default()
                        .with_name(Some(TopicName(StrBytes::from_string(t.clone()))))
                })
                .collect()
        });
        let request = MetadataRequest::default()
            .with_allow_auto_topic_creation(false)
            .with_topics(wanted);
        let metadata = connection.call(&request)?;
        let mut placements = Vec::new();
        for topic in &metadata.topics {
            let name = topic.name.as_ref().map_or("", |n| n.0.as_str()).to_string();
            match topic.error_code {
                0 => {}
                UNKNOWN_TOPIC_OR_PARTITION => {
                    bail!("unknown topic '{name}': it does not exist on the cluster")
                }
                code => bail!("topic '{name}': {}", describe_error(code, None)),
            }
            if topic.is_internal && topics.is_empty() {
                continue;
            }
            for p in &topic.partitions {
                placements.push(PartitionPlacement {
                    topic: name.clone(),
                    partition: p.partition_index,
                    leader: p.leader_id.0,
                    replicas: p.replica_nodes.iter().map(|r| r.0).collect(),
                    isr: p.isr_nodes.iter().map(|r| r.0).collect(),
                });
            }
        }
        placements.sort_by(|a, b| (&a.topic, a.partition).cmp(&(&b.topic, b.partition)));
        Ok(placements)
    }
}
