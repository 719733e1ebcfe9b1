use anyhow::Result;
use clap::Args;

use super::{or_dash, partitions};
use crate::context::Context;
use crate::io::output::{self};

/// Show a share group's lag: per partition, the start offset (every record below it is
/// acknowledged), the log end, and the records between them, with the group's total.
/// A partition the group has not fetched yet has no start offset.
///
/// The lag is an upper bound: records above the start offset may be acknowledged
/// already, and the start offset the coordinator reports moves on in steps. (Kafka 4.2
/// counts the unacknowledged records itself, in DescribeShareGroupOffsets v1, which the
/// protocol library kfk uses does not speak yet.)
///
/// JSON output: [{"topic", "partition", "start_offset", "log_end_offset", "lag"}].
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  kfk share-groups lag workers
  kfk share-groups lag workers --output json | jq '[.[].lag] | add'")]
pub struct LagArgs {
    /// The share group
    pub group: String,
}

pub async fn run(ctx: &Context, args: LagArgs) -> Result<()> {
    let rows = partitions(ctx, &args.group).await?;
    if ctx.output.structured() {
        return output::print_data(ctx.output, &rows);
    }
    let total: i64 = rows.iter().filter_map(|r| r.lag).sum();
    output::print_line(&format!(
        "GROUP {}: {}, total lag {total}",
        args.group,
        output::count(rows.len() as u64, "partition")
    ))?;
    let mut table = output::table(&[
        "TOPIC",
        "PARTITION",
        "START-OFFSET",
        "LOG-END-OFFSET",
        "LAG",
    ]);
    for r in &rows {
        table.add_row(vec![
            r.topic.clone(),
            r.partition.to_string(),
            or_dash(r.start_offset),
            or_dash(r.log_end_offset),
            or_dash(r.lag),
        ]);
    }
    output::print_table(&table)
}
