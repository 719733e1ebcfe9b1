//! Three brokers where replication is the point: replication factor 3 and
//! `min.insync.replicas=2`. The leader of the partition being written is SIGKILLed while
//! `produce` and `copy` are writing; every record lands exactly once, as a read_committed
//! reader counts them, and `kfk cluster` and `topics describe` show the under-replicated
//! partitions while the broker is down. The tests take turns: each kills a broker of the
//! one shared cluster and starts it again before it ends.

mod common;

use std::io::Write;
use std::process::{Command, Stdio};
use std::sync::{Mutex, OnceLock};
use std::time::Duration;

use common::*;
use serde_json::Value;

fn cluster() -> &'static Cluster {
    static CLUSTER: OnceLock<Cluster> = OnceLock::new();
    CLUSTER.get_or_init(|| {
        kafka::start_in_temp(
            KafkaSpec::nodes(3)
                .property("min.insync.replicas", "2")
                .property("default.replication.factor", "3"),
        )
    })
}

/// One fault at a time on the shared cluster.
static FAULTS: Mutex<()> = Mutex::new(());

/// A node this test killed, started again when dropped: a test that fails while its
/// node is down leaves the shared cluster whole for the next one, which would otherwise
/// fail too.
struct Killed(u32);

impl Killed {
    fn kill(id: u32) -> Killed {
        cluster().kill(id);
        Killed(id)
    }
}

impl Drop for Killed {
    fn drop(&mut self) {
        let id = self.0;
        if std::thread::panicking() {
            // A second panic here would abort the test binary.
            let _ = std::panic::catch_unwind(|| cluster().restart(id));
        } else {
            cluster().restart(id);
        }
    }
}

fn on_cluster() -> Command {
    let mut command = kfk();
    command.env("KFK_BROKERS", &cluster().bootstrap);
    command
}

fn create(prefix: &str, partitions: u32) -> String {
    create_topic_on(&cluster().bootstrap, partitions, 3, prefix)
}

/// The topic's partitions as `topics describe --output json` shows them.
fn partitions(topic: &str) -> Vec<Value> {
    let out = run_ok(on_cluster().args(["--output", "json", "topics", "describe", topic]));
    let described: Value = serde_json::from_str(&out.stdout).expect("describe JSON");
    described["partitions"]
        .as_array()
        .cloned()
        .expect("partitions")
}

fn leader_of(topic: &str, partition: usize) -> u32 {
    partitions(topic)[partition]["leader"]
        .as_i64()
        .expect("leader") as u32
}

/// A kfk process running in the background, its stderr going to a file; killed if the
/// test ends before it does.
struct Running {
    child: Guarded,
    stderr: std::path::PathBuf,
}

impl Running {
    fn start(command: &mut Command, stderr: std::path::PathBuf) -> Running {
        let log = std::fs::File::create(&stderr).expect("stderr file");
        let child = command.stdout(Stdio::null()).stderr(log).start();
        Running { child, stderr }
    }

