//! kfk's producer: commands hand it `OutRecord`s and a closure for delivery reports, and
//! drive transactions through its methods; librdkafka's types stay in this layer.

use std::sync::Arc;
use std::time::Duration;

use anyhow::Result;
use rdkafka::consumer::ConsumerGroupMetadata;
use rdkafka::error::{KafkaError, RDKafkaErrorCode};
use rdkafka::message::{BorrowedMessage, Header as RdHeader, OwnedHeaders};
use rdkafka::producer::{BaseProducer, BaseRecord, DeliveryResult, Producer as _};
use rdkafka::producer::{ProducerContext, PurgeConfig};

use super::client::{Kafka, KfkClientContext};
use super::metadata::Cluster;
use super::options::ProducerOptions;
use super::producer::{commit_or_abort, drain, send_waiting, TopicHandle};
use super::TxnFailure;
use crate::model::record::{Header, Record, RecordTime};

/// Called with each record's opaque, the record, and whether it was delivered (the
/// error's text if not). Runs on the thread that serves the producer.
pub type OnDelivery = Box<dyn Fn(usize, &SentRecord<'_>, Result<(), String>) + Send + Sync>;

/// A record to send; `opaque` comes back with its delivery report.
#[derive(Default)]
pub struct OutRecord<'a> {
    pub key: Option<&'a [u8]>,
    pub value: Option<&'a [u8]>,
    pub headers: Option<OutHeaders>,
    /// None: the partitioner places it by key.
    pub partition: Option<i32>,
    /// Milliseconds since the epoch; None: the producer's clock.
    pub timestamp: Option<i64>,
    pub opaque: usize,
}

/// The headers of a record to send.
#[derive(Clone, Default)]
pub struct OutHeaders(OwnedHeaders);

impl OutHeaders {
    pub fn with(self, key: &str, value: Option<&[u8]>) -> OutHeaders {
        OutHeaders(self.0.insert(RdHeader { key, value }))
    }
}

/// A record whose delivery is being reported.
pub struct SentRecord<'a>(&'a BorrowedMessage<'a>);

impl Record for SentRecord<'_> {
    fn topic(&self) -> &str {
        Record::topic(self.0)
    }
    fn partition(&self) -> i32 {
        Record::partition(self.0)
    }
    fn offset(&self) -> i64 {
        Record::offset(self.0)
    }
    fn timestamp(&self) -> RecordTime {
        Record::timestamp(self.0)
    }
    fn key(&self) -> Option<&[u8]> {
        Record::key(self.0)
    }
    fn value(&self) -> Option<&[u8]> {
        Record::value(self.0)
    }
    fn headers(&self) -> impl Iterator<Item = Header<'_>> {
        Record::headers(self.0)
    }
}

/// Why librdkafka would not take a record.
#[derive(Debug)]
pub struct Refused {
    /// Larger than the producer allows (message.max.bytes).
    pub too_large: bool,
    pub message: String,
}

impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

/// Why a transactional call failed: `retriable` may succeed if called again; `fatal`
/// leaves the producer unusable (fenced by another with the same transactional id).
#[derive(Debug)]
pub struct TxnError {
    pub retriable: bool,
    pub fatal: bool,
    pub message: String,
}

impl std::fmt::Display for TxnError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for TxnError {}

impl From<KafkaError> for TxnError {
    fn from(err: KafkaError) -> TxnError {
        let (retriable, fatal) = match &err {
            KafkaError::Transaction(e) => (e.is_retriable(), e.is_fatal()),
            _ => (false, false),
        };
        TxnError {
            retriable,
            fatal,
            message: err.to_string(),
        }
    }
}

impl From<TxnError> for TxnFailure {
    fn from(err: TxnError) -> TxnFailure {
        TxnFailure {
            fatal: err.fatal,
            message: err.message,
        }
    }
}

pub(super) struct SendContext {
    client: KfkClientContext,
    on_delivery: Option<OnDelivery>,
}

crate::delegate_client_context!(SendContext, client);

impl ProducerContext for SendContext {
    type DeliveryOpaque = usize;

    fn delivery(&self, result: &DeliveryResult<'_>, opaque: usize) {
        let Some(on_delivery) = &self.on_delivery else {
            return;
        };
        match result {
            Ok(message) => on_delivery(opaque, &SentRecord(message), Ok(())),
            Err((err, message)) => on_delivery(opaque, &SentRecord(message), Err(err.to_string())),
        }
    }
}

/// A producer, shareable across threads (one sends while another serves reports).
#[derive(Clone)]
pub struct Producer {
    inner: Arc<BaseProducer<SendContext>>,
}

impl Kafka {
    /// A producer that has not connected yet; `on_delivery` hears every report.
    pub fn producer(
        &self,
        options: &ProducerOptions,
        on_delivery: Option<OnDelivery>,
    ) -> Result<Producer> {
        let inner: BaseProducer<SendContext> = self.client(options, |client| SendContext {
            client,
            on_delivery,
        })?;
        Ok(Producer {
            inner: Arc::new(inner),
        })
    }

