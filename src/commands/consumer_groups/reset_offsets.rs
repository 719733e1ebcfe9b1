use std::path::{Path, PathBuf};
use std::time::SystemTime;

use anyhow::{anyhow, bail, Context as _, Result};
use clap::{ArgGroup, Args};
use rdkafka::consumer::Consumer;
use serde::Serialize;

use super::{gather, select_groups, GroupView};
use crate::cli::OutputFormat;
use crate::context::{Context, TopicSpec};
use crate::error::{PartialFailure, UsageError};
use crate::group_admin::{self, PartitionOffset};
use crate::offsets::{offsets_for_times, Position};
use crate::output;
use crate::timespec::{millis, parse_past_time_in};

/// Move a group's committed offsets. A dry run unless --execute is given.
///
/// Scope: --topic T (all its partitions), --topic T:0,2, or --all-topics (the partitions
/// the group has committed). Exactly one target: --to-earliest, --to-latest,
/// --to-current, --to-offset N, --shift-by N, --to-datetime TIME, --by-duration
/// DURATION, --from-file CSV (topic,partition,offset lines, as --export writes them).
/// New offsets outside [log start, log end] are clamped, with a warning; a time after the
/// last record resolves to the log end.
///
/// --execute refuses a group with active members, writes an undo file with the previous
/// offsets (reset-offsets GROUP --from-file UNDO --execute restores them), commits all
/// new offsets of the group in one request and reads them back.
#[derive(Args, Debug)]
#[command(
    group(ArgGroup::new("target").required(true).args([
        "to_earliest", "to_latest", "to_current", "to_offset", "shift_by", "to_datetime", "by_duration", "from_file"
    ])),
    group(ArgGroup::new("scope").args(["topics", "all_topics"])),
    after_help = "Examples:
  kfk consumer-groups reset-offsets billing --topic orders --to-earliest            # dry run
  kfk consumer-groups reset-offsets billing --topic orders --to-datetime 2026-11-26T14:05:00Z --execute
  kfk consumer-groups reset-offsets billing --all-topics --shift-by -100 --export plan.csv
  kfk consumer-groups reset-offsets billing --from-file plan.csv --execute"
)]
pub struct ResetOffsetsArgs {
    /// Groups to move
    pub groups: Vec<String>,

    /// Every group
    #[arg(long, conflicts_with = "groups")]
    pub all_groups: bool,

    /// A topic, or some of its partitions (orders:0,2); repeatable
    #[arg(long = "topic", value_name = "TOPIC[:PARTITIONS]")]
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
    #[arg(long, value_name = "DURATION", value_parser = humantime::parse_duration)]
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

impl ResetOffsetsArgs {
    /// `reset-offsets GROUP --topic ... --to-datetime TIME [--execute]`, for commands that
    /// move a group to a time through this same code path.
    pub fn to_datetime(group: &str, topics: Vec<TopicSpec>, time: String, execute: bool) -> Self {
        ResetOffsetsArgs {
            groups: vec![group.to_string()],
            all_groups: false,
            topics,
            all_topics: false,
            to_earliest: false,
            to_latest: false,
            to_current: false,
            to_offset: None,
            shift_by: None,
            to_datetime: Some(time),
            by_duration: None,
            from_file: None,
            execute,
            export: None,
        }
    }
}

/// Where the new offsets come from.
#[derive(Debug, Clone, PartialEq)]
pub enum Target {
    Earliest,
    Latest,
    Current,
    Offset(i64),
    Shift(i64),
    Time(i64),
    File(Vec<PartitionOffset>),
}

/// One line of the plan.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct PlanRow {
    pub group: String,
    pub topic: String,
    pub partition: i32,
    pub current: Option<i64>,
    pub new: i64,
    #[serde(skip)]
    pub clamped_from: Option<i64>,
}

impl PlanRow {
    pub fn delta(&self) -> Option<i64> {
        self.current.map(|c| self.new - c)
    }
}

