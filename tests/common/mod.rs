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
pub mod registry;

use kafka::start_in_temp;
pub use kafka::{Cluster, KafkaSpec};

use std::io::Read;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Mutex, Once, OnceLock};
use std::time::{Duration, Instant};

use rdkafka::config::ClientConfig;
use rdkafka::consumer::{BaseConsumer, Consumer};

static BROKERS: OnceLock<String> = OnceLock::new();
static CLUSTER: OnceLock<Cluster> = OnceLock::new();
/// Folders the harness made that outlive any one test; removed when the binary exits.
static CLEANUP_DIRS: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());
/// Processes the tests started; SIGKILLed by pid when the test binary exits.
static CHILD_PIDS: Mutex<Vec<i32>> = Mutex::new(Vec::new());
static TOPIC_COUNTER: AtomicU32 = AtomicU32::new(0);

/// Bootstrap address of this test binary's broker, started on first use.
pub fn brokers() -> &'static str {
    BROKERS.get_or_init(|| match std::env::var("KFK_TEST_BROKERS") {
        Ok(brokers) if !brokers.is_empty() => brokers,
        _ => start_kafka(),
    })
}

pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .map(|addr| addr.port())
        .expect("no free loopback port")
}

extern "C" fn kill_children() {
    let pids = CHILD_PIDS.lock().map(|p| p.clone()).unwrap_or_default();
    for pid in pids {
        kill_by_pid(pid);
    }
    let dirs = CLEANUP_DIRS.lock().map(|d| d.clone()).unwrap_or_default();
    for dir in dirs {
        let _ = std::fs::remove_dir_all(dir);
    }
}

/// Removes `dir` when the test binary exits (after its processes are killed).
pub fn remove_at_exit(dir: &Path) {
    register_at_exit();
    CLEANUP_DIRS.lock().expect("dirs").push(dir.to_path_buf());
}

/// SIGKILLs `pid` when the test binary exits (a test that fails midway leaves no
/// process behind), unless `reaped` says the test has already waited for it.
pub fn kill_at_exit(pid: i32) {
    register_at_exit();
    CHILD_PIDS.lock().expect("pids").push(pid);
}

/// Forgets a child the test has waited for, so that its pid is never signalled again.
pub fn reaped(pid: i32) {
    if let Ok(mut pids) = CHILD_PIDS.lock() {
        pids.retain(|p| *p != pid);
    }
}

fn register_at_exit() {
    static AT_EXIT: Once = Once::new();
    // SAFETY: kill_children is an extern "C" fn that lives as long as the program.
    AT_EXIT.call_once(|| unsafe {
        libc::atexit(kill_children);
    });
}

/// SIGKILL and reap: the stop that no process can ignore or delay.
pub fn kill_by_pid(pid: i32) {
    // SAFETY: kill and waitpid take any pid; a null status pointer is allowed.
    unsafe {
        libc::kill(pid, libc::SIGKILL);
        libc::waitpid(pid, std::ptr::null_mut(), 0);
    }
    if let Ok(mut pids) = CHILD_PIDS.lock() {
        pids.retain(|p| *p != pid);
    }
}

/// Starts a helper process (a broker, a TLS proxy) that must not outlive the tests: it
/// is killed by pid when the test binary exits, and by the kernel if the binary crashes.
pub fn spawn_guarded(mut command: Command) -> i32 {
    register_at_exit();
    // PDEATHSIG fires when the spawning *thread* ends, so spawn from a thread that lives
    // as long as the process.
    let (sender, receiver) = std::sync::mpsc::channel();
    let program = command.get_program().to_owned();
    std::thread::spawn(move || {
        use std::os::unix::process::CommandExt;
        // SAFETY: prctl is async-signal-safe, as pre_exec requires.
        unsafe {
            command.pre_exec(|| {
                libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL);
                Ok(())
            });
        }
        let spawned = command.spawn().map(|child| child.id());
        let _ = sender.send(spawned);
        loop {
            std::thread::park();
        }
    });
    let pid = receiver
        .recv()
        .expect("spawning thread")
        .unwrap_or_else(|err| panic!("cannot start {}: {err}", program.to_string_lossy()))
        as i32;
    CHILD_PIDS.lock().expect("pids").push(pid);
    pid
}

