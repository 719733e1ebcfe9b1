use anyhow::Result;
use clap::Args;

use crate::context::Context;

/// Diagnose consumer lag per group and topic, once or as a live watch.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  kfk consumer-groups lag --all
  kfk consumer-groups lag billing --watch 10s")]
pub struct LagArgs {}

pub async fn run(_ctx: &Context, _args: LagArgs) -> Result<()> {
    crate::commands::not_implemented("consumer-groups lag")
}
