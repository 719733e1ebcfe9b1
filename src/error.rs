//! Errors that carry their own exit code. Everything else is a plain `anyhow` error (exit 1);
//! `main` is the one place that turns an error into an exit status.

use std::fmt;

pub const EXIT_ERROR: u8 = 1;
pub const EXIT_USAGE: u8 = 2;
pub const EXIT_PARTIAL: u8 = 3;
pub const EXIT_INTERRUPTED: u8 = 130;

/// The command line asked for something impossible or contradictory.
#[derive(Debug)]
pub struct UsageError(pub String);

/// The command ran, but some records or changes were not delivered or applied.
#[derive(Debug)]
pub struct PartialFailure(pub String);

/// The user interrupted the command (Ctrl-C or SIGTERM) after it reported what it did.
#[derive(Debug)]
pub struct Interrupted;

impl fmt::Display for UsageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
impl fmt::Display for PartialFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
impl fmt::Display for Interrupted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("interrupted")
    }
}
impl std::error::Error for UsageError {}
impl std::error::Error for PartialFailure {}
impl std::error::Error for Interrupted {}

/// What `main` should do with an error: the exit code, and whether to print it.
pub fn classify(err: &anyhow::Error) -> (u8, bool) {
    if is_broken_pipe(err) {
        return (0, false);
    }
    if err.downcast_ref::<Interrupted>().is_some() {
        return (EXIT_INTERRUPTED, false);
    }
    if err.downcast_ref::<UsageError>().is_some() {
        return (EXIT_USAGE, true);
    }
    if err.downcast_ref::<PartialFailure>().is_some() {
        return (EXIT_PARTIAL, true);
    }
    (EXIT_ERROR, true)
}

/// A closed stdout (`kfk ... | head`) is how pipelines say "enough", not an error.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// An error whose text spans lines (regex and TOML errors draw pictures) as one line,
/// for an "error:" line that reads alone.
pub fn one_line(err: &dyn std::fmt::Display) -> String {
    err.to_string()
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use anyhow::Context;

    #[test]
    fn exit_codes_follow_the_error_kind() {
        let pipe: anyhow::Result<()> =
            Err(std::io::Error::from(std::io::ErrorKind::BrokenPipe)).context("writing stdout");
        assert_eq!(classify(&pipe.unwrap_err()), (0, false));
        assert_eq!(classify(&UsageError("x".into()).into()), (EXIT_USAGE, true));
        assert_eq!(
            classify(&PartialFailure("x".into()).into()),
            (EXIT_PARTIAL, true)
        );
        assert_eq!(classify(&Interrupted.into()), (EXIT_INTERRUPTED, false));
        assert_eq!(classify(&anyhow::anyhow!("x")), (EXIT_ERROR, true));
    }
}
