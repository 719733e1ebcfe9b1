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
    File(Vec<FileRow>),
}

/// The offset `none` in a plan file: the partition has no committed offset.
pub const NO_OFFSET: &str = "none";

/// One line of a plan file: a partition and its offset, or none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileRow {
    pub topic: String,
    pub partition: i32,
    pub offset: Option<i64>,
}

/// One line of the plan.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct PlanRow {
    pub group: String,
    pub topic: String,
    pub partition: i32,
    pub current: Option<i64>,
    /// None: delete the committed offset (a plan file's `none`).
    pub new: Option<i64>,
    #[serde(skip)]
    pub clamped_from: Option<i64>,
}

impl PlanRow {
    pub fn delta(&self) -> Option<i64> {
        Some(self.new? - self.current?)
    }
}

/// New offsets for the partitions in scope. `extent` gives each partition's log start
/// and end, `by_time` the offset found for a time target (None: no record that recent).
/// Targets relative to the committed offset refuse partitions that have none: any
/// position kfk chose for them would be invented.
pub fn plan(
    view: &GroupView,
    scope: &[(String, i32)],
    target: &Target,
    extent: impl Fn(&str, i32) -> (i64, i64),
    by_time: impl Fn(&str, i32) -> Option<i64>,
) -> Result<Vec<PlanRow>> {
    let current = |topic: &str, partition: i32| {
        view.partitions
            .iter()
            .find(|p| p.partition == partition && p.topic == topic)
            .and_then(|p| p.current_offset)
    };
    if let Target::Shift(_) | Target::Current = target {
        let uncommitted: Vec<String> = scope
            .iter()
            .filter(|(topic, partition)| current(topic, *partition).is_none())
            .map(|(topic, partition)| format!("{topic}:{partition}"))
            .collect();
        if !uncommitted.is_empty() {
            let flag = if let Target::Shift(_) = target {
                "--shift-by"
            } else {
                "--to-current"
            };
            bail!(
                "group '{}' has no committed offset for {}, and {flag} starts from the committed offset; \
                 nothing was changed. Leave them out (--topic TOPIC:PARTITIONS) or give them a position \
                 (--to-earliest, --to-latest, --to-offset, --to-datetime)",
                view.group,
                uncommitted.join(", ")
            );
        }
    }
    scope
        .iter()
        .map(|(topic, partition)| {
            let (start, end) = extent(topic, *partition);
            let current = current(topic, *partition);
            let wanted = match target {
                Target::Earliest => Some(start),
                Target::Latest => Some(end),
                Target::Current => current,
                Target::Offset(n) => Some(*n),
                Target::Shift(n) => current.map(|c| c + n),
                Target::Time(_) => Some(by_time(topic, *partition).unwrap_or(end)),
                Target::File(rows) => {
                    rows.iter()
                        .find(|r| r.partition == *partition && r.topic == *topic)
                        .ok_or_else(|| anyhow!("{topic}:{partition} is not in the file"))?
                        .offset
                }
            };
            let new = wanted.map(|w| w.clamp(start, end));
            Ok(PlanRow {
                group: view.group.clone(),
                topic: topic.clone(),
                partition: *partition,
                current,
                new,
                clamped_from: wanted.filter(|w| Some(*w) != new),
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

/// Reads `topic,partition,offset` lines (offset `none`: no committed offset); a header
/// line and blank lines are allowed.
pub fn parse_plan_csv(text: &str, source: &str) -> Result<Vec<FileRow>> {
    let mut rows = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.eq_ignore_ascii_case("topic,partition,offset") {
            continue;
        }
        let fields: Vec<&str> = line.rsplitn(3, ',').collect();
        let offset = |raw: &str| match raw.trim() {
            NO_OFFSET => Some(None),
            number => number.parse::<i64>().ok().filter(|o| *o >= 0).map(Some),
        };
        let parsed = match fields.as_slice() {
            [raw_offset, partition, topic] if !topic.is_empty() => partition
                .trim()
                .parse::<i32>()
                .ok()
                .filter(|p| *p >= 0)
                .zip(offset(raw_offset))
                .map(|(partition, offset)| FileRow {
                    topic: topic.trim().to_string(),
                    partition,
                    offset,
                }),
            _ => None,
        };
        match parsed {
            Some(row) if rows.iter().any(|r: &FileRow| r.partition == row.partition && r.topic == row.topic) => bail!(
                "{source}: line {}: {}:{} appears twice; a plan gives each partition one offset",
                index + 1,
                row.topic,
                row.partition
            ),
            Some(row) => rows.push(row),
            None => bail!(
                "{source}: line {}: expected topic,partition,offset (offset: 0 or more, or {NO_OFFSET}), got '{line}'",
                index + 1
            ),
        }
    }
    Ok(rows)
}

/// A plan file: every row, with `none` where there is no offset.
fn csv(rows: &[PlanRow], offset: impl Fn(&PlanRow) -> Option<i64>) -> String {
    let mut text = String::from("topic,partition,offset\n");
    for row in rows {
        let offset = offset(row).map_or_else(|| NO_OFFSET.to_string(), |o| o.to_string());
        text.push_str(&format!("{},{},{offset}\n", row.topic, row.partition));
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
    // A plan for a group kfk cannot read would start from offsets it does not know.
    if let Some(view) = views.iter().find(|v| v.error.is_some()) {
        bail!(
            "cannot read group '{}': {}; nothing was changed",
            view.group,
            view.error.as_deref().unwrap_or_default()
        );
    }
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
                row.group,
                row.topic,
                row.partition,
                super::or_dash(row.new)
            ));
        }
    }
    print_plan(ctx, &plans)?;
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
            super::or_dash(row.new),
            row.delta().map_or("-".into(), |d| format!("{d:+}")),
        ]);
    }
    output::print_table(&table)
}

