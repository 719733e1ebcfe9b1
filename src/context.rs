//! The shared context every command receives: the merged settings, and the one place that
//! builds librdkafka clients, fetches metadata and resolves topic specs. Every blocking
//! librdkafka call made here runs on tokio's blocking pool and is bounded by `--timeout`.

use std::str::FromStr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use anyhow::{anyhow, bail, Context as _, Result};
use clap::ArgMatches;
use rdkafka::admin::{AdminClient, AdminOptions};
use rdkafka::client::ClientContext;
use rdkafka::config::{ClientConfig, FromClientConfigAndContext, RDKafkaLogLevel};
use rdkafka::consumer::{BaseConsumer, Consumer, ConsumerContext};
use rdkafka::error::{KafkaError, KafkaResult, RDKafkaErrorCode};
use rdkafka::metadata::Metadata;
use serde::Serialize;

use crate::cli::{GlobalArgs, OutputFormat, SecurityArgs};
use crate::config::{scrub, Settings, Source, Sourced};

/// Receives librdkafka's log lines and errors: shown on stderr with `-v`, otherwise kept
/// so that a timeout can say what went wrong. Secrets are scrubbed from both.
#[derive(Clone)]
pub struct KfkClientContext {
    verbose: bool,
    secrets: Arc<Vec<String>>,
    last_error: Arc<Mutex<Option<ClientError>>>,
}

/// The most telling error librdkafka reported: a refused login or an untrusted
/// certificate outranks the "all brokers are down" that follows it.
#[derive(Clone, Debug)]
struct ClientError {
    code: Option<RDKafkaErrorCode>,
    reason: String,
}