/// Waits until something accepts connections on the loopback port; `log` is shown if
/// the process `pid` exits or never listens.
pub fn wait_for_port(port: u16, log: &Path, pid: i32) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while Instant::now() < deadline {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return;
        }
        // SAFETY: non-blocking status check of our own child.
        if unsafe { libc::waitpid(pid, std::ptr::null_mut(), libc::WNOHANG) } == pid {
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let mut text = String::new();
    let _ = std::fs::File::open(log).map(|mut f| f.read_to_string(&mut text));
    panic!(
        "process {pid} did not listen on port {port}; {}:\n{text}",
        log.display()
    );
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

/// A record as read back from a topic.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub partition: i32,
    pub offset: i64,
    pub key: Option<Vec<u8>>,
    pub value: Option<Vec<u8>>,
    pub headers: Vec<(String, Option<Vec<u8>>)>,
    pub timestamp: Option<i64>,
}

impl Record {
    pub fn value_str(&self) -> Option<&str> {
        self.value
            .as_deref()
            .map(|v| std::str::from_utf8(v).expect("utf-8 value"))
    }
    pub fn key_str(&self) -> Option<&str> {
        self.key
            .as_deref()
            .map(|k| std::str::from_utf8(k).expect("utf-8 key"))
    }
}

/// Every record of a topic, read with librdkafka directly (not with kfk), in partition
/// then offset order. Reads up to the high watermarks taken when called.
/// A partition's watermarks as `consumer` sees them. For read_committed, the high one
/// is the last stable offset, which lags the log end until a committed transaction's
/// markers are written (after the producer's commit has returned): it waits, up to 15 s,
/// for the two to meet, so that what was just committed is read back. A transaction
/// still open after that keeps the lower end.
fn settled_watermarks(
    brokers: &str,
    consumer: &BaseConsumer,
    topic: &str,
    partition: i32,
    isolation: &str,
) -> (i64, i64) {
    let timeout = Duration::from_secs(10);
    let watermarks = || {
        consumer
            .fetch_watermarks(topic, partition, timeout)
            .expect("watermarks")
    };
    if isolation != "read_committed" {
        return watermarks();
    }
    let log: BaseConsumer = ClientConfig::new()
        .set("bootstrap.servers", brokers)
        .set("log_level", "0")
        .create()
        .expect("watermark reader");
    let (_, log_end) = log
        .fetch_watermarks(topic, partition, timeout)
        .expect("watermarks");
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let (low, stable) = watermarks();
        if stable >= log_end || Instant::now() >= deadline {
            return (low, stable);
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

pub fn read_topic(brokers: &str, topic: &str, isolation: &str) -> Vec<Record> {
    use rdkafka::message::{Headers, Message};
    let consumer: BaseConsumer = ClientConfig::new()
        .set("bootstrap.servers", brokers)
        .set("group.id", "kfk-test-reader")
        .set("enable.auto.commit", "false")
        .set("isolation.level", isolation)
        .set("log_level", "0")
        .create()
        .expect("reader");
    let timeout = Duration::from_secs(10);
    let metadata = consumer
        .fetch_metadata(Some(topic), timeout)
        .expect("metadata");
    let partitions: Vec<i32> = metadata.topics()[0]
        .partitions()
        .iter()
        .map(|p| p.id())
        .collect();
    let mut assignment = rdkafka::TopicPartitionList::new();
    let mut ends = std::collections::HashMap::new();
    for &partition in &partitions {
        let (low, high) = settled_watermarks(brokers, &consumer, topic, partition, isolation);
        if high > low {
            ends.insert(partition, high);
            assignment
                .add_partition_offset(topic, partition, rdkafka::Offset::Offset(low))
                .expect("assign");
        }
    }
    let mut records = Vec::new();
    if ends.is_empty() {
        return records;
    }
    consumer.assign(&assignment).expect("assign");
    let deadline = Instant::now() + Duration::from_secs(60);
    while !ends.is_empty() {
        assert!(
            Instant::now() < deadline,
            "reading {topic} back took over 60s"
        );
        match consumer.poll(Duration::from_secs(1)) {
            Some(Ok(message)) => {
                let partition = message.partition();
                records.push(Record {
                    partition,
                    offset: message.offset(),
                    key: message.key().map(<[u8]>::to_vec),
                    value: message.payload().map(<[u8]>::to_vec),
                    headers: message
                        .headers()
                        .map(|h| {
                            h.iter()
                                .map(|h| (h.key.to_string(), h.value.map(<[u8]>::to_vec)))
                                .collect()
                        })
                        .unwrap_or_default(),
                    timestamp: message.timestamp().to_millis(),
                });
                if ends
                    .get(&partition)
                    .is_some_and(|end| message.offset() + 1 >= *end)
                {
                    ends.remove(&partition);
                }
            }
            // A broker that is down (a fault test's) is not the reader's failure: librdkafka
            // reports losing it and reads from the new leaders.
            Some(Err(rdkafka::error::KafkaError::MessageConsumption(
                rdkafka::types::RDKafkaErrorCode::BrokerTransportFailure
                | rdkafka::types::RDKafkaErrorCode::AllBrokersDown,
            ))) => {}
            Some(Err(err)) => panic!("reading {topic}: {err}"),
            None => {
                // Transaction markers occupy offsets: a partition whose position reached
                // its end is done even if the last offset was not a record.
                let positions = consumer.position().expect("position");
                for element in positions.elements() {
                    if let rdkafka::Offset::Offset(position) = element.offset() {
                        if ends
                            .get(&element.partition())
                            .is_some_and(|end| position >= *end)
                        {
                            ends.remove(&element.partition());
                        }
                    }
                }
            }
        }
    }
    records.sort_by_key(|r| (r.partition, r.offset));
    records
}

/// Runs kfk with `stdin` as its standard input.
pub fn run_with_stdin(command: &mut Command, stdin: &[u8]) -> Run {
    use std::io::Write;
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn kfk");
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

/// A group's committed offset per partition of a topic (-1: none), as a consumer of the
/// group would find them.
pub fn committed_offsets(brokers: &str, group: &str, topic: &str, partitions: i32) -> Vec<i64> {
    let consumer: BaseConsumer = ClientConfig::new()
        .set("bootstrap.servers", brokers)
        .set("group.id", group)
        .set("log_level", "0")
        .create()
        .expect("consumer");
    let mut list = rdkafka::TopicPartitionList::new();
    for p in 0..partitions {
        list.add_partition(topic, p);
    }
    consumer
        .committed_offsets(list, Duration::from_secs(10))
        .expect("committed offsets")
        .elements()
        .iter()
        .map(|e| match e.offset() {
            rdkafka::Offset::Offset(n) => n,
            _ => -1,
        })
        .collect()
}

/// (log start, log end) of every partition of a topic.
pub fn watermarks(brokers: &str, topic: &str) -> Vec<(i64, i64)> {
    let client: BaseConsumer = ClientConfig::new()
        .set("bootstrap.servers", brokers)
        .set("log_level", "0")
        .create()
        .expect("client");
    let timeout = Duration::from_secs(10);
    let metadata = client
        .fetch_metadata(Some(topic), timeout)
        .expect("metadata");
    let partitions = metadata.topics()[0].partitions().len() as i32;
    (0..partitions)
        .map(|p| fetch_watermarks(&client, topic, p))
        .collect()
}

/// One partition's watermarks, asked again while its leader is being elected (a new
/// topic's metadata can name a leader a moment before the leader serves it).
fn fetch_watermarks(client: &BaseConsumer, topic: &str, partition: i32) -> (i64, i64) {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        match client.fetch_watermarks(topic, partition, Duration::from_secs(10)) {
            Ok(marks) => return marks,
            Err(err) if Instant::now() < deadline && err.to_string().contains("Not leader") => {
                std::thread::sleep(Duration::from_millis(50));
            }
            Err(err) => panic!("watermarks of {topic}:{partition}: {err}"),
        }
    }
}

/// The values of a topic's records as a reader with `isolation` sees them, sorted.
pub fn stored_values(brokers: &str, topic: &str, isolation: &str) -> Vec<String> {
    let mut values: Vec<String> = read_topic(brokers, topic, isolation)
        .iter()
        .filter_map(|r| r.value_str().map(String::from))
        .collect();
    values.sort();
    values
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
