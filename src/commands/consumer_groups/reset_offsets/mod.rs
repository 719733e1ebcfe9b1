pub(super) mod apply;

use std::path::PathBuf;
use std::time::SystemTime;

use anyhow::{bail, Context as _, Result};
use clap::{ArgGroup, Args};

use self::apply::{absolute, apply, write_file};
use super::{gather, select_groups, Concurrency, Detail, Selection};
use crate::commands::args::duration::{between, CENTURY, MS};
use crate::commands::completions::live;
use crate::context::Context;
use crate::error::UsageError;
use crate::io::files::{refuse_overwriting_input, Source};
use crate::io::output::{self};
use crate::kafka::{blocking, consumer_log_extents, offsets_for_times, TopicSpec};
use crate::model::reset_plan::{csv, parse_plan_csv, plan, refuse_if_active, PlanRow, Target};
use crate::model::timespec::{millis, parse_past_time_in};

/// Move a group's committed offsets. A dry run unless --execute is given.
///
/// Scope: --topic T (all its partitions), --topic T:0,2, or --all-topics (the partitions
/// the group has committed). Exactly one target: --to-earliest, --to-latest,
/// --to-current, --to-offset N, --shift-by N, --to-datetime TIME, --by-duration
/// DURATION, --from-file CSV (topic,partition,offset lines, as --export writes them).
/// New offsets outside [log start, log end] are clamped, with a warning; a time after the
/// last record resolves to the log end. --shift-by and --to-current start from the
/// committed offset, so they refuse partitions that have none (as Kafka's tool does).
///
/// --execute refuses a group with active members, writes an undo file with the previous
/// state of every partition in the plan (reset-offsets GROUP --from-file UNDO --execute
/// restores it), commits all new offsets of the group in one request and reads them back.
/// In a plan file, the offset `none` stands for "no committed offset": applying it deletes
/// the group's offset for that partition (OffsetDelete, Kafka 2.4+); where the broker
/// cannot, the partitions not restored are named and the status is 3.
#[derive(Args, Debug)]
#[command(
    group(ArgGroup::new("target").required(true).args([
        "to_earliest", "to_latest", "to_current", "to_offset", "shift_by", "to_datetime", "by_duration", "from_file"
    ])),
    group(ArgGroup::new("scope").args(["topics", "all_topics"])),
    after_help = "Examples:
  kfk consumer-groups reset-offsets billing --topic orders --to-earliest            # dry run
  kfk consumer-groups reset-offsets billing --all-topics --to-datetime '2026-11-26 14:05' --execute
  kfk consumer-groups reset-offsets billing --all-topics --shift-by -100 --export plan.csv
  kfk consumer-groups reset-offsets billing --from-file plan.csv --execute"
)]
pub struct ResetOffsetsArgs {
    /// Groups to move
    #[arg(add = live::groups())]
    pub groups: Vec<String>,

    /// Every group
    #[arg(long, conflicts_with = "groups")]
    pub all_groups: bool,

    /// A topic, or some of its partitions (orders:0,2); repeatable
    #[arg(long = "topic", value_name = "TOPIC[:PARTITIONS]", add = live::topics())]
    pub topics: Vec<TopicSpec>,

    /// Every partition the group has committed
    #[arg(long)]
    pub all_topics: bool,

    /// To the log start
    #[arg(long)]
    pub to_earliest: bool,

    /// To the log end
    #[arg(long)]
    pub to_latest: bool,

    /// To the committed offset (no change; useful with --export)
    #[arg(long)]
    pub to_current: bool,

    /// To this offset (0 or more; --shift-by moves relative to the committed offset)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(i64).range(0..))]
    pub to_offset: Option<i64>,

    /// By N records (negative: back)
    #[arg(long, value_name = "N", allow_hyphen_values = true)]
    pub shift_by: Option<i64>,

    /// To the first record at or after TIME (RFC 3339, local 'YYYY-MM-DD HH:MM[:SS]', @epoch-ms, or a duration ago)
    #[arg(long, value_name = "TIME")]
    pub to_datetime: Option<String>,

