//! Building librdkafka clients: the merged settings, then the client's typed options,
//! then `-X` (the order comes from `Settings::client_properties`). Each client gets its
//! own context, which shows librdkafka's log with `-v` and keeps the client's most
//! telling error, so a failure explains itself with what went wrong on that client (and
//! not on another cluster's, in a cross-cluster copy).

use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

use anyhow::{anyhow, Result};
use rdkafka::admin::AdminClient;
use rdkafka::client::ClientContext;
use rdkafka::config::{ClientConfig, FromClientConfigAndContext, RDKafkaLogLevel};
use rdkafka::consumer::{BaseConsumer, Consumer, ConsumerContext};
use rdkafka::error::KafkaError;
use rdkafka::producer::ProducerContext;

use super::closing::Closing;
use super::errors::ClientError;
use super::options::{ClientOptions, Isolation, Property, ReaderOptions};
use crate::config::{scrub, Settings};

/// The librdkafka context of every kfk client: log lines on stderr with `-v` (severe
/// ones always), and the client's most telling error kept for its error message. Secrets
/// are scrubbed from both.
#[derive(Clone)]
pub struct KfkClientContext {
    verbose: bool,
    secrets: Arc<Vec<String>>,
    last_error: Arc<Mutex<Option<ClientError>>>,
}

impl KfkClientContext {
    pub(super) fn last_error(&self) -> Option<ClientError> {
        self.last_error.lock().ok().and_then(|last| last.clone())
    }
}

impl ClientContext for KfkClientContext {
    fn log(&self, level: RDKafkaLogLevel, facility: &str, message: &str) {
        let severe = matches!(
            level,
            RDKafkaLogLevel::Emerg | RDKafkaLogLevel::Alert | RDKafkaLogLevel::Critical
        );
        if self.verbose || severe {
            let level = format!("{level:?}").to_ascii_lowercase();
            eprintln!(
                "librdkafka {level} {facility}: {}",
                scrub(&self.secrets, message)
            );
        }
    }

    fn error(&self, error: KafkaError, reason: &str) {
        let reason = scrub(&self.secrets, reason);
        if self.verbose {
            eprintln!("librdkafka error: {error}: {reason}");
        }
        let error = ClientError {
            code: error.rdkafka_error_code(),
            reason,
        };
        if let Ok(mut last) = self.last_error.lock() {
            if last
                .as_ref()
                .is_none_or(|known| error.rank() >= known.rank())
            {
                *last = Some(error);
            }
        }
    }
}

impl ConsumerContext for KfkClientContext {}

/// For transactional producers: a failed delivery fails the transaction's commit, which is
/// where they learn of it, so single reports need no handling.
impl ProducerContext for KfkClientContext {
    type DeliveryOpaque = ();
    fn delivery(&self, _: &rdkafka::producer::DeliveryResult<'_>, _: ()) {}
}

/// A command's own librdkafka context (delivery reports, rebalance hooks) that wraps
/// kfk's; `delegate_client_context!` implements it and `ClientContext` for such a type.
pub trait WrapsClientContext {
    fn client_context(&self) -> &KfkClientContext;
}

impl WrapsClientContext for KfkClientContext {
    fn client_context(&self) -> &KfkClientContext {
        self
    }
}

/// For a command's context type whose field `$field` is the wrapped `KfkClientContext`:
/// `WrapsClientContext`, and a `ClientContext` that hands log lines and errors to it.
#[macro_export]
macro_rules! delegate_client_context {
    ($type:ty, $field:ident) => {
        impl $crate::kafka::WrapsClientContext for $type {
            fn client_context(&self) -> &$crate::kafka::KfkClientContext {
                &self.$field
            }
        }

        impl rdkafka::client::ClientContext for $type {
            fn log(&self, level: rdkafka::config::RDKafkaLogLevel, facility: &str, message: &str) {
                self.$field.log(level, facility, message);
            }

            fn error(&self, error: rdkafka::error::KafkaError, reason: &str) {
                self.$field.error(error, reason);
            }
        }
    };
}

/// Makes clients for one cluster. The admin client and the lookup consumer are made on
/// first use and shared (a `lag --watch` reuses them snapshot after snapshot).
#[derive(Clone)]
pub struct Kafka {
    pub(super) settings: Settings,
    verbose: bool,
    shared_admin: Arc<OnceLock<Arc<BaseConsumer<KfkClientContext>>>>,
    shared_lookup: Arc<OnceLock<Arc<Closing<KfkClientContext>>>>,
    /// Why every bootstrap broker refused a connection, once probed (errors.rs).
    pub(super) bootstrap_probe: Arc<OnceLock<Option<Vec<String>>>>,
    /// The API keys a bootstrap broker advertises, once asked (api_versions.rs).
    pub(super) api_keys: Arc<OnceLock<Option<Vec<i16>>>>,
}

impl Kafka {
    pub fn new(settings: Settings, verbose: bool) -> Kafka {
        Kafka {
            settings,
            verbose,
            shared_admin: Arc::default(),
            shared_lookup: Arc::default(),
            bootstrap_probe: Arc::default(),
            api_keys: Arc::default(),
        }
    }

