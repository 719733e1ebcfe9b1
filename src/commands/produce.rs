use anyhow::Result;
use clap::Args;

use crate::context::Context;

/// Write records to a topic from stdin or files, one per line by default.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  seq 1000 | kfk produce -t demo
  kfk produce -t demo -K: keys-and-values.txt")]
pub struct ProduceArgs {}

pub async fn run(_ctx: &Context, _args: ProduceArgs) -> Result<()> {
    super::not_implemented("produce")
}
