//! Test harness: one real Kafka-protocol broker per test binary, and helpers to run kfk.
//!
//! The broker is nisshi (pinned; `scripts/test` installs it and sets `KFK_TEST_NISSHI`),
//! started on a free loopback port with its sqlite engine in a temporary directory, and
//! killed by its pid when the test binary exits. With `KFK_TEST_BROKERS` set, the tests
//! use that cluster instead (e.g. an Apache Kafka).

#![allow(dead_code)] // each test binary uses its own subset of these helpers

pub mod copier;
pub mod registry;

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
/// Processes the tests started; SIGKILLed by pid when the test binary exits.
static CHILD_PIDS: Mutex<Vec<i32>> = Mutex::new(Vec::new());
static TOPIC_COUNTER: AtomicU32 = AtomicU32::new(0);

/// Bootstrap address of this test binary's broker, started on first use.
pub fn brokers() -> &'static str {
    BROKERS.get_or_init(|| match std::env::var("KFK_TEST_BROKERS") {
        Ok(brokers) if !brokers.is_empty() => brokers,
        _ => start_nisshi(),
    })
}

fn nisshi_binary() -> PathBuf {
    match std::env::var_os("KFK_TEST_NISSHI") {
        Some(path) => PathBuf::from(path),
        None => panic!(
            "no test broker: run the tests with scripts/test (it installs nisshi and sets \
             KFK_TEST_NISSHI), or set KFK_TEST_BROKERS to a cluster's bootstrap address"
        ),
    }
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
}

/// SIGKILL and reap: nisshi ignores SIGTERM, so this is the only reliable stop.
pub fn kill_by_pid(pid: i32) {
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
    static AT_EXIT: Once = Once::new();
    AT_EXIT.call_once(|| unsafe {
        libc::atexit(kill_children);
    });
    // PDEATHSIG fires when the spawning *thread* ends, so spawn from a thread that lives
    // as long as the process.
    let (sender, receiver) = std::sync::mpsc::channel();
    let program = command.get_program().to_owned();
    std::thread::spawn(move || {
        use std::os::unix::process::CommandExt;
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

/// A nisshi broker of a test's own, in `dir` (its sqlite database and log).
pub struct Nisshi {
    pub pid: i32,
    pub port: u16,
}

impl Nisshi {
    /// Listens on 127.0.0.1:`port`, advertises `advertised` (host:port), with `extra`
    /// arguments (e.g. `--authentication`); returns once it answers `ready_check`.
    pub fn start(dir: &Path, port: u16, advertised: &str, extra: &[&str]) -> Nisshi {
        let listener = format!("tcp://127.0.0.1:{port}");
        let advertised = format!("tcp://{advertised}");
        let log = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(dir.join("nisshi.log"))
            .expect("cannot create broker log");
        let mut command = Command::new(nisshi_binary());
        command
            .args(["broker", "--listener-url", &listener])
            .args(["--advertised-listener-url", &advertised])
            .args(["--storage-engine", "sqlite://nisshi.db"]) // relative to current_dir
            .args(extra)
            .current_dir(dir)
            .stdin(Stdio::null())
            .stdout(log.try_clone().expect("log handle"))
            .stderr(log);
        let pid = spawn_guarded(command);
        wait_for_port(port, dir, pid);
        Nisshi { pid, port }
    }

    pub fn stop(&self) {
        kill_by_pid(self.pid);
    }
}

/// Waits until something accepts connections on the loopback port.
pub fn wait_for_port(port: u16, dir: &Path, pid: i32) {
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
    let mut log = String::new();
    let _ = std::fs::File::open(dir.join("nisshi.log")).map(|mut f| f.read_to_string(&mut log));
    panic!(
        "process {pid} did not listen on port {port}; log in {}:\n{log}",
        dir.display()
    );
}

fn start_nisshi() -> String {
    let dir = std::env::temp_dir().join(format!("kfk-test-broker-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("cannot create the broker's directory");
    second_cluster(&dir).1
}

/// A nisshi cluster of a test's own in `dir`, ready for requests, with its bootstrap
/// address (for tests that need two clusters).
pub fn second_cluster(dir: &Path) -> (Nisshi, String) {
    let port = free_port();
    let brokers = format!("127.0.0.1:{port}");
    let broker = Nisshi::start(dir, port, &brokers, &[]);
    wait_until_ready(&brokers, dir, broker.pid);
    (broker, brokers)
}

/// Waits until the broker answers a metadata request.
fn wait_until_ready(brokers: &str, dir: &Path, pid: i32) {
    let consumer: BaseConsumer = ClientConfig::new()
        .set("bootstrap.servers", brokers)
        .set("log_level", "0")
        .create()
        .expect("metadata client");
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut problem = "did not answer within 60s";
    while Instant::now() < deadline {
        if let Ok(metadata) = consumer.fetch_metadata(None, Duration::from_secs(1)) {
            if !metadata.brokers().is_empty() {
                return;
            }
        }
        // SAFETY: non-blocking status check of our own child.
        if unsafe { libc::waitpid(pid, std::ptr::null_mut(), libc::WNOHANG) } == pid {
            problem = "exited";
            break;
        }
    }
    let mut log = String::new();
    let _ = std::fs::File::open(dir.join("nisshi.log")).map(|mut f| f.read_to_string(&mut log));
    panic!("the test broker {problem}; its log:\n{log}");
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
        let dir = std::env::temp_dir().join(format!("kfk-test-xdg-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("config home");
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
        code: status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&stdout).into_owned(),
        stderr: String::from_utf8_lossy(&stderr).into_owned(),
    }
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
    let topic = unique_topic(prefix);
    run_ok(kfk_on_broker().args([
        "topics",
        "create",
        &topic,
        "-p",
        &partitions.to_string(),
        "-r",
        "1",
    ]));
    topic
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
        let (low, high) = consumer
            .fetch_watermarks(topic, partition, timeout)
            .expect("watermarks");
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
        code: output.status.code().unwrap_or(-1),
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
        .map(|p| {
            client
                .fetch_watermarks(topic, p, timeout)
                .expect("watermarks")
        })
        .collect()
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
