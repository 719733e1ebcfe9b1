//! Test harness: one real Kafka-protocol broker per test binary, and helpers to run kfk.
//!
//! The broker is Apache Kafka (pinned in `tests/kafka/pom.xml`; `scripts/test` fetches
//! it and sets `KFK_TEST_KAFKA_LIBS`), one KRaft node started on free loopback ports with
//! its storage in a temporary folder, and killed by its pid when the test binary exits.
//! With `KFK_TEST_BROKERS` set, the tests use that cluster instead.

#![allow(dead_code)] // each test binary uses its own subset of these helpers

pub mod copier;
pub mod http;
pub mod kafka;
mod nodes;
mod processes;
mod reading;
pub mod registry;

use kafka::start_in_temp;
pub use kafka::{Cluster, KafkaSpec};
pub use processes::*;
pub use reading::*;

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

static BROKERS: OnceLock<String> = OnceLock::new();
static CLUSTER: OnceLock<Cluster> = OnceLock::new();
static TOPIC_COUNTER: AtomicU32 = AtomicU32::new(0);

/// Bootstrap address of this test binary's broker, started on first use.
pub fn brokers() -> &'static str {
    BROKERS.get_or_init(|| match std::env::var("KFK_TEST_BROKERS") {
        Ok(brokers) if !brokers.is_empty() => brokers,
        _ => start_kafka(),
    })
}

/// The Apache Kafka of this test binary, if the suite started one (not with
/// `KFK_TEST_BROKERS`).
pub fn own_cluster() -> Option<&'static Cluster> {
    brokers();
    CLUSTER.get()
}

fn start_kafka() -> String {
    let cluster = CLUSTER.get_or_init(|| start_in_temp(KafkaSpec::nodes(1)));
    cluster.bootstrap.clone()
}

/// A one-node Kafka of a test's own in `dir`, ready for requests, with its bootstrap
/// address (for tests that need two clusters).
pub fn second_cluster(dir: &Path) -> (Cluster, String) {
    let cluster = KafkaSpec::nodes(1).start(dir);
    let brokers = cluster.bootstrap.clone();
    (cluster, brokers)
}

/// A topic name no other test uses.
pub fn unique_topic(prefix: &str) -> String {
    let n = TOPIC_COUNTER.fetch_add(1, Ordering::SeqCst);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    format!("{prefix}-{}-{n}-{nanos}", std::process::id())
}

/// A kfk command isolated from the user's environment: no KFK_* variables, an empty
/// config directory, and no brokers set (tests add `-b` or `KFK_BROKERS` themselves).
pub fn kfk() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_kfk"));
    for (key, _) in std::env::vars_os() {
        if key.to_string_lossy().starts_with("KFK_") {
            command.env_remove(key);
        }
    }
    command
        .env("XDG_CONFIG_HOME", empty_config_home())
        .env_remove("NO_COLOR");
    command.stdin(Stdio::null());
    command
}

/// kfk pointed at this binary's broker.
pub fn kfk_on_broker() -> Command {
    let mut command = kfk();
    command.env("KFK_BROKERS", brokers());
    command
}

/// A cluster of three nodes, this test binary's own, started on first use: for the
/// commands whose answers come from several brokers (coordinators, leaders, the quorum).
pub fn three_nodes() -> &'static str {
    static CLUSTER: OnceLock<Cluster> = OnceLock::new();
    &CLUSTER
        .get_or_init(|| start_in_temp(KafkaSpec::nodes(3)))
        .bootstrap
}

/// kfk pointed at `brokers`.
pub fn kfk_on(brokers: &str) -> Command {
    let mut command = kfk();
    command.env("KFK_BROKERS", brokers);
    command
}

/// What kfk prints with `--output json` on `brokers`; it must succeed.
pub fn kfk_json_on(brokers: &str, args: &[&str]) -> serde_json::Value {
    let run = run_ok(kfk_on(brokers).arg("--output").arg("json").args(args));
    serde_json::from_str(&run.stdout).unwrap_or_else(|err| panic!("{err}: {}", run.stdout))
}

