//! Writing results: tables for people, JSON for scripts, always to stdout through a buffer
//! whose write errors (a closed pipe) propagate instead of panicking.

use std::io::{self, IsTerminal, Write};

use anyhow::Result;
use clap::ValueEnum;
use comfy_table::{presets, ContentArrangement, Table};
use serde::Serialize;

/// How a command prints records or tables.
#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum OutputFormat {
    /// Tables for people (whitespace-separated columns in a pipe)
    #[default]
    Table,
    /// The command's data as JSON
    Json,
    /// The same data as YAML
    Yaml,
    /// The same data as CSV: one row per item, nested fields as dotted columns
    Csv,
}

impl OutputFormat {
    /// Whether the command prints its data rather than a table.
    pub fn structured(self) -> bool {
        self != OutputFormat::Table
    }

    /// Refuses YAML and CSV for a command that prints a stream of records.
    pub fn for_records(self, command: &str) -> Result<(), String> {
        match self {
            OutputFormat::Yaml | OutputFormat::Csv => Err(format!(
                "{command} prints a stream of records: --output json (one object per line) or the default"
            )),
            _ => Ok(()),
        }
    }
}

/// A table with a header row. On a terminal it gets light rules; in a pipe it is plain
/// whitespace-separated columns that `awk` and `cut` handle.
pub fn table(headers: &[&str]) -> Table {
    let mut table = Table::new();
    if io::stdout().is_terminal() {
        table.load_preset(presets::UTF8_HORIZONTAL_ONLY);
        table.set_content_arrangement(ContentArrangement::Dynamic);
    } else {
        table.load_preset(presets::NOTHING);
        table.set_content_arrangement(ContentArrangement::Disabled);
    }
    if std::env::var_os("NO_COLOR").is_some() {
        table.force_no_tty();
    }
    table.set_header(headers.iter().copied());
    if !io::stdout().is_terminal() {
        for column in table.column_iter_mut() {
            column.set_padding((0, 2));
        }
    }
    table
}

pub fn print_table(table: &Table) -> Result<()> {
    let mut out = io::stdout().lock();
    for line in table.lines() {
        writeln!(out, "{}", line.trim_end())?;
    }
    out.flush()?;
    Ok(())
}

/// A command's data on stdout in `format`: pretty JSON (also for a table's format, where
/// a command has no table), YAML or CSV, all with the JSON's field names.
pub fn print_data<T: Serialize>(format: OutputFormat, value: &T) -> Result<()> {
    match format {
        OutputFormat::Table | OutputFormat::Json => print_json(value),
        OutputFormat::Yaml => {
            write_stdout(super::structured::yaml(&serde_json::to_value(value)?).as_bytes())
        }
        OutputFormat::Csv => {
            write_stdout(super::structured::csv(&serde_json::to_value(value)?).as_bytes())
        }
    }
}

/// One pretty JSON document on stdout. It is rendered first, so that a closed stdout
/// surfaces as the plain I/O error (a broken pipe) that `main` ends quietly on.
pub fn print_json<T: Serialize>(value: &T) -> Result<()> {
    let mut text = serde_json::to_vec_pretty(value)?;
    text.push(b'\n');
    write_stdout(&text)
}

/// A line on stdout, for short human-readable results.
pub fn print_line(line: &str) -> Result<()> {
    let mut out = io::stdout().lock();
    writeln!(out, "{line}")?;
    out.flush()?;
    Ok(())
}

pub fn warn(message: &str) {
    eprintln!("warning: {message}");
}

pub fn note(message: &str) {
    eprintln!("note: {message}");
}

/// Raw bytes on stdout.
pub fn write_stdout(bytes: &[u8]) -> Result<()> {
    let mut out = io::stdout().lock();
    out.write_all(bytes)?;
    out.flush()?;
    Ok(())
}

