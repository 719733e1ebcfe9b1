//! The fault matrix: produce, group consume and copy against librdkafka's mock cluster
//! (three brokers, hosted by the test process) while a fault strikes mid-stream:
//!
//! - a broker down for three seconds,
//! - every partition's leader moving to another broker,
//! - NOT_LEADER_FOR_PARTITION, REQUEST_TIMED_OUT and NOT_COORDINATOR answers on the
//!   requests the command depends on,
//! - 100 ms added to every round trip.
//!
//! Each test checks record by record what was delivered, printed or committed: nothing
//! lost, nothing twice where the mode promises it (the idempotent producer, one group
//! consumer without rebalances, a copy's committed transactions), and the exit code.

mod common;

use std::io::{BufRead, BufReader, Write};
use std::process::{Child, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use common::*;
use rdkafka::mocking::MockCluster;
use rdkafka::producer::DefaultProducerContext;
use rdkafka::types::{RDKafkaApiKey, RDKafkaRespErr};

type Cluster = MockCluster<'static, DefaultProducerContext>;

const BROKERS: i32 = 3;
const PARTITIONS: i32 = 3;

#[derive(Clone, Copy, Debug)]
enum Fault {
    BrokerDown,
    LeaderChange,
    Errors(RDKafkaApiKey, RDKafkaRespErr),
    SlowRoundTrips,
}

use RDKafkaApiKey as Api;
use RDKafkaRespErr as E;

fn cluster(topics: &[&str]) -> Cluster {
    let cluster = MockCluster::new(BROKERS).expect("mock cluster");
    for topic in topics {
        cluster
            .create_topic(topic, PARTITIONS, BROKERS)
            .expect("topic");
        // Broker 1, the one an outage takes away, leads partition 0.
        for partition in 0..PARTITIONS {
            cluster
                .partition_leader(topic, partition, Some(partition % BROKERS + 1))
                .expect("leader");
        }
    }
    cluster
}

/// Strikes and runs `during` while the fault is in place; returns what `during`
/// returned once the fault is over (a downed broker is back) or in place for good
/// (errors queue up for the next requests; slow round trips stay).
///
/// An outage is the one fault with an end, so it must overlap the work: just before
/// broker 1 comes back, `at_work` must say the command is still busy with it.
fn strike<T>(
    cluster: &Cluster,
    topics: &[&str],
    fault: Fault,
    during: impl FnOnce() -> T,
    at_work: impl FnOnce(&mut T) -> bool,
) -> T {
    match fault {
        Fault::BrokerDown => {
            cluster.broker_down(1).expect("down");
            let started = std::time::Instant::now();
            let mut result = during();
            // The fault itself: broker 1 stays away for three seconds.
            std::thread::sleep(Duration::from_secs(3).saturating_sub(started.elapsed()));
            assert!(
                at_work(&mut result),
                "the command finished while broker 1 was down: the outage missed the work"
            );
            cluster.broker_up(1).expect("up");
            return result;
        }
        Fault::LeaderChange => {
            for topic in topics {
                for partition in 0..PARTITIONS {
                    let leader = (partition + 1) % BROKERS + 1;
                    cluster
                        .partition_leader(topic, partition, Some(leader))
                        .expect("leader");
                }
            }
        }
        Fault::Errors(api, error) => cluster.request_errors(api, &[error; 5]),
        Fault::SlowRoundTrips => {
            for broker in 1..=BROKERS {
                cluster
                    .broker_round_trip_time(broker, Duration::from_millis(100))
                    .expect("delay");
            }
        }
    }
    during()
}

fn wait_until(what: &str, mut condition: impl FnMut() -> bool) {
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    while !condition() {
        assert!(std::time::Instant::now() < deadline, "no {what} within 60s");
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// kfk produce, idempotent by default: 3,000 lines, then the fault, during which 3,000
/// more are sent (with a broker down, while it is away, and kfk still holds some when it
/// returns). Every line is stored exactly once and kfk exits 0.
fn produce_under(fault: Fault) {
    let cluster = cluster(&["t"]);
    let brokers = cluster.bootstrap_servers();
    let mut child = kfk()
        .args(["-b", &brokers, "produce", "-t", "t", "-K:", "-q"])
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .start();
    let mut stdin = child.stdin.take().expect("stdin");
    stdin
        .write_all(keyed_lines(0..3000).as_bytes())
        .expect("write");
    stdin.flush().expect("flush");
    wait_until("first half stored", || {
        watermarks(&brokers, "t")
            .iter()
            .map(|(_, high)| high)
            .sum::<i64>()
            >= 3000
    });
    strike(
        &cluster,
        &["t"],
        fault,
        || {
            stdin
                .write_all(keyed_lines(3000..6000).as_bytes())
                .expect("write");
            drop(stdin);
        },
        // Partition 0's records wait for broker 1.
        |_| matches!(child.try_wait(), Ok(None)),
    );
    let output = child.wait_with_output().expect("wait");
    assert_eq!(
        output.status.code(),
        Some(0),
        "{fault:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(
        stored_values(&brokers, "t", "read_uncommitted"),
        keyed_values(0..6000),
        "{fault:?}"
    );
}

/// Lines a running kfk consume prints, as they come.
fn stdout_lines(child: &mut Child) -> mpsc::Receiver<String> {
    let stdout = child.stdout.take().expect("stdout");
    let (sender, receiver) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            if sender.send(line).is_err() {
                break;
            }
        }
    });
    receiver
}

