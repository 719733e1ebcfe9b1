//! `kfk consumer-groups`: inspect and move consumer groups.
//!
//! The commands share one picture of a group, `GroupView`, gathered in a fixed number of
//! requests whatever the number of partitions: one DescribeGroups for all groups, one
//! offset fetch per group, one ListOffsets per broker for the log starts and one for the
//! log ends. Rendering and decisions work on that picture, apart from the FFI.

mod copy_offsets;
mod delete;
mod delete_offsets;
mod describe;
mod lag;
mod list;
pub(crate) mod reset_offsets;

use std::sync::Arc;

use anyhow::{bail, Result};
use clap::{Args, Subcommand};

use crate::context::Context;
use crate::kafka::{admin, GroupDescription, PartitionOffset};
use crate::model::group::{build_view, partitions_of, GroupView};
use crate::model::reset_plan::NO_OFFSET;

#[derive(Subcommand, Debug)]
pub enum ConsumerGroupsCommand {
    List(list::ListArgs),
    Describe(describe::DescribeArgs),
    Lag(lag::LagArgs),
    ResetOffsets(reset_offsets::ResetOffsetsArgs),
    CopyOffsets(copy_offsets::CopyOffsetsArgs),
    Delete(delete::DeleteArgs),
    DeleteOffsets(delete_offsets::DeleteOffsetsArgs),
}

pub async fn run(ctx: &Context, command: ConsumerGroupsCommand) -> Result<()> {
    match command {
        ConsumerGroupsCommand::List(args) => list::run(ctx, args).await,
        ConsumerGroupsCommand::Describe(args) => describe::run(ctx, args).await,
        ConsumerGroupsCommand::Lag(args) => lag::run(ctx, args).await,
        ConsumerGroupsCommand::ResetOffsets(args) => reset_offsets::run(ctx, args).await,
        ConsumerGroupsCommand::CopyOffsets(args) => copy_offsets::run(ctx, args).await,
        ConsumerGroupsCommand::Delete(args) => delete::run(ctx, args).await,
        ConsumerGroupsCommand::DeleteOffsets(args) => delete_offsets::run(ctx, args).await,
    }
}

/// How many groups are read at once, for commands that read many.
#[derive(Args, Debug, Clone, Copy)]
pub struct Concurrency {
    /// Groups read at once: requests in flight to the group coordinators
    #[arg(long = "concurrency", value_name = "N", default_value_t = 64,
          value_parser = clap::value_parser!(u16).range(1..))]
    pub in_flight: u16,
}

impl Default for Concurrency {
    fn default() -> Concurrency {
        Concurrency { in_flight: 64 }
    }
}

/// What a command needs to know of each group besides its committed offsets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Detail {
    /// State, members and coordinator of every group.
    Full,
    /// Lag only: a group with committed offsets is known to exist and needs no
    /// description, which halves the requests per group; the others are described to
    /// tell an unknown group from one that has committed nothing.
    Lag,
}

/// The views of the groups selected, gathered with a fixed number of requests per group,
/// `concurrency` groups at a time. A group that cannot be read gets a view that says why;
/// the others are read as usual.
pub async fn gather(
    ctx: &Context,
    selection: &Selection,
    concurrency: Concurrency,
    detail: Detail,
) -> Result<Vec<GroupView>> {
    let views = read_views(ctx, selection, concurrency.in_flight.into(), detail).await?;
    // Every group failing alike is most often a broker kfk cannot reach.
    if views.iter().all(|v| v.error.is_some()) {
        if let Some(unreachable) = ctx.kafka.unreachable() {
            return Err(unreachable);
        }
    }
    Ok(views)
}

type Offsets = Result<Vec<PartitionOffset>, String>;

