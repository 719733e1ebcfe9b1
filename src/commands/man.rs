use std::path::PathBuf;

use anyhow::{Context as _, Result};
use clap::Args;

/// Write man pages, one per command and subcommand, into a directory.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  kfk man man/")]
pub struct ManArgs {
    /// Directory to write the pages into (created if missing)
    pub dir: PathBuf,
}

pub fn run(args: ManArgs, definition: fn() -> clap::Command) -> Result<()> {
    std::fs::create_dir_all(&args.dir)
        .with_context(|| format!("cannot create {}", args.dir.display()))?;
    clap_mangen::generate_to(definition(), &args.dir)
        .with_context(|| format!("cannot write man pages into {}", args.dir.display()))
}
