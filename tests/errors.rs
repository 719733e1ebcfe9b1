//! Exit codes and the errors users meet first: no broker, bad usage, a closed pipe.

mod common;

use std::process::Stdio;
use std::time::{Duration, Instant};

use common::*;

#[test]
fn a_broker_that_accepts_but_never_answers_fails_at_the_timeout_with_one_line() {
    // A listening socket that nobody serves: connections succeed, requests go unanswered.
    let silent = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let brokers = format!("127.0.0.1:{}", silent.local_addr().expect("address").port());
    let started = Instant::now();
    let result = run(kfk().args(["-b", &brokers, "--timeout", "2s", "topics", "list"]));
    let elapsed = started.elapsed();
    assert_eq!(result.code, 1);
    assert!(
        result.stderr.starts_with(&format!(
            "error: cannot reach any broker in {brokers} within 2s"
        )),
        "{}",
        result.stderr
    );
    assert_eq!(result.stderr.lines().count(), 1, "{}", result.stderr);
    assert!(result.stdout.is_empty());
    assert!(
        elapsed >= Duration::from_secs(2),
        "gave up early: {elapsed:?}"
    );
    // Well under the 10 s default, with room for a loaded machine.
    assert!(
        elapsed < Duration::from_secs(6),
        "took {elapsed:?} with --timeout 2s"
    );
}

#[test]
fn every_command_says_the_same_words_about_an_unreachable_broker() {
    let port = free_port();
    let brokers = format!("127.0.0.1:{port}");
    let commands: [&[&str]; 12] = [
        &["produce", "-t", "t"],
        &["consume", "-t", "t", "-e"],
        &["topics", "list"],
        &["topics", "describe", "t"],
        &["topics", "create", "t"],
        &["topics", "delete", "t", "--yes"],
        &["consumer-groups", "list"],
        &["consumer-groups", "describe", "g"],
        &["consumer-groups", "lag", "g"],
        &[
            "consumer-groups",
            "reset-offsets",
            "g",
            "--topic",
            "t",
            "--to-earliest",
        ],
        &["consumer-groups", "delete", "g", "--yes"],
        &["seek-to-timestamp", "--topic", "t", "--time", "1h"],
    ];
    std::thread::scope(|scope| {
        let runs: Vec<_> = commands
            .iter()
            .map(|args| {
                let brokers = &brokers;
                scope.spawn(move || {
                    let started = Instant::now();
                    let result = run(kfk().args(["-b", brokers]).args(*args));
                    (args, started.elapsed(), result)
                })
            })
            .collect();
        for handle in runs {
            let (args, elapsed, result) = handle.join().expect("run");
            assert_eq!(result.code, 1, "{args:?}: {}", result.stderr);
            assert_eq!(
                result.stderr,
                format!(
                    "error: cannot connect to {brokers} (connection refused); is a broker \
                     running there?\n"
                ),
                "{args:?}"
            );
            // Refused at once, not after the 10 s timeout.
            assert!(elapsed < Duration::from_secs(2), "{args:?}: {elapsed:?}");
            assert_eq!(
                result.stderr.lines().count(),
                1,
                "{args:?}: {}",
                result.stderr
            );
        }
    });
}

#[test]
fn usage_after_an_error_does_not_show_options_set_in_the_environment() {
    let result = run(kfk().env("KFK_BROKERS", "h:1").args(["consume", "--exit"]));
    assert_eq!(result.code, 2);
    assert!(
        result
            .stderr
            .contains("\nUsage: kfk consume --exit --topic <TOPIC[:PARTITIONS]>\n"),
        "{}",
        result.stderr
    );
}

#[test]
fn usage_errors_exit_2() {
    let unknown_flag = run(kfk().args(["topics", "list", "--no-such-flag"]));
    assert_eq!(unknown_flag.code, 2);
    let bad_timeout = run(kfk().args(["--timeout", "soon", "topics", "list"]));
    assert_eq!(bad_timeout.code, 2);
    assert!(
        bad_timeout.stderr.contains("--timeout"),
        "{}",
        bad_timeout.stderr
    );
    let bad_property = run(kfk().args(["-X", "linger.ms", "config", "show"]));
    assert_eq!(bad_property.code, 2);
    assert!(
        bad_property.stderr.contains("expected KEY=VALUE"),
        "{}",
        bad_property.stderr
    );
}

#[test]
fn an_unknown_librdkafka_property_is_named() {
    let result = run(kfk().args(["-b", "127.0.0.1:1", "-X", "lingr.ms=5", "topics", "list"]));
    assert_eq!(result.code, 2, "a usage error, found before any connection");
    assert_eq!(
        result.stderr,
        "error: unknown librdkafka property 'lingr.ms'; did you mean 'linger.ms'? (from flag -X)\n"
    );
}

