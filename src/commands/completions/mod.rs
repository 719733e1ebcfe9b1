//! `kfk completions`: shell completion scripts, static or live.

pub mod live;

use anyhow::{anyhow, Result};
use clap::{ArgMatches, Args};
use clap_complete::env::Shells;
use clap_complete::{CompleteEnv, Shell};

use crate::config::CommandLine;

/// Print a shell completion script to stdout.
///
/// The static script completes commands and flags. With --live, the script asks kfk
/// itself as you type, and kfk also completes topic and group names from the cluster
/// that the words typed so far, the environment and the profile point at (waiting at
/// most 2 s, and completing nothing when the cluster does not answer). A live script
/// calls the kfk it was made by: source it anew at shell start, so that it always
/// matches.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  kfk completions bash > ~/.local/share/bash-completion/completions/kfk
  kfk completions zsh > ~/.zfunc/_kfk
  kfk completions fish > ~/.config/fish/completions/kfk.fish
  echo 'source <(kfk completions bash --live)' >> ~/.bashrc")]
pub struct CompletionsArgs {
    /// The shell to generate completions for
    pub shell: Shell,

    /// Complete topic and group names from the cluster, too
    #[arg(long)]
    pub live: bool,
}

pub fn run(args: CompletionsArgs, definition: fn() -> clap::Command) -> Result<()> {
    if args.live {
        return register_live(args.shell);
    }
    let mut out = Vec::new();
    clap_complete::generate(args.shell, &mut definition(), "kfk", &mut out);
    crate::io::output::write_stdout(&out)
}

/// Answers a completion request when the shell made one (KFK_COMPLETE is set), and then
/// ends the process; otherwise returns. `definition` is the whole command line's, and
/// `global_flags` reads its global flags from the words typed so far.
pub fn answer_if_asked(
    definition: fn() -> clap::Command,
    global_flags: fn(&ArgMatches) -> Option<CommandLine>,
) {
    live::set_top_level(definition, global_flags);
    CompleteEnv::with_factory(definition)
        .var(live::COMPLETE_VAR)
        .complete();
}

/// Prints the script that makes `shell` call kfk for completions. The shell is passed to
/// clap_complete directly, not through the environment (which a multi-threaded process
/// must not change).
fn register_live(shell: Shell) -> Result<()> {
    let exe =
        std::env::current_exe().map_err(|err| anyhow!("cannot find kfk's own path: {err}"))?;
    let name = shell.to_string();
    let shells = Shells::builtins();
    let completer = shells
        .completer(&name)
        .ok_or_else(|| anyhow!("no live completion for {name}"))?;
    let mut out = Vec::new();
    completer
        .write_registration(
            live::COMPLETE_VAR,
            "kfk",
            "kfk",
            &exe.to_string_lossy(),
            &mut out,
        )
        .map_err(|err| anyhow!("cannot write the {shell} script: {err}"))?;
    crate::io::output::write_stdout(&out)
}
