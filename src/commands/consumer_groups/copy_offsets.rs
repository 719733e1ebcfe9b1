use std::collections::HashMap;

use anyhow::{bail, Result};
use clap::Args;
use serde::Serialize;

use super::reset_offsets::apply::apply;
use super::{gather, require_known, Concurrency, Detail, Selection};
use crate::commands::completions::live;
use crate::context::Context;
use crate::error::UsageError;
use crate::io::output;
use crate::kafka::{admin, blocking, offsets_for_times, peek_records, Peeked};
use crate::model::group::GroupView;
use crate::model::offset_translation::{translate, Exactness, RecordMark, Sides};
use crate::model::reset_plan::{refuse_if_active, PlanRow};

/// Copy a group's committed offsets to another group, on this cluster or another.
///
/// On one cluster the offsets are copied as they are. Across clusters (--to-brokers or
/// --to-profile, for a mirrored topic whose offsets differ) each offset is translated by
/// the timestamp of the record at it: the destination group starts at the destination's
/// first record at or after that time. Each partition says how exact that is: the same
/// record found there (time, key and value alike), by time only (records sharing the
/// time may be read twice), the end (the group had read everything, or no destination
/// record is that recent), or the start (the source record was deleted).
///
/// A dry run unless --execute: then, as reset-offsets does, kfk refuses a destination
/// group with active members, writes an undo file (kfk-undo-DST-TIME.csv), commits the
/// offsets in one request and reads them back.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  kfk consumer-groups copy-offsets billing billing-v2                   # dry run
  kfk consumer-groups copy-offsets billing billing-v2 --topic orders --execute
  kfk consumer-groups copy-offsets billing billing --to-profile dr-site --execute")]
pub struct CopyOffsetsArgs {
    /// The group whose offsets are copied
    #[arg(add = live::groups())]
    pub source: String,

    /// The group that gets them
    pub destination: String,

    /// Only these topics (repeatable) [default: every topic the source group committed]
    #[arg(long = "topic", value_name = "TOPIC", add = live::topics())]
    pub topics: Vec<String>,

    /// The destination group's cluster [default: the source's]
    #[arg(long, value_name = "BROKERS")]
    pub to_brokers: Option<String>,

    /// The destination group's cluster, as a profile of the config file
    #[arg(long, value_name = "PROFILE", conflicts_with = "to_brokers")]
    pub to_profile: Option<String>,

    /// Apply the plan (without it nothing changes)
    #[arg(long)]
    pub execute: bool,
}

/// One partition of the plan.
#[derive(Serialize)]
struct Row {
    topic: String,
    partition: i32,
    source_offset: i64,
    current: Option<i64>,
    new: i64,
    exactness: Exactness,
}

pub async fn run(ctx: &Context, args: CopyOffsetsArgs) -> Result<()> {
    let other = match (&args.to_brokers, &args.to_profile) {
        (Some(brokers), _) => Some(ctx.with_brokers(brokers)),
        (None, Some(profile)) => Some(ctx.with_profile(profile)?),
        (None, None) => None,
    };
    if other.is_none() && args.source == args.destination {
        bail!(UsageError(
            "the source and destination groups are the same group on the same cluster".into()
        ));
    }
    let dest = other.as_ref().unwrap_or(ctx);
    let source = one_view(ctx, &args.source).await?;
    require_known(std::slice::from_ref(&source))?;
    let target = one_view(dest, &args.destination).await?;
    let committed: Vec<(String, i32, i64)> = source
        .partitions
        .iter()
        .filter(|p| args.topics.is_empty() || args.topics.contains(&p.topic))
        .filter_map(|p| Some((p.topic.clone(), p.partition, p.current_offset?)))
        .collect();
    if committed.is_empty() {
        bail!(
            "group '{}' has no committed offsets{}",
            args.source,
            match args.topics.is_empty() {
                true => String::new(),
                false => format!(" on {}", args.topics.join(", ")),
            }
        );
    }
    let rows = match other {
        None => committed
            .iter()
            .map(|(topic, partition, offset)| {
                (
                    topic.clone(),
                    *partition,
                    *offset,
                    *offset,
                    Exactness::SameOffset,
                )
            })
            .collect(),
        Some(_) => translated(ctx, dest, &source, &committed).await?,
    };
    let current: HashMap<(&str, i32), Option<i64>> = target
        .partitions
        .iter()
        .map(|p| ((p.topic.as_str(), p.partition), p.current_offset))
        .collect();
    let rows: Vec<Row> = rows
        .into_iter()
        .map(|(topic, partition, source_offset, new, exactness)| Row {
            current: current.get(&(topic.as_str(), partition)).copied().flatten(),
            topic,
            partition,
            source_offset,
            new,
            exactness,
        })
        .collect();
    show(ctx, &args, &rows)?;
    if !args.execute {
        output::note("dry run: nothing was changed; add --execute to apply this plan");
        return Ok(());
    }
    refuse_if_active(&target)?;
    let plan: Vec<PlanRow> = rows
        .iter()
        .map(|r| PlanRow {
            group: args.destination.clone(),
            topic: r.topic.clone(),
            partition: r.partition,
            current: r.current,
            new: Some(r.new),
            clamped_from: None,
        })
        .collect();
    apply(dest, &target, &plan).await
}

