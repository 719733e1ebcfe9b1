//! `kfk consumer-groups`: inspect and move consumer groups.

mod describe;
mod lag;
mod list;
mod reset_offsets;

use anyhow::Result;
use clap::Subcommand;

use crate::context::Context;

#[derive(Subcommand, Debug)]
pub enum ConsumerGroupsCommand {
    List(list::ListArgs),
    Describe(describe::DescribeArgs),
    Lag(lag::LagArgs),
    ResetOffsets(reset_offsets::ResetOffsetsArgs),
}

pub async fn run(ctx: &Context, command: ConsumerGroupsCommand) -> Result<()> {
    match command {
        ConsumerGroupsCommand::List(args) => list::run(ctx, args).await,
        ConsumerGroupsCommand::Describe(args) => describe::run(ctx, args).await,
        ConsumerGroupsCommand::Lag(args) => lag::run(ctx, args).await,
        ConsumerGroupsCommand::ResetOffsets(args) => reset_offsets::run(ctx, args).await,
    }
}