fn receive(lines: &mpsc::Receiver<String>, count: usize, into: &mut Vec<String>) {
    while into.len() < count {
        match lines.recv_timeout(Duration::from_secs(60)) {
            Ok(line) => into.push(line),
            Err(_) => panic!("only {} of {count} records printed within 60s", into.len()),
        }
    }
}

/// kfk consume of topic "t" as a member of `group`, from the beginning, one value a line.
fn group_consumer(brokers: &str, group: &str, extra: &[&str]) -> std::process::Command {
    let mut command = kfk();
    command
        .args(["-b", brokers, "consume", "-t", "t", "--group", group])
        .args(["-o", "beginning", "-f", "%s\\n"])
        .args(extra);
    command
}

/// kfk consume as a group member, following the topic: 1,000 records, then the fault,
/// during which 1,000 more are produced and read, then Ctrl-C. Every record is printed
/// exactly once, kfk exits 130, and the group's committed offsets are the log ends.
fn consume_under(fault: Fault) {
    let cluster = cluster(&["t"]);
    let brokers = cluster.bootstrap_servers();
    produce_keyed(&brokers, "t", &keyed_lines(0..1000));
    let mut child = group_consumer(&brokers, "g", &[])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .start();
    let printed_lines = stdout_lines(&mut child);
    let mut printed = Vec::new();
    receive(&printed_lines, 1000, &mut printed);
    let producer = strike(
        &cluster,
        &["t"],
        fault,
        || {
            let brokers = brokers.clone();
            // In a thread: the records for the downed broker's partitions wait for it.
            let producer =
                std::thread::spawn(move || produce_keyed(&brokers, "t", &keyed_lines(1000..2000)));
            if let Fault::BrokerDown = fault {
                // The consumer is at work during the outage: records of the partitions that
                // other brokers lead arrive while broker 1 is away.
                wait_until("a record during the outage", || {
                    printed.extend(printed_lines.try_iter());
                    printed.len() > 1000
                });
            }
            producer
        },
        // The producer still waits for partition 0's leader, broker 1.
        |producer| !producer.is_finished(),
    );
    producer.join().expect("producer");
    receive(&printed_lines, 2000, &mut printed);
    child.signal(libc::SIGINT);
    let output = child.wait_with_output().expect("wait");
    printed.extend(printed_lines.try_iter());
    printed.sort();
    assert_eq!(
        output.status.code(),
        Some(130),
        "{fault:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(
        printed,
        keyed_values(0..2000),
        "{fault:?}: each record once"
    );
    let ends: Vec<i64> = watermarks(&brokers, "t")
        .iter()
        .map(|(_, high)| *high)
        .collect();
    assert_eq!(
        committed_offsets(&brokers, "g", "t", PARTITIONS),
        ends,
        "{fault:?}"
    );
}

/// kfk copy in 50-record transactions, the fault striking after the first commit. Every
/// source record arrives; each extra copy belongs to a transaction the copier reported
/// as not committed; the committed transactions hold each record once; kfk exits 0.
fn copy_under(fault: Fault) {
    let cluster = cluster(&["src", "dst"]);
    let brokers = cluster.bootstrap_servers();
    produce_keyed(&brokers, "src", &keyed_lines(0..2000));
    for broker in 1..=BROKERS {
        // Slow enough that the copy is still running when the fault strikes.
        cluster
            .broker_round_trip_time(broker, Duration::from_millis(20))
            .expect("delay");
    }
    let mut running = copier::Copier::spawn(
        kfk()
            .args(["-b", &brokers])
            .args(copier::copy_args("src", "dst", "g")),
    );
    running.wait_for_log("a commit", |log| log.contains("kfk copy: txn commit"));
    strike(
        &cluster,
        &["src", "dst"],
        fault,
        || (),
        |_| matches!(running.child.try_wait(), Ok(None)),
    );
    let (code, log) = running.finish();
    let summary: Vec<&str> = log
        .lines()
        .filter(|l| !l.starts_with("librdkafka"))
        .collect();
    assert_eq!(code, Some(0), "{fault:?}: {}", summary.join("\n"));
    assert_eq!(copier::committed_records(&log), 2000, "{fault:?}");
    copier::assert_exactly_once_on_mock(&brokers, "src", "dst", &copier::uncommitted(&log));
}

