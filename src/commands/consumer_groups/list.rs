use anyhow::Result;
use clap::Args;

use crate::context::Context;

/// List consumer groups with their state and member count.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  kfk consumer-groups list
  kfk consumer-groups list --output json")]
pub struct ListArgs {}

pub async fn run(_ctx: &Context, _args: ListArgs) -> Result<()> {
    crate::commands::not_implemented("consumer-groups list")
}
