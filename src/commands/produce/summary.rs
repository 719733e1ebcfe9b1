//! What a run did: the summary line and the exit status.

use std::io;
use std::path::PathBuf;
use std::time::Duration;

use anyhow::{Context as _, Result};

use crate::error::{Interrupted, PartialFailure};
use crate::io::output::{count, was};

/// What a run did, for the summary line and the exit status.
pub(super) struct Summary {
    pub(super) read: u64,
    pub(super) delivered: u64,
    pub(super) skipped: u64,
    pub(super) saved: u64,
    pub(super) payload_bytes: u64,
    pub(super) elapsed: Duration,
    pub(super) interrupted: bool,
    pub(super) quiet: bool,
    pub(super) failed_file: Option<PathBuf>,
    pub(super) transaction_note: Option<String>,
    pub(super) write_error: Option<io::Error>,
}

impl Summary {
    pub(super) fn into_result(self) -> Result<()> {
        let failed = self.read - self.skipped - self.delivered;
        if !self.quiet {
            let seconds = self.elapsed.as_secs_f64();
            let skipped = if self.skipped > 0 {
                format!(", {} skipped", self.skipped)
            } else {
                String::new()
            };
            eprintln!(
                "kfk produce: {} read, {} delivered, {failed} failed{skipped}, {}, {:.2}s, {:.0} records/s",
                self.read,
                self.delivered,
                indicatif::HumanBytes(self.payload_bytes),
                seconds,
                self.delivered as f64 / seconds.max(1e-9),
            );
        }
        if let Some(note) = &self.transaction_note {
            eprintln!("kfk produce: {note}");
        }
        if let Some(err) = self.write_error {
            if err.kind() != io::ErrorKind::BrokenPipe {
                return Err(err).context("writing the report or the failed-records file");
            }
        }
        if self.interrupted {
            return Err(Interrupted.into());
        }
        let mut problems = Vec::new();
        if failed > 0 {
            problems.push(format!(
                "{failed} of {} {} not delivered",
                count(self.read, "record"),
                was(failed)
            ));
        }
        if self.skipped > 0 {
            problems.push(format!(
                "{} {} skipped",
                count(self.skipped, "invalid line"),
                was(self.skipped)
            ));
        }
        if problems.is_empty() {
            return Ok(());
        }
        // Skipped lines are always saved when there is a file; failed ones when librdkafka
        // handed them back.
        let unsaved = failed - self.saved;
        let saved = match &self.failed_file {
            Some(path) if unsaved == 0 && failed + self.skipped == 1 => {
                format!("; it is saved in {}", path.display())
            }
            Some(path) if unsaved == 0 => format!("; they are saved in {}", path.display()),
            Some(path) => format!(
                "; {} of them are saved in {}",
                self.saved + self.skipped,
                path.display()
            ),
            None => String::new(),
        };
        Err(PartialFailure(format!("{}{saved}", problems.join(" and "))).into())
    }
}