/// New offsets for the partitions in scope. `extent` gives each partition's log start
/// and end, `by_time` the offset found for a time target (None: no record that recent).
pub fn plan(
    view: &GroupView,
    scope: &[(String, i32)],
    target: &Target,
    extent: impl Fn(&str, i32) -> (i64, i64),
    by_time: impl Fn(&str, i32) -> Option<i64>,
) -> Result<Vec<PlanRow>> {
    scope
        .iter()
        .map(|(topic, partition)| {
            let (start, end) = extent(topic, *partition);
            let current = view
                .partitions
                .iter()
                .find(|p| p.partition == *partition && p.topic == *topic)
                .and_then(|p| p.current_offset);
            let wanted = match target {
                Target::Earliest => start,
                Target::Latest => end,
                Target::Current => current.unwrap_or(end),
                Target::Offset(n) => *n,
                Target::Shift(n) => current.unwrap_or(end) + n,
                Target::Time(_) => by_time(topic, *partition).unwrap_or(end),
                Target::File(rows) => rows
                    .iter()
                    .find(|r| r.partition == *partition && r.topic == *topic)
                    .map(|r| r.offset)
                    .ok_or_else(|| anyhow!("{topic}:{partition} is not in the file"))?,
            };
            let new = wanted.clamp(start, end);
            Ok(PlanRow {
                group: view.group.clone(),
                topic: topic.clone(),
                partition: *partition,
                current,
                new,
                clamped_from: (new != wanted).then_some(wanted),
            })
        })
        .collect()
}

/// An active group would overwrite the new offsets with its own commits.
pub fn refuse_if_active(view: &GroupView) -> Result<()> {
    if !view.is_active() {
        return Ok(());
    }
    let members: Vec<String> = view
        .members
        .iter()
        .map(|m| format!("{} ({}, {})", m.consumer_id, m.client_id, m.host))
        .collect();
    let who = if members.is_empty() {
        "members the broker does not list".to_string()
    } else {
        format!("{} active member(s): {}", members.len(), members.join(", "))
    };
    Err(anyhow!(
        "group '{}' is {} with {who}; stop them first, nothing was changed",
        view.group,
        view.state
    ))
}

/// Reads `topic,partition,offset` lines; a header line and blank lines are allowed.
pub fn parse_plan_csv(text: &str, source: &str) -> Result<Vec<PartitionOffset>> {
    let mut rows = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.eq_ignore_ascii_case("topic,partition,offset") {
            continue;
        }
        let fields: Vec<&str> = line.rsplitn(3, ',').collect();
        let parsed = match fields.as_slice() {
            [offset, partition, topic] if !topic.is_empty() => partition
                .trim()
                .parse::<i32>()
                .ok()
                .filter(|p| *p >= 0)
                .zip(offset.trim().parse::<i64>().ok().filter(|o| *o >= 0))
                .map(|(partition, offset)| PartitionOffset {
                    topic: topic.trim().to_string(),
                    partition,
                    offset,
                }),
            _ => None,
        };
        match parsed {
            Some(row) => rows.push(row),
            None => bail!(
                "{source}: line {}: expected topic,partition,offset, got '{line}'",
                index + 1
            ),
        }
    }
    Ok(rows)
}

