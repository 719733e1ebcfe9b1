//! Creating a topic (CreateTopics), growing it (CreatePartitions), deleting it
//! (DeleteTopics) and deleting the head of its partitions (DeleteRecords), through
//! `admin::topics` on the shared admin client.

use std::time::Duration;

use anyhow::{anyhow, Result};
use rdkafka::consumer::Consumer;
use rdkafka::types::RDKafkaErrorCode;

use super::admin;
use super::api_versions::{CREATE_PARTITIONS, CREATE_TOPICS, DELETE_RECORDS};
use super::client::Kafka;

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
        self.require(CREATE_TOPICS)
            .await
            .map_err(|err| anyhow!("cannot create topic '{topic}': {err}; nothing was changed"))?;
        let (name, configs) = (topic.to_string(), configs.to_vec());
        let outcome = self
            .with_admin(move |client, timeout| {
                admin::create_topic(client, &name, partitions, replication, &configs, timeout)
            })
            .await
            .map_err(|err| self.topic_request_error(&format!("create topic '{topic}'"), err))?;
        outcome.map_err(|why| anyhow!("cannot create topic '{topic}': {why}"))
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
        let name = topic.to_string();
        let outcome = self
            .with_admin(move |client, timeout| {
                admin::create_partitions(client, &name, total, timeout)
            })
            .await
            .map_err(|err| match err.downcast_ref::<admin::AdminFailure>() {
                Some(failure) if failure.code == RDKafkaErrorCode::UnsupportedFeature => anyhow!(
                    "cannot add partitions to topic '{topic}': the broker does not serve \
                     CreatePartitions (KIP-195); nothing was changed"
                ),
                _ => self.topic_request_error(&format!("add partitions to topic '{topic}'"), err),
            })?;
        outcome.map_err(|why| {
            anyhow!("cannot add partitions to topic '{topic}': {why}; nothing was changed")
        })
    }

    /// Deletes `topic` and all its records.
    pub async fn delete_topic(&self, topic: &str) -> Result<()> {
        let name = topic.to_string();
        let outcome = self
            .with_admin(move |client, timeout| admin::delete_topic(client, &name, timeout))
            .await
            .map_err(|err| self.topic_request_error(&format!("delete topic '{topic}'"), err))?;
        outcome.map_err(|why| anyhow!("cannot delete topic '{topic}': {why}"))
    }

    /// Deletes every record before `before` (partition, offset) in `topic`, in one request
    /// per partition leader.
    pub async fn delete_records(
        &self,
        topic: &str,
        before: &[(i32, i64)],
    ) -> Result<Vec<DeletedUpTo>> {
        self.require(DELETE_RECORDS).await.map_err(|err| {
            anyhow!("cannot delete records from topic '{topic}': {err}; nothing was deleted")
        })?;
        let (name, before) = (topic.to_string(), before.to_vec());
        let answers = self
            .with_admin(move |client, timeout| {
                admin::delete_records(client, &name, &before, timeout)
            })
            .await
            .map_err(|err| {
                self.topic_request_error(&format!("delete records from topic '{topic}'"), err)
            })?;
        Ok(answers
            .into_iter()
            .map(|(partition, low_watermark)| DeletedUpTo {
                partition,
                low_watermark,
            })
            .collect())
    }

    /// A request that failed as a whole. A broker that is reachable but never answers
    /// usually lacks the API (librdkafka's mock cluster has no CreateTopics, for one).
    fn topic_request_error(&self, what: &str, err: anyhow::Error) -> anyhow::Error {
        match err.downcast_ref::<admin::AdminFailure>() {
            Some(failure) if failure.code == RDKafkaErrorCode::OperationTimedOut => anyhow!(
                "cannot {what}: no answer within {}; the broker may not support this request",
                humantime::format_duration(self.timeout())
            ),
            Some(failure) => anyhow!("cannot {what}: {}", failure.message),
            // Unreachable brokers, said by with_admin.
            None => err,
        }
    }
}
