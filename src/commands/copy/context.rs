//! What the copy loop shares with the source consumer's hooks: on assignment, partitions
//! start at the offsets the group committed on the destination cluster (where the
//! transactions commit them); on revocation, the loop learns which partitions went.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use crate::kafka::{Hooks, OffsetsReader, TopicPartition};
use crate::model::position::Offset;

/// What the copy loop shares with the source consumer's hooks.
pub(super) struct CopyState {
    /// Reads the group's offsets on the destination cluster.
    pub(super) offsets_reader: OffsetsReader,
    pub(super) group: String,
    /// Where each partition starts when the group has no committed offset for it.
    pub(super) starts: BTreeMap<i32, Offset>,
    pub(super) timeout: Duration,
    /// The next source offset to copy, per assigned partition.
    pub(super) next: Mutex<BTreeMap<i32, i64>>,
    /// The partitions this copier owns now.
    pub(super) assigned: Mutex<BTreeSet<i32>>,
    /// Partitions revoked since the batch being gathered last looked (`take_revoked`).
    pub(super) revoked: Mutex<BTreeSet<i32>>,
    /// Whether `revoked` holds anything: checked after every poll, so kept cheap.
    pub(super) any_revoked: AtomicBool,
    /// Why the committed offsets of an assignment could not be read: the copy stops
    /// rather than start those partitions over from --start.
    pub(super) failure: Mutex<Option<String>>,
}

fn locked<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl CopyState {
    pub(super) fn next(&self) -> MutexGuard<'_, BTreeMap<i32, i64>> {
        locked(&self.next)
    }

    pub(super) fn assigned(&self) -> MutexGuard<'_, BTreeSet<i32>> {
        locked(&self.assigned)
    }

    /// The partitions revoked since the last call. Records of theirs polled before the
    /// revocation are stale: if the partition comes back, librdkafka fetches it again
    /// from the committed offset, and keeping both would copy those records twice.
    pub(super) fn take_revoked(&self) -> BTreeSet<i32> {
        if !self.any_revoked.swap(false, Ordering::SeqCst) {
            return BTreeSet::new();
        }
        std::mem::take(&mut *locked(&self.revoked))
    }

    pub(super) fn failure(&self) -> Option<String> {
        locked(&self.failure).clone()
    }

    /// The source consumer's hooks.
    pub(super) fn hooks(self: &Arc<Self>) -> Hooks {
        let on_assign = self.clone();
        let on_revoke = self.clone();
        Hooks {
            assigned: Some(Box::new(move |partitions| on_assign.starts_of(partitions))),
            revoking: Some(Box::new(move |_, partitions| {
                let mut next = on_revoke.next();
                let mut assigned = on_revoke.assigned();
                let mut revoked = locked(&on_revoke.revoked);
                for (_, partition) in partitions {
                    next.remove(partition);
                    assigned.remove(partition);
                    revoked.insert(*partition);
                }
                on_revoke.any_revoked.store(true, Ordering::SeqCst);
            })),
            committed: None,
        }
    }

    /// Where newly assigned partitions start: the stable offsets of exactly these
    /// partitions (a transaction that another copier of the group just committed may
    /// still be writing its markers, and its offsets are where this copier must go on).
    fn starts_of(&self, partitions: &[TopicPartition]) -> Vec<Option<Offset>> {
        let committed = match self
            .offsets_reader
            .stable(&self.group, partitions, self.timeout)
        {
            Ok(committed) => Some(committed),
            Err(err) => {
                // Starting from --start would copy committed records again.
                *locked(&self.failure) = Some(format!(
                    "cannot read the group's committed offsets of the partitions it was \
                     assigned ({err:#}); stopping rather than copying them again from --start"
                ));
                None
            }
        };
        let mut next = self.next();
        self.assigned()
            .extend(partitions.iter().map(|(_, partition)| *partition));
        partitions
            .iter()
            .map(|(topic, partition)| {
                let offset = match &committed {
                    None => Offset::End,
                    Some(committed) => committed
                        .iter()
                        .find(|c| c.partition == *partition && &c.topic == topic)
                        .map(|c| Offset::At(c.offset))
                        .or_else(|| self.starts.get(partition).copied())
                        .unwrap_or(Offset::Beginning),
                };
                if let Offset::At(n) = offset {
                    next.insert(*partition, n);
                }
                Some(offset)
            })
            .collect()
    }
}
