//! `kfk consume --group` against Apache Kafka. Group joins and leaves take seconds, so
//! these tests are few, run in parallel, and share one broker.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead, BufReader, Read};
use std::process::Stdio;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::*;

/// A group member whose stdout lines are collected by a thread.
struct Member {
    child: Guarded,
    lines: Arc<Mutex<Vec<String>>>,
    reader: Option<std::thread::JoinHandle<()>>,
}

/// `kfk consume` as a member of `group`, from the beginning without a committed offset,
/// with a 6 s session so that a killed member's partitions move on quickly.
fn group_consumer(topic: &str, group: &str) -> std::process::Command {
    let mut command = kfk_on_broker();
    command.args([
        "consume",
        "-t",
        topic,
        "-g",
        group,
        "-o",
        "beginning",
        "--session-timeout",
        "6s",
    ]);
    command
}

fn join_group(topic: &str, group: &str, extra: &[&str]) -> Member {
    let mut child = group_consumer(topic, group)
        .args(extra)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .start();
    let stdout = child.stdout.take().expect("stdout");
    let lines = Arc::new(Mutex::new(Vec::new()));
    let sink = lines.clone();
    let reader = std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            match line {
                Ok(line) => sink.lock().expect("lines").push(line),
                Err(_) => break,
            }
        }
    });
    Member {
        child,
        lines,
        reader: Some(reader),
    }
}

impl Member {
    fn lines(&self) -> Vec<String> {
        self.lines.lock().expect("lines").clone()
    }

    fn interrupt(mut self) -> (i32, Vec<String>) {
        self.child.signal(libc::SIGINT);
        let status = self.child.wait().expect("wait");
        if let Some(reader) = self.reader.take() {
            let _ = reader.join();
        }
        (status.code().unwrap_or(-1), self.lines())
    }
}

#[test]
fn two_members_share_the_partitions() {
    let topic = create_topic(4, "group-share");
    let group = unique_topic("group-share");
    let a = join_group(&topic, &group, &["-f", "%p %s\\n"]);
    let b = join_group(&topic, &group, &["-f", "%p %s\\n"]);
    let (a_parts, b_parts) = rounds_until_shared(&topic, &a, &b);
    assert!(
        a_parts.is_disjoint(&b_parts),
        "a partition read by both in one round: {a_parts:?} {b_parts:?}"
    );
    a_stable_group_refuses_a_reset(&topic, &group);
    let (a_code, _) = a.interrupt();
    let (b_code, _) = b.interrupt();
    assert_eq!((a_code, b_code), (130, 130));
}

/// Writes one record per partition per round until a round is split between the two
/// members: then each has its own partitions. Returns the partitions each read then.
fn rounds_until_shared(
    topic: &str,
    a: &Member,
    b: &Member,
) -> (BTreeSet<String>, BTreeSet<String>) {
    let deadline = Instant::now() + Duration::from_secs(150);
    let mut round = 0;
    loop {
        assert!(
            Instant::now() < deadline,
            "the two members never shared the partitions"
        );
        round += 1;
        let input: String = (0..4)
            .map(|p| format!("{{\"value\":\"round{round}\",\"partition\":{p}}}\n"))
            .collect();
        let produced = run_with_stdin(
            kfk_on_broker().args(["produce", "-t", topic, "--input", "json", "-q"]),
            input.as_bytes(),
        );
        assert_eq!(produced.code, 0, "{}", produced.stderr);
        let tag = format!("round{round}");
        let seen = |lines: Vec<String>| -> BTreeSet<String> {
            lines
                .into_iter()
                .filter(|l| l.ends_with(&tag))
                .map(|l| l.split(' ').next().unwrap_or("").to_string())
                .collect()
        };
        let round_deadline = Instant::now() + Duration::from_secs(30);
        let (mut in_a, mut in_b) = (BTreeSet::new(), BTreeSet::new());
        while Instant::now() < round_deadline {
            in_a = seen(a.lines());
            in_b = seen(b.lines());
            if in_a.union(&in_b).count() == 4 {
                break;
            }
            std::thread::yield_now();
        }
        if !in_a.is_empty() && !in_b.is_empty() && in_a.union(&in_b).count() == 4 {
            return (in_a, in_b);
        }
    }
}

