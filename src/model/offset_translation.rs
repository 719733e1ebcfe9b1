//! A group's committed offset on one cluster, translated to another cluster's copy of the
//! topic by the timestamp of the record at that offset, and how exact the result is.

use serde::Serialize;

/// How a translated offset was found, from most to least exact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Exactness {
    /// Within one cluster: the offset itself.
    SameOffset,
    /// The group had read everything: the destination's end.
    End,
    /// The destination's record at the new offset has the source record's time, key and
    /// value: the group resumes at the same record.
    SameRecord,
    /// The destination's first record at or after the source record's time, which is not
    /// the same record: records may be read twice or (if the copy lost some) skipped.
    Time,
    /// No destination record is that recent: the destination's end.
    NoLaterRecord,
    /// The source record had been deleted (retention): its time is unknown, and the
    /// destination's start is taken, which reads records again rather than skip them.
    SourceDeleted,
}

impl Exactness {
    pub fn describe(self) -> &'static str {
        match self {
            Exactness::SameOffset => "exact (same cluster)",
            Exactness::End => "exact (group at the end)",
            Exactness::SameRecord => "exact (same record found)",
            Exactness::Time => "by time (may repeat records)",
            Exactness::NoLaterRecord => "by time (no later record: the end)",
            Exactness::SourceDeleted => "start (source record deleted)",
        }
    }
}

/// What is known of one record: its offset, time and a digest of key and value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RecordMark {
    pub offset: i64,
    pub timestamp: i64,
    pub digest: u64,
}

/// The partition on each side, as the translation needs it.
pub struct Sides {
    /// The group's committed offset on the source, and the source log's end.
    pub committed: i64,
    pub source_end: i64,
    /// The record at the committed offset, if it could be read.
    pub source_record: Option<RecordMark>,
    /// The destination log's start and end.
    pub destination: (i64, i64),
    /// The destination's first offset at or after the source record's time (None: no
    /// record that recent), and the record there.
    pub by_time: Option<i64>,
    pub destination_record: Option<RecordMark>,
}

/// The destination offset for a committed source offset, and how exact it is.
pub fn translate(sides: &Sides) -> (i64, Exactness) {
    let (start, end) = sides.destination;
    if sides.committed >= sides.source_end {
        return (end, Exactness::End);
    }
    let Some(source) = sides.source_record else {
        return (start, Exactness::SourceDeleted);
    };
    let Some(offset) = sides.by_time else {
        return (end, Exactness::NoLaterRecord);
    };
    let same = sides
        .destination_record
        .is_some_and(|d| d.timestamp == source.timestamp && d.digest == source.digest);
    match same {
        true => (offset, Exactness::SameRecord),
        false => (offset, Exactness::Time),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mark(offset: i64, timestamp: i64, digest: u64) -> RecordMark {
        RecordMark {
            offset,
            timestamp,
            digest,
        }
    }

    fn sides(
        committed: i64,
        source: Option<RecordMark>,
        by_time: Option<i64>,
        dest: Option<RecordMark>,
    ) -> Sides {
        Sides {
            committed,
            source_end: 100,
            source_record: source,
            destination: (5, 80),
            by_time,
            destination_record: dest,
        }
    }

    #[test]
    fn each_case_says_how_exact_it_is() {
        assert_eq!(
            translate(&sides(100, None, None, None)),
            (80, Exactness::End)
        );
        assert_eq!(
            translate(&sides(10, None, None, None)),
            (5, Exactness::SourceDeleted)
        );
        let source = Some(mark(10, 1_000, 7));
        assert_eq!(
            translate(&sides(10, source, None, None)),
            (80, Exactness::NoLaterRecord)
        );
        assert_eq!(
            translate(&sides(10, source, Some(3), Some(mark(3, 1_000, 7)))),
            (3, Exactness::SameRecord)
        );
        assert_eq!(
            translate(&sides(10, source, Some(3), Some(mark(3, 1_000, 8)))),
            (3, Exactness::Time)
        );
    }
}
