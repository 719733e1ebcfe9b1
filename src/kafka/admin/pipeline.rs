//! Many admin requests of one kind in flight together. Some requests name one group only
//! (ListConsumerGroupOffsets): asking for thousands of groups one after another costs a
//! round trip each, so they share one result queue instead, with at most `in_flight`
//! outstanding, and each result finds its slot through the request's opaque value.

use std::os::raw::c_void;
use std::time::Duration;

use anyhow::{bail, Result};
use rdkafka::bindings as rd;
use rdkafka::client::Client;
use rdkafka::ClientContext;

use rdkafka::types::RDKafkaErrorCode;

use super::{new_options, text, AdminFailure};

/// Owns a result queue shared by several requests.
struct Queue(*mut rd::rd_kafka_queue_t);

impl Drop for Queue {
    fn drop(&mut self) {
        // SAFETY: created by rd_kafka_queue_new and destroyed once; results of requests
        // still in flight are freed by librdkafka when they arrive.
        unsafe { rd::rd_kafka_queue_destroy(self.0) }
    }
}

/// Owns one result event.
struct Event(*mut rd::rd_kafka_event_t);

impl Drop for Event {
    fn drop(&mut self) {
        // SAFETY: polled from the queue, destroyed once.
        unsafe { rd::rd_kafka_event_destroy(self.0) }
    }
}

/// Requests of kind `op`, at most `in_flight` outstanding, each bounded by `timeout`;
/// `what` names them in errors.
pub(super) struct Batch<'a> {
    pub op: rd::rd_kafka_admin_op_t,
    pub in_flight: usize,
    pub timeout: Duration,
    pub what: &'a str,
}

/// Sends one request per item (`submit` starts it with the options and queue given) and
/// reads each result with `read`; returns the results in item order. A request the broker
/// answers with an error, or does not answer within the timeout, gets that error in its
/// slot.
pub(super) fn pipelined<C: ClientContext, I, T>(
    client: &Client<C>,
    batch: &Batch,
    items: &[I],
    mut submit: impl FnMut(
        &I,
        *mut rd::rd_kafka_AdminOptions_t,
        *mut rd::rd_kafka_queue_t,
    ) -> Result<()>,
    mut read: impl FnMut(*mut rd::rd_kafka_event_t) -> Result<T>,
) -> Result<Vec<Result<T>>> {
    let Batch {
        op,
        in_flight,
        timeout,
        what,
    } = *batch;
    let rk = client.native_ptr();
    // SAFETY: rk is a live client handle for the duration of the call.
    let queue = Queue(unsafe { rd::rd_kafka_queue_new(rk) });
    if queue.0.is_null() {
        bail!("librdkafka could not set up the request");
    }
    let mut results: Vec<Option<Result<T>>> = items.iter().map(|_| None).collect();
    let poll_millis = (timeout + Duration::from_secs(1))
        .as_millis()
        .min(i32::MAX as u128) as i32;
    let mut next = 0;
    let mut outstanding = 0;
    while next < items.len() || outstanding > 0 {
        while next < items.len() && outstanding < in_flight.max(1) {
            let options = new_options(client, op, timeout)?;
            // SAFETY: options is valid; librdkafka copies it when the request starts, so
            // it is destroyed right after. The opaque is the slot number plus one.
            let started = unsafe {
                rd::rd_kafka_AdminOptions_set_opaque(options, (next + 1) as *mut c_void);
                let started = submit(&items[next], options, queue.0);
                rd::rd_kafka_AdminOptions_destroy(options);
                started
            };
            if let Err(err) = started {
                results[next] = Some(Err(err));
            } else {
                outstanding += 1;
            }
            next += 1;
        }
        if outstanding == 0 {
            break;
        }
        // SAFETY: the queue is valid; the event is owned by `Event` and destroyed once.
        let event = Event(unsafe { rd::rd_kafka_queue_poll(queue.0, poll_millis) });
        if event.0.is_null() {
            let silent = format!(
                "no answer within {} ({what})",
                humantime::format_duration(timeout)
            );
            for slot in results.iter_mut().filter(|slot| slot.is_none()) {
                *slot = Some(Err(anyhow::anyhow!("{silent}")));
            }
            break;
        }
        // SAFETY: the event is valid; its opaque is the one set above.
        let slot = unsafe { rd::rd_kafka_event_opaque(event.0) } as usize;
        let Some(entry) = slot.checked_sub(1).and_then(|at| results.get_mut(at)) else {
            continue;
        };
        outstanding -= 1;
        // SAFETY: event is valid.
        let err = unsafe { rd::rd_kafka_event_error(event.0) };
        *entry = Some(
            if err == rd::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR_NO_ERROR {
                read(event.0)
            } else {
                Err(AdminFailure {
                    code: RDKafkaErrorCode::from(err),
                    // SAFETY: `event` is a live result event, owned by this loop.
                    message: text(unsafe { rd::rd_kafka_event_error_string(event.0) }),
                }
                .into())
            },
        );
    }
    Ok(results
        .into_iter()
        .map(|slot| slot.unwrap_or_else(|| Err(anyhow::anyhow!("the request was not answered"))))
        .collect())
}
