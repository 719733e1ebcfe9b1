//! Where each record goes: the one --to topic, or (--to-header, to redrive a dead-letter
//! topic) the topic a header of the record names, with --to for records without it.
//! Every batch is checked before its transaction begins, so a record with nowhere to
//! go stops the copy with its place named, and nothing of its batch is written.

use std::collections::BTreeMap;

use anyhow::{bail, Result};

use super::Partitioning;
use crate::kafka::OwnedRecord;
use crate::model::record::Record as _;

pub(super) struct Targets {
    /// --to: the destination, or with --to-header the one for records without the header.
    pub(super) fixed: Option<String>,
    /// --to-header: the header that names each record's destination.
    pub(super) header: Option<String>,
    /// The destination cluster's topics and their partition counts, as at start.
    pub(super) known: BTreeMap<String, usize>,
    pub(super) partitioning: Partitioning,
}

impl Targets {
    /// The destination topic of `record`, if it has one.
    pub(super) fn topic_of<'a>(&'a self, record: &'a OwnedRecord) -> Option<&'a str> {
        let named = self.header.as_deref().and_then(|name| {
            record
                .headers()
                .filter(|h| h.key == name)
                .last()
                .and_then(|h| std::str::from_utf8(h.value?).ok())
        });
        named.or(self.fixed.as_deref())
    }

    /// Refuses a batch with a record whose destination is missing or unknown, or too
    /// small for --partitioning same, naming the first such record.
    pub(super) fn check<'a>(&self, batch: impl Iterator<Item = &'a OwnedRecord>) -> Result<()> {
        for record in batch {
            let at = format!(
                "the record at {} partition {} offset {}",
                record.topic(),
                record.partition(),
                record.offset()
            );
            let header = self.header.as_deref().unwrap_or("");
            let Some(topic) = self.topic_of(record) else {
                bail!("{at} has no header '{header}' naming its destination (or its value is not UTF-8); give --to for such records, or leave them out with --header");
            };
            let Some(partitions) = self.known.get(topic) else {
                bail!("{at} goes to topic '{topic}', which the destination cluster did not have when the copy started; create it and run the copy again");
            };
            if self.partitioning == Partitioning::Same && record.partition() as usize >= *partitions
            {
                bail!("{at} cannot keep its partition in '{topic}', which has {partitions}: use --partitioning hash");
            }
        }
        Ok(())
    }
}
