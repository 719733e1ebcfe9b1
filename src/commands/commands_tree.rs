//! `kfk commands`: every command and flag, read from the same definition as --help, for
//! wrappers, completion engines and documentation generators.

use anyhow::Result;
use clap::{Arg, ArgAction, Args};
use serde::Serialize;

use crate::io::output::{self, OutputFormat};

/// List every command; with --json, the whole tree with each command's flags.
///
/// The tree is {"name", "path", "about", "runnable", "args", "subcommands"}, and each arg is {"id",
/// "long", "short", "positional", "value_name", "takes_value", "multiple", "required",
/// "global", "env", "default", "possible_values", "help"}. Hidden commands and flags are
/// left out, as they are from --help; the global flags are listed once, on "kfk".
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  kfk commands
  kfk commands --json | jq -r '.. | objects | select(.args?) | .path'")]
pub struct CommandsArgs {
    /// The tree as JSON (as --output json does); --output yaml gives it as YAML
    #[arg(long)]
    pub json: bool,
}

#[derive(Serialize)]
struct CommandNode {
    name: String,
    path: String,
    about: String,
    /// Whether the command runs by itself (a group such as `kfk topics` needs a
    /// subcommand).
    runnable: bool,
    args: Vec<ArgNode>,
    subcommands: Vec<CommandNode>,
}

#[derive(Serialize)]
struct ArgNode {
    id: String,
    long: Option<String>,
    short: Option<char>,
    positional: bool,
    value_name: Option<String>,
    takes_value: bool,
    multiple: bool,
    required: bool,
    global: bool,
    env: Option<String>,
    default: Vec<String>,
    possible_values: Vec<String>,
    help: String,
}

pub fn run(
    args: CommandsArgs,
    output: OutputFormat,
    definition: fn() -> clap::Command,
) -> Result<()> {
    let mut root = definition();
    root.build();
    let tree = node(&root, "");
    match (args.json, output) {
        (true, OutputFormat::Table) => output::print_data(OutputFormat::Json, &tree),
        (_, OutputFormat::Table) => {
            let mut lines = Vec::new();
            leaves(&tree, &mut lines);
            output::print_line(&lines.join("\n"))
        }
        (_, structured) => output::print_data(structured, &tree),
    }
}

fn node(command: &clap::Command, parent: &str) -> CommandNode {
    let path = match parent {
        "" => command.get_name().to_string(),
        _ => format!("{parent} {}", command.get_name()),
    };
    CommandNode {
        name: command.get_name().to_string(),
        about: command
            .get_about()
            .map(ToString::to_string)
            .unwrap_or_default(),
        runnable: !command.is_subcommand_required_set(),
        args: command
            .get_arguments()
            .filter(|a| !a.is_hide_set() && !matches!(a.get_id().as_str(), "help" | "version"))
            // Global flags are listed once, on the root.
            .filter(|a| parent.is_empty() || !a.is_global_set())
            .map(arg_node)
            .collect(),
        subcommands: command
            .get_subcommands()
            .filter(|c| !c.is_hide_set() && c.get_name() != "help")
            .map(|c| node(c, &path))
            .collect(),
        path,
    }
}

fn arg_node(arg: &Arg) -> ArgNode {
    let takes_value = arg.get_num_args().is_some_and(|n| n.takes_values());
    ArgNode {
        id: arg.get_id().to_string(),
        long: arg.get_long().map(str::to_string),
        short: arg.get_short(),
        positional: arg.is_positional(),
        value_name: arg
            .get_value_names()
            .and_then(|names| names.first())
            .map(ToString::to_string)
            .filter(|_| takes_value),
        takes_value,
        multiple: matches!(arg.get_action(), ArgAction::Append | ArgAction::Count)
            || arg.get_num_args().is_some_and(|n| n.max_values() > 1),
        required: arg.is_required_set(),
        global: arg.is_global_set(),
        env: arg.get_env().map(|e| e.to_string_lossy().into_owned()),
        default: arg
            .get_default_values()
            .iter()
            .map(|v| v.to_string_lossy().into_owned())
            .collect(),
        possible_values: arg
            .get_possible_values()
            .iter()
            .filter(|v| !v.is_hide_set())
            .map(|v| v.get_name().to_string())
            .collect(),
        help: arg.get_help().map(ToString::to_string).unwrap_or_default(),
    }
}

/// "kfk consumer-groups lag  Diagnose consumer lag ..." for every command that runs, with
/// the first sentence of its description.
fn leaves(node: &CommandNode, lines: &mut Vec<String>) {
    if node.runnable {
        let about = node.about.split(". ").next().unwrap_or("");
        lines.push(format!("{:<36}{about}", node.path));
    }
    for child in &node.subcommands {
        leaves(child, lines);
    }
}
