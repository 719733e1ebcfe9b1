use anyhow::Result;
use clap::Args;

use super::partitions;
use crate::context::Context;
use crate::io::output;

/// Delete an empty share group's offsets of whole topics: the group then starts those
/// topics afresh (share.auto.offset.reset). Shows the partitions whose start offsets go;
/// deletes with --execute (the broker refuses while the group has members).
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  kfk share-groups delete-offsets workers --topic orders
  kfk share-groups delete-offsets workers --topic orders --execute")]
pub struct DeleteOffsetsArgs {
    /// The share group
    pub group: String,

    /// A topic whose offsets to delete (repeatable)
    #[arg(long, short = 't', required = true)]
    pub topic: Vec<String>,

    /// Delete them; without this, kfk only shows what would go
    #[arg(long)]
    pub execute: bool,
}

pub async fn run(ctx: &Context, args: DeleteOffsetsArgs) -> Result<()> {
    let current = partitions(ctx, &args.group).await?;
    let going: Vec<String> = current
        .iter()
        .filter(|p| args.topic.contains(&p.topic))
        .map(|p| format!("{}-{}", p.topic, p.partition))
        .collect();
    if going.is_empty() {
        output::note(&format!(
            "share group '{}' has no offsets of these topics",
            args.group
        ));
        return Ok(());
    }
    if !args.execute {
        output::note(&format!(
            "dry run: would delete the start offsets of {}; add --execute to delete them",
            going.join(", ")
        ));
        return Ok(());
    }
    let (group, topics) = (args.group.clone(), args.topic.clone());
    ctx.kafka
        .with_wire(move |wire| wire.delete_share_group_offsets(&group, &topics))
        .await?;
    output::note(&format!(
        "deleted the start offsets of {}",
        going.join(", ")
    ));
    Ok(())
}
