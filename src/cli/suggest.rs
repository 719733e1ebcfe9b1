//! A tip for an unknown flag that clap has none for: the flag kfk uses for what the
//! peers call it (Apache's scripts, kcat), or the subcommand's closest flag.

use clap::error::{ContextKind, ContextValue, ErrorKind};

/// Flags of Apache's scripts and kcat, and how kfk spells them.
const PEER_FLAGS: [(&str, &str); 9] = [
    ("--bootstrap-server", "-b/--brokers"),
    ("--bootstrap-servers", "-b/--brokers"),
    ("--broker-list", "-b/--brokers"),
    ("--max-messages", "-c/--count"),
    ("--offset", "-o/--from"),
    ("--from-beginning", "-o beginning"),
    ("--consumer-property", "-X key=value"),
    ("--producer-property", "-X key=value"),
    ("--command-config", "a profile (--profile) or -X key=value"),
];

/// The tip for `err`, when it is an unknown flag without clap's own suggestion.
pub fn tip(err: &clap::Error, command: &clap::Command) -> Option<String> {
    if err.kind() != ErrorKind::UnknownArgument || err.get(ContextKind::SuggestedArg).is_some() {
        return None;
    }
    let Some(ContextValue::String(typed)) = err.get(ContextKind::InvalidArg) else {
        return None;
    };
    let flag = typed.split('=').next().unwrap_or(typed);
    if let Some((_, ours)) = PEER_FLAGS.iter().find(|(peer, _)| *peer == flag) {
        return Some(format!("kfk spells '{flag}' as '{ours}'"));
    }
    let name = flag.strip_prefix("--")?;
    let subcommand = invoked(command);
    subcommand
        .get_arguments()
        .filter_map(|arg| arg.get_long())
        .map(|long| (strsim::normalized_levenshtein(name, long), long))
        .filter(|(similarity, _)| *similarity >= 0.5)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, long)| {
            format!(
                "the closest flag of '{}' is '--{long}'",
                subcommand.get_name()
            )
        })
}

/// The subcommand the command line names (the deepest one found among its words).
fn invoked(command: &clap::Command) -> &clap::Command {
    let mut current = command;
    for word in std::env::args().skip(1) {
        if let Some(sub) = current.find_subcommand(&word) {
            current = sub;
        }
    }
    current
}

#[cfg(test)]
mod tests {
    use super::PEER_FLAGS;

    #[test]
    fn peer_flags_name_flags_kfk_has() {
        let known = ["-b/--brokers", "-c/--count", "-o/--from", "-o beginning"];
        for (_, ours) in PEER_FLAGS {
            assert!(known.contains(&ours) || ours.contains("-X"), "{ours}");
        }
    }
}
