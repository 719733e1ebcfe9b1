//! kfk's consumer: records come out as `Polled` (a kfk `Record`), partitions and offsets
//! as kfk's own values, and a command hears of rebalances and background commits through
//! the closures of its `Hooks`; librdkafka's types stay in this layer.

use std::sync::Arc;
use std::time::Duration;

use anyhow::Result;
use rdkafka::consumer::{BaseConsumer, CommitMode, Consumer as _, ConsumerContext, Rebalance};
use rdkafka::error::{KafkaError, KafkaResult, RDKafkaErrorCode};
use rdkafka::{Offset as RdOffset, TopicPartitionList};

use super::batch::{BatchReader, Polled};
use super::client::{Kafka, KfkClientContext};
use super::closing::Closing;
use super::metadata::Cluster;
use super::options::ClientOptions;
use super::rebalance::start_assigned_at;
use super::sending::GroupMember;
use super::{blocking, PartitionExtent, PartitionOffset};
use crate::model::position::Offset;

/// A topic's partition.
pub type TopicPartition = (String, i32);

/// Where newly assigned partitions start (one per partition; None: the committed offset,
/// or auto.offset.reset without one).
pub type OnAssign = Box<dyn Fn(&[TopicPartition]) -> Vec<Option<Offset>> + Send + Sync>;
/// Called before partitions are taken away, while the consumer still owns them.
pub type OnRevoke = Box<dyn Fn(&Consumer, &[TopicPartition]) + Send + Sync>;
/// A background commit's outcome (a commit with nothing to commit is no failure).
pub type OnCommit = Box<dyn Fn(Result<(), String>) + Send + Sync>;

/// What a command wants to hear of while it consumes.
#[derive(Default)]
pub struct Hooks {
    pub assigned: Option<OnAssign>,
    pub revoking: Option<OnRevoke>,
    pub committed: Option<OnCommit>,
}

pub(super) struct HookContext {
    client: KfkClientContext,
    hooks: Hooks,
}

crate::delegate_client_context!(HookContext, client);

fn partitions_of(list: &TopicPartitionList) -> Vec<TopicPartition> {
    list.elements()
        .iter()
        .map(|e| (e.topic().to_string(), e.partition()))
        .collect()
}

impl ConsumerContext for HookContext {
    fn pre_rebalance(&self, consumer: &BaseConsumer<Self>, rebalance: &Rebalance<'_>) {
        match rebalance {
            Rebalance::Assign(list) => {
                let Some(assigned) = &self.hooks.assigned else {
                    return;
                };
                let partitions = partitions_of(list);
                for ((topic, partition), start) in partitions.iter().zip(assigned(&partitions)) {
                    if let Some(start) = start {
                        start_assigned_at(list, topic, *partition, raw_offset(start));
                    }
                }
            }
            Rebalance::Revoke(list) => {
                if let Some(revoking) = &self.hooks.revoking {
                    revoking(Consumer::view(consumer), &partitions_of(list));
                }
            }
            Rebalance::Error(_) => {}
        }
    }

    fn commit_callback(&self, result: KafkaResult<()>, _: &TopicPartitionList) {
        if let Some(committed) = &self.hooks.committed {
            committed(match result {
                Ok(()) | Err(KafkaError::ConsumerCommit(RDKafkaErrorCode::NoOffset)) => Ok(()),
                Err(err) => Err(err.to_string()),
            });
        }
    }
}

pub(super) fn raw_offset(offset: Offset) -> RdOffset {
    match offset {
        Offset::Beginning => RdOffset::Beginning,
        Offset::End => RdOffset::End,
        Offset::Stored => RdOffset::Stored,
        Offset::At(n) => RdOffset::Offset(n),
    }
}

fn kfk_offset(offset: RdOffset) -> Option<i64> {
    match offset {
        RdOffset::Offset(n) => Some(n),
        _ => None,
    }
}

/// Why a poll returned no record.
#[derive(Debug)]
pub struct ConsumeError {
    /// The consumer cannot go on.
    pub fatal: bool,
    pub message: String,
}

impl std::fmt::Display for ConsumeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl From<KafkaError> for ConsumeError {
    fn from(err: KafkaError) -> ConsumeError {
        ConsumeError {
            fatal: err.rdkafka_error_code() == Some(RDKafkaErrorCode::Fatal),
            message: err.to_string(),
        }
    }
}

