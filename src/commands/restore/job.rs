//! The sending side of a restore: each partition's file read in turn, records sent
//! through the producer, progress saved while they are delivered.

use std::collections::{BTreeMap, BTreeSet};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{bail, Result};

use super::{Tally, INDEX_BITS};
use crate::io::backup_files::{PartitionFile, PartitionReader, StoredRecord};
use crate::io::progress::Progress;
use crate::kafka::{OutHeaders, OutRecord, Producer};
use crate::model::record::RecordTime;

/// How long the records queued at the end may take to be delivered.
const DRAIN: Duration = Duration::from_secs(300);
/// Records a partition sends in its turn.
const TURN: usize = 256;

/// One partition's file as the restore reads it.
struct Source<'a> {
    file: &'a PartitionFile,
    path: PathBuf,
    reader: PartitionReader,
    /// The number of the last record read, from 1.
    index: u64,
    finished: bool,
}

impl<'a> Source<'a> {
    /// The file, past the `skip` records an earlier run delivered.
    fn open(dir: &Path, file: &'a PartitionFile, skip: u64) -> Result<Source<'a>> {
        let path = dir.join(&file.file);
        let mut source = Source {
            file,
            reader: PartitionReader::open(&path)?,
            path,
            index: 0,
            finished: false,
        };
        while source.index < skip {
            if source.next()?.is_none() {
                break;
            }
        }
        Ok(source)
    }

    fn next(&mut self) -> Result<Option<StoredRecord>> {
        if self.finished {
            return Ok(None);
        }
        let record = self.reader.next_record()?;
        match &record {
            Some(_) => self.index += 1,
            None if self.index != self.file.records => {
                bail!(
                    "{} holds {} records, the manifest says {}",
                    self.path.display(),
                    self.index,
                    self.file.records
                )
            }
            None => self.finished = true,
        }
        Ok(record)
    }

    /// The record as sent: to its partition, with its timestamp.
    fn out<'r>(&self, record: &'r StoredRecord) -> OutRecord<'r> {
        OutRecord {
            key: record.key.as_deref(),
            value: record.value.as_deref(),
            headers: record.headers().fold(None, |all: Option<OutHeaders>, h| {
                Some(all.unwrap_or_default().with(h.key, h.value))
            }),
            partition: Some(self.file.partition),
            timestamp: match record.timestamp {
                RecordTime::NotAvailable => None,
                RecordTime::CreateTime(ms) | RecordTime::LogAppendTime(ms) => Some(ms),
            },
            opaque: ((self.file.partition as usize) << INDEX_BITS) | self.index as usize,
        }
    }
}

pub(super) struct Job {
    pub(super) dir: PathBuf,
    pub(super) topic: String,
    pub(super) files: Vec<PartitionFile>,
    /// Records of each partition delivered in a row by an earlier run.
    pub(super) skip: BTreeMap<i32, u64>,
    /// Records an earlier run delivered past one that failed.
    pub(super) past_gap: BTreeMap<i32, BTreeSet<u64>>,
    pub(super) stop: Arc<AtomicBool>,
    pub(super) tally: Arc<Mutex<Tally>>,
    pub(super) state_path: PathBuf,
}

impl Job {
    /// Sends every record not delivered before; the records sent per partition. The
    /// partitions take turns, a few hundred records each, so that every produce request
    /// carries all of them, as records read from one input would.
    pub(super) fn run(&self, producer: &Producer) -> Result<BTreeMap<i32, u64>> {
        let topic = producer.topic(&self.topic);
        let total: u64 = self.files.iter().map(|f| f.records).sum();
        let progress = Progress::records(std::io::stderr().is_terminal(), true);
        let mut sent = BTreeMap::new();
        let mut saved = Instant::now();
        let mut done: u64 = self.skip.values().sum::<u64>()
            + self.past_gap.values().map(|s| s.len() as u64).sum::<u64>();
        let mut sources = self
            .files
            .iter()
            .map(|file| {
                Source::open(
                    &self.dir,
                    file,
                    self.skip.get(&file.partition).copied().unwrap_or(0),
                )
            })
            .collect::<Result<Vec<_>>>()?;
        while !sources.is_empty() && !self.halted() {
            for source in &mut sources {
                for _ in 0..TURN {
                    let Some(record) = source.next()? else { break };
                    if self
                        .past_gap
                        .get(&source.file.partition)
                        .is_some_and(|numbers| numbers.contains(&source.index))
                    {
                        continue;
                    }
                    producer
                        .send(&topic, source.out(&record))
                        .map_err(|refused| {
                            anyhow::anyhow!(
                                "{} record {}: {refused}",
                                source.path.display(),
                                source.index
                            )
                        })?;
                    *sent.entry(source.file.partition).or_insert(0u64) += 1;
                    done += 1;
                }
                producer.serve_ready();
            }
            sources.retain(|s| !s.finished);
            if progress.due() {
                progress.set_records(done, Some(total));
            }
            if saved.elapsed() > Duration::from_secs(1) {
                self.save();
                saved = Instant::now();
            }
        }
        // What is queued is delivered, with the progress saved as it goes; after Ctrl-C
        // what is still queued is dropped (a resumed restore sends it).
        let deadline = Instant::now() + DRAIN;
        loop {
            producer.drain(Duration::from_secs(1));
            self.save();
            if producer.in_flight() == 0 || Instant::now() > deadline {
                break;
            }
            if self.stop.load(Ordering::Relaxed) {
                producer.purge_queued();
            }
        }
        progress.finish();
        Ok(sent)
    }

    /// Whether to send no more: interrupted, or a record failed.
    fn halted(&self) -> bool {
        self.stop.load(Ordering::Relaxed) || self.tally.lock().is_ok_and(|t| t.failed > 0)
    }

    /// Writes the records delivered so far, for a restore that resumes.
    fn save(&self) {
        let Ok(tally) = self.tally.lock() else { return };
        let state = tally.to_delivered(&self.topic);
        if let Ok(text) = serde_json::to_vec(&state) {
            let _ = std::fs::write(&self.state_path, text);
        }
    }
}
