//! Live completion: the shell runs kfk with KFK_COMPLETE set and the words typed so far
//! after `--` (fish's protocol, the simplest: one candidate per line); kfk completes topic
//! and group names from the cluster those words, the environment and the profile name.

mod common;

use std::time::{Duration, Instant};

use common::*;

/// The names kfk offers for the last of `words`.
fn complete(words: &[&str], brokers_env: Option<&str>) -> (Vec<String>, Run) {
    let mut command = kfk();
    command
        .env("KFK_COMPLETE", "fish")
        .env_remove("KFK_BROKERS")
        .arg("--")
        .arg("kfk")
        .args(words);
    if let Some(brokers) = brokers_env {
        command.env("KFK_BROKERS", brokers);
    }
    let result = run(&mut command);
    assert_eq!(result.code, 0, "{}", result.stderr);
    let names = result
        .stdout
        .lines()
        .map(|line| line.split('\t').next().unwrap_or_default().to_string())
        .collect();
    (names, result)
}

#[test]
fn topic_names_come_from_the_cluster_of_the_typed_words_or_the_environment() {
    let topic = create_topic(1, "complete-me");
    let prefix = &topic[..topic.len() - 3];
    let (typed, _) = complete(&["-b", brokers(), "topics", "describe", prefix], None);
    assert_eq!(typed, std::slice::from_ref(&topic));
    let (from_env, run) = complete(&["consume", "-t", prefix], Some(brokers()));
    assert_eq!(from_env, [topic]);
    assert!(run.stderr.is_empty(), "{}", run.stderr);
}

#[test]
fn group_names_come_from_the_cluster() {
    let dir = tempfile::tempdir().expect("dir");
    let topic = create_topic(1, "complete-groups");
    let group = unique_topic("complete-group");
    commit_earliest(brokers(), dir.path(), &group, &topic);
    let prefix = &group[..group.len() - 3];
    let (names, _) = complete(&["consumer-groups", "lag", prefix], Some(brokers()));
    assert_eq!(names, [group]);
}

#[test]
fn an_unreachable_cluster_completes_nothing_quietly_and_quickly() {
    let nobody = format!("127.0.0.1:{}", free_port());
    let started = Instant::now();
    let (names, run) = complete(&["-b", &nobody, "topics", "describe", "zz"], None);
    assert!(names.is_empty(), "{names:?}");
    assert!(run.stderr.is_empty(), "{}", run.stderr);
    // Completion waits at most 2 s for the cluster.
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
}

#[test]
fn live_scripts_call_kfk_and_static_ones_do_not() {
    let live = run_ok(kfk().args(["completions", "bash", "--live"]));
    assert!(
        live.stdout.contains("KFK_COMPLETE=\"bash\""),
        "{}",
        live.stdout
    );
    let exe = std::fs::canonicalize(env!("CARGO_BIN_EXE_kfk")).expect("kfk path");
    assert!(
        live.stdout.contains(exe.to_string_lossy().as_ref()),
        "{}",
        live.stdout
    );
    let fixed = run_ok(kfk().args(["completions", "bash"]));
    assert!(!fixed.stdout.contains("KFK_COMPLETE"));
    assert!(fixed.stdout.contains("consumer-groups"));
}
