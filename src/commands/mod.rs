//! The command tree: one variant per subcommand and the one `match` that runs them.

mod acls;
pub mod args;
mod backup;
mod cluster;
mod commands_tree;
pub mod completions;
mod config;
mod configs;
mod consume;
mod consumer_groups;
mod copy;
mod dev_cluster;
mod man;
mod perf;
mod produce;
mod quotas;
mod reassign;
mod restore;
mod seek_to_timestamp;
mod share_groups;
mod topics;
mod transactions;
mod users;

use anyhow::Result;
use clap::Subcommand;

use crate::config::CommandLine;
use crate::context::Context;
use crate::io::output::{self, OutputFormat};

#[derive(Subcommand, Debug)]
pub enum Command {
    Produce(produce::ProduceArgs),
    Consume(consume::ConsumeArgs),
    /// Inspect consumer groups, diagnose lag and move committed offsets
    #[command(
        subcommand,
        after_help = "Examples:\n  kfk consumer-groups list\n  kfk consumer-groups lag --all --fail-above 10000"
    )]
    ConsumerGroups(consumer_groups::ConsumerGroupsCommand),
    SeekToTimestamp(seek_to_timestamp::SeekToTimestampArgs),
    /// Inspect share groups (KIP-932) and move or delete their offsets
    #[command(
        subcommand,
        after_help = "Examples:\n  kfk share-groups list\n  kfk share-groups lag workers"
    )]
    ShareGroups(share_groups::ShareGroupsCommand),
    Cluster(cluster::ClusterArgs),
    Copy(copy::CopyArgs),
    Backup(backup::BackupArgs),
    Restore(restore::RestoreArgs),
    /// List, describe, create and delete topics
    #[command(
        subcommand,
        after_help = "Examples:\n  kfk topics list\n  kfk topics create orders --partitions 6 --replication-factor 3"
    )]
    Topics(topics::TopicsCommand),
    /// Show kfk's effective configuration
    #[command(subcommand, after_help = "Examples:\n  kfk --profile prod config show")]
    Config(config::ConfigCommand),
    /// List, create and delete access control lists
    #[command(
        subcommand,
        after_help = "Examples:\n  kfk acls list --principal User:alice\n  kfk acls delete --principal User:departed --execute"
    )]
    Acls(acls::AclsCommand),
    /// List SCRAM users, set their passwords and delete them
    #[command(
        subcommand,
        after_help = "Examples:\n  kfk users list\n  kfk users set-password alice --execute"
    )]
    Users(users::UsersCommand),
    /// List and change client quotas of users and client ids
    #[command(
        subcommand,
        after_help = "Examples:\n  kfk quotas list\n  kfk quotas alter --user alice --set producer_byte_rate=1048576 --execute"
    )]
    Quotas(quotas::QuotasCommand),
    /// Move partition replicas between brokers: plan, execute with a throttle, follow,
    /// verify, cancel
    #[command(
        subcommand,
        after_help = "Examples:\n  kfk reassign generate --topic orders --broker-ids 1,2,3,4 > plan.json\n  kfk reassign execute plan.json --throttle 50MB --execute\n  kfk reassign verify plan.json --execute"
    )]
    Reassign(reassign::ReassignCommand),
    /// List and describe transactions, find hanging ones and abort them
    #[command(
        subcommand,
        after_help = "Examples:\n  kfk transactions list --state Ongoing\n  kfk transactions find-hanging --topic orders"
    )]
    Transactions(transactions::TransactionsCommand),
    /// Load and latency tests: produce, consume, and end to end
    #[command(
        subcommand,
        after_help = "Examples:\n  kfk perf produce -t bench --num-records 1000000 --record-size 100\n  kfk perf e2e -t latency --throughput 1000 --duration 30s"
    )]
    Perf(perf::PerfCommand),
    DevCluster(dev_cluster::DevClusterArgs),
    Completions(completions::CompletionsArgs),
    Commands(commands_tree::CommandsArgs),
    #[command(hide = true)]
    Man(man::ManArgs),
}

/// What the top-level command line hands the commands.
pub struct Invocation {
    /// The global flags and the environment, each value with its source.
    pub command_line: CommandLine,
    pub output: OutputFormat,
    /// The whole command line's definition, for completion scripts and man pages.
    pub definition: fn() -> clap::Command,
}

pub async fn run(command: Command, invocation: Invocation) -> Result<()> {
    // Built on demand: the generators and the local cluster need no connection settings,
    // and a broken config file must not stop them.
    // `config show` only shows settings: it asks for nothing and contacts nobody.
    let ctx = |connect: bool| -> Result<Context> {
        let command_line = invocation.command_line.clone();
        let ctx = match connect {
            true => Context::new(command_line, invocation.output)?,
            false => Context::offline(command_line, invocation.output)?,
        };
        for warning in &ctx.settings.warnings {
            output::warn(warning);
        }
        Ok(ctx)
    };
    match command {
        Command::Produce(args) => produce::run(&ctx(true)?, args).await,
        Command::Consume(args) => consume::run(&ctx(true)?, args).await,
        Command::ConsumerGroups(command) => consumer_groups::run(&ctx(true)?, command).await,
        Command::SeekToTimestamp(args) => seek_to_timestamp::run(&ctx(true)?, args).await,
        Command::ShareGroups(command) => share_groups::run(&ctx(true)?, command).await,
        Command::Cluster(args) => cluster::run(&ctx(true)?, args).await,
        Command::Copy(args) => copy::run(&ctx(true)?, args).await,
        Command::Backup(args) => backup::run(&ctx(true)?, args).await,
        Command::Restore(args) => restore::run(&ctx(true)?, args).await,
        Command::Topics(command) => topics::run(&ctx(true)?, command).await,
        Command::Config(command) => config::run(&ctx(false)?, command),
        Command::Acls(command) => acls::run(&ctx(true)?, command).await,
        Command::Users(command) => users::run(&ctx(true)?, command).await,
        Command::Quotas(command) => quotas::run(&ctx(true)?, command).await,
        Command::Reassign(command) => reassign::run(&ctx(true)?, command).await,
        Command::Transactions(command) => transactions::run(&ctx(true)?, command).await,
        Command::Perf(command) => perf::run(&ctx(true)?, command).await,
        Command::DevCluster(args) => dev_cluster::run(args).await,
        Command::Completions(args) => completions::run(args, invocation.definition),
        Command::Commands(args) => {
            commands_tree::run(args, invocation.output, invocation.definition)
        }
        Command::Man(args) => man::run(args, invocation.definition),
    }
}