fn csv(rows: &[PlanRow], offset: impl Fn(&PlanRow) -> Option<i64>) -> String {
    let mut text = String::from("topic,partition,offset\n");
    for row in rows {
        if let Some(offset) = offset(row) {
            text.push_str(&format!("{},{},{}\n", row.topic, row.partition, offset));
        }
    }
    text
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
    let target = target(&args)?;
    if args.topics.is_empty() && !args.all_topics && !matches!(target, Target::File(_)) {
        bail!(UsageError(
            "choose the partitions: --topic TOPIC[:PARTITIONS] or --all-topics".into()
        ));
    }
    let groups = select_groups(ctx, &args.groups, args.all_groups).await?;
    if args.export.is_some() && groups.len() != 1 {
        bail!(UsageError(
            "--export writes the plan of one group; name exactly one".into()
        ));
    }
    let views = gather(ctx, groups).await?;
    let cluster = ctx.cluster().await?;
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
    let consumer = ctx.lookup_consumer()?;
    let timeout = ctx.timeout();
    let time = match target {
        Target::Time(ms) => Some(ms),
        _ => None,
    };
    let (extents, found) = ctx
        .blocking(move || {
            let extents = group_admin::log_extents(consumer.client(), &all, timeout)?;
            let found = match time {
                Some(ms) => {
                    let positions = vec![Position::Time(ms); extents.len()];
                    offsets_for_times(&consumer, &extents, &positions, timeout)?
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
                row.group, row.topic, row.partition, row.new
            ));
        }
    }
    print_plan(ctx, &plans)?;
    if let Some(path) = &args.export {
        write_file(path, &csv(&plans[0], |r| Some(r.new)))?;
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
    if ctx.output == OutputFormat::Json {
        let rows: Vec<serde_json::Value> = plans
            .iter()
            .flatten()
            .map(|r| serde_json::json!({"group": r.group, "topic": r.topic, "partition": r.partition, "current": r.current, "new": r.new, "delta": r.delta()}))
            .collect();
        return output::print_json(&rows);
    }
    let mut table = output::table(&["GROUP", "TOPIC", "PARTITION", "CURRENT", "NEW", "DELTA"]);
    for row in plans.iter().flatten() {
        table.add_row(vec![
            row.group.clone(),
            row.topic.clone(),
            row.partition.to_string(),
            super::or_dash(row.current),
            row.new.to_string(),
            row.delta().map_or("-".into(), |d| format!("{d:+}")),
        ]);
    }
    output::print_table(&table)
}

/// Writes the undo file, commits the plan in one request, and reads it back.
async fn apply(ctx: &Context, view: &GroupView, rows: &[PlanRow]) -> Result<()> {
    let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%S%.3fZ");
    let undo = PathBuf::from(format!("kfk-undo-{}-{stamp}.csv", sanitize(&view.group)));
    // Never overwrite an earlier undo file: it may be the only record of older offsets.
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&undo)
        .and_then(|mut file| {
            std::io::Write::write_all(&mut file, csv(rows, |r| r.current).as_bytes())
        })
        .with_context(|| format!("cannot write the undo file {}", undo.display()))?;
    let uncommitted = rows.iter().filter(|r| r.current.is_none()).count();
    let offsets: Vec<PartitionOffset> = rows
        .iter()
        .map(|r| PartitionOffset {
            topic: r.topic.clone(),
            partition: r.partition,
            offset: r.new,
        })
        .collect();
    let admin = ctx.admin()?;
    let timeout = ctx.timeout();
    let group = view.group.clone();
    let wanted = offsets.clone();
    let (failures, committed) = ctx
        .blocking(move || {
            let client = admin.inner();
            let failures = group_admin::alter_offsets(client, &group, &wanted, timeout)?;
            let committed = group_admin::committed_offsets(client, &group, timeout)?;
            Ok((failures, committed))
        })
        .await?;
    if !failures.is_empty() {
        let list: Vec<String> = failures
            .iter()
            .map(|(p, e)| format!("{}:{} ({e})", p.topic, p.partition))
            .collect();
        return Err(PartialFailure(format!(
            "group '{}': the broker refused {} of {} offsets: {}; undo file: {}",
            view.group,
            failures.len(),
            offsets.len(),
            list.join(", "),
            absolute(&undo).display()
        ))
        .into());
    }
    let mismatched: Vec<String> = offsets
        .iter()
        .filter(|o| !committed.contains(o))
        .map(|o| format!("{}:{}", o.topic, o.partition))
        .collect();
    if !mismatched.is_empty() {
        return Err(PartialFailure(format!(
            "group '{}': read back differs for {}; undo file: {}",
            view.group,
            mismatched.join(", "),
            absolute(&undo).display()
        ))
        .into());
    }
    output::note(&format!(
        "group '{}': {} offsets committed and read back; undo with: kfk consumer-groups reset-offsets {} --from-file {} --execute",
        view.group,
        offsets.len(),
        view.group,
        absolute(&undo).display()
    ));
    if uncommitted > 0 {
        output::note(&format!("{uncommitted} partitions had no committed offset before; the undo file leaves them out"));
    }
    Ok(())
}

