use anyhow::{bail, Result};
use clap::Args;

use crate::commands::completions::live;
use crate::context::Context;
use crate::io::output;
use crate::io::prompt::confirm;
use crate::kafka::{admin, blocking, TopicSpec};

/// Delete a group's committed offsets for topics or partitions, so that the group starts
/// there anew (at its auto.offset.reset). Needs Kafka 2.4 or newer (OffsetDelete). Asks for
/// confirmation unless --yes is given.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  kfk consumer-groups delete-offsets billing --topic retired-topic
  kfk consumer-groups delete-offsets billing --topic orders:0,1 --yes")]
pub struct DeleteOffsetsArgs {
    /// The group
    #[arg(add = live::groups())]
    pub group: String,

    /// A topic, or some of its partitions (orders:0,2); repeatable
    #[arg(long = "topic", value_name = "TOPIC[:PARTITIONS]", required = true, add = live::topics())]
    pub topics: Vec<TopicSpec>,

    /// Do not ask for confirmation
    #[arg(short = 'y', long)]
    pub yes: bool,
}

pub async fn run(ctx: &Context, args: DeleteOffsetsArgs) -> Result<()> {
    let cluster = ctx.kafka.cluster().await?;
    let partitions = cluster.partitions_of(&args.topics)?;
    if !args.yes {
        confirm(
            "delete offsets",
            &format!(
                "Delete the committed offsets of group '{}' for {} partition(s)?",
                args.group,
                partitions.len()
            ),
            "yes",
        )?;
    }
    let admin = ctx.kafka.admin()?;
    let timeout = ctx.timeout();
    let group = args.group.clone();
    let count = partitions.len();
    let failures = blocking(move || {
        let result = admin::delete_offsets(admin.inner(), &group, &partitions, timeout);
        if result.is_err() {
            admin::leave_after_failed_delete(admin);
        }
        result
    })
    .await?;
    if !failures.is_empty() {
        let list: Vec<String> = failures
            .iter()
            .map(|(p, e)| format!("{}:{} ({e})", p.topic, p.partition))
            .collect();
        bail!(
            "cannot delete offsets of group '{}': {}",
            args.group,
            list.join(", ")
        );
    }
    output::note(&format!(
        "deleted the offsets of group '{}' for {count} partition(s)",
        args.group
    ));
    Ok(())
}