/// A consumer, of a group or of partitions it assigns itself.
#[repr(transparent)]
pub struct Consumer {
    inner: Closing<HookContext>,
}

impl Kafka {
    /// A consumer configured by `options`, which tells `hooks` of rebalances and commits.
    pub fn consumer(&self, options: &impl ClientOptions, hooks: Hooks) -> Result<Consumer> {
        let inner = self.client(options, |client| HookContext { client, hooks })?;
        Ok(Consumer {
            inner: Closing(inner),
        })
    }

    /// The cluster's metadata (of `topic` only, if given) through `consumer`, which
    /// connects meanwhile.
    pub async fn cluster_through(
        &self,
        consumer: Consumer,
        topic: Option<&str>,
    ) -> Result<(Consumer, Cluster)> {
        let topic = topic.map(str::to_string);
        let (inner, cluster) = self
            .cluster_via(consumer.inner, move |consumer, timeout| {
                consumer.fetch_metadata(topic.as_deref(), timeout)
            })
            .await?;
        Ok((Consumer { inner }, cluster))
    }

    /// `err` as `explain` words a librdkafka error of `consumer`, else as it is.
    pub fn explain_consumer_error(
        &self,
        err: anyhow::Error,
        consumer: &KfkClientContext,
    ) -> std::result::Result<anyhow::Error, anyhow::Error> {
        err.downcast::<KafkaError>()
            .map(|kafka| self.explain(kafka, consumer))
    }
}

fn list_of(partitions: &[(String, i32, Offset)]) -> KafkaResult<TopicPartitionList> {
    let mut list = TopicPartitionList::new();
    for (topic, partition, offset) in partitions {
        list.add_partition_offset(topic, *partition, raw_offset(*offset))?;
    }
    Ok(list)
}

impl Consumer {
    /// The consumer of a rebalance callback, as a `Consumer`.
    fn view(inner: &BaseConsumer<HookContext>) -> &Consumer {
        // SAFETY: Consumer is a transparent wrapper of Closing<HookContext>, itself one of
        // BaseConsumer<HookContext>.
        unsafe { &*(inner as *const BaseConsumer<HookContext> as *const Consumer) }
    }

    /// The logging context, for `Kafka::explain_consumer_error`.
    pub fn client_context(&self) -> KfkClientContext {
        self.inner.context().client.clone()
    }

    pub fn subscribe(&self, topics: &[&str]) -> Result<()> {
        Ok(self.inner.subscribe(topics)?)
    }

    /// Reads exactly these partitions from these offsets.
    pub fn assign(&self, partitions: &[(String, i32, Offset)]) -> Result<()> {
        Ok(self.inner.assign(&list_of(partitions)?)?)
    }