    /// Waits for the exit; the exit code and what it wrote on stderr.
    fn finish(&mut self) -> (i32, String) {
        let status = self.child.wait().expect("wait");
        (
            exit_code(status),
            std::fs::read_to_string(&self.stderr).unwrap_or_default(),
        )
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// Waits until `done` holds, for at most 60 s.
fn await_condition(what: &str, done: impl FnMut() -> bool) {
    common::await_condition(what, Duration::from_secs(60), done);
}

/// While `node` is down: both views name the partitions whose ISR lost it.
fn assert_under_replicated(topic: &str, node: u32) {
    await_condition("the ISR shrinks", || {
        partitions(topic)
            .iter()
            .all(|p| p["under_replicated"] == true)
    });
    for partition in partitions(topic) {
        let isr: Vec<i64> = serde_json::from_value(partition["isr"].clone()).expect("isr");
        assert_eq!(isr.len(), 2, "{partition}");
        assert!(!isr.contains(&(node as i64)), "{partition}");
    }
    let overview = run_ok(on_cluster().args(["--output", "json", "cluster"]));
    let overview: Value = serde_json::from_str(&overview.stdout).expect("cluster JSON");
    assert_eq!(
        overview["brokers"].as_array().map(Vec::len),
        Some(2),
        "{overview}"
    );
    assert!(
        overview["under_replicated_partitions"].as_u64() >= Some(partitions(topic).len() as u64),
        "{overview}"
    );
}

#[test]
fn produce_survives_the_leader_being_killed_and_writes_each_record_once() {
    let _turn = FAULTS.lock().unwrap_or_else(|p| p.into_inner());
    let topic = create("repl-produce", 1);
    let dir = tempfile::tempdir().expect("tempdir");
    let failed = dir.path().join("failed.txt");
    let mut producer = Running::start(
        on_cluster()
            .args(["produce", "-t", &topic, "-q", "--failed-file"])
            .arg(&failed)
            .stdin(Stdio::piped()),
        dir.path().join("stderr"),
    );
    let mut input = producer.child.stdin.take().expect("stdin");
    let lines =
        |range: std::ops::Range<u32>| -> String { range.map(|i| format!("r{i}\n")).collect() };
    input
        .write_all(lines(0..2000).as_bytes())
        .expect("first half");
    input.flush().expect("flush");
    await_condition("the first records are stored", || {
        watermarks(&cluster().bootstrap, &topic)[0].1 >= 1000
    });
    let leader = leader_of(&topic, 0);
    let killed = Killed::kill(leader);
    // The second half is sent while the old leader is dead and a new one takes over.
    input
        .write_all(lines(2000..4000).as_bytes())
        .expect("second half");
    drop(input);
    assert_under_replicated(&topic, leader);
    let (code, stderr) = producer.finish();
    assert_eq!(code, 0, "{stderr}");
    assert!(
        !failed.exists()
            || std::fs::read_to_string(&failed)
                .unwrap_or_default()
                .is_empty()
    );
    assert_ne!(leader_of(&topic, 0), leader, "a new leader was elected");

    let mut values = stored_values(&cluster().bootstrap, &topic, "read_committed");
    let mut expected: Vec<String> = (0..4000).map(|i| format!("r{i}")).collect();
    expected.sort();
    values.sort();
    assert_eq!(values.len(), 4000, "each record once");
    assert_eq!(values, expected);
    drop(killed);
    await_condition("the ISR is whole again", || {
        partitions(&topic)
            .iter()
            .all(|p| p["under_replicated"] == false)
    });
}

#[test]
fn copy_killed_leader_mid_transaction_copies_each_record_once() {
    let _turn = FAULTS.lock().unwrap_or_else(|p| p.into_inner());
    let source = create("repl-copy-src", 2);
    let destination = create("repl-copy-dst", 2);
    let input: String = (0..20_000).map(|i| format!("k{i}:v{i}\n")).collect();
    produce_keyed(&cluster().bootstrap, &source, &input);
    let group = unique_topic("repl-copier");
    let dir = tempfile::tempdir().expect("tempdir");
    let copy = |log: &str| {
        Running::start(
            on_cluster()
                .args([
                    "-v",
                    "copy",
                    "--from",
                    &source,
                    "--to",
                    &destination,
                    "--group",
                    &group,
                ])
                .args(["--batch-records", "500"])
                .stdin(Stdio::null()),
            dir.path().join(log),
        )
    };
    let mut copier = copy("first");
    // Strike once some transactions have committed and others are still to come.
    await_condition("the copy is under way", || {
        watermarks(&cluster().bootstrap, &destination)
            .iter()
            .map(|(_, end)| end)
            .sum::<i64>()
            >= 2000
    });
    let commits = |log: &str| log.lines().filter(|l| l.contains("txn commit")).count();
    let leader = leader_of(&destination, 0);
    let killed = Killed::kill(leader);
    let before_kill = commits(&std::fs::read_to_string(&copier.stderr).unwrap_or_default());
    let (code, first) = copier.finish();
    // The fault overlapped the work: transactions committed after the kill.
    assert!(commits(&first) > before_kill, "{first}");
    drop(killed);
    if code != 0 {
        // The copy gave up: a rerun resumes from the committed offsets.
        let (code, rerun) = copy("rerun").finish();
        assert_eq!(code, 0, "{rerun}");
    }
    let mut values = stored_values(&cluster().bootstrap, &destination, "read_committed");
    values.sort();
    assert_eq!(
        values.len(),
        20_000,
        "each record once; first run:\n{first}"
    );
    assert_eq!(values, keyed_values(0..20_000));
}
