//! The bad-input corpus (tests/bad_input/cases.toml): every case must end with its exit
//! code and one clear "error:" line, within --timeout, with no panic or backtrace, and
//! leave what it names unchanged. The cases run in parallel against the test broker.

mod common;

use std::collections::BTreeMap;
use std::io::Write;
use std::process::Stdio;
use std::time::{Duration, Instant};

use common::*;
use serde::Deserialize;

/// Each case runs with this --timeout; it must end well within this plus process start.
const TIMEOUT: &str = "3s";
const DEADLINE: Duration = Duration::from_secs(10);

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Corpus {
    case: Vec<Case>,
}

#[derive(Deserialize, Clone)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    args: Vec<String>,
    stdin: Option<String>,
    stdin_hex: Option<String>,
    #[serde(default)]
    files: BTreeMap<String, String>,
    /// Topics to create first, NAME:PARTITIONS.
    #[serde(default)]
    create: Vec<String>,
    code: i32,
    error: String,
    #[serde(default)]
    unchanged: Vec<String>,
}

fn corpus() -> Vec<Case> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/bad_input/cases.toml");
    let text = std::fs::read_to_string(path).expect("cases.toml");
    toml::from_str::<Corpus>(&text)
        .expect("cases.toml parses")
        .case
}

/// A topic's (low, high) watermarks, or a group's committed offsets on the shared topic:
/// what "unchanged" compares.
fn snapshot(what: &str, shared_topic: &str) -> Vec<i64> {
    if let Some(topic) = what.strip_prefix("topic:") {
        watermarks(brokers(), topic)
            .into_iter()
            .flat_map(|(low, high)| [low, high])
            .collect()
    } else if let Some(group) = what.strip_prefix("group:") {
        committed_offsets(brokers(), group, shared_topic, 3)
    } else {
        panic!("unknown 'unchanged' entry {what}")
    }
}

fn hex(text: &str) -> Vec<u8> {
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).expect("hex"))
        .collect()
}

/// The placeholders of a case's text, and the folder it runs in.
struct Place {
    dir: tempfile::TempDir,
    topic: String,
    group: String,
    fresh: String,
}

impl Place {
    fn fill(&self, text: &str) -> String {
        text.replace("{topic}", &self.topic)
            .replace("{group}", &self.group)
            .replace("{fresh}", &self.fresh)
            .replace("{tmp}", &self.dir.path().display().to_string())
    }

    /// Creates the topics and writes the files the case names.
    fn prepare(&self, case: &Case) {
        let mut topics: Vec<(String, &str)> = Vec::new();
        if case.args.iter().any(|a| a.contains("{fresh}")) {
            topics.push((self.fresh.clone(), "3"));
        }
        for spec in &case.create {
            let (name, partitions) = spec.rsplit_once(':').expect("NAME:PARTITIONS");
            topics.push((self.fill(name), partitions));
        }
        for (name, partitions) in topics {
            run_ok(&mut kfk_words(&format!(
                "topics create {name} -p {partitions} -r 1"
            )));
        }
        for (name, content) in &case.files {
            let bytes = match content.strip_prefix('@') {
                Some(size) => {
                    let mut line = vec![b'a'; size.parse().expect("size")];
                    line.push(b'\n');
                    line
                }
                None => self.fill(content).into_bytes(),
            };
            std::fs::write(self.dir.path().join(name), bytes).expect("case file");
        }
    }

    /// Runs the case's command with its stdin; its output and how long it took.
    fn run(&self, case: &Case) -> (std::process::Output, Duration) {
        let mut command = kfk_on_broker();
        command
            .current_dir(self.dir.path())
            .args(case.args.iter().map(|a| self.fill(a)));
        if !case.args.iter().any(|a| a == "--timeout") {
            command.args(["--timeout", TIMEOUT]);
        }
        command
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let input = match (&case.stdin, &case.stdin_hex) {
            (Some(text), _) => text.clone().into_bytes(),
            (None, Some(bytes)) => hex(bytes),
            (None, None) => Vec::new(),
        };
        let started = Instant::now();
        let mut child = command.start();
        let mut stdin = child.stdin.take().expect("stdin");
        let writer = std::thread::spawn(move || {
            let _ = stdin.write_all(&input);
        });
        let output = child.wait_with_output().expect("wait");
        let elapsed = started.elapsed();
        let _ = writer.join();
        (output, elapsed)
    }
}

/// Runs one case; returns what went wrong, if anything.
fn check(case: &Case, topic: &str, group: &str) -> Option<String> {
    let place = Place {
        dir: tempfile::tempdir().expect("tempdir"),
        topic: topic.to_string(),
        group: group.to_string(),
        fresh: unique_topic("bad-input"),
    };
    place.prepare(case);
    let unchanged: Vec<(String, Vec<i64>)> = case
        .unchanged
        .iter()
        .map(|what| (place.fill(what), snapshot(&place.fill(what), topic)))
        .collect();
    let (output, elapsed) = place.run(case);
    let stderr = String::from_utf8_lossy(&output.stderr);
    let mut problems = problems(case, &output, &place.fill(&case.error), elapsed);
    for (what, before) in &unchanged {
        if snapshot(what, topic) != *before {
            problems.push(format!("{what} changed"));
        }
    }
    (!problems.is_empty()).then(|| {
        format!(
            "{}: {}\n  stderr: {}",
            case.name,
            problems.join("; "),
            stderr.trim()
        )
    })
}

/// How the run differs from the case: exit code, one error line holding `expected`, no
/// panic, within the deadline.
fn problems(
    case: &Case,
    output: &std::process::Output,
    expected: &str,
    elapsed: Duration,
) -> Vec<String> {
    let stderr = String::from_utf8_lossy(&output.stderr);
    let mut problems = Vec::new();
    if output.status.code() != Some(case.code) {
        problems.push(format!(
            "exit code {:?}, expected {}",
            output.status.code(),
            case.code
        ));
    }
    let errors: Vec<&str> = stderr
        .lines()
        .filter(|l| l.starts_with("error: "))
        .collect();
    if errors.len() != 1 || !errors[0].contains(expected) {
        problems.push(format!("expected one error line containing '{expected}'"));
    }
    if ["panicked", "backtrace", "internal error"]
        .iter()
        .any(|bad| stderr.contains(bad))
    {
        problems.push("a panic or backtrace".into());
    }
    if elapsed > DEADLINE {
        problems.push(format!("took {elapsed:?} with --timeout {TIMEOUT}"));
    }
    problems
}

#[test]
fn every_bad_input_case_fails_cleanly_and_changes_nothing() {
    let cases = corpus();
    assert!(cases.len() >= 30, "the corpus has {} cases", cases.len());
    let topic = create_topic(3, "bad-input-shared");
    let produced = run_with_stdin(
        kfk_on_broker().args(["produce", "-t", &topic, "-q"]),
        b"a\nb\nc\nd\ne\nf\n",
    );
    assert_eq!(produced.code, 0, "{}", produced.stderr);
    let group = unique_topic("bad-input-group");
    let scratch = tempfile::tempdir().expect("tempdir");
    commit_earliest(brokers(), scratch.path(), &group, &topic);

    let failures: Vec<String> = std::thread::scope(|scope| {
        let running: Vec<_> = cases
            .iter()
            .map(|case| scope.spawn(|| check(case, &topic, &group)))
            .collect();
        running
            .into_iter()
            .filter_map(|handle| handle.join().expect("case thread"))
            .collect()
    });
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}
