//! `kfk share-groups`: share groups (KIP-932, Kafka 4.1+), whose members share the
//! records of partitions rather than owning them: list, describe, lag, reset-offsets and
//! delete-offsets.

mod delete_offsets;
mod describe;
mod lag;
mod list;
mod reset_offsets;

use anyhow::Result;
use clap::Subcommand;

use crate::context::Context;
use crate::kafka::admin;
use crate::model::share_groups::SharePartition;

#[derive(Subcommand, Debug)]
pub enum ShareGroupsCommand {
    List(list::ListArgs),
    Describe(describe::DescribeArgs),
    Lag(lag::LagArgs),
    ResetOffsets(reset_offsets::ResetOffsetsArgs),
    DeleteOffsets(delete_offsets::DeleteOffsetsArgs),
}

pub async fn run(ctx: &Context, command: ShareGroupsCommand) -> Result<()> {
    match command {
        ShareGroupsCommand::List(args) => list::run(ctx, args).await,
        ShareGroupsCommand::Describe(args) => describe::run(ctx, args).await,
        ShareGroupsCommand::Lag(args) => lag::run(ctx, args).await,
        ShareGroupsCommand::ResetOffsets(args) => reset_offsets::run(ctx, args).await,
        ShareGroupsCommand::DeleteOffsets(args) => delete_offsets::run(ctx, args).await,
    }
}

/// The group's partitions with their start offsets, log ends and lag; an error when
/// there is no such share group.
async fn partitions(ctx: &Context, group: &str) -> Result<Vec<SharePartition>> {
    let name = group.to_string();
    let offsets = ctx
        .kafka
        .with_wire(move |wire| {
            wire.describe_share_group(&name)?;
            wire.share_group_offsets(&name)
        })
        .await?;
    let wanted: Vec<(String, i32)> = offsets.iter().map(|(t, p, _)| (t.clone(), *p)).collect();
    let extents = ctx
        .kafka
        .with_admin(move |client, timeout| admin::log_extents(client, &wanted, timeout))
        .await?;
    Ok(offsets
        .into_iter()
        .map(|(topic, partition, start_offset)| {
            let end = extents
                .iter()
                .find(|e| e.topic == topic && e.partition == partition)
                .map(|e| e.high);
            SharePartition {
                lag: start_offset
                    .zip(end)
                    .map(|(start, end)| (end - start).max(0)),
                log_end_offset: end,
                topic,
                partition,
                start_offset,
            }
        })
        .collect())
}

fn or_dash<T: ToString>(value: Option<T>) -> String {
    value.map_or_else(|| "-".to_string(), |v| v.to_string())
}
