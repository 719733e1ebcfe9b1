//! `kfk topics`: list, describe, create and delete topics, change their configuration,
//! add partitions, delete old records and elect leaders.

mod add_partitions;
mod alter_config;
mod create;
mod delete;
mod delete_records;
mod describe;
mod elect_leaders;
mod list;

use anyhow::Result;
use clap::Subcommand;

use crate::context::Context;

#[derive(Subcommand, Debug)]
pub enum TopicsCommand {
    List(list::ListArgs),
    Describe(describe::DescribeArgs),
    Create(create::CreateArgs),
    Delete(delete::DeleteArgs),
    AlterConfig(alter_config::AlterConfigArgs),
    AddPartitions(add_partitions::AddPartitionsArgs),
    DeleteRecords(delete_records::DeleteRecordsArgs),
    ElectLeaders(elect_leaders::ElectLeadersArgs),
}

pub async fn run(ctx: &Context, command: TopicsCommand) -> Result<()> {
    match command {
        TopicsCommand::List(args) => list::run(ctx, args).await,
        TopicsCommand::Describe(args) => describe::run(ctx, args).await,
        TopicsCommand::Create(args) => create::run(ctx, args).await,
        TopicsCommand::Delete(args) => delete::run(ctx, args).await,
        TopicsCommand::AlterConfig(args) => alter_config::run(ctx, args).await,
        TopicsCommand::AddPartitions(args) => add_partitions::run(ctx, args).await,
        TopicsCommand::DeleteRecords(args) => delete_records::run(ctx, args).await,
        TopicsCommand::ElectLeaders(args) => elect_leaders::run(ctx, args).await,
    }
}
