//! Live completion of topic and group names (clap_complete's dynamic completion): the
//! shell calls kfk with KFK_COMPLETE set and the words typed so far; kfk asks the
//! cluster those words (and the environment and profile) point at. Asking is bounded by
//! a short timeout, and any failure completes nothing, silently: a shell prompt is no
//! place for errors.

use std::ffi::OsStr;
use std::sync::OnceLock;
use std::time::Duration;

use clap::ArgMatches;
use clap_complete::engine::{ArgValueCompleter, CompletionCandidate};

use crate::config::CommandLine;
use crate::context::Context;
use crate::io::output::OutputFormat;
use crate::kafka::admin;

/// The environment variable that turns a run into a completion request.
pub const COMPLETE_VAR: &str = "KFK_COMPLETE";

/// The whole command line's definition, and how its global flags read: the top level
/// sets them before a completion request is answered (the commands do not know it).
type TopLevel = (
    fn() -> clap::Command,
    fn(&ArgMatches) -> Option<CommandLine>,
);
static TOP_LEVEL: OnceLock<TopLevel> = OnceLock::new();

pub(super) fn set_top_level(
    definition: fn() -> clap::Command,
    global_flags: fn(&ArgMatches) -> Option<CommandLine>,
) {
    let _ = TOP_LEVEL.set((definition, global_flags));
}

/// How long completion may wait for the cluster.
const TIMEOUT: Duration = Duration::from_secs(2);

pub fn topics() -> ArgValueCompleter {
    ArgValueCompleter::new(|current: &OsStr| complete(current, Names::Topics))
}

pub fn groups() -> ArgValueCompleter {
    ArgValueCompleter::new(|current: &OsStr| complete(current, Names::Groups))
}

#[derive(Clone, Copy)]
enum Names {
    Topics,
    Groups,
}

fn complete(current: &OsStr, names: Names) -> Vec<CompletionCandidate> {
    let prefix = current.to_string_lossy();
    names_from_cluster(names)
        .unwrap_or_default()
        .into_iter()
        .filter(|name| name.starts_with(prefix.as_ref()))
        .map(CompletionCandidate::new)
        .collect()
}

fn names_from_cluster(names: Names) -> Option<Vec<String>> {
    let ctx = context_of_typed_words()?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .ok()?;
    let mut found = runtime.block_on(async {
        match names {
            Names::Topics => ctx.kafka.cluster().await.ok().map(|cluster| {
                cluster
                    .topics
                    .into_iter()
                    .map(|t| t.name)
                    .collect::<Vec<_>>()
            }),
            Names::Groups => ctx
                .kafka
                .with_admin(admin::list_groups)
                .await
                .ok()
                .map(|groups| groups.into_iter().map(|g| g.group).collect()),
        }
    })?;
    found.sort();
    Some(found)
}

/// The settings the words typed so far give (`kfk -b ... --profile ... topics describe`),
/// with the environment and the profile, and a short timeout. The shell passes those
/// words after `--`.
fn context_of_typed_words() -> Option<Context> {
    let words: Vec<String> = std::env::args()
        .skip_while(|word| word != "--")
        .skip(1)
        .collect();
    let (definition, global_flags) = TOP_LEVEL.get()?;
    let matches = definition()
        .ignore_errors(true)
        .try_get_matches_from(&words)
        .ok()?;
    let mut command_line = global_flags(&matches)?;
    command_line.timeout.value = command_line.timeout.value.min(TIMEOUT);
    command_line.verbose = 0;
    Context::offline(command_line, OutputFormat::Table).ok()
}
