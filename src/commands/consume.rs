use anyhow::Result;
use clap::Args;

use crate::context::Context;

/// Read records from topics: tail them, read exact ranges, or consume as a group.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  kfk consume -t demo -o beginning -e
  kfk consume -t demo -g readers --commit after")]
pub struct ConsumeArgs {}

pub async fn run(_ctx: &Context, _args: ConsumeArgs) -> Result<()> {
    super::not_implemented("consume")
}
