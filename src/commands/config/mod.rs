//! `kfk config`: inspect kfk's own configuration.

mod show;

use anyhow::Result;
use clap::Subcommand;

use crate::context::Context;

#[derive(Subcommand, Debug)]
pub enum ConfigCommand {
    Show(show::ShowArgs),
}

pub fn run(ctx: &Context, command: ConfigCommand) -> Result<()> {
    match command {
        ConfigCommand::Show(args) => show::run(ctx, args),
    }
}
