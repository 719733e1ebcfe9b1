//! Sending with back-pressure, and waiting for what is in flight.

use std::ffi::{c_void, CString};
use std::ptr;
use std::time::{Duration, Instant};

use rdkafka::bindings as rd;
use rdkafka::error::{KafkaError, RDKafkaErrorCode};
use rdkafka::message::{BorrowedHeaders, ToBytes};
use rdkafka::producer::{BaseProducer, BaseRecord, Producer, ProducerContext};
use rdkafka::util::IntoOpaque;

/// A producer's handle on the topic it writes to. rdkafka's `send` names the topic, so
/// for every record rdkafka copies the name and librdkafka looks the topic up (a lock, a
/// search and a reference count): profiled, about a sixth of kfk's producing thread.
pub struct TopicHandle {
    name: String,
    rkt: *mut rd::rd_kafka_topic_t,
}

// SAFETY: librdkafka's topic handles are reference counted and may be used from any thread.
unsafe impl Send for TopicHandle {}
// SAFETY: as for Send: librdkafka locks what a topic handle shares.
unsafe impl Sync for TopicHandle {}

impl TopicHandle {
    /// The handle of `topic`; should librdkafka refuse one (a name it cannot take), records
    /// go through rdkafka's `send`, which reports why.
    pub fn new<C: ProducerContext>(producer: &BaseProducer<C>, topic: &str) -> TopicHandle {
        let rkt = match CString::new(topic) {
            // SAFETY: the producer is live; librdkafka copies the name. A null
            // configuration takes the producer's defaults.
            Ok(name) => unsafe {
                rd::rd_kafka_topic_new(
                    producer.client().native_ptr(),
                    name.as_ptr(),
                    ptr::null_mut(),
                )
            },
            Err(_) => ptr::null_mut(),
        };
        TopicHandle {
            name: topic.to_string(),
            rkt,
        }
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    /// rdkafka's `send`, through this handle when the record is for its topic; its
    /// signature, which hands a refused record back.
    #[allow(clippy::result_large_err, clippy::type_complexity)]
    fn send<'a, C, K, P>(
        &self,
        producer: &BaseProducer<C>,
        mut record: BaseRecord<'a, K, P, C::DeliveryOpaque>,
    ) -> Result<(), (KafkaError, BaseRecord<'a, K, P, C::DeliveryOpaque>)>
    where
        C: ProducerContext,
        C::DeliveryOpaque: IntoOpaque,
        K: ToBytes + ?Sized,
        P: ToBytes + ?Sized,
    {
        if self.rkt.is_null() || record.topic != self.name {
            return producer.send(record);
        }
        let bytes = |value: Option<&[u8]>| {
            value.map_or((ptr::null_mut(), 0), |v| {
                (v.as_ptr() as *mut c_void, v.len())
            })
        };
        let (payload, payload_len) = bytes(record.payload.map(ToBytes::to_bytes));
        let (key, key_len) = bytes(record.key.map(ToBytes::to_bytes));
        // rdkafka's borrowed view of owned headers is a zero-sized value at their address.
        let headers = record.headers.as_ref().map_or(ptr::null_mut(), |h| {
            h.as_borrowed() as *const BorrowedHeaders as *mut rd::rd_kafka_headers_t
        });
        let opaque = record.delivery_opaque.into_ptr();
        // SAFETY: the arguments follow rd_kafka_producev's contract: librdkafka copies the
        // key and value (F_COPY), takes the headers only on success, and hands the
        // opaque back in the delivery report, as rdkafka's own `send` does.
        let err = unsafe {
            rd::rd_kafka_producev(
                producer.client().native_ptr(),
                rd::rd_kafka_vtype_t::RD_KAFKA_VTYPE_RKT,
                self.rkt,
                rd::rd_kafka_vtype_t::RD_KAFKA_VTYPE_PARTITION,
                record.partition.unwrap_or(-1),
                rd::rd_kafka_vtype_t::RD_KAFKA_VTYPE_MSGFLAGS,
                rd::RD_KAFKA_MSG_F_COPY,
                rd::rd_kafka_vtype_t::RD_KAFKA_VTYPE_VALUE,
                payload,
                payload_len,
                rd::rd_kafka_vtype_t::RD_KAFKA_VTYPE_KEY,
                key,
                key_len,
                rd::rd_kafka_vtype_t::RD_KAFKA_VTYPE_OPAQUE,
                opaque,
                rd::rd_kafka_vtype_t::RD_KAFKA_VTYPE_TIMESTAMP,
                record.timestamp.unwrap_or(0),
                rd::rd_kafka_vtype_t::RD_KAFKA_VTYPE_HEADERS,
                headers,
                rd::rd_kafka_vtype_t::RD_KAFKA_VTYPE_END,
            )
        };
        if err != rd::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR_NO_ERROR {
            // SAFETY: librdkafka did not take the opaque; it is handed back to the record.
            record.delivery_opaque = unsafe { C::DeliveryOpaque::from_ptr(opaque) };
            return Err((KafkaError::MessageProduction(err.into()), record));
        }
        // librdkafka owns the headers now.
        std::mem::forget(record.headers);
        Ok(())
    }
}

impl Drop for TopicHandle {
    fn drop(&mut self) {
        if !self.rkt.is_null() {
            // SAFETY: created in `new`, released once; records in flight hold their own
            // references.
            unsafe { rd::rd_kafka_topic_destroy(self.rkt) }
        }
    }
}

/// Hands one record to librdkafka, serving delivery reports while its queue is full
/// (back-pressure, never a drop). Any other refusal is returned with the record's error.
pub fn send_waiting<'a, C, K, P>(
    producer: &BaseProducer<C>,
    topic: &TopicHandle,
    mut record: BaseRecord<'a, K, P, C::DeliveryOpaque>,
) -> Result<(), KafkaError>
where
    C: ProducerContext,
    C::DeliveryOpaque: IntoOpaque,
    K: ToBytes + ?Sized,
    P: ToBytes + ?Sized,
{
    loop {
        match topic.send(producer, record) {
            Ok(()) => return Ok(()),
            Err((KafkaError::MessageProduction(RDKafkaErrorCode::QueueFull), returned)) => {
                record = returned;
                if !serve_ready(producer) {
                    std::thread::sleep(FULL_QUEUE_WAIT);
                }
            }
            Err((err, _)) => return Err(err),
        }
    }
}

