//! Transactions: ListTransactions (every broker coordinates some), DescribeTransactions
//! (at the transactional id's coordinator), DescribeProducers (at each partition's
//! leader) and WriteTxnMarkers, which aborts a transaction on one partition the way its
//! coordinator would.

use std::collections::BTreeMap;

use anyhow::{anyhow, bail, Result};
use kafka_protocol::messages::describe_producers_request::TopicRequest;
use kafka_protocol::messages::write_txn_markers_request::{
    WritableTxnMarker, WritableTxnMarkerTopic,
};
use kafka_protocol::messages::{
    DescribeProducersRequest, DescribeTransactionsRequest, ListTransactionsRequest, ProducerId,
    TopicName, TransactionalId, WriteTxnMarkersRequest,
};
use kafka_protocol::protocol::StrBytes;

use super::coordinator::CoordinatorKind;
use super::{describe_error, Broker, Connection, Wire};
use crate::model::election::PartitionPlacement;
use crate::model::transactions::{
    ProducerState, TopicPartitionRef, TransactionDescription, TransactionListing,
};

impl Wire {
    /// Every transactional id the coordinators know, optionally only in `states` or of
    /// `producer_ids`; one request per broker, all at once.
    pub fn list_transactions(
        &self,
        states: &[String],
        producer_ids: &[i64],
    ) -> Result<Vec<TransactionListing>> {
        let request = ListTransactionsRequest::default()
            .with_state_filters(
                states
                    .iter()
                    .map(|s| StrBytes::from_string(s.clone()))
                    .collect(),
            )
            .with_producer_id_filters(producer_ids.iter().map(|&id| ProducerId(id)).collect())
            .with_duration_filter(-1);
        let answers = self.ask_every_broker(
            |connection| connection.call(&request),
            |answer| answer.error_code,
        )?;
        let mut listings = Vec::new();
        for (broker, answer) in &answers {
            if let Some(unknown) = answer.unknown_state_filters.first() {
                bail!("unknown transaction state '{}'", unknown.as_str());
            }
            listings.extend(
                answer
                    .transaction_states
                    .iter()
                    .map(|t| TransactionListing {
                        transactional_id: t.transactional_id.0.to_string(),
                        coordinator: broker.id,
                        producer_id: t.producer_id.0,
                        state: t.transaction_state.to_string(),
                    }),
            );
        }
        listings.sort_by(|a, b| a.transactional_id.cmp(&b.transactional_id));
        Ok(listings)
    }

    /// A transactional id's state, from its coordinator.
    pub fn describe_transaction(&self, transactional_id: &str) -> Result<TransactionDescription> {
        let coordinator = self.coordinator_of(CoordinatorKind::Transaction, transactional_id)?;
        let request =
            DescribeTransactionsRequest::default().with_transactional_ids(vec![TransactionalId(
                StrBytes::from_string(transactional_id.to_string()),
            )]);
        let answer = self.connect(&coordinator.address)?.call(&request)?;
        let Some(state) = answer.transaction_states.into_iter().next() else {
            bail!("the coordinator did not describe transactional id '{transactional_id}'");
        };
        if state.error_code != 0 {
            bail!(
                "transactional id '{transactional_id}': {}",
                describe_error(state.error_code, None)
            );
        }
        let mut partitions: Vec<TopicPartitionRef> = state
            .topics
            .iter()
            .flat_map(|t| {
                t.partitions.iter().map(|&partition| TopicPartitionRef {
                    topic: t.topic.0.to_string(),
                    partition,
                })
            })
            .collect();
        partitions.sort();
        Ok(TransactionDescription {
            transactional_id: transactional_id.to_string(),
            coordinator: coordinator.id,
            producer_id: state.producer_id.0,
            producer_epoch: state.producer_epoch,
            state: state.transaction_state.to_string(),
            timeout_ms: state.transaction_timeout_ms,
            start_time_ms: (state.transaction_start_time_ms >= 0)
                .then_some(state.transaction_start_time_ms),
            partitions,
        })
    }

    /// The partitions of `topic` (or only `partition`) and the producers their leaders
    /// keep state for.
    pub fn producers_of(
        &self,
        topic: &str,
        partition: Option<i32>,
    ) -> Result<(Vec<PartitionPlacement>, Vec<ProducerState>)> {
        let mut connection = self.any()?;
        let mut placements = self.placements(&mut connection, &[topic.to_string()])?;
        if let Some(wanted) = partition {
            let count = placements.len();
            placements.retain(|p| p.partition == wanted);
            if placements.is_empty() {
                bail!("topic '{topic}' has no partition {wanted}: it has {count}");
            }
        }
        let producers = self.describe_producers(&mut connection, &placements)?;
        Ok((placements, producers))
    }

