//! Hanging transactions (KIP-664): an open transaction on a partition that its
//! coordinator does not hold open there, so no producer and no timeout will ever end it,
//! and read_committed readers of the partition stop at its start.

use std::time::Duration;

use anyhow::Result;

use super::Wire;
use crate::model::election::PartitionPlacement;
use crate::model::transactions::{HangingTransaction, ProducerState};

/// Coordinator states in which a transaction is still open.
const OPEN_STATES: [&str; 3] = ["Ongoing", "PrepareCommit", "PrepareAbort"];

impl Wire {
    /// The open transactions on the partitions of `topics` (every topic when empty; only
    /// `partition` if given) whose last write is older than `older_than` and whose
    /// coordinator does not hold them open there; and how many partitions were searched.
    pub fn find_hanging(
        &self,
        topics: &[String],
        partition: Option<i32>,
        older_than: Duration,
    ) -> Result<(Vec<HangingTransaction>, usize)> {
        let mut connection = self.any()?;
        let mut partitions: Vec<PartitionPlacement> = self.placements(&mut connection, topics)?;
        if let Some(wanted) = partition {
            partitions.retain(|p| p.partition == wanted);
        }
        let searched = partitions.len();
        let producers = self.describe_producers(&mut connection, &partitions)?;
        let now = chrono::Utc::now().timestamp_millis();
        let limit = i64::try_from(older_than.as_millis()).unwrap_or(i64::MAX);
        let open: Vec<ProducerState> = producers
            .into_iter()
            .filter(|p| p.transaction_start_offset.is_some() && now - p.last_timestamp >= limit)
            .collect();
        if open.is_empty() {
            return Ok((Vec::new(), searched));
        }
        let mut ids: Vec<i64> = open.iter().map(|p| p.producer_id).collect();
        ids.sort_unstable();
        ids.dedup();
        let listings = self.list_transactions(&[], &ids)?;
        let mut hanging = Vec::new();
        for producer in open {
            let mut reason = format!("no coordinator knows producer id {}", producer.producer_id);
            let mut held = false;
            for listing in listings
                .iter()
                .filter(|l| l.producer_id == producer.producer_id)
            {
                let description = self.describe_transaction(&listing.transactional_id)?;
                let here = description
                    .partitions
                    .iter()
                    .any(|p| p.topic == producer.topic && p.partition == producer.partition);
                if description.producer_id == producer.producer_id
                    && OPEN_STATES.contains(&description.state.as_str())
                    && here
                {
                    held = true;
                } else {
                    reason = format!(
                        "its coordinator holds transactional id '{}' as {} without this \
                         partition",
                        listing.transactional_id, description.state
                    );
                }
            }
            if !held {
                hanging.push(HangingTransaction { producer, reason });
            }
        }
        Ok((hanging, searched))
    }
}
