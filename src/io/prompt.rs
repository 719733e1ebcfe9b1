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

/// Reads a secret typed on the terminal, without echoing it, asking `question` twice so a
/// typo is caught. Without a terminal, a usage error that names the alternatives.
pub fn read_new_secret(question: &str, alternatives: &str) -> Result<String> {
    let tty = terminal(question, alternatives)?;
    let first = read_hidden(&tty, &format!("New {question}: "))?;
    let second = read_hidden(&tty, &format!("New {question} again: "))?;
    if first != second {
        bail!(UsageError(format!(
            "the two {question}s differ; nothing was changed"
        )));
    }
    Ok(first)
}

/// Reads an existing secret typed on the terminal (`prompt` is shown), without echoing it.
pub fn read_secret(prompt: &str, question: &str, alternatives: &str) -> Result<String> {
    let tty = terminal(question, alternatives)?;
    read_hidden(&tty, prompt)
}

fn terminal(question: &str, alternatives: &str) -> Result<std::fs::File> {
    std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open("/dev/tty")
        .map_err(|_| {
            UsageError(format!(
                "no terminal to ask for {question} on: {alternatives}"
            ))
            .into()
        })
}

/// One line from the terminal with echo off; echo is restored even when reading fails.
fn read_hidden(tty: &std::fs::File, prompt: &str) -> Result<String> {
    use std::os::fd::AsRawFd;
    let fd = tty.as_raw_fd();
    // SAFETY: termios is plain data, filled by tcgetattr on a terminal descriptor.
    let mut saved: libc::termios = unsafe { std::mem::zeroed() };
    // SAFETY: `fd` is the open terminal of `tty`; `saved` is a termios to fill.
    if unsafe { libc::tcgetattr(fd, &mut saved) } != 0 {
        bail!("cannot read the terminal's settings");
    }
    let mut hidden = saved;
    hidden.c_lflag &= !libc::ECHO;
    hidden.c_lflag |= libc::ECHONL;
    let mut writer = tty;
    write!(writer, "{prompt}")?;
    writer.flush()?;
    // SAFETY: fd is a terminal; the settings come from tcgetattr.
    unsafe { libc::tcsetattr(fd, libc::TCSANOW, &hidden) };
    let mut line = String::new();
    let read = std::io::BufReader::new(tty).read_line(&mut line);
    // SAFETY: restores what tcgetattr returned.
    unsafe { libc::tcsetattr(fd, libc::TCSANOW, &saved) };
    read?;
    Ok(line.trim_end_matches(['\r', '\n']).to_string())
}
