use anyhow::Result;
use clap::Args;

use crate::context::Context;

/// Copy a topic to another topic or cluster with exactly-once transactions.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  kfk copy --from orders --to orders-v2 --group copy-orders
  kfk copy --from orders --to orders --to-brokers staging:9092 --group mirror")]
pub struct CopyArgs {}

pub async fn run(_ctx: &Context, _args: CopyArgs) -> Result<()> {
    super::not_implemented("copy")
}
