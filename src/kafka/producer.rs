//! Sending with back-pressure, and waiting for what is in flight.

use std::time::{Duration, Instant};

use rdkafka::error::{KafkaError, RDKafkaErrorCode};
use rdkafka::message::ToBytes;
use rdkafka::producer::{BaseProducer, BaseRecord, Producer, ProducerContext};
use rdkafka::util::IntoOpaque;

/// Hands one record to librdkafka, serving delivery reports while its queue is full
/// (back-pressure, never a drop). Any other refusal is returned with the record's error.
pub fn send_waiting<'a, C, K, P>(
    producer: &BaseProducer<C>,
    mut record: BaseRecord<'a, K, P, C::DeliveryOpaque>,
) -> Result<(), KafkaError>
where
    C: ProducerContext,
    C::DeliveryOpaque: IntoOpaque,
    K: ToBytes + ?Sized,
    P: ToBytes + ?Sized,
{
    loop {
        match producer.send(record) {
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

/// How long to wait for librdkafka when it has nothing to report.
const FULL_QUEUE_WAIT: Duration = Duration::from_micros(200);

/// Serves the delivery reports ready now; says whether there were any. rdkafka's `poll`
/// keeps polling until its whole timeout has passed, spinning through its last
/// millisecond (profiled: the largest part of a producer's CPU beyond librdkafka's own);
/// a zero poll serves at most one report, a batch of records, so this polls while that
/// makes progress.
fn serve_ready<C: ProducerContext>(producer: &BaseProducer<C>) -> bool {
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
