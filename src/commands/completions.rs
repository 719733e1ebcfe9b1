use anyhow::Result;
use clap::{Args, CommandFactory};
use clap_complete::Shell;

use crate::cli::Cli;

/// Print a shell completion script to stdout.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  kfk completions bash > ~/.local/share/bash-completion/completions/kfk
  kfk completions zsh > ~/.zfunc/_kfk
  kfk completions fish > ~/.config/fish/completions/kfk.fish")]
pub struct CompletionsArgs {
    /// The shell to generate completions for
    pub shell: Shell,
}

pub fn run(args: CompletionsArgs) -> Result<()> {
    let mut out = Vec::new();
    clap_complete::generate(args.shell, &mut Cli::command(), "kfk", &mut out);
    crate::io::output::write_stdout(&out)
}
