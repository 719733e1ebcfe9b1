//! Growing a topic (CreatePartitions) and deleting the head of its partitions
//! (DeleteRecords), through rust-rdkafka's admin client.

use anyhow::{anyhow, Result};
use rdkafka::admin::NewPartitions;
use rdkafka::{Offset, TopicPartitionList};

use rdkafka::types::RDKafkaErrorCode;

use super::client::Kafka;
use super::errors::code_of;

/// One partition's answer to DeleteRecords: its new log start, or why not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeletedUpTo {
    pub partition: i32,
    pub low_watermark: Result<i64, String>,
}

impl Kafka {
    /// Raises `topic`'s partition count to `total`.
    pub async fn add_partitions(&self, topic: &str, total: usize) -> Result<()> {
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