fn sanitize(name: &str) -> String {
    name.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}

fn write_file(path: &Path, text: &str) -> Result<()> {
    std::fs::write(path, text).with_context(|| format!("cannot write {}", path.display()))
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(crate::fuzz_config())]
        #[test]
        fn plans_never_panic(text in "([a-z,0-9-]{0,20}\n){0,5}", any_text in ".{0,80}") {
            let _ = parse_plan_csv(&text, "plan.csv");
            let _ = parse_plan_csv(&any_text, "plan.csv");
        }
    }

    use super::super::build_view;
    use super::super::tests::{description, offset};
    use super::*;

    #[test]
    fn an_active_group_is_refused_naming_its_members() {
        let view = build_view(&description(), &[], &[]);
        let err = refuse_if_active(&view).unwrap_err().to_string();
        assert_eq!(
            err,
            "group 'billing' is Stable with 2 active member(s): consumer-a (app-a, /10.0.0.1), \
             consumer-b (app-b, /10.0.0.2); stop them first, nothing was changed"
        );
        let mut idle = description();
        idle.members.clear();
        idle.state = "Empty".into();
        assert!(refuse_if_active(&build_view(&idle, &[], &[])).is_ok());
    }

    #[test]
    fn plans_clamp_into_the_log() {
        let mut idle = description();
        idle.members.clear();
        let view = build_view(&idle, &[offset("t", 0, 50)], &[]);
        let scope = vec![("t".to_string(), 0), ("t".to_string(), 1)];
        let extent = |_: &str, p: i32| if p == 0 { (10, 100) } else { (0, 5) };
        let run = |target: Target| {
            plan(&view, &scope, &target, extent, |_, p| {
                (p == 0).then_some(70)
            })
            .unwrap()
        };
        let news = |rows: Vec<PlanRow>| {
            rows.iter()
                .map(|r| (r.new, r.clamped_from))
                .collect::<Vec<_>>()
        };
        assert_eq!(news(run(Target::Earliest)), [(10, None), (0, None)]);
        assert_eq!(news(run(Target::Latest)), [(100, None), (5, None)]);
        assert_eq!(
            news(run(Target::Shift(-45))),
            [(10, Some(5)), (0, Some(-40))]
        );
        assert_eq!(
            news(run(Target::Offset(200))),
            [(100, Some(200)), (5, Some(200))]
        );
        assert_eq!(news(run(Target::Time(0))), [(70, None), (5, None)]);
        let rows = run(Target::Current);
        assert_eq!((rows[0].current, rows[0].delta()), (Some(50), Some(0)));
        assert_eq!(rows[1].current, None);
    }

    #[test]
    fn plan_files_parse_with_line_numbers() {
        let rows = parse_plan_csv(
            "topic,partition,offset\norders,0,5\n\nmy,topic,1,7\n",
            "plan.csv",
        )
        .unwrap();
        assert_eq!(rows, [offset("orders", 0, 5), offset("my,topic", 1, 7)]);
        let err = parse_plan_csv("orders,0,5\norders,x,5\n", "plan.csv")
            .unwrap_err()
            .to_string();
        assert_eq!(
            err,
            "plan.csv: line 2: expected topic,partition,offset, got 'orders,x,5'"
        );
        assert!(parse_plan_csv("orders,0,-1\n", "p").is_err());
    }
}
