use anyhow::Result;
use clap::Args;

use crate::commands::completions::live;
use crate::commands::configs::{self, ChangeArgs};
use crate::context::Context;
use crate::kafka::ConfigTarget;

/// Change entries of a topic's configuration (IncrementalAlterConfigs): the entries not
/// named stay as they are. Shows each entry before and after; applies with --execute.
///
/// Names are checked against Apache Kafka's topic configs and those the broker reports,
/// values against each entry's type; one mistake refuses the whole change. --append and
/// --subtract edit list entries item by item. An entry that already holds the value
/// (with a dynamic source; for --delete, none) is "no change" and is not sent. After
/// --execute the entries are read back, shown as the broker now holds them, and an entry
/// it did not keep within --timeout is an error. JSON output: {"target", "changes":
/// [{"name", "op", "before", "before_source", "after", "sensitive", "unchanged"}],
/// "dry_run", "now": [{"name", "value", "source", ...}] after --execute}, where a null
/// "after" means the default.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  kfk topics alter-config orders --set retention.ms=86400000
  kfk topics alter-config orders --set retention.ms=86400000 --execute
  kfk topics alter-config orders --delete retention.ms --append cleanup.policy=compact")]
pub struct AlterConfigArgs {
    /// The topic whose configuration changes
    #[arg(add = live::topics())]
    pub topic: String,

    #[command(flatten)]
    pub change: ChangeArgs,
}

pub async fn run(ctx: &Context, args: AlterConfigArgs) -> Result<()> {
    // Some brokers accept changes to a topic that does not exist.
    let topic = ctx.kafka.cluster().await?.topic(&args.topic)?.name.clone();
    configs::alter(ctx, ConfigTarget::Topic(topic), args.change).await
}
