//! The transactions of `produce --transactional-id`: which lines each holds, committing
//! every --txn-size records, and closing the last one.

use std::time::Duration;

use crate::error::PartialFailure;
use crate::kafka::Producer;
use anyhow::{anyhow, Result};

/// The open transaction and what the committed ones held.
pub(super) struct Transaction {
    first_line: usize,
    /// Records sent in the open transaction.
    pub(super) records: u64,
    pub(super) committed: u64,
}

impl Transaction {
    /// Starts transactions on `producer` and begins the first.
    pub(super) fn start(producer: &Producer, timeout: Duration) -> Result<Transaction> {
        producer
            .init_transactions(timeout)
            .map_err(|err| anyhow!("cannot start transactions: {err}"))?;
        producer
            .begin_transaction()
            .map_err(|err| anyhow!("cannot begin a transaction: {err}"))?;
        Ok(Transaction {
            first_line: 1,
            records: 0,
            committed: 0,
        })
    }

    /// Commits the open transaction, whose last record is `last_line`, and begins the
    /// next. A failed commit aborts the transaction and stops the run.
    pub(super) fn commit(
        &mut self,
        producer: &Producer,
        timeout: Duration,
        last_line: usize,
    ) -> Result<()> {
        let result = producer.commit_or_abort(timeout);
        let records = std::mem::take(&mut self.records);
        if let Err(err) = result {
            return Err(PartialFailure(format!(
                "the transaction holding lines {}-{last_line} was aborted: {err}",
                self.first_line
            ))
            .into());
        }
        self.committed += records;
        self.first_line = last_line + 1;
        producer
            .begin_transaction()
            .map_err(|err| anyhow!("cannot begin a transaction: {err}"))?;
        Ok(())
    }

    /// Ends the run's last transaction: commits it, or aborts it when the run was
    /// interrupted; an empty one is aborted within `empty_timeout`. Returns what the user
    /// should be told, if anything.
    pub(super) fn close(
        &mut self,
        producer: &Producer,
        timeout: Duration,
        empty_timeout: Duration,
        interrupted: bool,
    ) -> Option<String> {
        if self.records == 0 {
            let _ = producer.abort_transaction(empty_timeout);
            return None;
        }
        if interrupted {
            let _ = producer.abort_transaction(timeout);
            return Some(format!(
                "the open transaction ({} records from line {}) was aborted",
                self.records, self.first_line
            ));
        }
        match producer.commit_or_abort(timeout) {
            Ok(()) => {
                self.committed += self.records;
                None
            }
            Err(err) => Some(format!(
                "the transaction from line {} on was aborted: {err}",
                self.first_line
            )),
        }
    }
}
