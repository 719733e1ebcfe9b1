//! Confirmations for what cannot be undone.

use std::io::{BufRead, IsTerminal, Write};

use anyhow::{bail, Result};

use crate::error::UsageError;

/// Asks `question` on the terminal and wants `answer` typed back. Without a terminal the
/// command needs --yes: refusing to `action` is a usage error.
pub fn confirm(action: &str, question: &str, answer: &str) -> Result<()> {
    if !std::io::stdin().is_terminal() {
        bail!(UsageError(format!(
            "refusing to {action} without confirmation; pass --yes"
        )));
    }
    eprint!("{question} Type '{answer}' to confirm: ");
    std::io::stderr().flush()?;
    let mut typed = String::new();
    std::io::stdin().lock().read_line(&mut typed)?;
    if typed.trim() != answer {
        bail!(UsageError("not confirmed; nothing was changed".into()));
    }
    Ok(())
}
