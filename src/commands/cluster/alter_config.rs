use anyhow::Result;
use clap::Args;

use super::broker_ids;
use crate::commands::configs::{self, ChangeArgs};
use crate::context::Context;
use crate::kafka::ConfigTarget;

/// Change entries of a broker's dynamic configuration (IncrementalAlterConfigs): the
/// entries not named stay as they are. Shows each entry before and after; applies with
/// --execute.
///
/// Names are checked against the entries the broker reports, so a broker that cannot
/// describe its configuration is refused before anything is sent. JSON output: as
/// `kfk topics alter-config`.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  kfk cluster alter-config --broker 1 --set log.cleaner.threads=2
  kfk cluster alter-config --broker 1 --delete log.cleaner.threads --execute")]
pub struct AlterConfigArgs {
    /// The broker whose configuration changes
    #[arg(long, value_name = "ID")]
    pub broker: i32,

    #[command(flatten)]
    pub change: ChangeArgs,
}

pub async fn run(ctx: &Context, args: AlterConfigArgs) -> Result<()> {
    broker_ids(ctx, Some(args.broker)).await?;
    configs::alter(ctx, ConfigTarget::Broker(args.broker), args.change).await
}
