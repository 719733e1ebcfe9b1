//! The only place that names rdkafka: client configuration from typed options, the
//! producer (`sending`) and the consumer (`consuming`) that commands drive with kfk's own
//! types and closures, error explanations, metadata and topic specs, the admin calls
//! rdkafka does not wrap, time lookups, batched reads and the mock cluster; and beside
//! librdkafka, kfk's own Kafka protocol client (`protocol`) for the requests librdkafka
//! has no API for. Every blocking call runs off the async executor (`blocking`).

pub mod acl;
pub mod admin;
mod api_versions;
mod batch;
mod client;
mod closing;
mod configs;
mod consuming;
mod errors;
mod kerberos;
mod lookup;
mod metadata;
pub mod mock;
mod oauth;
pub mod options;
mod producer;
mod properties;
pub mod protocol;
mod rebalance;
mod record;
pub use record::OwnedRecord;
mod sending;
mod settings;
mod topic_admin;
mod unknown_topic;

use std::time::Duration;

use anyhow::{Context as _, Result};
use rdkafka::client::Client;
use rdkafka::consumer::BaseConsumer;

pub use admin::{GroupDescription, PartitionOffset, TxnFailure};
pub use api_versions::{DELETE_TOPICS, DESCRIBE_CLUSTER};
pub use batch::{BatchReader, Polled};
pub use client::{Kafka, KfkClientContext, WrapsClientContext};
pub use configs::{ConfigChange, ConfigEntry, ConfigOp, ConfigTarget};
pub use consuming::{ConsumeError, Consumer, Hooks, OffsetsReader, TopicPartition};
pub use kerberos::prepare as prepare_kerberos;
pub use lookup::{
    consumer_log_extents, offsets_for_times, peek_records, peek_timestamps, PartitionExtent, Peeked,
};
pub use metadata::{Cluster, PartitionInfo, PartitionList, TopicSpec};
pub use oauth::{check_token_endpoint, client_lacking_secret, supply_client_secret};
pub use producer::TopicHandle;
pub use rebalance::JoinWatch;
pub use sending::{OnDelivery, OutHeaders, OutRecord, Producer, Refused, SentRecord, TxnError};

/// Runs a blocking librdkafka call off the async executor.
pub async fn blocking<T, F>(call: F) -> Result<T>
where
    T: Send + 'static,
    F: FnOnce() -> Result<T> + Send + 'static,
{
    tokio::task::spawn_blocking(call)
        .await
        .context("a blocking librdkafka call panicked")?
}

impl Kafka {
    /// Runs reads of committed offsets (`admin::committed_offsets*`) on the shared lookup
    /// consumer, off the executor: they need a consumer handle (see `admin::offsets`).
    pub async fn with_offsets_reader<T, F>(&self, call: F) -> Result<T>
    where
        T: Send + 'static,
        F: FnOnce(&BaseConsumer<KfkClientContext>, Duration) -> Result<T> + Send + 'static,
    {
        let reader = self.lookup_consumer()?;
        let timeout = self.timeout();
        let result = blocking(move || call(&reader, timeout)).await;
        result.map_err(|err| self.unreachable_or(err))
    }

    /// Runs admin calls (`admin::*`) on the shared admin client, off the executor; `call`
    /// gets the client and the `--timeout` bound.
    pub async fn with_admin<T, F>(&self, call: F) -> Result<T>
    where
        T: Send + 'static,
        F: FnOnce(&Client<KfkClientContext>, Duration) -> Result<T> + Send + 'static,
    {
        let admin = self.shared_admin()?;
        let timeout = self.timeout();
        let result =
            blocking(move || call(rdkafka::consumer::Consumer::client(&*admin), timeout)).await;
        result.map_err(|err| self.unreachable_or(err))
    }
}

/// A list of (topic, partition, offset) in librdkafka's form.
fn offset_list(
    offsets: &[(String, i32, i64)],
) -> rdkafka::error::KafkaResult<rdkafka::TopicPartitionList> {
    let mut list = rdkafka::TopicPartitionList::new();
    for (topic, partition, offset) in offsets {
        list.add_partition_offset(topic, *partition, rdkafka::Offset::Offset(*offset))?;
    }
    Ok(list)
}
