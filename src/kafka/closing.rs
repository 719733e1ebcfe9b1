//! Closing a consumer without rdkafka's 100 ms wait. rdkafka's `BaseConsumer` closes a
//! consumer that has a group id (every kfk consumer has one) by polling in 100 ms steps
//! until librdkafka says it is closed; its poll waits out the whole step, because the
//! close's completion is no record. That cost 100 ms at the end of every `consume -e`
//! and `backup`. Here the close is polled in 1 ms steps first, and the consumer's own drop
//! then finds it closed.

use std::ops::Deref;
use std::time::Duration;

use rdkafka::consumer::{BaseConsumer, ConsumerContext};

use super::metadata::KafkaClient;
use super::{KfkClientContext, WrapsClientContext};

/// A consumer that closes promptly when dropped.
#[repr(transparent)]
pub struct Closing<C: ConsumerContext + 'static>(pub BaseConsumer<C>);

impl<C: ConsumerContext> Deref for Closing<C> {
    type Target = BaseConsumer<C>;

    fn deref(&self) -> &BaseConsumer<C> {
        &self.0
    }
}

impl<C: ConsumerContext> Drop for Closing<C> {
    fn drop(&mut self) {
        // A consumer of a group leaves it here; its revocation is served by these polls
        // as by rdkafka's own. An error means it was closed already.
        if self.0.close_queue().is_ok() {
            while !self.0.closed() {
                // A record still queued is dropped, as rdkafka's own close drops it.
                let _ = self.0.poll(Duration::from_millis(1));
            }
        }
    }
}

impl<C: ConsumerContext + WrapsClientContext> KafkaClient for Closing<C> {
    fn kfk_context(&self) -> &KfkClientContext {
        self.0.kfk_context()
    }

    fn cluster_id(&self) -> Option<String> {
        self.0.cluster_id()
    }
}
