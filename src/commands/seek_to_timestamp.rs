use std::time::SystemTime;

use anyhow::Result;
use clap::Args;
use serde::Serialize;

use super::consumer_groups::reset_offsets::{self, ResetRequest};
use crate::commands::completions::live;
use crate::context::Context;
use crate::error::UsageError;
use crate::io::output::{self, OutputFormat};
use crate::kafka::{
    blocking, consumer_log_extents, offsets_for_times, peek_timestamps, PartitionExtent, TopicSpec,
};
use crate::model::reset_plan::Target;
use crate::model::timespec::{format_millis, parse_past_time_in};

/// Find the offsets of a moment in time, and optionally move a consumer group there.
///
/// For each partition: the first offset whose record is at or after TIME, and that
/// record's timestamp. When no record is that recent the offset is the log end; when TIME
/// is before the log start (older records were deleted) it is the log start.
///
/// TIME: RFC 3339 (2026-11-26T14:05:00Z, ...+01:00), 'YYYY-MM-DD HH:MM[:SS]' in local
/// time (--utc: in UTC), epoch milliseconds (@1795701900000), or a duration meaning that
/// long ago (90m, 2h30m). A time in the future is an error.
///
/// With --group it shows the group's CURRENT, NEW and DELTA per partition and, with
/// --execute, commits them: this is `kfk consumer-groups reset-offsets --to-datetime`,
/// with its safety rules (an active group is refused, all offsets in one request, read
/// back) and its undo file. Without --execute it is a dry run.
///
/// JSON output: [{"topic", "partition", "offset", "timestamp", "note"}].
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  kfk seek-to-timestamp --topic orders --time '2026-11-26T14:05:00Z'
  kfk seek-to-timestamp --topic orders:0,1 --time 2h
  kfk seek-to-timestamp --topic orders --time '2026-11-26 14:05' --group billing      # dry run
  kfk seek-to-timestamp --topic orders --time '2026-11-26 14:05' --group billing --execute")]
pub struct SeekToTimestampArgs {
    /// Topic, optionally with partitions (orders:0,2); repeatable
    #[arg(short = 't', long = "topic", value_name = "TOPIC[:PARTITIONS]", required = true, add = live::topics())]
    pub topics: Vec<TopicSpec>,

    /// The moment to find
    #[arg(long, value_name = "TIME")]
    pub time: String,

    /// Read a TIME without a zone as UTC rather than local time
    #[arg(long)]
    pub utc: bool,

    /// Show (and with --execute, commit) the offsets for this consumer group
    #[arg(short = 'g', long, add = live::groups())]
    pub group: Option<String>,

    /// Commit the offsets for --group (without it, a dry run)
    #[arg(long, requires = "group")]
    pub execute: bool,
}

#[derive(Serialize)]
struct Row {
    topic: String,
    partition: i32,
    offset: i64,
    timestamp: Option<i64>,
    note: Option<&'static str>,
}

pub async fn run(ctx: &Context, args: SeekToTimestampArgs) -> Result<()> {
    let now = SystemTime::now();
    let time = parse_past_time_in(&args.time, now, args.utc).map_err(UsageError)?;
    if let Some(group) = &args.group {
        // The group path is reset-offsets --to-datetime itself: one code path, one set of rules.
        let request = ResetRequest {
            groups: vec![group.clone()],
            all_groups: false,
            topics: args.topics.clone(),
            all_topics: false,
            target: Target::Time(time),
            execute: args.execute,
            export: None,
        };
        return reset_offsets::reset(ctx, request).await;
    }

    let cluster = ctx.kafka.cluster().await?;
    let partitions = cluster.partitions_of(&args.topics)?;
    let consumer = ctx.kafka.lookup_consumer()?;
    let timeout = ctx.timeout();
    let rows = blocking(move || {
        let extents = consumer_log_extents(&consumer, &partitions, timeout)?;
        let found = offsets_for_times(
            &consumer,
            &extents,
            &vec![Some(time); extents.len()],
            timeout,
        )?;
        let at: Vec<(String, i32, i64)> = extents
            .iter()
            .zip(&found)
            .filter_map(|(e, f)| {
                f.filter(|o| *o < e.high)
                    .map(|o| (e.topic.clone(), e.partition, o))
            })
            .collect();
        let stamps = peek_timestamps(&consumer, &at, timeout)?;
        Ok(extents
            .iter()
            .zip(found)
            .map(|(extent, offset)| {
                let offset = offset.unwrap_or(extent.high);
                let timestamp = at
                    .iter()
                    .position(|(t, p, _)| *p == extent.partition && *t == extent.topic)
                    .and_then(|i| stamps[i]);
                let note = note(extent, offset, timestamp, time);
                Row {
                    topic: extent.topic.clone(),
                    partition: extent.partition,
                    offset,
                    timestamp,
                    note,
                }
            })
            .collect::<Vec<_>>())
    })
    .await?;
    match ctx.output {
        OutputFormat::Json | OutputFormat::Yaml | OutputFormat::Csv => {
            output::print_data(ctx.output, &rows)
        }
        OutputFormat::Table => {
            let mut table = output::table(&["TOPIC", "PARTITION", "OFFSET", "TIMESTAMP", "NOTE"]);
            for row in &rows {
                table.add_row(vec![
                    row.topic.clone(),
                    row.partition.to_string(),
                    row.offset.to_string(),
                    row.timestamp.map_or("-".into(), format_millis),
                    row.note.unwrap_or("").to_string(),
                ]);
            }
            output::print_table(&table)
        }
    }
}

/// What a user should know about the offset found for `time` in this partition.
fn note(
    extent: &PartitionExtent,
    offset: i64,
    timestamp: Option<i64>,
    time: i64,
) -> Option<&'static str> {
    if offset >= extent.high {
        Some("no record at or after the time: log end")
    } else if offset == extent.low && extent.low > 0 && timestamp.is_some_and(|ts| ts > time) {
        Some("the time is before the log start: older records were deleted")
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes_mark_the_log_end_and_deleted_history() {
        // The test broker has no DeleteRecords, so the log-start case is checked here.
        let extent = PartitionExtent {
            topic: "t".into(),
            partition: 0,
            low: 100,
            high: 200,
        };
        assert_eq!(
            note(&extent, 200, None, 5_000),
            Some("no record at or after the time: log end")
        );
        assert_eq!(
            note(&extent, 100, Some(6_000), 5_000),
            Some("the time is before the log start: older records were deleted")
        );
        assert_eq!(
            note(&extent, 100, Some(5_000), 5_000),
            None,
            "a record exactly at the time"
        );
        assert_eq!(note(&extent, 150, Some(6_000), 5_000), None);
        let whole = PartitionExtent { low: 0, ..extent };
        assert_eq!(
            note(&whole, 0, Some(6_000), 5_000),
            None,
            "nothing was deleted"
        );
    }
}
