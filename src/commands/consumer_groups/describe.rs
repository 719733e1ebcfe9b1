use anyhow::Result;
use clap::Args;

use crate::context::Context;

/// Show a group's committed offsets, log end and lag per partition, and its members.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  kfk consumer-groups describe billing
  kfk consumer-groups describe --all --output json")]
pub struct DescribeArgs {}

pub async fn run(_ctx: &Context, _args: DescribeArgs) -> Result<()> {
    crate::commands::not_implemented("consumer-groups describe")
}
