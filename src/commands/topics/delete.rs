use std::io::{self, BufRead, IsTerminal, Write};

use anyhow::{anyhow, bail, Result};
use clap::Args;

use crate::context::Context;
use crate::error::UsageError;
use crate::output;

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
    pub topic: String,

    /// Do not ask for confirmation
    #[arg(short = 'y', long)]
    pub yes: bool,
}

pub async fn run(ctx: &Context, args: DeleteArgs) -> Result<()> {
    let cluster = ctx.cluster().await?;
    let topic = cluster.topic(&args.topic)?;
    if !args.yes {
        confirm(&topic.name, topic.partitions.len())?;
    }
    let admin = ctx.admin()?;
    let results = admin
        .delete_topics(&[topic.name.as_str()], &ctx.admin_options())
        .await
        .map_err(|err| ctx.admin_error(&format!("delete topic '{}'", args.topic), err))?;
    for result in results {
        result.map_err(|(topic, code)| anyhow!("cannot delete topic '{topic}': {code}"))?;
    }
    output::note(&format!("deleted topic '{}'", args.topic));
    Ok(())
}

fn confirm(topic: &str, partitions: usize) -> Result<()> {
    if !io::stdin().is_terminal() {
        bail!(UsageError(format!(
            "refusing to delete topic '{topic}' without confirmation; pass --yes"
        )));
    }
    eprint!(
        "Delete topic '{topic}' ({partitions} partitions) and all its records? \
         Type the topic name to confirm: "
    );
    io::stderr().flush()?;
    let mut answer = String::new();
    io::stdin().lock().read_line(&mut answer)?;
    if answer.trim() != topic {
        bail!("not confirmed; topic '{topic}' was not deleted");
    }
    Ok(())
}