async fn one_view(ctx: &Context, group: &str) -> Result<GroupView> {
    let selection = Selection::Named(vec![group.to_string()]);
    let mut views = gather(ctx, &selection, Concurrency::default(), Detail::Full).await?;
    let view = views
        .pop()
        .ok_or_else(|| anyhow::anyhow!("group '{group}' was not read"))?;
    if let Some(error) = &view.error {
        bail!("cannot read group '{group}': {error}");
    }
    Ok(view)
}

type Translated = (String, i32, i64, i64, Exactness);

/// Each committed offset translated onto the destination cluster by time.
async fn translated(
    ctx: &Context,
    dest: &Context,
    source: &GroupView,
    committed: &[(String, i32, i64)],
) -> Result<Vec<Translated>> {
    let wanted: Vec<(String, i32)> = committed.iter().map(|(t, p, _)| (t.clone(), *p)).collect();
    let request = wanted.clone();
    let destination_extents = dest
        .kafka
        .with_admin(move |client, timeout| admin::log_extents(client, &request, timeout))
        .await?;
    let source_extents: HashMap<(&str, i32), (i64, i64)> = source
        .partitions
        .iter()
        .map(|p| {
            (
                (p.topic.as_str(), p.partition),
                (p.log_start_offset, p.log_end_offset),
            )
        })
        .collect();
    let extent_of = |topic: &str, partition: i32| {
        source_extents
            .get(&(topic, partition))
            .copied()
            .unwrap_or((0, i64::MAX))
    };
    // Records are read only where there are some: at the end or below the start there
    // is none to wait for.
    let readable = committed
        .iter()
        .map(|(topic, partition, offset)| {
            let (low, high) = extent_of(topic, *partition);
            (low..high)
                .contains(offset)
                .then(|| (topic.clone(), *partition, *offset))
        })
        .collect();
    let source_records = peek(ctx, readable).await?;
    let times: Vec<Option<i64>> = source_records
        .iter()
        .map(|r| r.map(|r| r.timestamp))
        .collect();
    let consumer = dest.kafka.lookup_consumer()?;
    let timeout = dest.timeout();
    let extents = destination_extents.clone();
    let by_time = blocking(move || offsets_for_times(&consumer, &extents, &times, timeout)).await?;
    let at = destination_extents
        .iter()
        .zip(&by_time)
        .map(|(e, offset)| {
            let offset = offset.filter(|o| *o < e.high)?;
            Some((e.topic.clone(), e.partition, offset))
        })
        .collect();
    let destination_records = peek(dest, at).await?;
    Ok(committed
        .iter()
        .zip(&destination_extents)
        .zip(source_records.iter().zip(&destination_records))
        .zip(&by_time)
        .map(
            |((((topic, partition, offset), extent), (from, to)), by_time)| {
                let sides = Sides {
                    committed: *offset,
                    source_end: extent_of(topic, *partition).1,
                    source_record: from.map(mark),
                    destination: (extent.low, extent.high),
                    by_time: by_time.filter(|o| *o < extent.high),
                    destination_record: to.map(mark),
                };
                let (new, exactness) = translate(&sides);
                (topic.clone(), *partition, *offset, new, exactness)
            },
        )
        .collect())
}

/// The records at the offsets given; None where no offset is given.
async fn peek(
    ctx: &Context,
    wanted: Vec<Option<(String, i32, i64)>>,
) -> Result<Vec<Option<Peeked>>> {
    let consumer = ctx.kafka.lookup_consumer()?;
    let timeout = ctx.timeout();
    let asked: Vec<(String, i32, i64)> = wanted.iter().flatten().cloned().collect();
    let mut found = blocking(move || Ok(peek_records(&consumer, &asked, timeout)?))
        .await?
        .into_iter();
    Ok(wanted
        .iter()
        .map(|w| w.as_ref().and_then(|_| found.next().flatten()))
        .collect())
}

fn mark(peeked: Peeked) -> RecordMark {
    RecordMark {
        offset: peeked.offset,
        timestamp: peeked.timestamp,
        digest: peeked.digest,
    }
}

fn show(ctx: &Context, args: &CopyOffsetsArgs, rows: &[Row]) -> Result<()> {
    if ctx.output.structured() {
        return output::print_data(ctx.output, &rows);
    }
    output::print_line(&format!("{} -> {}:", args.source, args.destination))?;
    let mut table = output::table(&["TOPIC", "PARTITION", "SOURCE", "CURRENT", "NEW", "HOW"]);
    for r in rows {
        table.add_row(vec![
            r.topic.clone(),
            r.partition.to_string(),
            r.source_offset.to_string(),
            r.current.map_or("-".into(), |c| c.to_string()),
            r.new.to_string(),
            r.exactness.describe().to_string(),
        ]);
    }
    output::print_table(&table)
}