impl ClientError {
    fn rank(&self) -> u8 {
        match self.code {
            Some(RDKafkaErrorCode::Authentication | RDKafkaErrorCode::SSL) => 2,
            Some(RDKafkaErrorCode::AllBrokersDown) => 0,
            _ => 1,
        }
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
impl rdkafka::producer::ProducerContext for KfkClientContext {
    type DeliveryOpaque = ();
    fn delivery(&self, _: &rdkafka::producer::DeliveryResult<'_>, _: ()) {}
}

/// Everything a command needs from the outside world.
pub struct Context {
    pub settings: Settings,
    pub output: OutputFormat,
    client_context: KfkClientContext,
    /// What the settings were resolved from, to resolve another profile's (`--to-profile`).
    global: GlobalArgs,
    matches: ArgMatches,
}

impl Context {
    pub fn new(settings: Settings, global: &GlobalArgs, matches: &ArgMatches) -> Context {
        let client_context = KfkClientContext {
            verbose: global.verbose > 0,
            secrets: Arc::new(settings.secrets.clone()),
            last_error: Arc::new(Mutex::new(None)),
        };
        Context {
            settings,
            output: global.output,
            client_context,
            global: global.clone(),
            matches: matches.clone(),
        }
    }

    pub fn verbose(&self) -> bool {
        self.client_context.verbose
    }

    /// The same settings pointed at other brokers (a second cluster, for `kfk copy`).
    pub fn with_brokers(&self, brokers: &str) -> Context {
        let mut settings = self.settings.clone();
        let source = Source::Flag("--to-brokers");
        settings.brokers = Sourced {
            value: brokers.to_string(),
            source: source.clone(),
        };
        if settings
            .properties
            .get("bootstrap.servers")
            .is_some_and(|p| p.source != Source::Flag("-X"))
        {
            settings.properties.insert(
                "bootstrap.servers".into(),
                Sourced {
                    value: brokers.to_string(),
                    source,
                },
            );
        }
        Context {
            settings,
            output: self.output,
            client_context: self.client_context.clone(),
            global: self.global.clone(),
            matches: self.matches.clone(),
        }
    }

    /// Another profile's cluster (a second cluster, for `kfk copy --to-profile`): its
    /// brokers, security and properties replace these; `-X`, `--timeout` and `-v` still
    /// apply. Secrets of both are scrubbed from output.
    pub fn with_profile(&self, profile: &str) -> Result<Context> {
        let mut global = self.global.clone();
        global.brokers = None;
        global.security = SecurityArgs::default();
        global.profile = Some(profile.to_string());
        let mut settings = Settings::resolve(&global, &self.matches)?;
        settings
            .secrets
            .extend(self.settings.secrets.iter().cloned());
        let client_context = KfkClientContext {
            secrets: Arc::new(settings.secrets.clone()),
            ..self.client_context.clone()
        };
        Ok(Context {
            settings,
            output: self.output,
            client_context,
            global,
            matches: self.matches.clone(),
        })
    }

    pub fn timeout(&self) -> Duration {
        self.settings.timeout.value
    }

    /// The librdkafka configuration for one client: merged settings, then what the command
    /// needs for this client (`overrides`), then `-X`, which always wins.
    fn client_config(&self, overrides: &[(&str, String)]) -> ClientConfig {
        let mut config = ClientConfig::new();
        let is_x = |source: &Source| *source == Source::Flag("-X");
        for (key, prop) in self
            .settings
            .properties
            .iter()
            .filter(|(_, p)| !is_x(&p.source))
        {
            config.set(key, &prop.value);
        }
        for (key, value) in overrides {
            config.set(*key, value);
        }
        for (key, prop) in self
            .settings
            .properties
            .iter()
            .filter(|(_, p)| is_x(&p.source))
        {
            config.set(key, &prop.value);
        }
        config.set_log_level(if self.client_context.verbose {
            RDKafkaLogLevel::Debug
        } else {
            RDKafkaLogLevel::Warning
        });
        config
    }

    /// Builds any librdkafka client (producer, consumer) with kfk's settings.
    pub fn client<C>(&self, overrides: &[(&str, String)]) -> Result<C>
    where
        C: FromClientConfigAndContext<KfkClientContext>,
    {
        self.client_with(overrides, |context| context)
    }

    /// Builds a client whose librdkafka context wraps kfk's (for delivery callbacks and
    /// rebalance hooks); `wrap` receives the log/error context the wrapper must delegate to.
    pub fn client_with<C, X>(
        &self,
        overrides: &[(&str, String)],
        wrap: impl FnOnce(KfkClientContext) -> X,
    ) -> Result<C>
    where
        X: ClientContext,
        C: FromClientConfigAndContext<X>,
    {
        let config = self.client_config(overrides);
        C::from_config_and_context(&config, wrap(self.client_context.clone())).map_err(|err| {
            anyhow!(
                "invalid client configuration: {}",
                self.settings.scrub(&err.to_string())
            )
        })
    }

    /// A consumer for time lookups and reading single records by assignment. librdkafka
    /// wants a group id for that; this one never joins a group or commits.
    pub fn lookup_consumer(&self) -> Result<BaseConsumer<KfkClientContext>> {
        self.client(&[
            ("group.id", format!("kfk-lookup-{}", std::process::id())),
            ("enable.auto.commit", "false".into()),
        ])
    }

    pub fn admin(&self) -> Result<AdminClient<KfkClientContext>> {
        self.client(&[])
    }

    /// Options bounding an admin request by `--timeout`.
    pub fn admin_options(&self) -> AdminOptions {
        AdminOptions::new()
            .request_timeout(Some(self.timeout()))
            .operation_timeout(Some(self.timeout()))
    }

    /// Runs a blocking librdkafka call off the async executor.
    pub async fn blocking<T, F>(&self, call: F) -> Result<T>
    where
        T: Send + 'static,
        F: FnOnce() -> Result<T> + Send + 'static,
    {
        tokio::task::spawn_blocking(call)
            .await
            .context("a blocking librdkafka call panicked")?
    }

    /// Turns a librdkafka error into one line a user can act on: a timeout or a transport
    /// failure is reported as unreachable brokers, with the last broker error when known.
    pub fn explain(&self, err: KafkaError) -> anyhow::Error {
        let unreachable = matches!(
            err.rdkafka_error_code(),
            Some(
                RDKafkaErrorCode::OperationTimedOut
                    | RDKafkaErrorCode::AllBrokersDown
                    | RDKafkaErrorCode::BrokerTransportFailure
                    | RDKafkaErrorCode::Authentication
                    | RDKafkaErrorCode::SSL
                    | RDKafkaErrorCode::RequestTimedOut
            )
        );
        let last = self
            .client_context
            .last_error
            .lock()
            .ok()
            .and_then(|last| last.clone());
        let brokers = &self.settings.brokers.value;
        if unreachable {
            match last {
                Some(ClientError {
                    code: Some(RDKafkaErrorCode::Authentication),
                    reason,
                }) => anyhow!("authentication failed at {brokers}: {reason}"),
                Some(ClientError {
                    code: Some(RDKafkaErrorCode::SSL),
                    reason,
                }) => anyhow!("TLS connection to {brokers} failed: {reason}"),
                last => {
                    // Brokers that drop the connection without a word often expect TLS or
                    // SASL that the client did not offer.
                    // Silence, or a connection dropped without a word, often means the
                    // client and the brokers disagree on TLS or SASL.
                    const HINT: &str = "if the brokers need TLS or SASL, check --security-protocol";
                    let detail = match last {
                        Some(ClientError {
                            code: Some(RDKafkaErrorCode::AllBrokersDown),
                            reason,
                        }) => format!(" (last error: {reason}; {HINT})"),
                        Some(ClientError { reason, .. }) => format!(" (last error: {reason})"),
                        None => format!(" (no broker answered; {HINT})"),
                    };
                    anyhow!(
                        "cannot reach any broker in {brokers} within {}{detail}",
                        humantime::format_duration(self.timeout())
                    )
                }
            }
        } else {
            anyhow!("{}", self.settings.scrub(&err.to_string()))
        }
    }

    /// Explains a failed admin request (`what`: "create topic 'x'"). A broker that is
    /// reachable but never answers usually lacks the API (librdkafka's mock cluster has
    /// no CreateTopics, for one).
    pub fn admin_error(&self, what: &str, err: KafkaError) -> anyhow::Error {
        if err.rdkafka_error_code() == Some(RDKafkaErrorCode::OperationTimedOut) {
            anyhow!(
                "cannot {what}: no answer within {}; the broker may not support this request",
                humantime::format_duration(self.timeout())
            )
        } else {
            anyhow!("cannot {what}: {}", self.explain(err))
        }
    }

    /// The cluster's brokers, topics and partitions.
    pub async fn cluster(&self) -> Result<Cluster> {
        let consumer: BaseConsumer<KfkClientContext> = self.client(&[])?;
        let (_, cluster) = self
            .cluster_via(consumer, |consumer, timeout| {
                let metadata = consumer.fetch_metadata(None, timeout);
                // Serve what librdkafka queued meanwhile: -v prints the log, and on failure
                // the error callback keeps the reason (a refused login, an untrusted
                // certificate) for the message.
                serve_queued_events(consumer);
                metadata
            })
            .await?;
        Ok(cluster)
    }

    /// The cluster's metadata fetched through a client the command already has (so the
    /// client connects while the metadata is fetched); the client is handed back.
    pub async fn cluster_via<T, F>(&self, client: T, fetch: F) -> Result<(T, Cluster)>
    where
        T: Send + 'static,
        F: FnOnce(&T, Duration) -> KafkaResult<Metadata> + Send + 'static,
    {
        let timeout = self.timeout();
        let (client, metadata) = self
            .blocking(move || {
                let metadata = fetch(&client, timeout);
                Ok((client, metadata))
            })
            .await?;
        let metadata = metadata.map_err(|err| self.explain(err))?;
        Ok((client, Cluster::from_metadata(&metadata)))
    }

    /// Low and high watermarks (log start, log end) of each partition, in input order.
    pub async fn watermarks(&self, partitions: Vec<(String, i32)>) -> Result<Vec<(i64, i64)>> {
        let consumer: BaseConsumer<KfkClientContext> = self.client(&[])?;
        let timeout = self.timeout();
        let result = self
            .blocking(move || {
                Ok(partitions
                    .iter()
                    .map(|(topic, partition)| consumer.fetch_watermarks(topic, *partition, timeout))
                    .collect::<Result<Vec<_>, _>>())
            })
            .await?;
        result.map_err(|err| self.explain(err))
    }
}

impl Cluster {
    fn from_metadata(metadata: &Metadata) -> Cluster {
        let mut topics: Vec<TopicInfo> = metadata
            .topics()
            .iter()
            .map(|topic| TopicInfo {
                name: topic.name().to_string(),
                error: topic
                    .error()
                    .map(|code| RDKafkaErrorCode::from(code).to_string()),
                partitions: topic
                    .partitions()
                    .iter()
                    .map(|p| PartitionInfo {
                        partition: p.id(),
                        leader: p.leader(),
                        replicas: p.replicas().to_vec(),
                        isr: p.isr().to_vec(),
                    })
                    .collect(),
            })
            .collect();
        topics.sort_by(|a, b| a.name.cmp(&b.name));
        for topic in &mut topics {
            topic.partitions.sort_by_key(|p| p.partition);
        }
        let brokers = metadata
            .brokers()
            .iter()
            .map(|b| BrokerInfo {
                id: b.id(),
                host: b.host().to_string(),
                port: b.port(),
            })
            .collect();
        Cluster { brokers, topics }
    }
}

#[derive(Debug, Serialize)]
pub struct Cluster {
    pub brokers: Vec<BrokerInfo>,
    pub topics: Vec<TopicInfo>,
}

#[derive(Debug, Serialize)]
pub struct BrokerInfo {
    pub id: i32,
    pub host: String,
    pub port: i32,
}

#[derive(Debug, Serialize)]
pub struct TopicInfo {
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    pub partitions: Vec<PartitionInfo>,
}

#[derive(Debug, Serialize, Clone)]
pub struct PartitionInfo {
    pub partition: i32,
    pub leader: i32,
    pub replicas: Vec<i32>,
    pub isr: Vec<i32>,
}

impl Cluster {
    pub fn topic(&self, name: &str) -> Result<&TopicInfo> {
        match self.topics.iter().find(|t| t.name == name) {
            Some(topic) if topic.error.is_none() || !topic.partitions.is_empty() => Ok(topic),
            _ => bail!("unknown topic '{name}': it does not exist on the cluster"),
        }
    }

    /// Every (topic, partition) the specs name, each checked to exist.
    pub fn partitions_of(&self, specs: &[TopicSpec]) -> Result<Vec<(String, i32)>> {
        let mut partitions = Vec::new();
        for spec in specs {
            let resolved = self.resolve(spec)?;
            partitions.extend(
                resolved
                    .partitions
                    .into_iter()
                    .map(|p| (resolved.topic.clone(), p)),
            );
        }
        Ok(partitions)
    }

    pub fn resolve(&self, spec: &TopicSpec) -> Result<ResolvedTopic> {
        let topic = self.topic(&spec.topic)?;
        let existing: Vec<i32> = topic.partitions.iter().map(|p| p.partition).collect();
        let partitions = match &spec.partitions {
            None => existing,
            Some(wanted) => {
                for partition in wanted {
                    if !existing.contains(partition) {
                        bail!(
                            "topic '{}' has no partition {partition} (it has {} partitions: 0-{})",
                            spec.topic,
                            existing.len(),
                            existing.len().saturating_sub(1)
                        );
                    }
                }
                wanted.clone()
            }
        };
        Ok(ResolvedTopic {
            topic: spec.topic.clone(),
            partitions,
        })
    }
}

/// A topic with the partitions a command works on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResolvedTopic {
    pub topic: String,
    pub partitions: Vec<i32>,
}

/// `orders` (all partitions) or `orders:0,2,4-6` (those partitions), as typed by a user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TopicSpec {
    pub topic: String,
    pub partitions: Option<Vec<i32>>,
}

impl FromStr for TopicSpec {
    type Err = String;