async fn read_views(
    ctx: &Context,
    selection: &Selection,
    in_flight: usize,
    detail: Detail,
) -> Result<Vec<GroupView>> {
    let (groups, described, committed) = match (selection, detail) {
        // Every group, for lag: the listing shows they exist, which is all lag needs.
        (Selection::All, Detail::Lag) => {
            let groups = Arc::new(group_names(ctx).await?);
            let described = groups
                .iter()
                .map(|group| Ok(GroupDescription::offsets_only(group)))
                .collect();
            let committed = committed_offsets(ctx, groups.clone(), in_flight).await?;
            (groups, described, committed)
        }
        // Every group: all of a broker's groups are described in one request. A broker
        // that fails that request (some drop the connection over one group they cannot
        // describe) is asked group by group, so that the one does not hide the others.
        (Selection::All, Detail::Full) => {
            let (groups, described): (Vec<String>, Vec<admin::Described>) =
                match ctx.kafka.with_admin(admin::describe_all_groups).await {
                    Ok(all) => all.into_iter().unzip(),
                    Err(_) => {
                        let groups = group_names(ctx).await?;
                        let described = describe(ctx, groups.clone()).await?;
                        (groups, described)
                    }
                };
            let groups = Arc::new(groups);
            let committed = committed_offsets(ctx, groups.clone(), in_flight).await?;
            (groups, described, committed)
        }
        // Descriptions and offsets come from separate requests: ask for both at once.
        (Selection::Named(groups), Detail::Full) => {
            let groups = Arc::new(groups.clone());
            let (described, committed) = tokio::join!(
                describe(ctx, groups.to_vec()),
                committed_offsets(ctx, groups.clone(), in_flight)
            );
            (groups, described?, committed?)
        }
        (Selection::Named(groups), Detail::Lag) => {
            let groups = Arc::new(groups.clone());
            let committed = committed_offsets(ctx, groups.clone(), in_flight).await?;
            let bare = |c: &Offsets| matches!(c, Ok(offsets) if offsets.is_empty());
            let unsure: Vec<String> = groups
                .iter()
                .zip(&committed)
                .filter(|(_, c)| bare(c))
                .map(|(group, _)| group.clone())
                .collect();
            let mut unsure = describe(ctx, unsure).await?.into_iter();
            let described = groups
                .iter()
                .zip(&committed)
                .map(|(group, c)| match bare(c) {
                    true => unsure.next().unwrap_or_else(|| Err("not described".into())),
                    false => Ok(GroupDescription::offsets_only(group)),
                })
                .collect();
            (groups, described, committed)
        }
    };
    let read: Vec<Result<(GroupDescription, Vec<PartitionOffset>), String>> = described
        .into_iter()
        .zip(committed)
        .map(|(description, committed)| Ok((description?, committed?)))
        .collect();
    let readable: Vec<(GroupDescription, Vec<PartitionOffset>)> =
        read.iter().flatten().cloned().collect();
    let partitions = partitions_of(&readable);
    let extents = ctx
        .kafka
        .with_admin(move |client, timeout| admin::log_extents(client, &partitions, timeout))
        .await?;
    Ok(groups
        .iter()
        .zip(read)
        .map(|(group, read)| match read {
            Ok((description, offsets)) => build_view(&description, &offsets, &extents),
            Err(reason) => GroupView::unreadable(group, reason),
        })
        .collect())
}

/// The names of every group of the cluster.
async fn group_names(ctx: &Context) -> Result<Vec<String>> {
    let listed = ctx.kafka.with_admin(admin::list_groups).await?;
    Ok(listed.into_iter().map(|l| l.group).collect())
}

async fn describe(ctx: &Context, groups: Vec<String>) -> Result<Vec<admin::Described>> {
    ctx.kafka
        .with_admin(move |client, timeout| admin::describe_groups(client, &groups, timeout))
        .await
}

async fn committed_offsets(
    ctx: &Context,
    groups: Arc<Vec<String>>,
    in_flight: usize,
) -> Result<Vec<Offsets>> {
    ctx.kafka
        .with_offsets_reader(move |reader, timeout| {
            admin::committed_offsets_of_groups(reader, &groups, in_flight, timeout)
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
        "{} of {} could not be read: {}",
        failed.len(),
        crate::io::output::count(total as u64, "group"),
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

/// The groups a command works on.
#[derive(Debug, Clone)]
pub enum Selection {
    Named(Vec<String>),
    /// Every group of the cluster, as it is when kfk looks.
    All,
}

/// The groups named, or with `all`, every group of the cluster.
pub fn select_groups(named: &[String], all: bool) -> Result<Selection> {
    if all {
        return Ok(Selection::All);
    }
    if named.is_empty() {
        bail!(crate::error::UsageError(
            "name at least one group, or use --all".into()
        ));
    }
    Ok(Selection::Named(named.to_vec()))
}

/// "-" for a missing value, as kafka-consumer-groups.sh prints it.
pub fn or_dash<T: ToString>(value: Option<T>) -> String {
    value.map_or_else(|| "-".to_string(), |v| v.to_string())
}

/// A committed offset, or "none" for no committed offset: the word undo files and
/// --from-file plans use too.
pub fn offset_or_none(offset: Option<i64>) -> String {
    offset.map_or_else(|| NO_OFFSET.to_string(), |o| o.to_string())
}