/// `kfk_on_broker` with space-separated arguments (none of which holds a space).
pub fn kfk_words(arguments: &str) -> Command {
    let mut command = kfk_on_broker();
    command.args(arguments.split_whitespace());
    command
}

fn empty_config_home() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = tempfile::Builder::new()
            .prefix("kfk-test-xdg-")
            .tempdir()
            .expect("config home")
            .keep();
        remove_at_exit(&dir);
        dir
    })
}

/// What a finished kfk run left behind.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

pub fn run(command: &mut Command) -> Run {
    let Output {
        status,
        stdout,
        stderr,
    } = command.output().expect("cannot run kfk");
    Run {
        code: exit_code(status),
        stdout: String::from_utf8_lossy(&stdout).into_owned(),
        stderr: String::from_utf8_lossy(&stderr).into_owned(),
    }
}

/// The exit code, or 128 + the signal that ended the process, as a shell reports it.
pub fn exit_code(status: std::process::ExitStatus) -> i32 {
    use std::os::unix::process::ExitStatusExt;
    status
        .code()
        .or_else(|| status.signal().map(|signal| 128 + signal))
        .unwrap_or(-1)
}

/// Runs kfk and fails the test, showing its output, unless it exits 0.
pub fn run_ok(command: &mut Command) -> Run {
    let result = run(command);
    assert_eq!(
        result.code, 0,
        "kfk failed: {command:?}\nstdout:\n{}\nstderr:\n{}",
        result.stdout, result.stderr
    );
    result
}

/// Creates a topic on the test broker through kfk itself.
pub fn create_topic(partitions: u32, prefix: &str) -> String {
    create_topic_on(brokers(), partitions, 1, prefix)
}

/// Creates a topic with `replicas` replicas on `brokers` through kfk itself.
pub fn create_topic_on(brokers: &str, partitions: u32, replicas: u32, prefix: &str) -> String {
    let topic = unique_topic(prefix);
    run_ok(kfk().env("KFK_BROKERS", brokers).args([
        "topics",
        "create",
        &topic,
        "-p",
        &partitions.to_string(),
        "-r",
        &replicas.to_string(),
    ]));
    topic
}