    pub fn brokers(&self) -> &str {
        &self.settings.brokers.value
    }

    pub fn timeout(&self) -> Duration {
        self.settings.timeout.value
    }

    /// Whether librdkafka's log is shown (-v).
    pub fn verbose(&self) -> bool {
        self.verbose
    }

    /// Whether clients talk to the brokers without TLS or SASL.
    pub(super) fn is_plaintext(&self) -> bool {
        let protocol = self
            .settings
            .effective_setting(crate::config::Setting::SecurityProtocol);
        protocol.is_none_or(|p| p.eq_ignore_ascii_case("plaintext"))
    }

    fn client_context(&self) -> KfkClientContext {
        KfkClientContext {
            verbose: self.verbose,
            secrets: Arc::new(self.settings.secrets.clone()),
            last_error: Arc::new(Mutex::new(None)),
        }
    }

    /// Builds a client whose librdkafka context wraps kfk's (for delivery callbacks and
    /// rebalance hooks); `wrap` receives the context the wrapper must delegate to.
    fn build<C, X>(
        &self,
        properties: &[Property],
        wrap: impl FnOnce(KfkClientContext) -> X,
    ) -> Result<C>
    where
        X: ClientContext,
        C: FromClientConfigAndContext<X>,
    {
        self.refuse_if_nothing_listens()?;
        let mut config = ClientConfig::new();
        for (key, value) in self.settings.client_properties(properties) {
            config.set(key, value);
        }
        config.set_log_level(if self.verbose {
            RDKafkaLogLevel::Debug
        } else {
            RDKafkaLogLevel::Warning
        });
        C::from_config_and_context(&config, wrap(self.client_context())).map_err(|err| {
            anyhow!(
                "invalid client configuration: {}",
                self.settings.scrub(&err.to_string())
            )
        })
    }

    /// A client with these options (`ProducerOptions`, `GroupConsumerOptions`,
    /// `ReaderOptions`).
    pub fn client<C, X>(
        &self,
        options: &impl ClientOptions,
        wrap: impl FnOnce(KfkClientContext) -> X,
    ) -> Result<C>
    where
        X: ClientContext,
        C: FromClientConfigAndContext<X>,
    {
        self.build(&options.properties(), wrap)
    }

    /// The consumer for time lookups and reading single records by assignment; it never
    /// joins a group or commits.
    pub fn lookup_consumer(&self) -> Result<Arc<Closing<KfkClientContext>>> {
        shared(&self.shared_lookup, || {
            let options = ReaderOptions {
                isolation: Isolation::ReadCommitted,
                purpose: "lookup",
            };
            self.client(&options, |context| context).map(Closing)
        })
    }

    /// The client for `with_admin`'s requests. Not rdkafka's `AdminClient`: dropping
    /// that waits for its polling thread's 100 ms poll to run out, which every command
    /// that asked anything of an admin client paid at its end. `with_admin` passes its
    /// own reply queue with each request, so a plain client serves.
    pub(super) fn shared_admin(&self) -> Result<Arc<BaseConsumer<KfkClientContext>>> {
        shared(&self.shared_admin, || self.metadata_client())
    }

    /// A client for metadata and watermarks only.
    pub fn metadata_client(&self) -> Result<BaseConsumer<KfkClientContext>> {
        self.build(&[], |context| context)
    }

    /// An admin client of the caller's own (`with_admin` shares one).
    pub fn admin(&self) -> Result<AdminClient<KfkClientContext>> {
        self.build(&[], |context| context)
    }

    pub fn scrub(&self, text: &str) -> String {
        self.settings.scrub(text)
    }
}

/// The client in `slot`, made with `make` on first use.
fn shared<T>(slot: &OnceLock<Arc<T>>, make: impl FnOnce() -> Result<T>) -> Result<Arc<T>> {
    if let Some(client) = slot.get() {
        return Ok(client.clone());
    }
    let client = Arc::new(make()?);
    Ok(slot.get_or_init(|| client).clone())
}

/// Serves every event waiting on a group-less consumer's queue (librdkafka's main
/// queue: logs and errors), without waiting for more.
pub(super) fn serve_queued_events<C: ConsumerContext>(consumer: &BaseConsumer<C>) {
    // SAFETY: the queue handle is taken from a live client and released here.
    let queued = || unsafe {
        let queue = rdkafka::bindings::rd_kafka_queue_get_main(consumer.client().native_ptr());
        let length = rdkafka::bindings::rd_kafka_queue_length(queue);
        rdkafka::bindings::rd_kafka_queue_destroy(queue);
        length
    };
    let mut budget = 100_000;
    while queued() > 0 && budget > 0 {
        consumer.poll(Duration::ZERO);
        budget -= 1;
    }
}
