use anyhow::Result;
use clap::Args;

use crate::context::Context;

/// Find the offsets of a moment in time, and optionally move a consumer group there.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  kfk seek-to-timestamp --topic orders --time '2026-11-26T14:05:00Z'
  kfk seek-to-timestamp --topic orders --time 2h --group billing --execute")]
pub struct SeekToTimestampArgs {}

pub async fn run(_ctx: &Context, _args: SeekToTimestampArgs) -> Result<()> {
    super::not_implemented("seek-to-timestamp")
}
