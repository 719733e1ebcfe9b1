//! Files kfk writes beside files it reads: a --failed-file, an --export plan. Writing one
//! onto an input (by the same path, a symlink or a hard link, or the file on stdin)
//! would empty what is being read, so that is refused before anything is opened for
//! writing.

use std::fs::{File, Metadata, OpenOptions};
use std::io::{self, BufWriter, Write};
use std::os::fd::AsFd;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

use anyhow::Context as _;

use crate::error::UsageError;

/// Writes a record of what a change replaces (an undo file, a rollback plan) to a new file
/// in the working directory, `{kind}-{name}-{UTC time}.{extension}` (the name reduced to
/// letters, digits, '-' and '_'), never over an earlier one, which may be the only record
/// of older state. Returns its absolute path.
pub fn write_record(
    kind: &str,
    name: &str,
    extension: &str,
    text: &str,
) -> anyhow::Result<PathBuf> {
    let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%S%.3fZ");
    let name: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let path = PathBuf::from(format!("{kind}-{name}-{stamp}.{extension}"));
    OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&path)
        .and_then(|mut file| file.write_all(text.as_bytes()))
        .with_context(|| format!("cannot write {}", path.display()))?;
    Ok(std::path::absolute(&path).unwrap_or(path))
}

/// Where an input comes from, for the same-file check.
pub enum Source<'a> {
    File(&'a Path),
    Stdin,
}

/// Refuses `output` (given with `flag`) when it is one of `inputs`: compared by device
/// and inode, so another path to the same file is caught too. An output that does not
/// exist yet cannot be an input.
pub fn refuse_overwriting_input(
    flag: &str,
    output: &Path,
    inputs: &[Source<'_>],
) -> Result<(), UsageError> {
    let Ok(written) = std::fs::metadata(output) else {
        return Ok(());
    };
    for input in inputs {
        let (read, name) = match input {
            Source::File(path) => (std::fs::metadata(path).ok(), path.display().to_string()),
            Source::Stdin => (stdin_metadata(), "stdin".to_string()),
        };
        if read.is_some_and(|read| same_file(&read, &written)) {
            return Err(UsageError(format!(
                "{flag} {} is the input {name} (the same file): writing it would destroy \
                 what is being read; name another file",
                output.display()
            )));
        }
    }
    Ok(())
}

fn same_file(a: &Metadata, b: &Metadata) -> bool {
    a.dev() == b.dev() && a.ino() == b.ino()
}

/// The file behind stdin, when it is one (`kfk produce < file`); not a pipe or terminal.
fn stdin_metadata() -> Option<Metadata> {
    let fd = io::stdin().as_fd().try_clone_to_owned().ok()?;
    let metadata = File::from(fd).metadata().ok()?;
    metadata.is_file().then_some(metadata)
}

/// A file created on its first write: a run with nothing to put there leaves an
/// existing file as it was.
pub struct LazyFile {
    path: PathBuf,
    writer: Option<BufWriter<File>>,
}

impl LazyFile {
    /// Checks now that the file can be written later: an existing one is opened for
    /// writing (without truncating it), a new one needs its folder.
    pub fn new(path: PathBuf) -> io::Result<Self> {
        let checked = if path.exists() {
            OpenOptions::new().write(true).open(&path).map(drop)
        } else {
            let folder = match path.parent() {
                Some(folder) if !folder.as_os_str().is_empty() => folder,
                _ => Path::new("."),
            };
            std::fs::metadata(folder).and_then(|meta| {
                if meta.is_dir() {
                    Ok(())
                } else {
                    Err(io::Error::new(io::ErrorKind::NotADirectory, "not a folder"))
                }
            })
        };
        checked.map_err(|err| {
            io::Error::new(
                err.kind(),
                format!("cannot write {}: {err}", path.display()),
            )
        })?;
        Ok(LazyFile { path, writer: None })
    }

    pub fn write_all(&mut self, bytes: &[u8]) -> io::Result<()> {
        if self.writer.is_none() {
            let file = File::create(&self.path).map_err(|err| {
                io::Error::new(
                    err.kind(),
                    format!("cannot create {}: {err}", self.path.display()),
                )
            })?;
            self.writer = Some(BufWriter::new(file));
        }
        match self.writer.as_mut() {
            Some(writer) => writer.write_all(bytes),
            None => Ok(()),
        }
    }

    pub fn flush(&mut self) -> io::Result<()> {
        match self.writer.as_mut() {
            Some(writer) => writer.flush(),
            None => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_file_by_another_path_is_refused() {
        let dir = tempfile::tempdir().expect("tempdir");
        let input = dir.path().join("input.txt");
        std::fs::write(&input, "a\n").expect("write");
        let symlink = dir.path().join("symlink.txt");
        std::os::unix::fs::symlink(&input, &symlink).expect("symlink");
        let hard_link = dir.path().join("hard.txt");
        std::fs::hard_link(&input, &hard_link).expect("hard link");
        for output in [&input, &symlink, &hard_link] {
            let err = refuse_overwriting_input("--failed-file", output, &[Source::File(&input)])
                .expect_err("refused");
            assert!(err.0.contains("is the input"), "{}", err.0);
        }
        let other = dir.path().join("other.txt");
        std::fs::write(&other, "").expect("write");
        assert!(refuse_overwriting_input("--failed-file", &other, &[Source::File(&input)]).is_ok());
        let absent = dir.path().join("absent.txt");
        assert!(
            refuse_overwriting_input("--failed-file", &absent, &[Source::File(&input)]).is_ok()
        );
        assert_eq!(std::fs::read_to_string(&input).expect("read"), "a\n");
    }

    #[test]
    fn a_lazy_file_is_created_by_its_first_write() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("failed.txt");
        std::fs::write(&path, "kept\n").expect("write");
        let mut file = LazyFile::new(path.clone()).expect("writable");
        file.flush().expect("flush");
        drop(file);
        assert_eq!(std::fs::read_to_string(&path).expect("read"), "kept\n");
        let mut file = LazyFile::new(path.clone()).expect("writable");
        file.write_all(b"new\n").expect("write");
        file.flush().expect("flush");
        assert_eq!(std::fs::read_to_string(&path).expect("read"), "new\n");
        assert!(LazyFile::new(dir.path().join("no/such/folder.txt")).is_err());
    }
}
