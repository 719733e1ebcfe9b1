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

use anyhow::{bail, Result};
use clap::Subcommand;

use crate::context::Context;
use crate::kafka::{admin, GroupDescription, PartitionOffset};
use crate::model::group::{build_view, partitions_of, GroupView};

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

/// The views of several groups, gathered with a fixed number of requests. A group that
/// cannot be read gets a view that says why; the others are read as usual.
pub async fn gather(ctx: &Context, groups: Vec<String>) -> Result<Vec<GroupView>> {
    let views = read_views(ctx, groups).await?;
    // Every group failing alike is most often a broker kfk cannot reach.
    if views.iter().all(|v| v.error.is_some()) {
        if let Some(unreachable) = ctx.kafka.unreachable() {
            return Err(unreachable);
        }
    }
    Ok(views)
}

async fn read_views(ctx: &Context, groups: Vec<String>) -> Result<Vec<GroupView>> {
    ctx.kafka
        .with_admin(move |client, timeout| {
            let described = admin::describe_groups(client, &groups, timeout)?;
            let read: Vec<Result<(GroupDescription, Vec<PartitionOffset>), String>> = described
                .into_iter()
                .map(|description| {
                    let description = description?;
                    let committed = admin::committed_offsets(client, &description.group, timeout)
                        .map_err(|err| format!("{err:#}"))?;
                    Ok((description, committed))
                })
                .collect();
            let readable: Vec<(GroupDescription, Vec<PartitionOffset>)> =
                read.iter().flatten().cloned().collect();
            let extents = admin::log_extents(client, &partitions_of(&readable), timeout)?;
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
    let listings = ctx.kafka.with_admin(admin::list_groups).await?;
    Ok(listings.into_iter().map(|l| l.group).collect())
}

/// "-" for a missing value, as kafka-consumer-groups.sh prints it.
pub fn or_dash<T: ToString>(value: Option<T>) -> String {
    value.map_or_else(|| "-".to_string(), |v| v.to_string())
}
