use anyhow::Result;
use clap::Args;

use crate::context::Context;

/// Move a group's committed offsets; a dry run unless --execute is given.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  kfk consumer-groups reset-offsets billing --topic orders --to-earliest
  kfk consumer-groups reset-offsets billing --topic orders --to-datetime 2026-11-26T14:05:00Z --execute")]
pub struct ResetOffsetsArgs {}

pub async fn run(_ctx: &Context, _args: ResetOffsetsArgs) -> Result<()> {
    crate::commands::not_implemented("consumer-groups reset-offsets")
}