/// A group consumer whose commits are refused: the records are printed, the refusal is
/// said, and the exit status is 3, because a restart of the group reads them again.
#[test]
fn a_refused_final_commit_is_a_partial_failure() {
    let cluster = cluster(&["t"]);
    let brokers = cluster.bootstrap_servers();
    produce_keyed(&brokers, "t", &keyed_lines(0..300));
    cluster.request_errors(
        Api::OffsetCommit,
        &[E::RD_KAFKA_RESP_ERR_GROUP_AUTHORIZATION_FAILED; 20],
    );
    let result = run(&mut group_consumer(&brokers, "refused", &["-e"]));
    assert_eq!(result.code, 3, "{}", result.stderr);
    let mut printed: Vec<String> = result.stdout.lines().map(String::from).collect();
    printed.sort();
    assert_eq!(printed, keyed_values(0..300));
    assert!(
        result.stderr.contains(": the final commit failed (")
            && result
                .stderr
                .contains("): the group will read records already written again"),
        "{}",
        result.stderr
    );
    assert_eq!(
        committed_offsets(&brokers, "refused", "t", PARTITIONS),
        [-1; PARTITIONS as usize]
    );
}

macro_rules! matrix {
    ($($name:ident: $runner:ident($fault:expr);)*) => {
        $(
            #[test]
            fn $name() {
                $runner($fault);
            }
        )*
    };
}

matrix! {
    produce_broker_down: produce_under(Fault::BrokerDown);
    produce_leader_change: produce_under(Fault::LeaderChange);
    produce_not_leader: produce_under(Fault::Errors(Api::Produce, E::RD_KAFKA_RESP_ERR_NOT_LEADER_FOR_PARTITION));
    produce_request_timed_out: produce_under(Fault::Errors(Api::Produce, E::RD_KAFKA_RESP_ERR_REQUEST_TIMED_OUT));
    produce_slow_round_trips: produce_under(Fault::SlowRoundTrips);

    consume_broker_down: consume_under(Fault::BrokerDown);
    consume_leader_change: consume_under(Fault::LeaderChange);
    consume_not_leader_on_fetch: consume_under(Fault::Errors(Api::Fetch, E::RD_KAFKA_RESP_ERR_NOT_LEADER_FOR_PARTITION));
    consume_request_timed_out_on_fetch: consume_under(Fault::Errors(Api::Fetch, E::RD_KAFKA_RESP_ERR_REQUEST_TIMED_OUT));
    consume_not_coordinator_on_commit: consume_under(Fault::Errors(Api::OffsetCommit, E::RD_KAFKA_RESP_ERR_NOT_COORDINATOR));
    consume_not_coordinator_on_heartbeat: consume_under(Fault::Errors(Api::Heartbeat, E::RD_KAFKA_RESP_ERR_NOT_COORDINATOR));
    consume_slow_round_trips: consume_under(Fault::SlowRoundTrips);

    copy_broker_down: copy_under(Fault::BrokerDown);
    copy_leader_change: copy_under(Fault::LeaderChange);
    copy_not_leader: copy_under(Fault::Errors(Api::Produce, E::RD_KAFKA_RESP_ERR_NOT_LEADER_FOR_PARTITION));
    copy_request_timed_out: copy_under(Fault::Errors(Api::Produce, E::RD_KAFKA_RESP_ERR_REQUEST_TIMED_OUT));
    copy_not_coordinator_on_txn_offsets: copy_under(Fault::Errors(Api::TxnOffsetCommit, E::RD_KAFKA_RESP_ERR_NOT_COORDINATOR));
    copy_not_coordinator_on_end_txn: copy_under(Fault::Errors(Api::EndTxn, E::RD_KAFKA_RESP_ERR_NOT_COORDINATOR));
    copy_slow_round_trips: copy_under(Fault::SlowRoundTrips);
}