    fn from_str(raw: &str) -> Result<Self, String> {
        let (topic, partitions) = match raw.rsplit_once(':') {
            Some((topic, list)) => (topic, Some(parse_partition_list(list)?)),
            None => (raw, None),
        };
        if topic.is_empty() {
            return Err(format!("'{raw}': the topic name is empty"));
        }
        Ok(TopicSpec {
            topic: topic.to_string(),
            partitions,
        })
    }
}

/// A list of partitions as typed: `0,2,4-6`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartitionList(pub Vec<i32>);

impl FromStr for PartitionList {
    type Err = String;

    fn from_str(raw: &str) -> Result<Self, String> {
        parse_partition_list(raw).map(PartitionList)
    }
}

/// `0,2,4-6` into `[0, 2, 4, 5, 6]`.
pub fn parse_partition_list(list: &str) -> Result<Vec<i32>, String> {
    let mut partitions = Vec::new();
    for item in list.split(',').map(str::trim) {
        let parse = |s: &str| {
            s.parse::<i32>()
                .ok()
                .filter(|p| *p >= 0)
                .ok_or_else(|| format!("'{s}' is not a partition number"))
        };
        match item.split_once('-') {
            Some((from, to)) => {
                let (from, to) = (parse(from)?, parse(to)?);
                if from > to {
                    return Err(format!("partition range '{item}' is backwards"));
                }
                partitions.extend(from..=to);
            }
            None => partitions.push(parse(item)?),
        }
    }
    partitions.dedup();
    Ok(partitions)
}

/// Serves a producer's delivery reports until nothing is in flight or `timeout` passes.
/// rdkafka's flush (which its commit_transaction also calls) sits in a 100 ms poll after
/// the last report; short polls end as soon as the queue is empty.
/// Serves every event waiting on a group-less consumer's queue (librdkafka's main
/// queue: logs and errors), without waiting for more.
fn serve_queued_events<C: ConsumerContext>(consumer: &BaseConsumer<C>) {
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

pub fn drain<C: rdkafka::producer::ProducerContext>(
    producer: &rdkafka::producer::BaseProducer<C>,
    timeout: Duration,
) {
    use rdkafka::producer::Producer;
    let deadline = std::time::Instant::now() + timeout;
    while producer.in_flight_count() > 0 && std::time::Instant::now() < deadline {
        producer.poll(Duration::from_millis(10));
    }
}

/// Completes when the user asks kfk to stop: Ctrl-C or SIGTERM.
pub async fn shutdown_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = tokio::signal::ctrl_c() => {}
                    _ = term.recv() => {}
                }
            }
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(crate::fuzz_config())]
        #[test]
        fn partition_lists_never_panic(raw in "[-0-9, a-z]{0,24}", any_text in ".{0,24}") {
            let _ = parse_partition_list(&raw);
            let _ = parse_partition_list(&any_text);
            let _ = TopicSpec::from_str(&any_text);
        }
    }

    use super::*;

    #[test]
    fn topic_specs_parse() {
        assert_eq!(
            "orders".parse::<TopicSpec>().unwrap(),
            TopicSpec {
                topic: "orders".into(),
                partitions: None
            }
        );
        assert_eq!(
            "orders:0,2,4-6".parse::<TopicSpec>().unwrap(),
            TopicSpec {
                topic: "orders".into(),
                partitions: Some(vec![0, 2, 4, 5, 6])
            }
        );
        assert!("orders:x".parse::<TopicSpec>().is_err());
        assert!("orders:-1".parse::<TopicSpec>().is_err());
        assert!("orders:3-1".parse::<TopicSpec>().is_err());
        assert!(":1".parse::<TopicSpec>().is_err());
    }
}
