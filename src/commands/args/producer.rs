//! The producer settings that `produce` and `perf produce` share, parsed once into
//! `ProducerOptions`.

use std::time::Duration;

use clap::Args;

use super::choices;
use super::duration::{between, DAY, MS, SECOND};
use crate::io::output;
use crate::kafka::options::{Acks, Compression, Partitioner, ProducerOptions};

/// How records are written: placement, acknowledgements, batching, transactions.
#[derive(Args, Debug, Clone)]
pub struct ProducerFlags {
    /// How keys map to partitions; murmur2_random matches the Java client
    #[arg(long, value_parser = choices::partitioner(), default_value = "murmur2_random")]
    pub partitioner: Partitioner,

    /// Acknowledgements to wait for: all (every in-sync replica), 1 (leader), 0 (none)
    #[arg(long, value_parser = choices::acks(), default_value = "all")]
    pub acks: Acks,

    /// Turn off the idempotent producer (on by default with --acks all)
    #[arg(long)]
    pub no_idempotence: bool,

    /// Compression codec
    #[arg(short = 'z', long, value_parser = choices::compression(), default_value = "none")]
    pub compression: Compression,

    /// How long to wait to fill a batch [default: librdkafka's 5ms]
    #[arg(long, value_parser = between(Duration::ZERO, 15 * 60 * SECOND))]
    pub linger: Option<Duration>,

    /// Maximum batch size in bytes [default: librdkafka's 1000000]
    #[arg(long, value_name = "BYTES", value_parser = clap::value_parser!(u64).range(1..=2_147_483_647))]
    pub batch_size: Option<u64>,

    /// Maximum in-flight requests per broker connection [default: librdkafka's 1000000; 5 with idempotence]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=1_000_000))]
    pub max_in_flight: Option<u32>,

    /// How long a record may take to be delivered, retries included
    #[arg(long, value_parser = between(MS, DAY), default_value = "5m")]
    pub message_timeout: Duration,

    /// Write inside transactions with this transactional.id
    #[arg(long, value_name = "ID")]
    pub transactional_id: Option<String>,

    /// Records per transaction [default: the whole input in one]
    #[arg(long, value_name = "N", requires = "transactional_id", value_parser = clap::value_parser!(u64).range(1..))]
    pub txn_size: Option<u64>,
}

impl ProducerFlags {
    /// The producer these flags ask for; idempotence is on only with --acks all, and a
    /// note says so when that turns it off.
    pub fn options(&self) -> ProducerOptions {
        let idempotent = !self.no_idempotence && self.acks == Acks::All;
        if !self.no_idempotence && self.acks != Acks::All {
            output::note("idempotence needs --acks all; it is off for this run");
        }
        ProducerOptions {
            partitioner: self.partitioner,
            acks: self.acks,
            idempotent,
            compression: self.compression,
            message_timeout: self.message_timeout,
            linger: self.linger,
            batch_size: self.batch_size,
            max_in_flight: self.max_in_flight,
            transactional_id: self.transactional_id.clone(),
            // librdkafka requires message.timeout.ms <= transaction.timeout.ms.
            transaction_timeout: self
                .transactional_id
                .as_ref()
                .map(|_| self.message_timeout.max(Duration::from_secs(60))),
        }
    }
}