/// While the members are in, the group is stable and its offsets must not be moved.
fn a_stable_group_refuses_a_reset(topic: &str, group: &str) {
    let described =
        run_ok(kfk_on_broker().args(["consumer-groups", "describe", group, "--output", "json"]));
    let view: serde_json::Value = serde_json::from_str(&described.stdout).expect("describe JSON");
    assert_eq!(view[0]["state"], "Stable", "{}", described.stdout);
    let refused = run(kfk_on_broker().args([
        "consumer-groups",
        "reset-offsets",
        group,
        "--topic",
        topic,
        "--to-earliest",
        "--execute",
    ]));
    assert_eq!(refused.code, 1, "{}", refused.stderr);
    let stable = format!("group '{group}' is Stable with");
    assert!(refused.stderr.contains(&stable), "{}", refused.stderr);
    assert!(
        refused.stderr.contains("nothing was changed"),
        "{}",
        refused.stderr
    );
}

#[test]
fn at_least_once_across_five_sigkills() {
    let topic = create_topic(3, "group-crash");
    let group = unique_topic("group-crash");
    let total = 3000;
    let filler = "x".repeat(1000);
    let input: String = (0..total).map(|i| format!("r{i:05} {filler}\n")).collect();
    let produced = run_with_stdin(
        kfk_on_broker().args(["produce", "-t", &topic, "-q"]),
        input.as_bytes(),
    );
    assert_eq!(produced.code, 0, "{}", produced.stderr);
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for round in 0..5 {
        read_then_sigkill(&topic, &group, &mut seen);
        assert!(
            seen.len() < total,
            "round {round} read everything; the kill was not mid-stream"
        );
    }
    let last = run(group_consumer(&topic, &group).arg("-e"));
    assert_eq!(last.code, 0);
    for line in last.stdout.lines() {
        *seen.entry(record_id(line)).or_default() += 1;
    }
    let missing: Vec<String> = (0..total)
        .map(|i| format!("r{i:05}"))
        .filter(|r| !seen.contains_key(r))
        .collect();
    assert!(
        missing.is_empty(),
        "{} records lost, e.g. {:?}",
        missing.len(),
        &missing[..missing.len().min(5)]
    );
}

fn record_id(line: &str) -> String {
    line.split(' ').next().unwrap_or_default().to_string()
}

/// One member's life: it reads 300 records and is SIGKILLed mid-stream (records are ~1 KB,
/// so a member that is not read from blocks on a full pipe); what it wrote before it died
/// is counted in `seen` too.
fn read_then_sigkill(topic: &str, group: &str, seen: &mut BTreeMap<String, usize>) {
    let mut child = group_consumer(topic, group)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .start();
    let mut stdout = BufReader::new(child.stdout.take().expect("stdout"));
    let mut line = String::new();
    for _ in 0..300 {
        line.clear();
        if stdout.read_line(&mut line).expect("read") == 0 {
            break;
        }
        *seen.entry(record_id(&line)).or_default() += 1;
    }
    // SAFETY: kill takes any pid; the child has not been waited for, so its pid is its own.
    unsafe {
        libc::kill(child.id() as i32, libc::SIGKILL);
    }
    child.wait().expect("wait");
    let mut rest = String::new();
    stdout.read_to_string(&mut rest).expect("drain");
    for line in rest.lines() {
        *seen.entry(record_id(line)).or_default() += 1;
    }
}

/// `kfk consume -g G | head -3`: the pipe takes up to 64 KiB that head never reads.
/// Only what head read may be committed: at least the three lines it printed, and no
/// more than the 8 KiB blocks GNU head reads (two allowed); the old behaviour committed
/// every record written into the pipe (over 5,000 here).
#[test]
fn a_closed_pipe_commits_only_what_its_reader_read() {
    let topic = create_topic(1, "group-head");
    const RECORDS: usize = 20_000;
    let lines: String = (0..RECORDS).map(|i| format!("record-{i:05}\n")).collect();
    let produced = run_with_stdin(
        kfk_on_broker().args(["produce", "-t", &topic, "-q"]),
        lines.as_bytes(),
    );
    assert_eq!(produced.code, 0, "{}", produced.stderr);
    let group = unique_topic("head-group");
    let pipeline = format!(
        "'{}' consume -t '{topic}' -g '{group}' -o beginning | head -3",
        env!("CARGO_BIN_EXE_kfk")
    );
    let shell = run(std::process::Command::new("sh")
        .args(["-c", &pipeline])
        .env("KFK_BROKERS", brokers())
        .env("XDG_CONFIG_HOME", "/nonexistent"));
    assert_eq!(shell.code, 0, "{}", shell.stderr);
    assert_eq!(
        shell.stdout, "record-00000\nrecord-00001\nrecord-00002\n",
        "{}",
        shell.stderr
    );
    let committed = committed_offsets(brokers(), &group, &topic, 1)[0];
    eprintln!("committed after head -3: {committed}");
    let two_blocks = (16 * 1024 / "record-00000\n".len()) as i64;
    assert!(
        (3..=two_blocks).contains(&committed),
        "committed {committed}: head printed 3 and read at most {two_blocks}"
    );
}
