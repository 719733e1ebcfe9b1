//! `kfk consumer-groups`: inspect and move consumer groups.
//!
//! The commands share one picture of a group, `GroupView`, gathered in a fixed number of
//! requests whatever the number of partitions: one DescribeGroups for all groups, one
//! offset fetch per group, one ListOffsets per broker for the log starts and one for the
//! log ends. Rendering and decisions work on that picture, apart from the FFI.

mod delete;
mod delete_offsets;
mod describe;
mod lag;
mod list;
pub(crate) mod reset_offsets;

use std::collections::BTreeSet;

use anyhow::{bail, Result};
use clap::Subcommand;

use serde::Serialize;

use crate::context::Context;
use crate::group_admin::{self, GroupDescription, PartitionOffset};
use crate::offsets::PartitionExtent;

#[derive(Subcommand, Debug)]
pub enum ConsumerGroupsCommand {
    List(list::ListArgs),
    Describe(describe::DescribeArgs),
    Lag(lag::LagArgs),
    ResetOffsets(reset_offsets::ResetOffsetsArgs),
    Delete(delete::DeleteArgs),
    DeleteOffsets(delete_offsets::DeleteOffsetsArgs),
}

pub async fn run(ctx: &Context, command: ConsumerGroupsCommand) -> Result<()> {
    match command {
        ConsumerGroupsCommand::List(args) => list::run(ctx, args).await,
        ConsumerGroupsCommand::Describe(args) => describe::run(ctx, args).await,
        ConsumerGroupsCommand::Lag(args) => lag::run(ctx, args).await,
        ConsumerGroupsCommand::ResetOffsets(args) => reset_offsets::run(ctx, args).await,
        ConsumerGroupsCommand::Delete(args) => delete::run(ctx, args).await,
        ConsumerGroupsCommand::DeleteOffsets(args) => delete_offsets::run(ctx, args).await,
    }
}

/// One partition as a group sees it.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct PartitionView {
    pub topic: String,
    pub partition: i32,
    /// The committed offset; None when the group has not committed this partition.
    pub current_offset: Option<i64>,
    pub log_start_offset: i64,
    pub log_end_offset: i64,
    pub lag: Option<i64>,
    pub consumer_id: Option<String>,
    pub host: Option<String>,
    pub client_id: Option<String>,
}

/// A group: its description and every partition it has committed or been assigned.
#[derive(Debug, Clone, Serialize)]
pub struct GroupView {
    pub group: String,
    /// Why the group could not be read; the rest of the view is then empty.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    pub state: String,
    pub assignment_strategy: String,
    pub coordinator: Option<String>,
    pub members: Vec<MemberView>,
    pub partitions: Vec<PartitionView>,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct MemberView {
    pub consumer_id: String,
    pub host: String,
    pub client_id: String,
    pub assignment: Vec<(String, i32)>,
}

impl GroupView {
    /// A group that could not be read: it is reported with the reason, beside the others.
    pub fn unreadable(group: &str, reason: String) -> GroupView {
        GroupView {
            group: group.to_string(),
            error: Some(reason),
            state: "Unknown".into(),
            assignment_strategy: String::new(),
            coordinator: None,
            members: Vec::new(),
            partitions: Vec::new(),
        }
    }

    /// A group the cluster does not know: never used, or deleted.
    pub fn is_unknown(&self) -> bool {
        self.state == "Dead" && self.partitions.is_empty()
    }

    pub fn total_lag(&self) -> i64 {
        self.partitions.iter().filter_map(|p| p.lag).sum()
    }

