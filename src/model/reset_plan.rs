//! Reset plans: where a group's offsets go, per partition, and the plan files (CSV) that
//! export a plan and undo an applied one. Shared by reset-offsets and seek-to-timestamp.

use anyhow::{anyhow, bail, Result};
use serde::Serialize;

use super::group::GroupView;

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
pub fn csv(rows: &[PlanRow], offset: impl Fn(&PlanRow) -> Option<i64>) -> String {
    let mut text = String::from("topic,partition,offset\n");
    for row in rows {
        let offset = offset(row).map_or_else(|| NO_OFFSET.to_string(), |o| o.to_string());
        text.push_str(&format!("{},{},{offset}\n", row.topic, row.partition));
    }
    text
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

    use super::super::group::build_view;
    use super::super::group::tests::{description, offset};
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
