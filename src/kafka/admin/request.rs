//! One admin request of librdkafka's: its options (bounded by --timeout), its own reply
//! queue, and its result event, freed whatever happens.

use std::os::raw::{c_char, c_int};
use std::ptr;
use std::time::Duration;

use anyhow::{bail, Result};
use rdkafka::bindings as rd;
use rdkafka::client::Client;
use rdkafka::types::RDKafkaErrorCode;
use rdkafka::ClientContext;

use super::{text, AdminFailure};

/// Owns the queue, options and result event of one admin request.
struct Request {
    queue: *mut rd::rd_kafka_queue_t,
    options: *mut rd::rd_kafka_AdminOptions_t,
    event: *mut rd::rd_kafka_event_t,
}

impl Drop for Request {
    fn drop(&mut self) {
        // SAFETY: each pointer was created by librdkafka for this request and is freed once.
        unsafe {
            if !self.event.is_null() {
                rd::rd_kafka_event_destroy(self.event);
            }
            if !self.options.is_null() {
                rd::rd_kafka_AdminOptions_destroy(self.options);
            }
            if !self.queue.is_null() {
                rd::rd_kafka_queue_destroy(self.queue);
            }
        }
    }
}

impl Request {
    pub(super) fn new<C: ClientContext>(
        client: &Client<C>,
        op: rd::rd_kafka_admin_op_t,
        timeout: Duration,
    ) -> Result<Request> {
        let options = new_options(client, op, timeout)?;
        let request = Request {
            // SAFETY: rk is a live client handle for the duration of the request.
            queue: unsafe { rd::rd_kafka_queue_new(client.native_ptr()) },
            options,
            event: ptr::null_mut(),
        };
        if request.queue.is_null() {
            bail!("librdkafka could not set up the request");
        }
        Ok(request)
    }

    /// Waits for the result event (a little past the request timeout, which librdkafka
    /// enforces itself) and checks its top-level error.
    pub(super) fn wait(
        &mut self,
        timeout: Duration,
        what: &str,
    ) -> Result<*mut rd::rd_kafka_event_t> {
        let millis = (timeout + Duration::from_secs(1))
            .as_millis()
            .min(i32::MAX as u128) as i32;
        // SAFETY: queue is valid; the returned event is owned by self and destroyed on drop.
        self.event = unsafe { rd::rd_kafka_queue_poll(self.queue, millis) };
        if self.event.is_null() {
            return Err(AdminFailure {
                code: RDKafkaErrorCode::OperationTimedOut,
                message: format!(
                    "{what}: no answer within {}",
                    humantime::format_duration(timeout)
                ),
            }
            .into());
        }
        // SAFETY: event is valid.
        let err = unsafe { rd::rd_kafka_event_error(self.event) };
        if err != rd::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR_NO_ERROR {
            // SAFETY: event is valid, as above.
            let reason = text(unsafe { rd::rd_kafka_event_error_string(self.event) });
            let code = RDKafkaErrorCode::from(err);
            return Err(AdminFailure {
                code,
                message: format!("{what}: {reason}"),
            }
            .into());
        }
        Ok(self.event)
    }
}

/// One admin request of kind `op`, bounded by `timeout`: `send` starts it (the client
/// handle, the request's options, its result queue) and `read` reads the result event,
/// whose top-level error has been checked; `what` names the request in errors. The
/// options, queue and event are freed here, whatever happens.
pub(super) fn call<C: ClientContext, T, S: Started>(
    client: &Client<C>,
    op: rd::rd_kafka_admin_op_t,
    timeout: Duration,
    what: &str,
    send: impl FnOnce(
        *mut rd::rd_kafka_t,
        *mut rd::rd_kafka_AdminOptions_t,
        *mut rd::rd_kafka_queue_t,
    ) -> S,
    read: impl FnOnce(*mut rd::rd_kafka_event_t) -> Result<T>,
) -> Result<T> {
    let mut request = Request::new(client, op, timeout)?;
    send(client.native_ptr(), request.options, request.queue).started()?;
    let event = request.wait(timeout, what)?;
    read(event)
}

/// What a request's `send` returns: nothing, or whether the request could start (a
/// request option librdkafka refused).
pub(super) trait Started {
    fn started(self) -> Result<()>;
}

impl Started for () {
    fn started(self) -> Result<()> {
        Ok(())
    }
}

impl Started for Result<()> {
    fn started(self) -> Result<()> {
        self
    }
}

/// Options for one admin request of kind `op`, with `timeout` as its request timeout; the
/// caller destroys them.
pub(super) fn new_options<C: ClientContext>(
    client: &Client<C>,
    op: rd::rd_kafka_admin_op_t,
    timeout: Duration,
) -> Result<*mut rd::rd_kafka_AdminOptions_t> {
    // SAFETY: the client handle is live for the duration of the call.
    let options = unsafe { rd::rd_kafka_AdminOptions_new(client.native_ptr(), op) };
    if options.is_null() {
        bail!("librdkafka could not set up the request");
    }
    if let Err(err) = set_timeout(
        options,
        rd::rd_kafka_AdminOptions_set_request_timeout,
        timeout,
    ) {
        // SAFETY: created above, destroyed once.
        unsafe { rd::rd_kafka_AdminOptions_destroy(options) };
        return Err(err);
    }
    Ok(options)
}

/// A librdkafka setter of one of the options' timeouts.
pub(super) type TimeoutSetter = unsafe extern "C" fn(
    *mut rd::rd_kafka_AdminOptions_t,
    c_int,
    *mut c_char,
    usize,
) -> rd::rd_kafka_resp_err_t;

/// Sets one of the options' timeouts with `set`.
pub(super) fn set_timeout(
    options: *mut rd::rd_kafka_AdminOptions_t,
    set: TimeoutSetter,
    timeout: Duration,
) -> Result<()> {
    let mut errstr = [0 as c_char; 256];
    let millis = timeout.as_millis().min(i32::MAX as u128) as c_int;
    // SAFETY: options is valid; errstr is a writable buffer of the given size.
    let err = unsafe { set(options, millis, errstr.as_mut_ptr(), errstr.len()) };
    match err {
        rd::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR_NO_ERROR => Ok(()),
        _ => bail!("{}", text(errstr.as_ptr())),
    }
}