    /// Whether consumers are in the group (or joining it), so its offsets must not move.
    pub fn is_active(&self) -> bool {
        !self.members.is_empty()
            || matches!(
                self.state.as_str(),
                "Stable" | "PreparingRebalance" | "CompletingRebalance"
            )
    }
}

/// Joins a group's description, committed offsets and the log extents into a view.
pub fn build_view(
    description: &GroupDescription,
    committed: &[PartitionOffset],
    extents: &[PartitionExtent],
) -> GroupView {
    let lookup = |rows: &[PartitionOffset], topic: &str, partition: i32| {
        rows.iter()
            .find(|r| r.partition == partition && r.topic == topic)
            .map(|r| r.offset)
    };
    let mut keys: BTreeSet<(String, i32)> = committed
        .iter()
        .map(|c| (c.topic.clone(), c.partition))
        .collect();
    for member in &description.members {
        keys.extend(member.assignment.iter().cloned());
    }
    let partitions = keys
        .into_iter()
        .map(|(topic, partition)| {
            let current = lookup(committed, &topic, partition);
            let (start, end) = extents
                .iter()
                .find(|e| e.partition == partition && e.topic == topic)
                .map_or((0, 0), |e| (e.low, e.high));
            let owner = description.members.iter().find(|m| {
                m.assignment
                    .iter()
                    .any(|(t, p)| *p == partition && *t == topic)
            });
            PartitionView {
                lag: current.map(|c| (end - c.max(start)).max(0)),
                current_offset: current,
                log_start_offset: start,
                log_end_offset: end,
                consumer_id: owner.map(|m| m.consumer_id.clone()),
                host: owner.map(|m| m.host.clone()),
                client_id: owner.map(|m| m.client_id.clone()),
                topic,
                partition,
            }
        })
        .collect();
    GroupView {
        group: description.group.clone(),
        error: None,
        state: description.state.clone(),
        assignment_strategy: description.assignor.clone(),
        coordinator: description.coordinator.clone(),
        members: description
            .members
            .iter()
            .map(|m| MemberView {
                consumer_id: m.consumer_id.clone(),
                host: m.host.clone(),
                client_id: m.client_id.clone(),
                assignment: m.assignment.clone(),
            })
            .collect(),
        partitions,
    }
}

/// The views of several groups, gathered with a fixed number of requests. A group that
/// cannot be read gets a view that says why; the others are read as usual.
pub async fn gather(ctx: &Context, groups: Vec<String>) -> Result<Vec<GroupView>> {
    let admin = ctx.admin()?;
    let timeout = ctx.timeout();
    ctx.blocking(move || {
        let client = admin.inner();
        let described = group_admin::describe_groups(client, &groups, timeout)?;
        let read: Vec<Result<(GroupDescription, Vec<PartitionOffset>), String>> = described
            .into_iter()
            .map(|description| {
                let description = description?;
                let committed = group_admin::committed_offsets(client, &description.group, timeout)
                    .map_err(|err| format!("{err:#}"))?;
                Ok((description, committed))
            })
            .collect();
        let mut partitions: BTreeSet<(String, i32)> = BTreeSet::new();
        for (description, offsets) in read.iter().flatten() {
            partitions.extend(offsets.iter().map(|o| (o.topic.clone(), o.partition)));
            for member in &description.members {
                partitions.extend(member.assignment.iter().cloned());
            }
        }
        let partitions: Vec<(String, i32)> = partitions.into_iter().collect();
        let extents = group_admin::log_extents(client, &partitions, timeout)?;
        Ok(groups
            .iter()
            .zip(read)
            .map(|(group, read)| match read {
                Ok((description, offsets)) => build_view(&description, &offsets, &extents),
                Err(reason) => GroupView::unreadable(group, reason),
            })
            .collect())
    })
    .await
}

/// The groups that could not be read (name, why) among `total`, as a partial failure
/// (exit status 3) once the others have been reported.
pub fn partial_if_unreadable<'a>(
    total: usize,
    failed: impl Iterator<Item = (&'a str, &'a str)>,
) -> Result<()> {
    let failed: Vec<String> = failed
        .map(|(group, error)| format!("'{group}' ({error})"))
        .collect();
    if failed.is_empty() {
        return Ok(());
    }
    Err(crate::error::PartialFailure(format!(
        "{} of {total} groups could not be read: {}",
        failed.len(),
        failed.join(", ")
    ))
    .into())
}

/// `partial_if_unreadable` for gathered views.
pub fn unreadable_views(views: &[GroupView]) -> Result<()> {
    partial_if_unreadable(
        views.len(),
        views
            .iter()
            .filter_map(|v| Some((v.group.as_str(), v.error.as_deref()?))),
    )
}

