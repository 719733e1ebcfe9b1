//! The layering the README describes, held by a test (one crate has no compiler-enforced
//! layers, as jj's and ripgrep's library crates do): only src/kafka/ names rdkafka or
//! spells a librdkafka property; imports run down `main -> cli -> commands -> kafka, io,
//! config, schema -> model`; the Kafka layer, config and model know nothing of clap.

use std::collections::BTreeSet;
use std::io::{Read, Seek};
use std::path::{Path, PathBuf};

/// Every .rs file under `dir`, as paths relative to src/.
fn sources(dir: &Path, root: &Path, found: &mut Vec<(String, String)>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("read src")
        .map(|entry| entry.expect("entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            sources(&path, root, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let relative = path.strip_prefix(root).expect("under src");
            let text = std::fs::read_to_string(&path).expect("source");
            found.push((relative.to_string_lossy().into_owned(), text));
        }
    }
}

fn all_sources() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut found = Vec::new();
    sources(&root, &root, &mut found);
    assert!(found.len() > 50, "found only {} files in src/", found.len());
    found
}

/// The layer of a file (its first path component), and how low it sits: a file may
/// import its own layer and lower ones, never higher ones.
fn rank(layer: &str) -> Option<u8> {
    match layer {
        "main" => Some(0),
        "cli" => Some(1),
        "commands" | "context" => Some(2),
        "kafka" | "io" | "config" | "schema" => Some(3),
        "model" => Some(4),
        // Exit codes and error kinds: everyone's.
        "error" => Some(5),
        _ => None,
    }
}

fn layer_of(file: &str) -> &str {
    let first = file.split('/').next().unwrap_or(file);
    first.strip_suffix(".rs").unwrap_or(first)
}

/// Lines outside `//` comments (doc comments name things freely).
fn code_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .map(|(i, line)| (i + 1, line))
        .filter(|(_, line)| !line.trim_start().starts_with("//"))
}

#[test]
fn only_the_kafka_layer_names_rdkafka() {
    let mut offenders = Vec::new();
    for (file, text) in all_sources() {
        if file.starts_with("kafka/") {
            continue;
        }
        for (number, line) in text.lines().enumerate() {
            let names_it = line
                .match_indices("rdkafka")
                .any(|(at, _)| !line[..at].ends_with("lib"));
            if names_it {
                offenders.push(format!("src/{file}:{}: {}", number + 1, line.trim()));
            }
        }
    }
    assert!(
        offenders.is_empty(),
        "outside src/kafka/, rdkafka is named:\n{}",
        offenders.join("\n")
    );
}

#[test]
fn imports_run_down_the_layers() {
    let mut offenders = Vec::new();
    for (file, text) in all_sources() {
        let layer = layer_of(&file);
        let Some(own) = rank(layer) else {
            offenders.push(format!("src/{file}: in no known layer"));
            continue;
        };
        for (number, line) in code_lines(&text) {
            for (at, _) in line.match_indices("crate::") {
                let target: String = line[at + "crate::".len()..]
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                // Crate-root items (`crate::fuzz_config`, macros) are not a layer.
                let Some(theirs) = rank(&target) else {
                    continue;
                };
                if theirs < own {
                    offenders.push(format!(
                        "src/{file}:{number}: {layer} imports {target}, a higher layer"
                    ));
                }
            }
        }
    }
    assert!(offenders.is_empty(), "{}", offenders.join("\n"));
}

#[test]
fn the_kafka_layer_config_and_model_know_nothing_of_clap() {
    let mut offenders = Vec::new();
    for (file, text) in all_sources() {
        if !matches!(layer_of(&file), "kafka" | "config" | "model") {
            continue;
        }
        for (number, line) in code_lines(&text) {
            if line.contains("clap::") || line.contains("use clap") {
                offenders.push(format!("src/{file}:{number}: {}", line.trim()));
            }
        }
    }
    assert!(offenders.is_empty(), "{}", offenders.join("\n"));
}

/// Every property librdkafka knows, from its own table (rd_kafka_conf_properties_show).
fn librdkafka_properties() -> BTreeSet<String> {
    // SAFETY: tmpfile gives a stream this function owns and closes once; librdkafka
    // writes its table to it.
    let table = unsafe {
        let stream = libc::tmpfile();
        assert!(!stream.is_null(), "tmpfile");
        rdkafka::bindings::rd_kafka_conf_properties_show(stream.cast());
        libc::fflush(stream);
        let fd = libc::dup(libc::fileno(stream));
        libc::fclose(stream);
        let mut file = <std::fs::File as std::os::fd::FromRawFd>::from_raw_fd(fd);
        file.rewind().expect("rewind");
        let mut table = String::new();
        file.read_to_string(&mut table).expect("read the table");
        table
    };
    let names: BTreeSet<String> = table
        .lines()
        .filter_map(|line| line.split('|').next())
        .map(str::trim)
        .filter(|name| !name.is_empty() && !name.contains(' ') && *name != "Property")
        .map(str::to_string)
        .collect();
    assert!(names.contains("bootstrap.servers"), "{table}");
    names
}

/// Names that are also a broker's topic configs, which kfk shows and changes as such.
const TOPIC_CONFIGS: [&str; 1] = ["compression.type"];

#[test]
fn only_the_kafka_layer_spells_librdkafka_properties() {
    let properties = librdkafka_properties();
    let mut offenders = Vec::new();
    for (file, text) in all_sources() {
        if file.starts_with("kafka/") {
            continue;
        }
        for (number, line) in code_lines(&text) {
            for literal in line.split('"').skip(1).step_by(2) {
                if properties.contains(literal)
                    && !(file.starts_with("model/") && TOPIC_CONFIGS.contains(&literal))
                {
                    offenders.push(format!("src/{file}:{number}: \"{literal}\""));
                }
            }
        }
    }
    assert!(
        offenders.is_empty(),
        "librdkafka properties spelled outside src/kafka/:\n{}",
        offenders.join("\n")
    );
}
