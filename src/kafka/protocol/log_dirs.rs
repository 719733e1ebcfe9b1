//! DescribeLogDirs, one request per broker, sent to all of them at once.

use anyhow::{bail, Result};
use kafka_protocol::messages::describe_log_dirs_request::DescribableLogDirTopic;
use kafka_protocol::messages::{DescribeLogDirsRequest, TopicName};
use kafka_protocol::protocol::StrBytes;

use super::{describe_error, Broker, Connection, Wire};
use crate::error::UsageError;
use crate::model::log_dirs::{BrokerLogDirs, LogDir, ReplicaSize};

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
            let mut by_topic: Vec<DescribableLogDirTopic> = Vec::new();
            for placement in self.placements(&mut connection, topics)? {
                match by_topic.last_mut() {
                    Some(last) if last.topic.0.as_str() == placement.topic => {
                        last.partitions.push(placement.partition)
                    }
                    _ => by_topic.push(
                        DescribableLogDirTopic::default()
                            .with_topic(TopicName(StrBytes::from_string(placement.topic)))
                            .with_partitions(vec![placement.partition]),
                    ),
                }
            }
            Some(by_topic)
        });
        let answers = self.on_each(&chosen, |connection, _| log_dirs_of(connection, &request));
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
}

/// One broker's log dirs.
fn log_dirs_of(
    connection: &mut Connection,
    request: &DescribeLogDirsRequest,
) -> Result<Vec<LogDir>> {
    let answer = connection.call(request)?;
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
                error: (result.error_code != 0).then(|| describe_error(result.error_code, None)),
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
