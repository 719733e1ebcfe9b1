//! Running `kfk copy -v`, reading its transaction log (which source offset ranges each
//! transaction held, and which never committed), and judging the copy by what a
//! read_committed reader finds.

use std::collections::HashMap;
use std::io::Read;
use std::process::{Command, Stdio};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use super::{read_topic, Guarded, Start};

/// One transaction's source ranges: (partition, first offset, last offset).
pub type Ranges = Vec<(i32, i64, i64)>;

/// The source ranges of every transaction in one copier's stderr that did not commit:
/// aborted, left open by an error, or still open when the process died.
pub fn uncommitted(stderr: &str) -> Vec<Ranges> {
    let mut open: Option<Ranges> = None;
    let mut found = Vec::new();
    for (event, ranges) in events(stderr) {
        match event.as_str() {
            "begin" => {
                assert!(open.is_none(), "two transactions open at once:\n{stderr}");
                open = Some(ranges);
            }
            "commit" => open = None,
            "abort" | "open" => {
                found.push(ranges);
                open = None;
            }
            other => panic!("unknown transaction event '{other}'"),
        }
    }
    found.extend(open);
    found
}

/// How many records the transactions in this stderr committed.
pub fn committed_records(stderr: &str) -> i64 {
    events(stderr)
        .filter(|(event, _)| event == "commit")
        .flat_map(|(_, ranges)| ranges)
        .map(|(_, first, last)| last - first + 1)
        .sum()
}

/// ("begin" | "commit" | "abort" | "open", ranges) for each `kfk copy: txn` line. A line
/// cut short by SIGKILL is left out: the copier logs a begin before it writes records.
pub fn events(stderr: &str) -> impl Iterator<Item = (String, Ranges)> + '_ {
    stderr
        .split_inclusive('\n')
        .filter_map(|line| line.strip_suffix('\n'))
        .filter_map(|line| line.strip_prefix("kfk copy: txn "))
        .map(|rest| {
            let mut words = rest.split_whitespace();
            let event = words.next().expect("event").to_string();
            let _topic = words.next().expect("topic");
            let ranges = words
                .next()
                .unwrap_or("")
                .split(',')
                .filter(|r| !r.is_empty())
                .map(|range| {
                    let (partition, span) = range.split_once(':').expect("P:FIRST-LAST");
                    let (first, last) = span.split_once('-').expect("FIRST-LAST");
                    (
                        partition.parse().expect("partition"),
                        first.parse().expect("first"),
                        last.parse().expect("last"),
                    )
                })
                .collect();
            (event, ranges)
        })
}

/// Every record of topic `source` is in topic `destination` exactly once, and nothing
/// else is, as a read_committed reader sees them: Apache Kafka hides the records of
/// transactions that aborted or never committed, so any duplicate is a committed one.
pub fn assert_exactly_once(brokers: &str, source: &str, destination: &str) {
    let source = read_topic(brokers, source, "read_uncommitted");
    let destination = read_topic(brokers, destination, "read_committed");
    let origin: HashMap<&[u8], (i32, i64)> = source
        .iter()
        .map(|r| (r.value.as_deref().expect("value"), (r.partition, r.offset)))
        .collect();
    assert_eq!(origin.len(), source.len(), "source values must be unique");
    let mut copies: HashMap<&[u8], i64> = HashMap::new();
    for record in &destination {
        let value = record.value.as_deref().expect("value");
        assert!(
            origin.contains_key(value),
            "the destination holds a record the source does not: {record:?}"
        );
        *copies.entry(value).or_default() += 1;
    }
    let mut missing = 0;
    for (value, (partition, offset)) in &origin {
        match copies.get(value).copied().unwrap_or(0) {
            0 => missing += 1,
            1 => {}
            count => panic!(
                "source record {partition}:{offset} is in the destination {count} times for a \
                 read_committed reader"
            ),
        }
    }
    assert_eq!(missing, 0, "source records missing from the destination");
}

/// `assert_exactly_once` for librdkafka's mock cluster, which shows aborted records to
/// every reader: there a record may appear once more for each transaction that held it
/// and did not commit (by the copier's own log), and no more.
pub fn assert_exactly_once_on_mock(
    brokers: &str,
    source: &str,
    destination: &str,
    uncommitted: &[Ranges],
) {
    let source = read_topic(brokers, source, "read_uncommitted");
    let destination = read_topic(brokers, destination, "read_uncommitted");
    let mut copies: HashMap<&[u8], i64> = HashMap::new();
    for record in &destination {
        *copies
            .entry(record.value.as_deref().expect("value"))
            .or_default() += 1;
    }
    assert!(
        copies.len() <= source.len(),
        "the destination holds records the source does not"
    );
    for record in &source {
        let (partition, offset) = (record.partition, record.offset);
        let count = copies
            .get(record.value.as_deref().expect("value"))
            .copied()
            .unwrap_or(0);
        let allowed = uncommitted
            .iter()
            .filter(|ranges| {
                ranges
                    .iter()
                    .any(|&(p, first, last)| p == partition && (first..=last).contains(&offset))
            })
            .count() as i64;
        assert!(
            (1..=1 + allowed).contains(&count),
            "source record {partition}:{offset} is in the destination {count} times, \
             and {allowed} uncommitted transactions held it"
        );
    }
}

/// A running `kfk copy` whose stderr is collected as it comes.
pub struct Copier {
    pub child: Guarded,
    log: Arc<(Mutex<String>, Condvar)>,
    reader: Option<std::thread::JoinHandle<()>>,
}

impl Copier {
    pub fn spawn(command: &mut Command) -> Copier {
        let mut child = command
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .start();
        let mut stderr = child.stderr.take().expect("stderr");
        let log = Arc::new((Mutex::new(String::new()), Condvar::new()));
        let shared = log.clone();
        let reader = std::thread::spawn(move || {
            let mut buffer = [0u8; 4096];
            while let Ok(n) = stderr.read(&mut buffer) {
                if n == 0 {
                    break;
                }
                let (text, changed) = &*shared;
                text.lock()
                    .expect("log")
                    .push_str(&String::from_utf8_lossy(&buffer[..n]));
                changed.notify_all();
            }
        });
        Copier {
            child,
            log,
            reader: Some(reader),
        }
    }

    /// Waits until the log so far satisfies `condition`.
    pub fn wait_for_log(&self, what: &str, condition: impl Fn(&str) -> bool) {
        let (text, changed) = &*self.log;
        let deadline = Instant::now() + Duration::from_secs(90);
        let mut log = text.lock().expect("log");
        while !condition(&log) {
            let left = deadline.saturating_duration_since(Instant::now());
            assert!(!left.is_zero(), "no {what} within 90s; log:\n{log}");
            log = changed.wait_timeout(log, left).expect("log").0;
        }
    }

    pub fn signal(&mut self, signal: i32) {
        self.child.signal(signal);
    }

    /// Waits for exit; returns the exit code (None when killed by a signal) and the log.
    pub fn finish(mut self) -> (Option<i32>, String) {
        let status = self.child.wait().expect("wait");
        if let Some(reader) = self.reader.take() {
            reader.join().expect("log reader");
        }
        let log = self.log.0.lock().expect("log").clone();
        (status.code(), log)
    }
}

/// `-v copy` from `source` to `destination` as `group`, in 50-record transactions.
pub fn copy_args<'a>(source: &'a str, destination: &'a str, group: &'a str) -> [&'a str; 10] {
    [
        "-v",
        "copy",
        "--from",
        source,
        "--to",
        destination,
        "--group",
        group,
        "--batch-records",
        "50",
    ]
}
