use anyhow::Result;
use clap::{ArgGroup, Args};
use serde::Serialize;

use super::{or_dash, partitions};
use crate::context::Context;
use crate::error::UsageError;
use crate::io::output::{self};

/// Move an empty share group's start offsets on a topic: to the log start, the log end,
/// or an offset. Records below the new start count as acknowledged; those from it on
/// are delivered again. Shows each partition's start before and after; applies with
/// --execute (the broker refuses while the group has members).
///
/// JSON output: {"group", "partitions": [{"topic", "partition", "before", "after"}],
/// "dry_run"}.
#[derive(Args, Debug)]
#[command(group(ArgGroup::new("to").required(true).args(["to_earliest", "to_latest", "to_offset"])))]
#[command(after_help = "Examples:
  kfk share-groups reset-offsets workers --topic orders --to-earliest
  kfk share-groups reset-offsets workers --topic orders --to-latest --execute")]
pub struct ResetOffsetsArgs {
    /// The share group
    pub group: String,

    /// The topic whose partitions move
    #[arg(long, short = 't')]
    pub topic: String,

    /// To the start of each partition's log
    #[arg(long)]
    pub to_earliest: bool,

    /// To the end of each partition's log (skip what is there)
    #[arg(long)]
    pub to_latest: bool,

    /// To this offset in every partition (within the log)
    #[arg(long, value_name = "OFFSET")]
    pub to_offset: Option<i64>,

    /// Move them; without this, kfk only shows the moves
    #[arg(long)]
    pub execute: bool,
}

#[derive(Serialize)]
struct Row {
    topic: String,
    partition: i32,
    before: Option<i64>,
    after: i64,
}

#[derive(Serialize)]
struct Plan<'a> {
    group: &'a str,
    partitions: &'a [Row],
    dry_run: bool,
}

pub async fn run(ctx: &Context, args: ResetOffsetsArgs) -> Result<()> {
    let cluster = ctx.kafka.cluster().await?;
    let topic = cluster.topic(&args.topic)?;
    let wanted: Vec<(String, i32)> = topic
        .partitions
        .iter()
        .map(|p| (topic.name.clone(), p.partition))
        .collect();
    let extents = ctx
        .kafka
        .with_admin(move |client, timeout| {
            crate::kafka::admin::log_extents(client, &wanted, timeout)
        })
        .await?;
    let current = partitions(ctx, &args.group).await?;
    let mut rows = Vec::new();
    for e in &extents {
        let after = match (args.to_earliest, args.to_latest, args.to_offset) {
            (true, _, _) => e.low,
            (_, true, _) => e.high,
            (_, _, Some(offset)) if (e.low..=e.high).contains(&offset) => offset,
            (_, _, Some(offset)) => {
                return Err(UsageError(format!(
                    "offset {offset} is outside {}-{} (its log runs from {} to {})",
                    e.topic, e.partition, e.low, e.high
                ))
                .into())
            }
            (false, false, None) => {
                return Err(UsageError(
                    "name where to: --to-earliest, --to-latest or --to-offset".into(),
                )
                .into())
            }
        };
        let before = current
            .iter()
            .find(|c| c.topic == e.topic && c.partition == e.partition)
            .and_then(|c| c.start_offset);
        rows.push(Row {
            topic: e.topic.clone(),
            partition: e.partition,
            before,
            after,
        });
    }
    if args.execute {
        let offsets: Vec<(String, i32, i64)> = rows
            .iter()
            .map(|r| (r.topic.clone(), r.partition, r.after))
            .collect();
        let group = args.group.clone();
        ctx.kafka
            .with_wire(move |wire| wire.alter_share_group_offsets(&group, &offsets))
            .await?;
    }
    show(ctx, &args.group, &rows, !args.execute)?;
    if args.execute {
        output::note(&format!(
            "moved the start offsets of {}",
            output::count(rows.len() as u64, "partition")
        ));
    } else {
        output::note("dry run: nothing was changed; add --execute to move the start offsets");
    }
    Ok(())
}

fn show(ctx: &Context, group: &str, rows: &[Row], dry_run: bool) -> Result<()> {
    if ctx.output.structured() {
        return output::print_data(
            ctx.output,
            &Plan {
                group,
                partitions: rows,
                dry_run,
            },
        );
    }
    let mut table = output::table(&["TOPIC", "PARTITION", "BEFORE", "AFTER"]);
    for r in rows {
        table.add_row(vec![
            r.topic.clone(),
            r.partition.to_string(),
            or_dash(r.before),
            r.after.to_string(),
        ]);
    }
    output::print_table(&table)
}