#[test]
fn a_closed_stdout_ends_quietly_with_status_0() {
    let (reader, writer) = std::io::pipe().expect("pipe");
    drop(reader); // every write to stdout now fails with EPIPE
    let output = kfk()
        .args(["config", "show"])
        .stdout(Stdio::from(writer))
        .stderr(Stdio::piped())
        .output()
        .expect("run kfk");
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
}

#[test]
fn every_command_has_help_with_examples() {
    use std::collections::VecDeque;
    let mut queue = VecDeque::from([vec![]]);
    let mut seen = 0;
    while let Some(path) = queue.pop_front() {
        let help = run_ok(kfk().args(&path).arg("--help"));
        assert!(
            help.stdout.contains("Examples:"),
            "`kfk {} --help` has no examples",
            path.join(" ")
        );
        let first = help.stdout.lines().next().unwrap_or("");
        assert!(
            !first.trim().is_empty() && !first.starts_with("Usage"),
            "no description: {path:?}"
        );
        seen += 1;
        let commands: Vec<String> = help
            .stdout
            .lines()
            .skip_while(|l| *l != "Commands:")
            .skip(1)
            .take_while(|l| l.starts_with("  "))
            .filter(|l| !l.starts_with("   ")) // wrapped descriptions
            .filter_map(|l| l.split_whitespace().next())
            .filter(|name| *name != "help")
            .map(String::from)
            .collect();
        for command in commands {
            let mut sub = path.clone();
            sub.push(command);
            queue.push_back(sub);
        }
    }
    assert!(seen >= 17, "only {seen} commands found");
}

/// kfk with its stderr a pipe whose reader is gone (`kfk ... 2>&1 | head` after head left).
fn run_with_closed_stderr(command: &mut std::process::Command) -> i32 {
    let mut fds = [0; 2];
    // SAFETY: pipe fills the two descriptors of `fds`.
    assert_eq!(unsafe { libc::pipe(fds.as_mut_ptr()) }, 0, "pipe");
    // SAFETY: fds[0] is the read end just opened, closed once.
    unsafe {
        libc::close(fds[0]);
    }
    // SAFETY: the write end was just created and is owned by nothing else.
    let write_end = unsafe { <std::fs::File as std::os::fd::FromRawFd>::from_raw_fd(fds[1]) };
    let status = command
        .stdout(Stdio::null())
        .stderr(Stdio::from(write_end))
        .status()
        .expect("run kfk");
    status.code().unwrap_or(-1)
}

#[test]
fn a_closed_stderr_neither_aborts_nor_hides_the_exit_code() {
    // Found by the bad-input corpus: a note written to a closed stderr made Rust's eprintln
    // panic, and the panic message failed the same way, aborting with SIGABRT.
    let dir = tempfile::tempdir().expect("tempdir");
    let config = dir.path().join("config.toml");
    std::fs::write(&config, "[profiles.p]\nsasl_password = \"x\"\n").expect("config");
    let mut permissions = std::fs::metadata(&config).expect("metadata").permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut permissions, 0o644);
    std::fs::set_permissions(&config, permissions).expect("chmod");
    // A warning on stderr (the file is world-readable), then success.
    let warned = run_with_closed_stderr(kfk().arg("--config").arg(&config).args([
        "--profile",
        "p",
        "config",
        "show",
    ]));
    assert_eq!(warned, 0, "a closed stderr ends a run quietly");
    // The error line cannot be written, but the exit code still says what happened.
    let failed =
        run_with_closed_stderr(kfk().args(["--config", "/nonexistent/kfk.toml", "topics", "list"]));
    assert_eq!(failed, 2, "a missing --config file is a usage error");
}

/// A flag of Apache's scripts or kcat gets kfk's spelling; a slip clap cannot place gets
/// the subcommand's closest flag.
#[test]
fn unknown_flags_get_a_tip() {
    for (args, tip) in [
        (
            &["consume", "-t", "x", "--bootstrap-server", "h:9092"][..],
            "tip: kfk spells '--bootstrap-server' as '-b/--brokers'",
        ),
        (
            &["consume", "-t", "x", "--max-messages", "5"],
            "tip: kfk spells '--max-messages' as '-c/--count'",
        ),
        (
            &["produce", "-t", "x", "--producer-property", "acks=1"],
            "tip: kfk spells '--producer-property' as '-X key=value'",
        ),
        (
            &["topics", "create", "x", "--replication", "3"],
            "tip: a similar argument exists: '--replication-factor'",
        ),
        (
            &["consumer-groups", "reset-offsets", "g", "--to-earlist"],
            "tip: a similar argument exists: '--to-earliest'",
        ),
    ] {
        let result = run(kfk().args(args));
        assert_eq!(result.code, 2, "{args:?}: {}", result.stderr);
        assert!(result.stderr.contains(tip), "{args:?}: {}", result.stderr);
    }
}
