use anyhow::Result;
use clap::Args;

use super::or_dash;
use crate::context::Context;
use crate::io::output::{self};

/// Describe a transactional id at its coordinator: its producer id and epoch, state,
/// timeout, when the open transaction began and the partitions it has written to.
///
/// JSON output: {"transactional_id", "coordinator", "producer_id", "producer_epoch",
/// "state", "timeout_ms", "start_time_ms", "partitions": [{"topic", "partition"}]}.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  kfk transactions describe orders-copier-1
  kfk transactions describe orders-copier-1 --output json | jq '.partitions'")]
pub struct DescribeArgs {
    /// The transactional id
    pub transactional_id: String,
}

pub async fn run(ctx: &Context, args: DescribeArgs) -> Result<()> {
    let id = args.transactional_id;
    let description = ctx
        .kafka
        .with_wire(move |wire| wire.describe_transaction(&id))
        .await?;
    if ctx.output.structured() {
        return output::print_data(ctx.output, &description);
    }
    let now = chrono::Utc::now().timestamp_millis();
    let partitions: Vec<String> = description
        .partitions
        .iter()
        .map(ToString::to_string)
        .collect();
    let lines = [
        ("Transactional id", description.transactional_id.clone()),
        ("Coordinator", description.coordinator.to_string()),
        ("Producer id", description.producer_id.to_string()),
        ("Producer epoch", description.producer_epoch.to_string()),
        ("State", description.state.clone()),
        ("Timeout", format!("{} ms", description.timeout_ms)),
        (
            "Started",
            or_dash(
                description
                    .start_time_ms
                    .map(|ms| format!("{} ({} ms ago)", output::time_ms(ms), now - ms)),
            ),
        ),
        (
            "Partitions",
            or_dash((!partitions.is_empty()).then(|| partitions.join(", "))),
        ),
    ];
    for (name, value) in lines {
        output::print_line(&format!("{name:<17}{value}"))?;
    }
    Ok(())
}
