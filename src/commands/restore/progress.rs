//! What a restore has delivered, as the delivery reports tell it and as the progress file
//! (DIR/restore-TOPIC.progress.json) keeps it for a restore that resumes.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

/// Records delivered per partition, as the progress file keeps them. Records are
/// numbered from 1 in their partition's file.
#[derive(Debug, Default, Serialize, Deserialize)]
pub(super) struct Delivered {
    pub(super) topic: String,
    /// How many records of each partition were delivered in a row from the first.
    pub(super) partitions: BTreeMap<i32, u64>,
    /// Records delivered past one that failed (first, last number): a record that fails
    /// does not stop those already on their way behind it. A resumed restore sends them
    /// no more.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub(super) past_gap: BTreeMap<i32, Vec<(u64, u64)>>,
}

/// What the delivery reports tell, per partition: records delivered in a row from the
/// first (where a resumed restore starts), those delivered past a gap, and the failures.
#[derive(Default)]
pub(super) struct Tally {
    pub(super) delivered: BTreeMap<i32, u64>,
    pub(super) ahead: BTreeMap<i32, BTreeSet<u64>>,
    pub(super) failed: u64,
    pub(super) first_failure: Option<String>,
}

impl Tally {
    /// The tally an earlier run left.
    pub(super) fn resuming(earlier: &Delivered) -> Tally {
        Tally {
            delivered: earlier.partitions.clone(),
            ahead: earlier
                .past_gap
                .iter()
                .map(|(&p, ranges)| (p, ranges.iter().flat_map(|&(a, b)| a..=b).collect()))
                .collect(),
            ..Tally::default()
        }
    }

    /// Record `index` (from 1) of `partition` was delivered.
    pub(super) fn delivered(&mut self, partition: i32, index: u64) {
        let ahead = self.ahead.entry(partition).or_default();
        ahead.insert(index);
        let prefix = self.delivered.entry(partition).or_insert(0);
        while ahead.remove(&(*prefix + 1)) {
            *prefix += 1;
        }
    }

    /// The tally as the progress file keeps it.
    pub(super) fn to_delivered(&self, topic: &str) -> Delivered {
        Delivered {
            topic: topic.to_string(),
            partitions: self.delivered.clone(),
            past_gap: self
                .ahead
                .iter()
                .filter(|(_, numbers)| !numbers.is_empty())
                .map(|(&p, numbers)| (p, ranges(numbers)))
                .collect(),
        }
    }
}

/// Numbers as (first, last) runs.
fn ranges(numbers: &BTreeSet<u64>) -> Vec<(u64, u64)> {
    let mut runs: Vec<(u64, u64)> = Vec::new();
    for &n in numbers {
        match runs.last_mut() {
            Some((_, last)) if *last + 1 == n => *last = n,
            _ => runs.push((n, n)),
        }
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_gap_is_kept_and_closes_when_its_records_arrive() {
        let mut tally = Tally::default();
        for index in [1, 2, 5, 6, 8] {
            tally.delivered(0, index);
        }
        let saved = tally.to_delivered("t");
        assert_eq!(saved.partitions[&0], 2);
        assert_eq!(saved.past_gap[&0], [(5, 6), (8, 8)]);

        let mut resumed = Tally::resuming(&saved);
        for index in [3, 4, 7] {
            resumed.delivered(0, index);
        }
        assert_eq!(resumed.delivered[&0], 8);
        assert!(resumed.to_delivered("t").past_gap.is_empty());
    }
}