/// Serves a producer's delivery reports until nothing is in flight or `timeout` passes.
/// rdkafka's flush (which its commit_transaction also calls) sits in a 100 ms poll after
/// the last report; this ends as soon as the queue is empty.
pub fn drain<C: ProducerContext>(producer: &BaseProducer<C>, timeout: Duration) {
    let deadline = Instant::now() + timeout;
    while producer.in_flight_count() > 0 && Instant::now() < deadline {
        if !serve_ready(producer) {
            std::thread::sleep(FULL_QUEUE_WAIT);
        }
    }
}

/// Waits for the records in flight and commits the open transaction; a commit that fails
/// aborts the transaction and returns the commit's error (or, should the abort fail too,
/// both).
pub fn commit_or_abort<C: ProducerContext>(
    producer: &BaseProducer<C>,
    timeout: Duration,
) -> Result<(), String> {
    drain(producer, timeout);
    let Err(err) = producer.commit_transaction(timeout) else {
        return Ok(());
    };
    match producer.abort_transaction(timeout) {
        Ok(()) => Err(err.to_string()),
        Err(abort) => Err(format!("{err}; aborting it failed too: {abort}")),
    }
}

/// How long to wait for librdkafka when it has nothing to report.
const FULL_QUEUE_WAIT: Duration = Duration::from_micros(200);

/// Serves the delivery reports ready now; says whether there were any. rdkafka's `poll`
/// keeps polling until its whole timeout has passed, spinning through its last
/// millisecond (profiled: the largest part of a producer's CPU beyond librdkafka's own);
/// a zero poll serves at most one report, a batch of records, so this polls while that
/// makes progress.
pub(super) fn serve_ready<C: ProducerContext>(producer: &BaseProducer<C>) -> bool {
    let mut served = false;
    loop {
        let before = producer.in_flight_count();
        producer.poll(Duration::ZERO);
        if producer.in_flight_count() >= before {
            return served;
        }
        served = true;
    }
}
