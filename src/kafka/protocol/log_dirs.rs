//! DescribeLogDirs, one request per broker, sent to all of them at once.

use anyhow::{bail, Result};
use kafka_protocol::messages::describe_log_dirs_request::DescribableLogDirTopic;
use kafka_protocol::messages::metadata_request::MetadataRequestTopic;
use kafka_protocol::messages::{DescribeLogDirsRequest, MetadataRequest, TopicName};
use kafka_protocol::protocol::StrBytes;

use super::{describe_error, Broker, Connection, Wire};
use crate::error::UsageError;
use crate::model::log_dirs::{BrokerLogDirs, LogDir, ReplicaSize};

const UNKNOWN_TOPIC_OR_PARTITION: i16 = 3;

impl Wire {
    /// The log dirs of `brokers` (every broker when empty), for `topics` (every topic
    /// when empty). A broker that cannot be asked gets a row with its error.
    pub fn describe_log_dirs(
        &self,
        brokers: &[i32],
        topics: &[String],
    ) -> Result<Vec<BrokerLogDirs>> {
        let mut connection = self.any()?;
        let (_, all) = self.brokers(&mut connection)?;
        let chosen: Vec<Broker> = if brokers.is_empty() {
            all
        } else {
            let mut chosen = Vec::new();
            for id in brokers {
                match all.iter().find(|b| b.id == *id) {
                    Some(broker) => chosen.push(broker.clone()),
                    None => {
                        let ids: Vec<String> = all.iter().map(|b| b.id.to_string()).collect();
                        return Err(UsageError(format!(
                            "there is no broker {id}: the cluster's brokers are {}",
                            ids.join(", ")
                        ))
                        .into());
                    }
                }
            }
            chosen
        };
        let request = DescribeLogDirsRequest::default().with_topics(if topics.is_empty() {
            None
        } else {
            Some(partitions_of(&mut connection, topics)?)
        });
        let answers: Vec<Result<Vec<LogDir>>> = std::thread::scope(|scope| {
            let asks: Vec<_> = chosen
                .iter()
                .map(|broker| scope.spawn(|| self.log_dirs_of(broker, &request)))
                .collect();
            asks.into_iter()
                .map(|ask| ask.join().unwrap_or_else(|_| bail!("the request panicked")))
                .collect()
        });
        Ok(chosen
            .iter()
            .zip(answers)
            .map(|(broker, answer)| match answer {
                Ok(dirs) => BrokerLogDirs {
                    broker: broker.id,
                    dirs,
                    error: None,
                },
                Err(err) => BrokerLogDirs {
                    broker: broker.id,
                    dirs: Vec::new(),
                    error: Some(format!("{err:#}")),
                },
            })
            .collect())
    }

    fn log_dirs_of(
        &self,
        broker: &Broker,
        request: &DescribeLogDirsRequest,
    ) -> Result<Vec<LogDir>> {
        let answer = self.connect(&broker.address)?.call(request)?;
        if answer.error_code != 0 {
            bail!("{}", describe_error(answer.error_code, None));
        }
        let mut dirs: Vec<LogDir> = answer
            .results
            .into_iter()
            .map(|result| {
                let mut replicas: Vec<ReplicaSize> = result
                    .topics
                    .iter()
                    .flat_map(|topic| {
                        topic.partitions.iter().map(|p| ReplicaSize {
                            topic: topic.name.0.to_string(),
                            partition: p.partition_index,
                            size: p.partition_size,
                            offset_lag: p.offset_lag,
                            future: p.is_future_key,
                        })
                    })
                    .collect();
                replicas.sort_by(|a, b| (&a.topic, a.partition).cmp(&(&b.topic, b.partition)));
                LogDir {
                    dir: result.log_dir.to_string(),
                    error: (result.error_code != 0)
                        .then(|| describe_error(result.error_code, None)),
                    total_bytes: (result.total_bytes >= 0).then_some(result.total_bytes),
                    usable_bytes: (result.usable_bytes >= 0).then_some(result.usable_bytes),
                    size: replicas.iter().map(|r| r.size).sum(),
                    replicas,
                }
            })
            .collect();
        dirs.sort_by(|a, b| a.dir.cmp(&b.dir));
        Ok(dirs)
    }
}

/// Each topic with all its partitions, from metadata; an unknown topic is an error.
fn partitions_of(
    connection: &mut Connection,
    topics: &[String],
) -> Result<Vec<DescribableLogDirTopic>> {
    let request = MetadataRequest::default()
        .with_allow_auto_topic_creation(false)
        .with_topics(Some(
            topics
                .iter()
                .map(|t| {
                    MetadataRequestTopic::default()
                        .with_name(Some(TopicName(StrBytes::from_string(t.clone()))))
                })
                .collect(),
        ));
    let metadata = connection.call(&request)?;
    let mut described = Vec::new();
    for topic in &metadata.topics {
        let name = topic.name.as_ref().map_or("", |n| n.0.as_str());
        match topic.error_code {
            0 => {}
            UNKNOWN_TOPIC_OR_PARTITION => {
                bail!("unknown topic '{name}': it does not exist on the cluster")
            }
            code => bail!("topic '{name}': {}", describe_error(code, None)),
        }
        described.push(
            DescribableLogDirTopic::default()
                .with_topic(TopicName(StrBytes::from_string(name.to_string())))
                .with_partitions(topic.partitions.iter().map(|p| p.partition_index).collect()),
        );
    }
    Ok(described)
}