/// Waits until `done` holds, asking every 100 ms, and fails the test after `within`.
pub fn await_condition(what: &str, within: Duration, mut done: impl FnMut() -> bool) {
    let deadline = Instant::now() + within;
    while !done() {
        assert!(Instant::now() < deadline, "timed out waiting until {what}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// Runs kfk with `stdin` as its standard input.
pub fn run_with_stdin(command: &mut Command, stdin: &[u8]) -> Run {
    use std::io::Write;
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .start();
    let mut pipe = child.stdin.take().expect("stdin");
    let input = stdin.to_vec();
    // Written from a thread so a kfk that stops reading early cannot deadlock the test.
    let writer = std::thread::spawn(move || {
        let _ = pipe.write_all(&input);
    });
    let output = child.wait_with_output().expect("wait for kfk");
    let _ = writer.join();
    Run {
        code: exit_code(output.status),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// `k{i}:v{i}` lines, for `kfk produce -K:`.
pub fn keyed_lines(range: std::ops::Range<u32>) -> String {
    range.map(|i| format!("k{i}:v{i}\n")).collect()
}

/// The values `keyed_lines(range)` writes, sorted as `stored_values` returns them.
pub fn keyed_values(range: std::ops::Range<u32>) -> Vec<String> {
    let mut values: Vec<String> = range.map(|i| format!("v{i}")).collect();
    values.sort();
    values
}

/// Writes `key:value` lines to a topic with kfk and checks that all were delivered.
pub fn produce_keyed(brokers: &str, topic: &str, lines: &str) {
    let result = run_with_stdin(
        kfk().args(["-b", brokers, "produce", "-t", topic, "-K:", "-q"]),
        lines.as_bytes(),
    );
    assert_eq!(result.code, 0, "{}", result.stderr);
}

/// Leaves a transaction open on partition 0 of `topic` with `count` records, as a
/// producer that crashed mid-transaction would (tests/interop/open_transaction.py, with
/// Confluent's client).
pub fn leave_transaction_open(brokers: &str, topic: &str, transactional_id: &str, count: u32) {
    let python =
        std::env::var_os("KFK_TEST_PYTHON").expect("KFK_TEST_PYTHON (scripts/test sets it up)");
    let script = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/interop/open_transaction.py"
    );
    let output = Command::new(python)
        .arg(script)
        .args([brokers, topic, transactional_id, &count.to_string()])
        .output()
        .expect("python");
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        "open\n",
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// Milliseconds since the epoch, now.
pub fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

/// The undo file a `reset-offsets --execute` named in its note.
pub fn undo_path(stderr: &str) -> String {
    stderr
        .split("--from-file ")
        .nth(1)
        .and_then(|rest| rest.split(" --execute").next())
        .unwrap_or_else(|| panic!("no undo path in: {stderr}"))
        .to_string()
}

/// Commits a group's offsets at the log start of every partition of `topic`, on
/// `brokers`, with kfk itself (the undo file goes to `dir`).
pub fn commit_earliest(brokers: &str, dir: &Path, group: &str, topic: &str) {
    run_ok(kfk().env("KFK_BROKERS", brokers).current_dir(dir).args([
        "consumer-groups",
        "reset-offsets",
        group,
        "--topic",
        topic,
        "--to-earliest",
        "--execute",
    ]));
}

/// Commits `offsets` (partition, offset) of `topic` for `group` on `brokers`, with kfk
/// itself: a plan file executed by reset-offsets, in a folder of its own.
pub fn commit_offsets(brokers: &str, group: &str, topic: &str, offsets: &[(i32, i64)]) {
    let dir = tempfile::tempdir().expect("tempdir");
    let plan = dir.path().join("plan.csv");
    let text: String = offsets
        .iter()
        .map(|(p, o)| format!("{topic},{p},{o}\n"))
        .collect();
    std::fs::write(&plan, text).expect("plan");
    run_ok(
        kfk_on(brokers)
            .current_dir(dir.path())
            .args([
                "consumer-groups",
                "reset-offsets",
                group,
                "--execute",
                "--from-file",
            ])
            .arg(&plan),
    );
}

/// Grants `principal` the `operations` (comma-separated) on a resource, with kfk through
/// `admin` (a super user's bootstrap address).
pub fn grant(admin: &str, principal: &str, operations: &str, kind: &str, name: &str) {
    run_ok(
        kfk()
            .args(["-b", admin, "acls", "create", "--principal", principal])
            .args([
                "--operation",
                operations,
                "--resource-type",
                kind,
                "--resource-name",
                name,
                "--execute",
            ]),
    );
}

/// One line on stderr, starting with "error: ", containing `expected`, and exit code 1.
pub fn assert_one_line_error(result: &Run, expected: &str) {
    assert_eq!(result.code, 1, "{}", result.stderr);
    assert_eq!(result.stderr.lines().count(), 1, "{}", result.stderr);
    assert!(
        result.stderr.starts_with("error: ") && result.stderr.contains(expected),
        "wanted '{expected}' in: {}",
        result.stderr
    );
}

/// Runs `command` in a session of its own, without the terminal of whoever runs the
/// tests, so that kfk finds no terminal to ask on.
pub fn without_terminal(command: &mut Command) -> &mut Command {
    use std::os::unix::process::CommandExt;
    // SAFETY: setsid is async-signal-safe, as pre_exec requires.
    unsafe {
        command.pre_exec(|| {
            libc::setsid();
            Ok(())
        })
    }
}
