use anyhow::{anyhow, Result};
use clap::Args;

use crate::commands::completions::live;
use crate::context::Context;
use crate::io::output;
use crate::io::prompt::confirm;
use crate::kafka::DELETE_TOPICS;

/// Delete a topic and all its records.
///
/// Asks for the topic's name as confirmation unless --yes is given; without a terminal to
/// ask on, --yes is required.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  kfk topics delete scratch
  kfk topics delete scratch --yes")]
pub struct DeleteArgs {
    /// The topic to delete
    #[arg(add = live::topics())]
    pub topic: String,

    /// Do not ask for confirmation
    #[arg(short = 'y', long)]
    pub yes: bool,
}

pub async fn run(ctx: &Context, args: DeleteArgs) -> Result<()> {
    let cluster = ctx.kafka.cluster().await?;
    let topic = cluster.topic(&args.topic)?;
    ctx.kafka.require(DELETE_TOPICS).await.map_err(|err| {
        anyhow!(
            "cannot delete topic '{}': {err}; nothing was changed",
            topic.name
        )
    })?;
    if !args.yes {
        confirm(
            &format!("delete topic '{}'", topic.name),
            &format!(
                "Delete topic '{}' ({} partitions) and all its records?",
                topic.name,
                topic.partitions.len()
            ),
            &topic.name,
        )?;
    }
    ctx.kafka.delete_topic(&topic.name).await?;
    output::note(&format!("deleted topic '{}'", args.topic));
    Ok(())
}