/// Writes the undo file, commits the plan in one request, deletes the offsets the plan
/// removes, and reads the result back.
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
    let undo = absolute(&undo);
    let commits: Vec<PartitionOffset> = rows
        .iter()
        .filter_map(|r| {
            Some(PartitionOffset {
                topic: r.topic.clone(),
                partition: r.partition,
                offset: r.new?,
            })
        })
        .collect();
    // Only offsets that exist need deleting.
    let deletions: Vec<(String, i32)> = rows
        .iter()
        .filter(|r| r.new.is_none() && r.current.is_some())
        .map(|r| (r.topic.clone(), r.partition))
        .collect();
    let admin = ctx.admin()?;
    let timeout = ctx.timeout();
    let group = view.group.clone();
    let wanted = commits.clone();
    let to_delete = deletions.clone();
    let (refused, deleted, committed) = ctx
        .blocking(move || {
            let client = admin.inner();
            let refused = if wanted.is_empty() {
                Vec::new()
            } else {
                group_admin::alter_offsets(client, &group, &wanted, timeout)?
            };
            if !refused.is_empty() {
                return Ok((refused, Ok(Vec::new()), Vec::new()));
            }
            let deleted = if to_delete.is_empty() {
                Ok(Vec::new())
            } else {
                group_admin::delete_offsets(client, &group, &to_delete, timeout)
            };
            let committed = group_admin::committed_offsets(client, &group, timeout);
            if deleted.is_err() {
                group_admin::leave_after_failed_delete(admin);
            }
            Ok((refused, deleted, committed?))
        })
        .await?;
    let group = &view.group;
    if !refused.is_empty() {
        let list: Vec<String> = refused
            .iter()
            .map(|(p, e)| format!("{}:{} ({e})", p.topic, p.partition))
            .collect();
        return Err(PartialFailure(format!(
            "group '{group}': the broker refused {} of {} offsets: {}; undo file: {}",
            refused.len(),
            commits.len(),
            list.join(", "),
            undo.display()
        ))
        .into());
    }
    // The partitions whose offsets stayed, and why (one reason when the request failed).
    let not_deleted = match deleted {
        Ok(failures) if failures.is_empty() => None,
        Ok(failures) => Some(
            failures
                .iter()
                .map(|(p, e)| format!("{}:{} ({e})", p.topic, p.partition))
                .collect::<Vec<_>>()
                .join(", "),
        ),
        Err(err) => Some(format!(
            "{}: {err:#}",
            deletions
                .iter()
                .map(|(topic, partition)| format!("{topic}:{partition}"))
                .collect::<Vec<_>>()
                .join(", "),
        )),
    };
    let mismatched: Vec<String> = commits
        .iter()
        .filter(|o| !committed.contains(o))
        .map(|o| format!("{}:{}", o.topic, o.partition))
        .chain(
            deletions
                .iter()
                .filter(|(topic, partition)| {
                    committed
                        .iter()
                        .any(|c| c.partition == *partition && c.topic == *topic)
                })
                .map(|(topic, partition)| format!("{topic}:{partition}")),
        )
        .collect();
    let undo_hint = format!(
        "undo with: kfk consumer-groups reset-offsets {group} --from-file {} --execute",
        undo.display()
    );
    if let Some(not_deleted) = not_deleted {
        return Err(PartialFailure(format!(
            "group '{group}': {} offsets committed, but the committed offset could not be removed \
             (restored to none) for {not_deleted}; {undo_hint}",
            commits.len(),
        ))
        .into());
    }
    if !mismatched.is_empty() {
        return Err(PartialFailure(format!(
            "group '{group}': read back differs for {}; {undo_hint}",
            mismatched.join(", "),
        ))
        .into());
    }
    let removed = if deletions.is_empty() {
        String::new()
    } else {
        format!(" and {} removed", deletions.len())
    };
    output::note(&format!(
        "group '{group}': {} offsets committed{removed} and read back; {undo_hint}",
        commits.len(),
    ));
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
        let view = build_view(&idle, &[offset("t", 0, 50), offset("t", 1, 3)], &[]);
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
        assert_eq!(
            news(run(Target::Earliest)),
            [(Some(10), None), (Some(0), None)]
        );
        assert_eq!(
            news(run(Target::Latest)),
            [(Some(100), None), (Some(5), None)]
        );
        assert_eq!(
            news(run(Target::Shift(-45))),
            [(Some(10), Some(5)), (Some(0), Some(-42))]
        );
        assert_eq!(
            news(run(Target::Offset(200))),
            [(Some(100), Some(200)), (Some(5), Some(200))]
        );
        assert_eq!(
            news(run(Target::Time(0))),
            [(Some(70), None), (Some(5), None)]
        );
        let rows = run(Target::Current);
        assert_eq!((rows[0].current, rows[0].delta()), (Some(50), Some(0)));
    }

    #[test]
    fn moves_from_the_committed_offset_refuse_partitions_without_one() {
        let mut idle = description();
        idle.members.clear();
        let view = build_view(&idle, &[offset("t", 0, 50)], &[]);
        let scope = vec![
            ("t".to_string(), 0),
            ("t".to_string(), 1),
            ("t".to_string(), 2),
        ];
        let run = |target: Target| plan(&view, &scope, &target, |_, _| (0, 100), |_, _| None);
        for (target, flag) in [
            (Target::Shift(-5), "--shift-by"),
            (Target::Current, "--to-current"),
        ] {
            let err = run(target).unwrap_err().to_string();
            assert!(
                err.starts_with(&format!(
                    "group 'billing' has no committed offset for t:1, t:2, and {flag} starts from the committed offset; nothing was changed"
                )),
                "{err}"
            );
        }
        let rows = run(Target::Earliest).unwrap();
        assert_eq!(
            rows.iter().map(|r| r.current).collect::<Vec<_>>(),
            [Some(50), None, None]
        );
        let undo = csv(&rows, |r| r.current);
        assert_eq!(undo, "topic,partition,offset\nt,0,50\nt,1,none\nt,2,none\n");
        let restored = run(Target::File(parse_plan_csv(&undo, "undo.csv").unwrap())).unwrap();
        assert_eq!(
            restored.iter().map(|r| r.new).collect::<Vec<_>>(),
            [Some(50), None, None]
        );
    }

    #[test]
    fn plan_files_parse_with_line_numbers() {
        let rows = parse_plan_csv(
            "topic,partition,offset\norders,0,5\n\nmy,topic,1,7\norders,2,none\n",
            "plan.csv",
        )
        .unwrap();
        let row = |topic: &str, partition, offset| FileRow {
            topic: topic.into(),
            partition,
            offset,
        };
        assert_eq!(
            rows,
            [
                row("orders", 0, Some(5)),
                row("my,topic", 1, Some(7)),
                row("orders", 2, None)
            ]
        );
        let err = parse_plan_csv("orders,0,5\norders,x,5\n", "plan.csv")
            .unwrap_err()
            .to_string();
        assert_eq!(
            err,
            "plan.csv: line 2: expected topic,partition,offset (offset: 0 or more, or none), got 'orders,x,5'"
        );
        assert!(parse_plan_csv("orders,0,-1\n", "p").is_err());
        assert!(parse_plan_csv("orders,0,None\n", "p").is_err());
        assert_eq!(
            parse_plan_csv("orders,0,5\norders,0,7\n", "p")
                .unwrap_err()
                .to_string(),
            "p: line 2: orders:0 appears twice; a plan gives each partition one offset"
        );
    }
}