    /// The next record, waiting up to `timeout`; rebalances and commits are served here.
    pub fn poll(&self, timeout: Duration) -> Option<Result<Polled<'_>, ConsumeError>> {
        self.inner
            .poll(timeout)
            .map(|polled| polled.map(Polled::Single).map_err(ConsumeError::from))
    }

    /// Records a batch at a time, for a consumer with no group (see `BatchReader`).
    pub fn batches(&self) -> BatchReader<'_> {
        BatchReader::new(&self.inner)
    }

    /// `batches` of some assigned partitions only, for one of several reading threads.
    pub fn batches_of(&self, partitions: &[(String, i32)]) -> Result<BatchReader<'_>> {
        BatchReader::of_partitions(&self.inner, partitions).map_err(anyhow::Error::msg)
    }

    /// Each partition's log start and last stable offset, in one ListOffsets request per
    /// leader and end: the records up to there are readable now by a read_committed
    /// reader, even while a transaction stays open after them.
    pub fn stable_extents(
        &self,
        partitions: &[(String, i32)],
        timeout: Duration,
    ) -> Result<Vec<PartitionExtent>> {
        super::admin::log_extents_to(
            self.inner.client(),
            partitions,
            super::admin::Ends::LastStable,
            timeout,
        )
    }

    /// The low and high watermarks of a partition.
    pub fn watermarks(&self, topic: &str, partition: i32, timeout: Duration) -> Result<(i64, i64)> {
        Ok(self.inner.fetch_watermarks(topic, partition, timeout)?)
    }

    /// Marks the record before `next` processed, for the next automatic commit.
    pub fn store_offset(&self, topic: &str, partition: i32, next: i64) -> Result<()> {
        Ok(self.inner.store_offset(topic, partition, next - 1)?)
    }

    /// `store_offset` for several partitions at once (topic, partition, next offset); a
    /// partition revoked meanwhile refuses.
    pub fn store_offsets(&self, offsets: &[(String, i32, i64)]) -> Result<()> {
        let list = super::offset_list(offsets)?;
        Ok(self.inner.store_offsets(&list)?)
    }

    /// Commits what was stored, and waits; nothing to commit is no failure.
    pub fn commit_stored(&self) -> Result<(), String> {
        match self.inner.commit_consumer_state(CommitMode::Sync) {
            Ok(()) | Err(KafkaError::ConsumerCommit(RDKafkaErrorCode::NoOffset)) => Ok(()),
            Err(err) => Err(err.to_string()),
        }
    }

    /// Stops fetching a partition.
    pub fn pause(&self, topic: &str, partition: i32) {
        let mut list = TopicPartitionList::new();
        list.add_partition(topic, partition);
        let _ = self.inner.pause(&list);
    }

    /// Moves an assigned partition's position.
    pub fn seek(
        &self,
        topic: &str,
        partition: i32,
        offset: Offset,
        timeout: Duration,
    ) -> Result<()> {
        Ok(self
            .inner
            .seek(topic, partition, raw_offset(offset), timeout)?)
    }

    /// The assigned partitions.
    pub fn assignment(&self) -> Result<Vec<TopicPartition>> {
        Ok(partitions_of(&self.inner.assignment()?))
    }

    /// Each assigned partition's position: the next offset to fetch, None before any.
    pub fn positions(&self) -> Result<Vec<(String, i32, Option<i64>)>> {
        let list = self.inner.position()?;
        Ok(list
            .elements()
            .iter()
            .map(|e| (e.topic().to_string(), e.partition(), kfk_offset(e.offset())))
            .collect())
    }

    /// The group's committed offsets of the assigned partitions (None: none committed).
    pub fn committed(&self, timeout: Duration) -> Result<Vec<(String, i32, Option<i64>)>> {
        let list = self.inner.committed(timeout)?;
        Ok(list
            .elements()
            .iter()
            .map(|e| (e.topic().to_string(), e.partition(), kfk_offset(e.offset())))
            .collect())
    }

    /// This member's identity in its group, for transactional offsets.
    pub fn group_member(&self) -> Option<GroupMember> {
        self.inner.group_metadata().map(GroupMember)
    }

    /// Resolves one position per partition (see `lookup::resolve_positions`).
    pub fn resolve(
        &self,
        extents: &[PartitionExtent],
        positions: &[crate::model::position::Position],
        timeout: Duration,
    ) -> Result<Vec<Offset>> {
        super::lookup::resolve_positions(&self.inner, extents, positions, timeout)
    }

    pub(super) fn inner(&self) -> &BaseConsumer<HookContext> {
        &self.inner.0
    }
}

/// Reads a group's committed offsets, off the shared lookup consumer.
#[derive(Clone)]
pub struct OffsetsReader(Arc<Closing<KfkClientContext>>);

impl OffsetsReader {
    /// The group's stable committed offsets of `partitions` (see
    /// `admin::stable_committed_offsets`).
    pub fn stable(
        &self,
        group: &str,
        partitions: &[TopicPartition],
        timeout: Duration,
    ) -> Result<Vec<PartitionOffset>> {
        super::admin::stable_committed_offsets(&self.0, group, partitions, timeout)
    }
}

impl Kafka {
    pub fn offsets_reader(&self) -> Result<OffsetsReader> {
        Ok(OffsetsReader(self.lookup_consumer()?))
    }

    /// Resolves one position per partition on the lookup consumer, off the executor.
    pub async fn resolve_positions(
        &self,
        extents: Vec<PartitionExtent>,
        positions: Vec<crate::model::position::Position>,
    ) -> Result<Vec<Offset>> {
        let lookup = self.lookup_consumer()?;
        let timeout = self.timeout();
        blocking(move || super::lookup::resolve_positions(&lookup, &extents, &positions, timeout))
            .await
    }
}
