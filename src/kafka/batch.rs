//! Reading records in batches. `BaseConsumer::poll` costs, per record, a call into
//! librdkafka, a queue lock and four clock reads (librdkafka times each poll for its
//! max.poll.interval.ms and telemetry bookkeeping); profiled, those reads were the largest
//! part of kfk's consume CPU beyond librdkafka's own. One batch call takes up to `BATCH`
//! records for one such round, as Confluent's Python client does in `consume(n)`.
//!
//! For consumers that assign their partitions themselves: a group consumer's rebalance
//! events must go through `poll`, which serves them.

use std::ffi::CStr;
use std::marker::PhantomData;
use std::time::Duration;

use rdkafka::bindings as rd;
use rdkafka::consumer::{BaseConsumer, Consumer, ConsumerContext};
use rdkafka::error::{KafkaError, RDKafkaErrorCode};
use rdkafka::message::{BorrowedHeaders, BorrowedMessage, Message};
use rdkafka::Timestamp;

use super::ConsumeError;

const BATCH: usize = 1024;

/// A record from either `poll` or a batch.
pub enum Polled<'a> {
    Single(BorrowedMessage<'a>),
    Batched(BatchedMessage<'a>),
}

/// One record of a batch, destroyed when dropped.
pub struct BatchedMessage<'a> {
    ptr: *mut rd::rd_kafka_message_t,
    _consumer: PhantomData<&'a ()>,
}

impl Drop for BatchedMessage<'_> {
    fn drop(&mut self) {
        // SAFETY: librdkafka handed this message over; it is destroyed once.
        unsafe { rd::rd_kafka_message_destroy(self.ptr) }
    }
}

/// Takes records from a consumer's queue a batch at a time.
pub struct BatchReader<'a> {
    queue: *mut rd::rd_kafka_queue_t,
    batch: Vec<*mut rd::rd_kafka_message_t>,
    /// The next record of `batch` to hand out; `batch[taken..]` are still owned here.
    taken: usize,
    /// For a reader of some partitions (`of_partitions`): their queues, which forward
    /// to `queue` until the reader is dropped.
    partitions: Vec<*mut rd::rd_kafka_queue_t>,
    partition_numbers: Vec<i32>,
    _consumer: PhantomData<&'a ()>,
}

// SAFETY: librdkafka's queues and messages may be used from any thread while their
// consumer lives, which 'a ensures; a reader has one owner at a time.
unsafe impl Send for BatchReader<'_> {}

impl<'a> BatchReader<'a> {
    pub fn new<C: ConsumerContext>(consumer: &'a BaseConsumer<C>) -> BatchReader<'a> {
        BatchReader {
            // SAFETY: the consumer outlives the reader ('a); the queue reference is
            // released on drop.
            queue: unsafe { rd::rd_kafka_queue_get_consumer(consumer.client().native_ptr()) },
            batch: Vec::with_capacity(BATCH),
            taken: 0,
            partitions: Vec::new(),
            partition_numbers: Vec::new(),
            _consumer: PhantomData,
        }
    }

    /// A reader of these partitions only, which must be assigned: their records go to a
    /// queue of its own instead of the consumer's, so that several threads can each read
    /// some partitions. Errors of the consumer as a whole stay on the consumer's queue.
    pub fn of_partitions<C: ConsumerContext>(
        consumer: &'a BaseConsumer<C>,
        partitions: &[(String, i32)],
    ) -> Result<BatchReader<'a>, String> {
        let rk = consumer.client().native_ptr();
        let mut reader = BatchReader {
            // SAFETY: the consumer outlives the reader; the queue is destroyed on drop.
            queue: unsafe { rd::rd_kafka_queue_new(rk) },
            batch: Vec::with_capacity(BATCH),
            taken: 0,
            partitions: Vec::new(),
            partition_numbers: Vec::new(),
            _consumer: PhantomData,
        };
        for (topic, partition) in partitions {
            let name = std::ffi::CString::new(topic.as_str())
                .map_err(|_| format!("'{topic}' contains a NUL byte"))?;
            // SAFETY: rk is live; the partition queue reference is released on drop.
            let queue = unsafe { rd::rd_kafka_queue_get_partition(rk, name.as_ptr(), *partition) };
            if queue.is_null() {
                return Err(format!(
                    "partition {partition} of '{topic}' is not assigned"
                ));
            }
            // SAFETY: both queues are live.
            unsafe { rd::rd_kafka_queue_forward(queue, reader.queue) };
            reader.partitions.push(queue);
            reader.partition_numbers.push(*partition);
        }
        Ok(reader)
    }

    /// The next record, waiting up to `timeout` when none is queued; errors of the
    /// consumer (a partition that cannot be fetched) come as `Err`.
    pub fn next(&mut self, timeout: Duration) -> Option<Result<Polled<'a>, ConsumeError>> {
        if self.taken == self.batch.len() {
            self.fill(timeout);
        }
        let ptr = *self.batch.get(self.taken)?;
        self.taken += 1;
        let message = BatchedMessage {
            ptr,
            _consumer: PhantomData,
        };
        // SAFETY: ptr is a live message owned by `message`.
        let err = unsafe { (*ptr).err };
        if err != rd::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR_NO_ERROR {
            return Some(Err(KafkaError::MessageConsumption(RDKafkaErrorCode::from(
                err,
            ))
            .into()));
        }
        Some(Ok(Polled::Batched(message)))
    }

    /// The partitions of a reader made by `of_partitions`.
    pub fn partitions(&self) -> impl Iterator<Item = i32> + '_ {
        self.partition_numbers.iter().copied()
    }

    /// Whether records taken from librdkafka are still to be handed out (their
    /// partitions' positions are already past them).
    pub fn pending(&self) -> bool {
        self.taken < self.batch.len()
    }

    fn fill(&mut self, timeout: Duration) {
        self.batch.clear();
        self.taken = 0;
        if self.queue.is_null() {
            return;
        }
        let millis = timeout.as_millis().min(i32::MAX as u128) as i32;
        // SAFETY: the buffer has room for BATCH pointers; librdkafka writes `count`.
        let count = unsafe {
            rd::rd_kafka_consume_batch_queue(self.queue, millis, self.batch.as_mut_ptr(), BATCH)
        };
        // SAFETY: librdkafka wrote `count` message pointers, now owned here.
        unsafe { self.batch.set_len(count.clamp(0, BATCH as isize) as usize) };
    }
}