    /// To the first record at or after DURATION ago (e.g. 2h)
    #[arg(long, value_name = "DURATION", value_parser = between(MS, CENTURY))]
    pub by_duration: Option<std::time::Duration>,

    /// To the offsets in a CSV file of topic,partition,offset lines
    #[arg(long, value_name = "CSV")]
    pub from_file: Option<PathBuf>,

    /// Apply the plan (without it nothing changes)
    #[arg(long)]
    pub execute: bool,

    /// Write the plan as CSV (topic,partition,offset)
    #[arg(long, value_name = "FILE")]
    pub export: Option<PathBuf>,
}

/// A reset as the plan code takes it: typed, however it was asked for (reset-offsets'
/// flags, or seek-to-timestamp --group).
pub struct ResetRequest {
    pub groups: Vec<String>,
    pub all_groups: bool,
    pub topics: Vec<TopicSpec>,
    pub all_topics: bool,
    pub target: Target,
    pub execute: bool,
    pub export: Option<PathBuf>,
}

fn target(args: &ResetOffsetsArgs) -> Result<Target> {
    let now = SystemTime::now();
    Ok(if args.to_earliest {
        Target::Earliest
    } else if args.to_latest {
        Target::Latest
    } else if args.to_current {
        Target::Current
    } else if let Some(n) = args.to_offset {
        Target::Offset(n)
    } else if let Some(n) = args.shift_by {
        Target::Shift(n)
    } else if let Some(raw) = &args.to_datetime {
        Target::Time(parse_past_time_in(raw, now, false).map_err(UsageError)?)
    } else if let Some(ago) = args.by_duration {
        Target::Time(millis(
            now.checked_sub(ago)
                .ok_or_else(|| UsageError("--by-duration is too long".into()))?,
        ))
    } else if let Some(path) = &args.from_file {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        Target::File(parse_plan_csv(&text, &path.display().to_string())?)
    } else {
        bail!(UsageError(
            "choose where to move the offsets (--to-earliest, --to-datetime, ...)".into()
        ))
    })
}

pub async fn run(ctx: &Context, args: ResetOffsetsArgs) -> Result<()> {
    if let (Some(export), Some(plan)) = (&args.export, &args.from_file) {
        refuse_overwriting_input("--export", export, &[Source::File(plan)])?;
    }
    let request = ResetRequest {
        target: target(&args)?,
        groups: args.groups,
        all_groups: args.all_groups,
        topics: args.topics,
        all_topics: args.all_topics,
        execute: args.execute,
        export: args.export,
    };
    reset(ctx, request).await
}