/// Refuses groups the cluster does not know, for commands that only read them.
pub fn require_known(views: &[GroupView]) -> Result<()> {
    match views.iter().find(|v| v.is_unknown()) {
        Some(view) => bail!("consumer group '{}' does not exist", view.group),
        None => Ok(()),
    }
}

/// The groups named, or with `all`, every group of the cluster.
pub async fn select_groups(ctx: &Context, named: &[String], all: bool) -> Result<Vec<String>> {
    if !all {
        if named.is_empty() {
            bail!(crate::error::UsageError(
                "name at least one group, or use --all".into()
            ));
        }
        return Ok(named.to_vec());
    }
    let admin = ctx.admin()?;
    let timeout = ctx.timeout();
    let listings = ctx
        .blocking(move || group_admin::list_groups(admin.inner(), timeout))
        .await?;
    Ok(listings.into_iter().map(|l| l.group).collect())
}

/// Asks on the terminal; without one, the command needs --yes.
fn confirm(question: &str, answer: &str) -> Result<()> {
    use std::io::{BufRead, IsTerminal, Write};
    if !std::io::stdin().is_terminal() {
        bail!(crate::error::UsageError(
            "refusing without confirmation; pass --yes".into()
        ));
    }
    eprint!("{question} Type '{answer}' to confirm: ");
    std::io::stderr().flush()?;
    let mut typed = String::new();
    std::io::stdin().lock().read_line(&mut typed)?;
    if typed.trim() != answer {
        bail!("not confirmed; nothing was changed");
    }
    Ok(())
}

/// "-" for a missing value, as kafka-consumer-groups.sh prints it.
pub fn or_dash<T: ToString>(value: Option<T>) -> String {
    value.map_or_else(|| "-".to_string(), |v| v.to_string())
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::group_admin::MemberDescription;

    /// A stable group with two members, one partition each.
    pub fn description() -> GroupDescription {
        let member = |id: &str, host: &str, client: &str, partition: i32| MemberDescription {
            consumer_id: id.into(),
            host: host.into(),
            client_id: client.into(),
            assignment: vec![("orders".into(), partition)],
        };
        GroupDescription {
            group: "billing".into(),
            state: "Stable".into(),
            assignor: "range".into(),
            coordinator: Some("broker1:9092 (id 1)".into()),
            members: vec![
                member("consumer-a", "/10.0.0.1", "app-a", 0),
                member("consumer-b", "/10.0.0.2", "app-b", 1),
            ],
        }
    }

    pub fn offset(topic: &str, partition: i32, offset: i64) -> PartitionOffset {
        PartitionOffset {
            topic: topic.into(),
            partition,
            offset,
        }
    }

    pub fn extent(topic: &str, partition: i32, low: i64, high: i64) -> PartitionExtent {
        PartitionExtent {
            topic: topic.into(),
            partition,
            low,
            high,
        }
    }

    #[test]
    fn lag_counts_from_the_log_start_when_the_commit_is_older() {
        let mut empty = description();
        empty.members.clear();
        empty.state = "Empty".into();
        let view = build_view(
            &empty,
            &[offset("orders", 0, 3), offset("other", 0, 50)],
            &[extent("orders", 0, 10, 25), extent("other", 0, 0, 50)],
        );
        assert_eq!(
            view.partitions[0].lag,
            Some(15),
            "records below the log start are gone, not lag"
        );
        assert_eq!(view.partitions[1].lag, Some(0));
        assert!(!view.is_active());
        assert!(view.partitions[0].consumer_id.is_none());
    }

    #[test]
    fn assigned_but_uncommitted_partitions_show_without_lag() {
        let view = build_view(&description(), &[], &[extent("orders", 0, 0, 4)]);
        assert_eq!(view.partitions.len(), 2);
        assert_eq!(view.partitions[0].current_offset, None);
        assert_eq!(view.partitions[0].lag, None);
        assert_eq!(
            view.partitions[0].consumer_id.as_deref(),
            Some("consumer-a")
        );
        assert!(view.is_active());
    }
}
