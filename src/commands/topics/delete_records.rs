use anyhow::{anyhow, Result};
use clap::Args;
use serde::Serialize;

use crate::commands::completions::live;
use crate::context::Context;
use crate::error::{PartialFailure, UsageError};
use crate::io::output::{self};
use crate::kafka::{admin, blocking, offsets_for_times, PartitionExtent};
use crate::model::position::{parse_before, Position, PositionSpec};

/// Delete the oldest records of a topic's partitions (DeleteRecords): every record
/// before an offset or a time. Shows how many go from each partition; a dry run unless
/// --execute is given.
///
/// Records are counted as offsets, so transaction markers and compacted gaps count too.
/// An offset past a partition's end is refused. JSON output: {"topic", "partitions":
/// [{"partition", "log_start_offset", "log_end_offset", "delete_before", "records",
/// "new_log_start_offset", "error"}], "records", "dry_run"}.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  kfk topics delete-records orders --before 7d
  kfk topics delete-records orders --before '2026-11-01 00:00' --execute
  kfk topics delete-records orders --before 0=1500,1=end --execute")]
pub struct DeleteRecordsArgs {
    /// The topic whose records to delete
    #[arg(add = live::topics())]
    pub topic: String,

    /// Delete the records before this: an offset, end (every record), a time (RFC 3339,
    /// 'YYYY-MM-DD HH:MM[:SS]' local, @epoch-ms) or a duration ago (7d); per partition:
    /// 0=1500,1=end (other partitions are left alone)
    #[arg(long, value_name = "POSITION", value_parser = parse_before)]
    pub before: PositionSpec,

    /// Delete the records; without it, kfk only shows what would go
    #[arg(long)]
    pub execute: bool,
}

#[derive(Serialize, Debug, PartialEq, Eq)]
struct Row {
    partition: i32,
    log_start_offset: i64,
    log_end_offset: i64,
    delete_before: i64,
    records: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    new_log_start_offset: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

#[derive(Serialize)]
struct Report<'a> {
    topic: &'a str,
    partitions: &'a [Row],
    records: i64,
    dry_run: bool,
}

pub async fn run(ctx: &Context, args: DeleteRecordsArgs) -> Result<()> {
    let cluster = ctx.kafka.cluster().await?;
    let topic = cluster.topic(&args.topic)?.name.clone();
    let existing: Vec<i32> = cluster
        .topic(&topic)?
        .partitions
        .iter()
        .map(|p| p.partition)
        .collect();
    args.before
        .refuse_unknown_partitions("--before", &topic, &existing)
        .map_err(UsageError)?;
    let wanted: Vec<(String, i32)> = existing
        .iter()
        .filter(|p| args.before.for_partition(**p).is_some())
        .map(|p| (topic.clone(), *p))
        .collect();
    let extents = ctx
        .kafka
        .with_admin(move |client, timeout| admin::log_extents(client, &wanted, timeout))
        .await?;
    let times: Vec<Option<i64>> = extents
        .iter()
        .map(|e| match args.before.for_partition(e.partition) {
            Some(Position::Time(ms)) => Some(ms),
            _ => None,
        })
        .collect();
    let lookup = ctx.kafka.lookup_consumer()?;
    let (timeout, looked_up) = (ctx.timeout(), extents.clone());
    let by_time = blocking(move || {
        offsets_for_times(&lookup, &looked_up, &times, timeout)
            .map_err(|err| anyhow!("cannot look up --before in '{}': {err}", looked_up[0].topic))
    })
    .await?;
    let mut rows = plan(&args.before, &extents, &by_time).map_err(UsageError)?;
    let total: i64 = rows.iter().map(|r| r.records).sum();
    if args.execute && total > 0 {
        let before: Vec<(i32, i64)> = rows
            .iter()
            .filter(|r| r.records > 0)
            .map(|r| (r.partition, r.delete_before))
            .collect();
        for answer in ctx.kafka.delete_records(&topic, &before).await? {
            if let Some(row) = rows.iter_mut().find(|r| r.partition == answer.partition) {
                match answer.low_watermark {
                    Ok(low) => row.new_log_start_offset = Some(low),
                    Err(reason) => row.error = Some(reason),
                }
            }
        }
    }
    show(ctx, &topic, &rows, total, !args.execute)?;
    finish(&topic, &rows, total, args.execute)
}