/// Plans a reset for each group, shows it, and with `execute` applies it.
pub async fn reset(ctx: &Context, args: ResetRequest) -> Result<()> {
    let target = args.target;
    if args.topics.is_empty() && !args.all_topics && !matches!(target, Target::File(_)) {
        bail!(UsageError(
            "choose the partitions: --topic TOPIC[:PARTITIONS] or --all-topics".into()
        ));
    }
    let groups = select_groups(&args.groups, args.all_groups)?;
    if args.export.is_some() && !matches!(&groups, Selection::Named(names) if names.len() == 1) {
        bail!(UsageError(
            "--export writes the plan of one group; name exactly one".into()
        ));
    }
    let views = gather(ctx, &groups, Concurrency::default(), Detail::Full).await?;
    // A plan for a group kfk cannot read would start from offsets it does not know.
    if let Some(view) = views.iter().find(|v| v.error.is_some()) {
        bail!(
            "cannot read group '{}': {}; nothing was changed",
            view.group,
            view.error.as_deref().unwrap_or_default()
        );
    }
    let cluster = ctx.kafka.cluster().await?;
    let mut scopes = Vec::new();
    for view in &views {
        let mut scope = cluster.partitions_of(&args.topics)?;
        if args.all_topics {
            scope.extend(
                view.partitions
                    .iter()
                    .filter(|p| p.current_offset.is_some())
                    .map(|p| (p.topic.clone(), p.partition)),
            );
        }
        if let Target::File(rows) = &target {
            if args.topics.is_empty() && !args.all_topics {
                for row in rows {
                    cluster.resolve(&TopicSpec {
                        topic: row.topic.clone(),
                        partitions: Some(vec![row.partition]),
                    })?;
                    scope.push((row.topic.clone(), row.partition));
                }
            }
        }
        scope.sort();
        scope.dedup();
        scopes.push(scope);
    }

    // Log extents and time lookups for every partition in scope: one request each.
    let all: Vec<(String, i32)> = scopes.iter().flatten().cloned().collect();
    let consumer = ctx.kafka.lookup_consumer()?;
    let timeout = ctx.timeout();
    let time = match target {
        Target::Time(ms) => Some(ms),
        _ => None,
    };
    let (extents, found) = blocking(move || {
        let extents = consumer_log_extents(&consumer, &all, timeout)?;
        let found = match time {
            Some(ms) => {
                offsets_for_times(&consumer, &extents, &vec![Some(ms); extents.len()], timeout)?
            }
            None => vec![None; extents.len()],
        };
        Ok((extents, found))
    })
    .await?;
    let find = |topic: &str, partition: i32| {
        extents
            .iter()
            .position(|e| e.partition == partition && e.topic == topic)
    };
    let mut plans = Vec::new();
    for (view, scope) in views.iter().zip(&scopes) {
        let rows = plan(
            view,
            scope,
            &target,
            |t, p| find(t, p).map_or((0, 0), |i| (extents[i].low, extents[i].high)),
            |t, p| find(t, p).and_then(|i| found[i]),
        )?;
        plans.push(rows);
    }
    for row in plans.iter().flatten() {
        if let Some(wanted) = row.clamped_from {
            output::warn(&format!(
                "{} {}:{}: offset {wanted} is outside the log; using {}",
                row.group,
                row.topic,
                row.partition,
                super::offset_or_none(row.new)
            ));
        }
    }
    print_plan(ctx, &plans)?;
    // A typo in the group's name is the usual reason for a group without offsets.
    for view in &views {
        if view.members.is_empty() && view.partitions.iter().all(|p| p.current_offset.is_none()) {
            output::warn(&format!(
                "group '{}' has no committed offsets: it does not exist (check the name) or \
                 has never committed; --execute would create it with the offsets above",
                view.group
            ));
        }
    }
    if let Some(path) = &args.export {
        write_file(path, &csv(&plans[0], |r| r.new))?;
        output::note(&format!("plan written to {}", absolute(path).display()));
    }
    if !args.execute {
        output::note("dry run: nothing was changed; add --execute to apply this plan");
        return Ok(());
    }
    for view in &views {
        refuse_if_active(view)?;
    }
    for (view, rows) in views.iter().zip(&plans) {
        apply(ctx, view, rows).await?;
    }
    Ok(())
}

fn print_plan(ctx: &Context, plans: &[Vec<PlanRow>]) -> Result<()> {
    if ctx.output.structured() {
        let rows: Vec<serde_json::Value> = plans
            .iter()
            .flatten()
            .map(|r| serde_json::json!({"group": r.group, "topic": r.topic, "partition": r.partition, "current": r.current, "new": r.new, "delta": r.delta()}))
            .collect();
        return output::print_data(ctx.output, &rows);
    }
    let mut table = output::table(&["GROUP", "TOPIC", "PARTITION", "CURRENT", "NEW", "DELTA"]);
    for row in plans.iter().flatten() {
        table.add_row(vec![
            row.group.clone(),
            row.topic.clone(),
            row.partition.to_string(),
            super::offset_or_none(row.current),
            super::offset_or_none(row.new),
            row.delta().map_or("-".into(), |d| format!("{d:+}")),
        ]);
    }
    output::print_table(&table)
}