    /// A producer connected to the cluster that holds `topic` (see `connect_producer`).
    pub async fn connected_producer(
        &self,
        options: &ProducerOptions,
        topic: &str,
        on_delivery: Option<OnDelivery>,
    ) -> Result<(Producer, Cluster)> {
        let inner: BaseProducer<SendContext> = self.client(options, |client| SendContext {
            client,
            on_delivery,
        })?;
        let (inner, cluster) = self
            .connect_producer(inner, topic, options.idempotent)
            .await?;
        Ok((
            Producer {
                inner: Arc::new(inner),
            },
            cluster,
        ))
    }
}

impl Producer {
    /// The handle that sends to `topic` without a lookup per record.
    pub fn topic(&self, topic: &str) -> TopicHandle {
        TopicHandle::new(&self.inner, topic)
    }

    /// Hands one record to librdkafka, serving delivery reports while its queue is full
    /// (back-pressure, never a drop).
    pub fn send(&self, topic: &TopicHandle, record: OutRecord<'_>) -> Result<(), Refused> {
        let mut out: BaseRecord<'_, [u8], [u8], usize> =
            BaseRecord::with_opaque_to(topic.name(), record.opaque);
        out.key = record.key;
        out.payload = record.value;
        out.headers = record.headers.map(|h| h.0);
        out.partition = record.partition;
        out.timestamp = record.timestamp;
        send_waiting(&self.inner, topic, out).map_err(|err| Refused {
            too_large: err.rdkafka_error_code() == Some(RDKafkaErrorCode::MessageSizeTooLarge),
            message: err.to_string(),
        })
    }

    /// Serves delivery reports ready now, in one round (a poll that does not wait).
    pub fn serve(&self) {
        self.inner.poll(Duration::ZERO);
    }

    /// Serves every delivery report ready now, in as many rounds as there are.
    pub fn serve_ready(&self) {
        super::producer::serve_ready(&self.inner);
    }

    /// Serves delivery reports for up to `wait`.
    pub fn serve_for(&self, wait: Duration) {
        self.inner.poll(wait);
    }

    /// Records sent and not yet reported.
    pub fn in_flight(&self) -> i32 {
        self.inner.in_flight_count()
    }

    /// Serves reports until nothing is in flight or `timeout` passes.
    pub fn drain(&self, timeout: Duration) {
        drain(&self.inner, timeout);
    }

    /// Drops the records not yet sent and those in flight (their reports say so).
    pub fn purge(&self) {
        self.inner.purge(PurgeConfig::default().queue().inflight());
    }

    /// Drops the records not yet sent; those in flight get their real outcome (a record
    /// purged in flight may still have been written).
    pub fn purge_queued(&self) {
        self.inner.purge(PurgeConfig::default().queue());
    }

    pub fn init_transactions(&self, timeout: Duration) -> Result<(), TxnError> {
        Ok(self.inner.init_transactions(timeout)?)
    }

    pub fn begin_transaction(&self) -> Result<(), TxnError> {
        Ok(self.inner.begin_transaction()?)
    }

    pub fn commit_transaction(&self, timeout: Duration) -> Result<(), TxnError> {
        Ok(self.inner.commit_transaction(timeout)?)
    }

    pub fn abort_transaction(&self, timeout: Duration) -> Result<(), TxnError> {
        Ok(self.inner.abort_transaction(timeout)?)
    }

    /// Waits for what is in flight and commits; a failed commit aborts (`commit_or_abort`).
    pub fn commit_or_abort(&self, timeout: Duration) -> Result<(), String> {
        commit_or_abort(&self.inner, timeout)
    }

    /// Adds consumed offsets (topic, partition, next offset) to the open transaction, as
    /// the consuming member `member` of its group, which fences members of older
    /// generations.
    pub fn send_offsets_as_member(
        &self,
        offsets: &[(String, i32, i64)],
        member: &GroupMember,
        timeout: Duration,
    ) -> Result<(), TxnError> {
        let list = super::offset_list(offsets).map_err(TxnError::from)?;
        Ok(self
            .inner
            .send_offsets_to_transaction(&list, &member.0, timeout)?)
    }

    /// Adds consumed offsets to the open transaction under `group`, with no member: for a
    /// group the destination's coordinator does not know (a copy across clusters).
    pub fn send_offsets_for_group(
        &self,
        offsets: &[(String, i32, i64)],
        group: &str,
        timeout: Duration,
    ) -> Result<(), TxnFailure> {
        let list = super::offset_list(offsets).map_err(|err| TxnFailure {
            fatal: true,
            message: err.to_string(),
        })?;
        super::admin::send_offsets_for_group(self.inner.client(), &list, group, timeout)
    }
}

/// A group member's identity (group, member id, generation) for transactional offsets.
pub struct GroupMember(pub(super) ConsumerGroupMetadata);