impl Drop for BatchReader<'_> {
    fn drop(&mut self) {
        // SAFETY: the records not handed out are still owned here; the queue reference
        // was taken in `new`.
        unsafe {
            for &ptr in &self.batch[self.taken..] {
                rd::rd_kafka_message_destroy(ptr);
            }
            for &partition in &self.partitions {
                // Records fetched from now on wait on the partition's own queue, which
                // closing the consumer empties.
                rd::rd_kafka_queue_forward(partition, std::ptr::null_mut());
                rd::rd_kafka_queue_destroy(partition);
            }
            if !self.queue.is_null() {
                rd::rd_kafka_queue_destroy(self.queue);
            }
        }
    }
}

impl BatchedMessage<'_> {
    fn raw(&self) -> &rd::rd_kafka_message_t {
        // SAFETY: the message lives as long as self.
        unsafe { &*self.ptr }
    }
}

fn bytes<'a>(ptr: *mut std::ffi::c_void, len: usize) -> Option<&'a [u8]> {
    // SAFETY: librdkafka's key and payload pointers are valid for len bytes while the
    // message lives; callers tie 'a to it.
    (!ptr.is_null()).then(|| unsafe { std::slice::from_raw_parts(ptr as *const u8, len) })
}

impl<'a> Message for Polled<'a> {
    type Headers = BorrowedHeaders;

    fn key(&self) -> Option<&[u8]> {
        match self {
            Polled::Single(m) => m.key(),
            Polled::Batched(m) => bytes(m.raw().key, m.raw().key_len),
        }
    }

    fn payload(&self) -> Option<&[u8]> {
        match self {
            Polled::Single(m) => m.payload(),
            Polled::Batched(m) => bytes(m.raw().payload, m.raw().len),
        }
    }

    unsafe fn payload_mut(&mut self) -> Option<&mut [u8]> {
        // SAFETY: the trait's contract (no other reference to the payload) is the
        // caller's; a batched message's raw record lives as long as `self`.
        unsafe {
            match self {
                Polled::Single(m) => m.payload_mut(),
                Polled::Batched(m) => {
                    let raw = &*m.ptr;
                    (!raw.payload.is_null())
                        .then(|| std::slice::from_raw_parts_mut(raw.payload as *mut u8, raw.len))
                }
            }
        }
    }

    fn topic(&self) -> &str {
        match self {
            Polled::Single(m) => m.topic(),
            // SAFETY: the topic handle and its name live as long as the message.
            Polled::Batched(m) => unsafe {
                CStr::from_ptr(rd::rd_kafka_topic_name(m.raw().rkt))
                    .to_str()
                    .unwrap_or_default()
            },
        }
    }

    fn partition(&self) -> i32 {
        match self {
            Polled::Single(m) => m.partition(),
            Polled::Batched(m) => m.raw().partition,
        }
    }

    fn offset(&self) -> i64 {
        match self {
            Polled::Single(m) => m.offset(),
            Polled::Batched(m) => m.raw().offset,
        }
    }

    fn timestamp(&self) -> Timestamp {
        let m = match self {
            Polled::Single(m) => return m.timestamp(),
            Polled::Batched(m) => m,
        };
        let mut kind = rd::rd_kafka_timestamp_type_t::RD_KAFKA_TIMESTAMP_NOT_AVAILABLE;
        // SAFETY: the message is live; librdkafka writes the type.
        let millis = unsafe { rd::rd_kafka_message_timestamp(m.ptr, &mut kind) };
        match kind {
            _ if millis == -1 => Timestamp::NotAvailable,
            rd::rd_kafka_timestamp_type_t::RD_KAFKA_TIMESTAMP_CREATE_TIME => {
                Timestamp::CreateTime(millis)
            }
            rd::rd_kafka_timestamp_type_t::RD_KAFKA_TIMESTAMP_LOG_APPEND_TIME => {
                Timestamp::LogAppendTime(millis)
            }
            _ => Timestamp::NotAvailable,
        }
    }

    fn headers(&self) -> Option<&BorrowedHeaders> {
        let m = match self {
            Polled::Single(m) => return m.headers(),
            Polled::Batched(m) => m,
        };
        let mut headers = std::ptr::null_mut();
        // SAFETY: the message is live; the headers belong to it. rdkafka's
        // BorrowedHeaders is a zero-sized view whose address is the native headers
        // pointer, which is how rdkafka itself makes one.
        unsafe {
            let err = rd::rd_kafka_message_headers(m.ptr, &mut headers);
            (err == rd::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR_NO_ERROR && !headers.is_null())
                .then(|| &*(headers as *const BorrowedHeaders))
        }
    }
}