/// The records to delete from each partition. `by_time` holds the offset each time
/// resolved to (None: no record that recent, so every record is older).
fn plan(
    before: &PositionSpec,
    extents: &[PartitionExtent],
    by_time: &[Option<i64>],
) -> Result<Vec<Row>, String> {
    extents
        .iter()
        .zip(by_time)
        .map(|(extent, by_time)| {
            let target = match before.for_partition(extent.partition) {
                Some(Position::Offset(n)) if n > extent.high => {
                    return Err(format!(
                        "--before {n} is past the end of {}:{} (its log ends at offset {}); \
                         nothing was deleted",
                        extent.topic, extent.partition, extent.high
                    ))
                }
                Some(Position::Offset(n)) => n,
                Some(Position::Time(_)) => by_time.unwrap_or(extent.high),
                _ => extent.high,
            };
            Ok(Row {
                partition: extent.partition,
                log_start_offset: extent.low,
                log_end_offset: extent.high,
                delete_before: target.max(extent.low),
                records: (target - extent.low).max(0),
                new_log_start_offset: None,
                error: None,
            })
        })
        .collect()
}

fn show(ctx: &Context, topic: &str, rows: &[Row], total: i64, dry_run: bool) -> Result<()> {
    if ctx.output.structured() {
        return output::print_data(
            ctx.output,
            &Report {
                topic,
                partitions: rows,
                records: total,
                dry_run,
            },
        );
    }
    let mut headers = vec![
        "PARTITION",
        "LOG-START-OFFSET",
        "LOG-END-OFFSET",
        "DELETE-BEFORE",
        "RECORDS",
    ];
    if !dry_run {
        headers.push("RESULT");
    }
    let mut table = output::table(&headers);
    for row in rows {
        let mut cells = vec![
            row.partition.to_string(),
            row.log_start_offset.to_string(),
            row.log_end_offset.to_string(),
            row.delete_before.to_string(),
            row.records.to_string(),
        ];
        if !dry_run {
            cells.push(match (&row.new_log_start_offset, &row.error) {
                (_, Some(error)) => format!("failed: {error}"),
                (Some(low), None) => format!("log starts at {low}"),
                (None, None) => "-".into(),
            });
        }
        table.add_row(cells);
    }
    output::print_table(&table)
}

fn finish(topic: &str, rows: &[Row], total: i64, execute: bool) -> Result<()> {
    if !execute {
        output::note(&format!(
            "dry run: {} in '{topic}' would be deleted; add --execute to delete them",
            output::count(total.max(0) as u64, "record")
        ));
        return Ok(());
    }
    let failed: Vec<String> = rows
        .iter()
        .filter_map(|r| {
            r.error
                .as_ref()
                .map(|e| format!("{topic}:{}: {e}", r.partition))
        })
        .collect();
    let deleted: i64 = rows
        .iter()
        .filter(|r| r.error.is_none())
        .map(|r| r.records)
        .sum();
    match failed.len() {
        0 => {
            output::note(&format!(
                "deleted {} from '{topic}'",
                output::count(deleted.max(0) as u64, "record")
            ));
            Ok(())
        }
        n if n == rows.iter().filter(|r| r.records > 0).count() => Err(anyhow!(
            "no records were deleted from '{topic}': {}",
            failed.join("; ")
        )),
        n => Err(PartialFailure(format!(
            "deleted {deleted} of {} from '{topic}'; {} failed: {}",
            output::count(total.max(0) as u64, "record"),
            output::count(n as u64, "partition"),
            failed.join("; ")
        ))
        .into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn extent(partition: i32, low: i64, high: i64) -> PartitionExtent {
        PartitionExtent {
            topic: "t".into(),
            partition,
            low,
            high,
        }
    }

    #[test]
    fn offsets_times_and_end_give_the_records_to_delete() {
        let extents = [extent(0, 10, 100), extent(1, 0, 50), extent(2, 5, 5)];
        let spec = parse_before("0=40,1=@1000,2=end").unwrap();
        let rows = plan(&spec, &extents, &[None, Some(20), None]).unwrap();
        let counts: Vec<(i64, i64)> = rows.iter().map(|r| (r.delete_before, r.records)).collect();
        assert_eq!(counts, [(40, 30), (20, 20), (5, 0)]);
        // A time after every record deletes them all; an offset below the start, none.
        let rows = plan(&parse_before("@1000").unwrap(), &extents[..1], &[None]).unwrap();
        assert_eq!(rows[0].records, 90);
        let rows = plan(&parse_before("3").unwrap(), &extents[..1], &[None]).unwrap();
        assert_eq!((rows[0].delete_before, rows[0].records), (10, 0));
    }

    #[test]
    fn an_offset_past_the_end_is_refused() {
        let err = plan(&parse_before("101").unwrap(), &[extent(0, 0, 100)], &[None]).unwrap_err();
        assert_eq!(
            err,
            "--before 101 is past the end of t:0 (its log ends at offset 100); nothing was deleted"
        );
    }
}
