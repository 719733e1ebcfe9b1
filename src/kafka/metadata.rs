//! The cluster as metadata describes it (brokers, topics, partitions), and topic specs
//! as users type them (`orders`, `orders:0,2,4-6`) resolved against it.

use std::str::FromStr;
use std::time::Duration;

use anyhow::{bail, Result};
use rdkafka::consumer::{BaseConsumer, Consumer, ConsumerContext};
use rdkafka::error::{KafkaResult, RDKafkaErrorCode};
use rdkafka::metadata::Metadata;
use rdkafka::producer::{BaseProducer, Producer, ProducerContext};
use serde::Serialize;

use super::blocking;
use super::client::{Kafka, KfkClientContext, WrapsClientContext};
use super::unknown_topic::UnknownTopic;

/// A client kfk made, whose context says what went wrong on it.
pub trait KafkaClient {
    fn kfk_context(&self) -> &KfkClientContext;
    /// The cluster id the last metadata response gave, without asking again.
    fn cluster_id(&self) -> Option<String>;
}

impl<C: ProducerContext + WrapsClientContext> KafkaClient for BaseProducer<C> {
    fn kfk_context(&self) -> &KfkClientContext {
        self.context().client_context()
    }
    fn cluster_id(&self) -> Option<String> {
        self.client().fetch_cluster_id(Duration::ZERO)
    }
}

impl<C: ConsumerContext + WrapsClientContext> KafkaClient for BaseConsumer<C> {
    fn kfk_context(&self) -> &KfkClientContext {
        self.context().client_context()
    }
    fn cluster_id(&self) -> Option<String> {
        self.client().fetch_cluster_id(Duration::ZERO)
    }
}

impl Kafka {
    /// The cluster's brokers, topics and partitions.
    pub async fn cluster(&self) -> Result<Cluster> {
        let consumer = self.metadata_client()?;
        let (_, cluster) = self
            .cluster_via(consumer, |consumer, timeout| {
                let metadata = consumer.fetch_metadata(None, timeout);
                // Serve what librdkafka queued meanwhile: -v prints the log, and on failure
                // the error callback keeps the reason (a refused login, an untrusted
                // certificate) for the message.
                super::client::serve_queued_events(consumer);
                metadata
            })
            .await?;
        Ok(cluster)
    }

    /// The cluster's metadata fetched through a client the command already has (so the
    /// client connects while the metadata is fetched); the client is handed back.
    pub async fn cluster_via<T, F>(&self, client: T, fetch: F) -> Result<(T, Cluster)>
    where
        T: KafkaClient + Send + 'static,
        F: FnOnce(&T, Duration) -> KafkaResult<Metadata> + Send + 'static,
    {
        let timeout = self.timeout();
        let (client, metadata) = blocking(move || {
            let metadata = fetch(&client, timeout);
            Ok((client, metadata))
        })
        .await?;
        let metadata = metadata.map_err(|err| self.explain(err, client.kfk_context()))?;
        let mut cluster = Cluster::from_metadata(&metadata);
        cluster.id = client.cluster_id();
        Ok((client, cluster))
    }

    /// The cluster's metadata through a new producer, which connects meanwhile; a `topic`
    /// the cluster does not have is refused. An idempotent producer asks for its producer id only when a metadata
    /// response arrives or its 500 ms retry timer fires, and the first response comes
    /// from the bootstrap connection, which it does not use for that: a second lookup,
    /// once the broker connection is up, spares the first records that wait.
    pub async fn connect_producer<C>(
        &self,
        producer: BaseProducer<C>,
        topic: &str,
        idempotent: bool,
    ) -> Result<(BaseProducer<C>, Cluster)>
    where
        C: ProducerContext + WrapsClientContext + 'static,
        BaseProducer<C>: Send,
    {
        let lookup = |topic: Option<String>| {
            move |producer: &BaseProducer<C>, timeout| {
                producer.client().fetch_metadata(topic.as_deref(), timeout)
            }
        };
        let (producer, cluster) = self.cluster_via(producer, lookup(None)).await?;
        // Asked by a producer for a topic it does not have, a broker may create it.
        cluster.topic(topic)?;
        if !idempotent {
            return Ok((producer, cluster));
        }
        let (producer, _) = self
            .cluster_via(producer, lookup(Some(topic.to_string())))
            .await?;
        Ok((producer, cluster))
    }
}

impl Cluster {
    /// Whether the cluster stores the offsets a transaction commits (TxnOffsetCommit), so
    /// that a copy can resume: librdkafka's mock cluster (`kfk dev-cluster`), whose id
    /// starts with "mockCluster", does not.
    pub fn keeps_transactional_offsets(&self) -> bool {
        !self
            .id
            .as_deref()
            .is_some_and(|id| id.starts_with("mockCluster"))
    }

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
        Cluster {
            brokers,
            topics,
            id: None,
        }
    }
}

#[derive(Debug, Serialize)]
pub struct Cluster {
    pub brokers: Vec<BrokerInfo>,
    pub topics: Vec<TopicInfo>,
    #[serde(skip)]
    pub id: Option<String>,
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
            _ => bail!(UnknownTopic(name.to_string())),
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
                            "topic '{}' has no partition {partition} (it has {})",
                            spec.topic,
                            match existing.len() {
                                0 => "no partitions".to_string(),
                                1 => "1 partition: 0".to_string(),
                                n => format!("{n} partitions: 0-{}", n - 1),
                            }
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
