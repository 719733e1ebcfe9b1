//! The source consumer's context: on assignment, partitions start at the offsets the
//! group committed on the destination cluster (where the transactions commit them).

use std::collections::{BTreeMap, BTreeSet};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use rdkafka::consumer::{BaseConsumer, ConsumerContext, Rebalance};
use rdkafka::Offset;

use crate::kafka::{admin, start_assigned_at, KfkClientContext};

/// The source consumer's context: on assignment, partitions start at the offsets the
/// group committed on the destination cluster (where the transactions commit them).
pub(super) struct CopyContext {
    pub(super) client: KfkClientContext,
    /// Reads the group's offsets on the destination cluster.
    pub(super) offsets_reader: Arc<BaseConsumer<KfkClientContext>>,
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

impl CopyContext {
    pub(super) fn next(&self) -> MutexGuard<'_, BTreeMap<i32, i64>> {
        self.next
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    pub(super) fn assigned(&self) -> MutexGuard<'_, BTreeSet<i32>> {
        self.assigned
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The partitions revoked since the last call. Records of theirs polled before the
    /// revocation are stale: if the partition comes back, librdkafka fetches it again
    /// from the committed offset, and keeping both would copy those records twice.
    pub(super) fn take_revoked(&self) -> BTreeSet<i32> {
        if !self.any_revoked.swap(false, Ordering::SeqCst) {
            return BTreeSet::new();
        }
        std::mem::take(
            &mut *self
                .revoked
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner()),
        )
    }

    pub(super) fn failure(&self) -> Option<String> {
        self.failure
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .clone()
    }
}

crate::delegate_client_context!(CopyContext, client);

impl ConsumerContext for CopyContext {
    fn pre_rebalance(&self, _consumer: &BaseConsumer<Self>, rebalance: &Rebalance<'_>) {
        match rebalance {
            Rebalance::Assign(list) => {
                // Stable offsets of exactly these partitions: a transaction that another
                // copier of the group just committed may still be writing its markers,
                // and its offsets are where this copier must go on.
                let assigned: Vec<(String, i32)> = list
                    .elements()
                    .iter()
                    .map(|e| (e.topic().to_string(), e.partition()))
                    .collect();
                let committed = match admin::stable_committed_offsets(
                    &self.offsets_reader,
                    &self.group,
                    &assigned,
                    self.timeout,
                ) {
                    Ok(committed) => Some(committed),
                    Err(err) => {
                        // Starting from --start would copy committed records again.
                        *self
                            .failure
                            .lock()
                            .unwrap_or_else(|poisoned| poisoned.into_inner()) = Some(format!(
                            "cannot read the group's committed offsets of the partitions \
                             it was assigned ({err:#}); stopping rather than copying them \
                             again from --start"
                        ));
                        None
                    }
                };
                let mut next = self.next();
                self.assigned()
                    .extend(list.elements().iter().map(|e| e.partition()));
                for element in list.elements() {
                    let offset = match &committed {
                        None => Offset::End,
                        Some(committed) => committed
                            .iter()
                            .find(|c| {
                                c.partition == element.partition() && c.topic == element.topic()
                            })
                            .map(|c| Offset::Offset(c.offset))
                            .or_else(|| self.starts.get(&element.partition()).copied())
                            .unwrap_or(Offset::Beginning),
                    };
                    if let Offset::Offset(n) = offset {
                        next.insert(element.partition(), n);
                    }
                    start_assigned_at(list, element.topic(), element.partition(), offset);
                }
            }
            Rebalance::Revoke(list) => {
                let mut next = self.next();
                let mut assigned = self.assigned();
                let mut revoked = self
                    .revoked
                    .lock()
                    .unwrap_or_else(|poisoned| poisoned.into_inner());
                for element in list.elements() {
                    next.remove(&element.partition());
                    assigned.remove(&element.partition());
                    revoked.insert(element.partition());
                }
                self.any_revoked.store(true, Ordering::SeqCst);
            }
            Rebalance::Error(_) => {}
        }
    }
}