    /// The producers each partition's leader keeps state for; one request per leader.
    pub fn describe_producers(
        &self,
        connection: &mut Connection,
        partitions: &[PartitionPlacement],
    ) -> Result<Vec<ProducerState>> {
        let (_, brokers) = self.brokers(connection)?;
        let mut by_leader: BTreeMap<i32, Vec<(String, i32)>> = BTreeMap::new();
        for p in partitions {
            if p.leader < 0 {
                bail!("{}-{} has no leader to ask", p.topic, p.partition);
            }
            by_leader
                .entry(p.leader)
                .or_default()
                .push((p.topic.clone(), p.partition));
        }
        let leaders: Vec<Broker> = brokers
            .into_iter()
            .filter(|b| by_leader.contains_key(&b.id))
            .collect();
        let answers = self.on_each(&leaders, |connection, broker| {
            let mut topics: Vec<TopicRequest> = Vec::new();
            for (topic, partition) in &by_leader[&broker.id] {
                match topics.last_mut() {
                    Some(last) if last.name.0.as_str() == topic => {
                        last.partition_indexes.push(*partition)
                    }
                    _ => topics.push(
                        TopicRequest::default()
                            .with_name(TopicName(StrBytes::from_string(topic.clone())))
                            .with_partition_indexes(vec![*partition]),
                    ),
                }
            }
            connection.call(&DescribeProducersRequest::default().with_topics(topics))
        });
        let mut states = Vec::new();
        for (broker, answer) in leaders.iter().zip(answers) {
            let answer = answer.map_err(|err| anyhow!("broker {}: {err:#}", broker.id))?;
            for topic in &answer.topics {
                for p in &topic.partitions {
                    if p.error_code != 0 {
                        bail!(
                            "{}-{}: {}",
                            topic.name.0.as_str(),
                            p.partition_index,
                            describe_error(p.error_code, p.error_message.as_deref())
                        );
                    }
                    states.extend(p.active_producers.iter().map(|s| ProducerState {
                        topic: topic.name.0.to_string(),
                        partition: p.partition_index,
                        producer_id: s.producer_id.0,
                        producer_epoch: s.producer_epoch,
                        coordinator_epoch:
                            (s.coordinator_epoch >= 0).then_some(s.coordinator_epoch),
                        last_sequence: s.last_sequence,
                        last_timestamp: s.last_timestamp,
                        transaction_start_offset:
                            (s.current_txn_start_offset >= 0).then_some(s.current_txn_start_offset),
                    }));
                }
            }
        }
        states.sort_by(|a, b| {
            (&a.topic, a.partition, a.producer_id).cmp(&(&b.topic, b.partition, b.producer_id))
        });
        Ok(states)
    }

    /// Writes an abort marker for `producer`'s open transaction on its partition, at the
    /// partition's leader (`leader`), as the coordinator would.
    pub fn abort_transaction(&self, producer: &ProducerState, leader: i32) -> Result<()> {
        let (_, brokers) = self.brokers(&mut self.any()?)?;
        let Some(broker) = brokers.iter().find(|b| b.id == leader) else {
            bail!(
                "the leader of {}-{}, broker {leader}, is not in the metadata",
                producer.topic,
                producer.partition
            );
        };
        let epoch = i16::try_from(producer.producer_epoch)
            .map_err(|_| anyhow!("producer epoch {} is out of range", producer.producer_epoch))?;
        let marker = WritableTxnMarker::default()
            .with_producer_id(ProducerId(producer.producer_id))
            .with_producer_epoch(epoch)
            .with_transaction_result(false)
            .with_coordinator_epoch(producer.coordinator_epoch.unwrap_or(0))
            .with_topics(vec![WritableTxnMarkerTopic::default()
                .with_name(TopicName(StrBytes::from_string(producer.topic.clone())))
                .with_partition_indexes(vec![producer.partition])]);
        let request = WriteTxnMarkersRequest::default().with_markers(vec![marker]);
        let answer = self.connect(&broker.address)?.call(&request)?;
        let errors: Vec<String> = answer
            .markers
            .iter()
            .flat_map(|m| &m.topics)
            .flat_map(|t| &t.partitions)
            .filter(|p| p.error_code != 0)
            .map(|p| describe_error(p.error_code, None))
            .collect();
        match errors.first() {
            None => Ok(()),
            Some(error) => bail!(
                "the leader of {}-{} refused the abort marker: {error}",
                producer.topic,
                producer.partition
            ),
        }
    }
}
