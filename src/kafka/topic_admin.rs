//! Creating a topic (CreateTopics), growing it (CreatePartitions) and deleting the head
//! of its partitions (DeleteRecords), through rust-rdkafka's admin client.

use std::time::Duration;

use anyhow::{anyhow, Result};
use rdkafka::admin::{NewPartitions, NewTopic, TopicReplication};
use rdkafka::consumer::Consumer;
use rdkafka::{Offset, TopicPartitionList};

use rdkafka::types::RDKafkaErrorCode;

use super::api_versions::{CREATE_PARTITIONS, CREATE_TOPICS, DELETE_RECORDS};
use super::client::Kafka;
use super::errors::code_of;

/// One partition's answer to DeleteRecords: its new log start, or why not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeletedUpTo {
    pub partition: i32,
    pub low_watermark: Result<i64, String>,
}

impl Kafka {
    /// Creates a topic; None for the partitions or the replication factor takes the
    /// broker's default.
    pub async fn create_topic(
        &self,
        topic: &str,
        partitions: Option<u32>,
        replication_factor: Option<u32>,
        configs: &[(String, String)],
    ) -> Result<()> {
        // -1 asks the broker for its default (KIP-464). Both are at least 1 and fit an
        // i32: the command line checks their ranges.
        let partitions = partitions.map_or(-1, |p| p as i32);
        let replication = replication_factor.map_or(-1, |r| r as i32);
        let mut new_topic = NewTopic::new(topic, partitions, TopicReplication::Fixed(replication));
        for (key, value) in configs {
            new_topic = new_topic.set(key, value);
        }
        self.require(CREATE_TOPICS)
            .await
            .map_err(|err| anyhow!("cannot create topic '{topic}': {err}; nothing was changed"))?;
        let admin = self.admin()?;
        let results = admin
            .create_topics([&new_topic], &self.admin_options())
            .await
            .map_err(|err| {
                self.admin_error(
                    &format!("create topic '{topic}'"),
                    err,
                    admin.inner().context(),
                )
            })?;
        for result in results {
            result.map_err(|(topic, code)| anyhow!("cannot create topic '{topic}': {code}"))?;
        }
        Ok(())
    }

    /// Waits until `topic` shows in the metadata with `partitions` partitions (or any
    /// number, for `None`), each with a leader: a broker accepts a new topic or new
    /// partitions before their leaders are elected, and a producer or reader that comes
    /// too early meets "unknown topic" or "not leader". False if that did not happen
    /// within the timeout.
    pub async fn wait_for_leaders(&self, topic: &str, partitions: Option<usize>) -> Result<bool> {
        let deadline = std::time::Instant::now() + self.timeout();
        if !self
            .wait_for_leaders_on_one(topic, partitions, deadline)
            .await?
        {
            return Ok(false);
        }
        // One broker knows the topic; the next command may ask another. kfk's own
        // connection asks each; if it cannot log in (GSSAPI), the one answer stands.
        let name = topic.to_string();
        let everywhere = self
            .with_wire(move |wire| wire.await_topic_on_every_broker(&name, partitions, deadline))
            .await;
        match everywhere {
            Ok(everywhere) => Ok(everywhere),
            Err(err) => {
                if self.verbose() {
                    crate::io::output::note(&format!(
                        "could not ask every broker for topic '{topic}': {err:#}"
                    ));
                }
                Ok(true)
            }
        }
    }

    async fn wait_for_leaders_on_one(
        &self,
        topic: &str,
        partitions: Option<usize>,
        deadline: std::time::Instant,
    ) -> Result<bool> {
        let client = self.metadata_client()?;
        let topic = topic.to_string();
        super::blocking(move || loop {
            let left = deadline.saturating_duration_since(std::time::Instant::now());
            if let Ok(metadata) =
                client.fetch_metadata(Some(&topic), left.min(Duration::from_secs(1)))
            {
                let ready = metadata.topics().iter().any(|t| {
                    t.name() == topic
                        && t.error().is_none()
                        && !t.partitions().is_empty()
                        && partitions.is_none_or(|n| t.partitions().len() == n)
                        && t.partitions()
                            .iter()
                            .all(|p| p.error().is_none() && p.leader() >= 0)
                });
                if ready {
                    return Ok(true);
                }
            }
            if std::time::Instant::now() >= deadline {
                return Ok(false);
            }
            std::thread::sleep(Duration::from_millis(50));
        })
        .await
    }

    /// Raises `topic`'s partition count to `total`.
    pub async fn add_partitions(&self, topic: &str, total: usize) -> Result<()> {
        self.require(CREATE_PARTITIONS).await.map_err(|err| {
            anyhow!("cannot add partitions to topic '{topic}': {err}; nothing was changed")
        })?;
        let admin = self.admin()?;
        let request = NewPartitions::new(topic, total);
        let results = admin
            .create_partitions([&request], &self.admin_options())
            .await
            .map_err(|err| match code_of(&err) {
                Some(RDKafkaErrorCode::UnsupportedFeature) => anyhow!(
                    "cannot add partitions to topic '{topic}': the broker does not serve \
                     CreatePartitions (KIP-195); nothing was changed"
                ),
                _ => self.admin_error(
                    &format!("add partitions to topic '{topic}'"),
                    err,
                    admin.inner().context(),
                ),
            })?;
        for result in results {
            result.map_err(|(_, code)| {
                anyhow!("cannot add partitions to topic '{topic}': {code}; nothing was changed")
            })?;
        }
        Ok(())
    }

    /// Deletes every record before `before` (partition, offset) in `topic`, in one request
    /// per partition leader.
    pub async fn delete_records(
        &self,
        topic: &str,
        before: &[(i32, i64)],
    ) -> Result<Vec<DeletedUpTo>> {
        let mut offsets = TopicPartitionList::new();
        for &(partition, offset) in before {
            offsets.add_partition_offset(topic, partition, Offset::Offset(offset))?;
        }
        self.require(DELETE_RECORDS).await.map_err(|err| {
            anyhow!("cannot delete records from topic '{topic}': {err}; nothing was deleted")
        })?;
        let admin = self.admin()?;
        let answer = admin
            .delete_records(&offsets, &self.admin_options())
            .await
            .map_err(|err| {
                self.admin_error(
                    &format!("delete records from topic '{topic}'"),
                    err,
                    admin.inner().context(),
                )
            })?;
        Ok(answer
            .elements()
            .iter()
            .map(|elem| DeletedUpTo {
                partition: elem.partition(),
                low_watermark: match (elem.error(), elem.offset()) {
                    (Err(err), _) => Err(code_of(&err).map_or(err.to_string(), |c| c.to_string())),
                    (Ok(()), Offset::Offset(low)) => Ok(low),
                    (Ok(()), other) => Err(format!("the broker answered {other:?}")),
                },
            })
            .collect())
    }
}
