use anyhow::Result;
use clap::Args;
use serde::Serialize;

use crate::commands::completions::live;
use crate::context::Context;
use crate::error::UsageError;
use crate::io::output::{self, OutputFormat};

/// Raise a topic's partition count (CreatePartitions). A dry run unless --execute is
/// given.
///
/// Kafka can add partitions but never remove them. Records with a key go to the
/// partition given by the key's hash modulo the partition count, so after the change
/// most keys map to a different partition: a key's earlier records stay where they were,
/// and its order across the change is lost. JSON output: {"topic", "partitions_before",
/// "partitions_after", "dry_run"}.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  kfk topics add-partitions orders --to 12
  kfk topics add-partitions orders --to 12 --execute")]
pub struct AddPartitionsArgs {
    /// The topic to grow
    #[arg(add = live::topics())]
    pub topic: String,

    /// The partition count after the change (more than it has now)
    #[arg(long, value_name = "N")]
    pub to: usize,

    /// Apply the change; without it, kfk only shows it
    #[arg(long)]
    pub execute: bool,
}

#[derive(Serialize)]
struct Change<'a> {
    topic: &'a str,
    partitions_before: usize,
    partitions_after: usize,
    dry_run: bool,
}

pub async fn run(ctx: &Context, args: AddPartitionsArgs) -> Result<()> {
    let cluster = ctx.kafka.cluster().await?;
    let topic = cluster.topic(&args.topic)?;
    let current = topic.partitions.len();
    check_count(&topic.name, current, args.to).map_err(UsageError)?;
    let change = Change {
        topic: &topic.name,
        partitions_before: current,
        partitions_after: args.to,
        dry_run: !args.execute,
    };
    match ctx.output {
        OutputFormat::Json | OutputFormat::Yaml | OutputFormat::Csv => {
            output::print_data(ctx.output, &change)?
        }
        OutputFormat::Table => output::print_line(&format!(
            "topic '{}': {current} -> {} partitions ({} new)",
            topic.name,
            args.to,
            args.to - current
        ))?,
    }
    output::warn(
        "records with a key will map to other partitions from now on (the key's hash modulo \
         the partition count): a key's earlier records stay where they are, so its order \
         across the change is lost",
    );
    if !args.execute {
        output::note("dry run: nothing was changed; add --execute to apply this change");
        return Ok(());
    }
    ctx.kafka.add_partitions(&topic.name, args.to).await?;
    if !ctx
        .kafka
        .wait_for_leaders(&topic.name, Some(args.to))
        .await?
    {
        output::warn(&format!(
            "topic '{}' now has {} partitions, but not every new one had a leader within {}",
            topic.name,
            args.to,
            humantime::format_duration(ctx.timeout())
        ));
        return Ok(());
    }
    output::note(&format!(
        "topic '{}' now has {} partitions",
        topic.name, args.to
    ));
    Ok(())
}

/// Why `wanted` cannot be the new partition count of a topic that has `current`.
fn check_count(topic: &str, current: usize, wanted: usize) -> Result<(), String> {
    if wanted <= current {
        return Err(format!(
            "--to {wanted} is not more than the {current} partitions topic '{topic}' has: \
             Kafka can add partitions but never remove them"
        ));
    }
    // Kafka's own limit: partition ids are 32-bit.
    if wanted > i32::MAX as usize {
        return Err(format!(
            "--to {wanted} is more partitions than Kafka allows"
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_larger_count_is_accepted() {
        assert_eq!(check_count("t", 3, 4), Ok(()));
        assert!(check_count("t", 3, 3)
            .unwrap_err()
            .contains("not more than the 3 partitions"));
        assert!(check_count("t", 3, 1)
            .unwrap_err()
            .contains("never remove them"));
        assert!(check_count("t", 3, 1 << 40).is_err());
    }
}