/// Whether stdout's reader has gone (`kfk consume ... | head -1` after head exited), found
/// without writing: on Linux the write end of a pipe reports POLLERR once its reader is
/// closed. A tail checks this while the topic is idle.
pub fn stdout_closed() -> bool {
    let mut fds = libc::pollfd {
        fd: libc::STDOUT_FILENO,
        events: 0,
        revents: 0,
    };
    // SAFETY: one valid pollfd, count 1, no wait.
    let ready = unsafe { libc::poll(&mut fds, 1, 0) };
    ready > 0 && fds.revents & (libc::POLLERR | libc::POLLHUP) != 0
}

/// Bytes written to stdout that its reader has not read yet, when stdout is a pipe (None
/// otherwise). Linux answers FIONREAD on either end of a pipe, and keeps the unread
/// bytes after the reader has gone, so this tells what a closed reader never saw.
pub fn stdout_unread() -> Option<u64> {
    use std::os::fd::AsFd;
    use std::os::unix::fs::FileTypeExt;
    let fd = std::io::stdout().as_fd().try_clone_to_owned().ok()?;
    let metadata = std::fs::File::from(fd).metadata().ok()?;
    if !metadata.file_type().is_fifo() {
        return None;
    }
    let mut unread: libc::c_int = 0;
    // SAFETY: FIONREAD writes one c_int through the valid pointer it is given.
    let result = unsafe { libc::ioctl(libc::STDOUT_FILENO, libc::FIONREAD, &mut unread) };
    (result == 0).then(|| u64::try_from(unread).unwrap_or(0))
}

/// A count with its noun in agreement: "1 record", "2 records", "3 entries".
pub fn count(n: impl Into<u64>, noun: &str) -> String {
    let n = n.into();
    if n == 1 {
        return format!("1 {noun}");
    }
    let plural = match noun.strip_suffix('y') {
        Some(stem) if !stem.ends_with(['a', 'e', 'o', 'u']) => format!("{stem}ies"),
        _ => format!("{noun}s"),
    };
    format!("{n} {plural}")
}

/// A size in bytes as people read it: "812 B", "4.0 KiB", "1.5 GiB".
pub fn size(bytes: i64) -> String {
    const UNITS: [&str; 5] = ["KiB", "MiB", "GiB", "TiB", "PiB"];
    if bytes.abs() < 1024 {
        return format!("{bytes} B");
    }
    let mut value = bytes as f64 / 1024.0;
    let mut unit = 0;
    while value.abs() >= 1024.0 && unit + 1 < UNITS.len() {
        value /= 1024.0;
        unit += 1;
    }
    format!("{value:.1} {}", UNITS[unit])
}

/// Milliseconds since the epoch as a UTC time ("2026-12-07T05:30:00.123Z").
pub fn time_ms(ms: i64) -> String {
    chrono::DateTime::from_timestamp_millis(ms).map_or_else(
        || ms.to_string(),
        |at| at.to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
    )
}

/// "was" for one, "were" for any other number.
pub fn was(n: impl Into<u64>) -> &'static str {
    if n.into() == 1 {
        "was"
    } else {
        "were"
    }
}

#[cfg(test)]
mod count_tests {
    use super::{count, size, was};

    #[test]
    fn sizes_read_in_binary_units() {
        assert_eq!(size(0), "0 B");
        assert_eq!(size(1023), "1023 B");
        assert_eq!(size(1024), "1.0 KiB");
        assert_eq!(size(1536 * 1024), "1.5 MiB");
        assert_eq!(size(5 << 40), "5.0 TiB");
        assert_eq!(
            super::time_ms(1_700_000_000_123),
            "2023-11-14T22:13:20.123Z"
        );
    }

    #[test]
    fn counts_agree_with_their_nouns() {
        assert_eq!(count(1u64, "record"), "1 record");
        assert_eq!(count(0u64, "record"), "0 records");
        assert_eq!(count(3u64, "entry"), "3 entries");
        assert_eq!(count(2u64, "key"), "2 keys");
        assert_eq!((was(1u64), was(2u64)), ("was", "were"));
    }
}
