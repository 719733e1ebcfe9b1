//! A topic as every broker serves it: the controller knows a new topic or new partitions
//! first, and each broker learns of them a moment later, so a client that asks another
//! broker too early meets "unknown topic".

use std::time::{Duration, Instant};

use anyhow::Result;
use kafka_protocol::messages::metadata_request::MetadataRequestTopic;
use kafka_protocol::messages::{MetadataRequest, TopicName};
use kafka_protocol::protocol::StrBytes;

use super::{Connection, Wire};

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
