//! `kfk consumer-groups lag --serve` and `--alert` against Apache Kafka: the metrics a
//! Prometheus server would scrape, compared with `kafka-consumer-groups --describe`, what
//! else the endpoint answers, and alert rules in one measurement and in a watch.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::Stdio;
use std::time::Duration;

use common::*;
use serde_json::json;

const GROUPS: &str = "org.apache.kafka.tools.consumer.group.ConsumerGroupCommand";

/// A 2-partition topic with 6 records in partition 0 and 4 in partition 1, one second
/// apart from `base`, and a group committed at 2 and 4: lag 4 on partition 0 only.
fn lagging_group(prefix: &str, base: i64) -> (String, String) {
    let topic = create_topic(2, prefix);
    let input: String = (0..10)
        .map(|i| format!("{}\n", json!({"value": format!("v{i}"), "partition": if i < 6 { 0 } else { 1 }, "timestamp": base + i * 1000})))
        .collect();
    let produced = run_with_stdin(
        kfk_on_broker().args(["produce", "-t", &topic, "--input", "json", "-q"]),
        input.as_bytes(),
    );
    assert_eq!(produced.code, 0, "{}", produced.stderr);
    let group = unique_topic(prefix);
    commit_offsets(brokers(), &group, &topic, &[(0, 2), (1, 4)]);
    (topic, group)
}

/// One HTTP request; the status line, the Content-Type and the body.
fn http(address: &str, method: &str, path: &str, accept: &str) -> (String, String, String) {
    let mut stream = TcpStream::connect(address).expect("connect");
    write!(
        stream,
        "{method} {path} HTTP/1.1\r\nHost: {address}\r\nAccept: {accept}\r\n\r\n"
    )
    .expect("request");
    let mut answer = String::new();
    stream.read_to_string(&mut answer).expect("answer");
    let (head, body) = answer.split_once("\r\n\r\n").expect("head and body");
    let status = head.lines().next().unwrap_or("").to_string();
    let kind = head
        .lines()
        .find_map(|l| l.strip_prefix("Content-Type: "))
        .unwrap_or("")
        .to_string();
    (status, kind, body.to_string())
}

/// Starts `lag --serve` on a free loopback port; the server and its address.
fn serve(args: &[&str]) -> (Guarded, String) {
    let mut server = kfk_on_broker()
        .args(["consumer-groups", "lag", "--serve", "127.0.0.1:0"])
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .start();
    let mut stderr = BufReader::new(server.stderr.take().expect("stderr"));
    let mut line = String::new();
    stderr.read_line(&mut line).expect("stderr line");
    let address = line
        .split("http://")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .unwrap_or_else(|| panic!("no address in {line:?}"))
        .to_string();
    // Keep reading stderr, so that warnings never fill the pipe.
    std::thread::spawn(move || std::io::copy(&mut stderr, &mut std::io::sink()));
    (server, address)
}

/// The value of the sample `name{labels}` in an exposition.
fn sample(text: &str, series: &str) -> Option<f64> {
    text.lines()
        .find_map(|l| l.strip_prefix(series)?.strip_prefix(' '))
        .map(|v| v.parse().expect("a number"))
}

#[test]
fn serve_gives_prometheus_the_lag_apache_reports() {
    let base = now_ms() - 600_000;
    let (topic, group) = lagging_group("lag-serve", base);
    let (mut server, address) = serve(&[&group]);
    await_condition("the first refresh", Duration::from_secs(30), || {
        http(&address, "GET", "/healthz", "*/*").0.contains("200")
    });
    let (status, kind, text) = http(&address, "GET", "/metrics", "*/*");
    assert_eq!(status, "HTTP/1.1 200 OK");
    assert_eq!(kind, "text/plain; version=0.0.4; charset=utf-8");

    let apache = kafka::apache_tool(brokers(), GROUPS, &["--describe", "--group", &group]);
    for partition in 0..2 {
        let labels = format!("{{group=\"{group}\",topic=\"{topic}\",partition=\"{partition}\"}}");
        let served = sample(&text, &format!("kfk_consumergroup_lag{labels}"));
        let row = apache
            .lines()
            .map(|l| l.split_whitespace().collect::<Vec<_>>())
            .find(|cells| {
                cells.get(1) == Some(&topic.as_str())
                    && cells.get(2) == Some(&partition.to_string().as_str())
            })
            .unwrap_or_else(|| panic!("partition {partition} in {apache}"));
        assert_eq!(
            served,
            row[5].parse().ok(),
            "partition {partition}: {apache}\n{text}"
        );
    }
    // Partition 0's oldest unconsumed record is offset 2, written at base + 2 s.
    let labels = format!("{{group=\"{group}\",topic=\"{topic}\",partition=\"0\"}}");
    let age = sample(&text, &format!("kfk_consumergroup_lag_seconds{labels}")).expect("age");
    let expected = (now_ms() - base - 2000) as f64 / 1000.0;
    assert!((age - expected).abs() < 60.0, "age {age} vs {expected}");
    let topic_labels = format!("{{group=\"{group}\",topic=\"{topic}\"}}");
    assert_eq!(
        sample(&text, &format!("kfk_consumergroup_topic_lag{topic_labels}")),
        Some(4.0)
    );
    assert_eq!(
        sample(
            &text,
            &format!("kfk_consumergroup_readable{{group=\"{group}\"}}")
        ),
        Some(1.0)
    );
    for line in text.lines().filter(|l| !l.starts_with('#')) {
        let value = line.rsplit(' ').next().unwrap_or("");
        assert!(value.parse::<f64>().is_ok(), "not a sample: {line}");
    }
    assert!(
        !text.contains(brokers()),
        "the broker address is served:\n{text}"
    );

    let (_, kind, open) = http(
        &address,
        "GET",
        "/metrics",
        "application/openmetrics-text; version=1.0.0",
    );
    assert!(kind.starts_with("application/openmetrics-text"), "{kind}");
    assert!(open.ends_with("# EOF\n"), "{open}");
    assert_eq!(
        http(&address, "POST", "/metrics", "*/*").0,
        "HTTP/1.1 405 Method Not Allowed"
    );
    assert_eq!(
        http(&address, "GET", "/", "*/*").0,
        "HTTP/1.1 404 Not Found"
    );

    server.signal(libc::SIGINT);
    let status = server.wait().expect("wait");
    assert_eq!(status.code(), Some(130));
}

#[test]
fn serve_reports_a_failed_refresh_on_healthz() {
    let closed = format!("127.0.0.1:{}", free_port());
    let mut server = kfk()
        .args([
            "-b",
            &closed,
            "--timeout",
            "1s",
            "consumer-groups",
            "lag",
            "g",
        ])
        .args(["--serve", "127.0.0.1:0"])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .start();
    let mut stderr = BufReader::new(server.stderr.take().expect("stderr"));
    let mut note = String::new();
    stderr.read_line(&mut note).expect("note");
    let address = note
        .split("http://")
        .nth(1)
        .and_then(|r| r.split('/').next())
        .expect("address")
        .to_string();
    let mut warning = String::new();
    stderr.read_line(&mut warning).expect("warning");
    assert!(
        warning.starts_with("warning: the lag refresh failed: "),
        "{warning}"
    );
    let (status, _, why) = http(&address, "GET", "/healthz", "*/*");
    assert_eq!(status, "HTTP/1.1 503 Service Unavailable");
    assert!(why.starts_with("the latest refresh failed: "), "{why}");
    server.signal(libc::SIGTERM);
    assert_eq!(server.wait().expect("wait").code(), Some(130));
}

#[test]
fn alerts_judge_one_measurement() {
    let (topic, group) = lagging_group("lag-alert", now_ms() - 600_000);
    let lag =
        |rule: &str| run(kfk_on_broker().args(["consumer-groups", "lag", &group, "--alert", rule]));
    let broken = lag("lag >= 4");
    assert_eq!(broken.code, 3, "{}", broken.stderr);
    assert!(
        broken
            .stderr
            .contains(&format!("alert: {group} on {topic}: lag 4 (rule lag >= 4)")),
        "{}",
        broken.stderr
    );
    assert_eq!(lag("lag > 4").code, 0);
    assert_eq!(lag("lag_seconds > 1h").code, 0);
    assert_eq!(lag("lag_seconds > 5m").code, 3);
    let needs_watch = lag("status == STALLED");
    assert_eq!(
        (needs_watch.code, needs_watch.stderr.as_str()),
        (2, "error: --alert 'status == STALLED' compares two measurements: add --watch or --serve\n")
    );
    let unknown = lag("lagg > 3");
    assert_eq!(unknown.code, 2, "{}", unknown.stderr);
    assert!(
        unknown.stderr.contains("unknown measure 'lagg'"),
        "{}",
        unknown.stderr
    );
}

#[test]
fn a_watch_alerts_when_a_group_stalls() {
    let (topic, group) = lagging_group("lag-stall", now_ms() - 600_000);
    let watch = run(kfk_on_broker().args([
        "consumer-groups",
        "lag",
        &group,
        "--watch",
        "1s",
        "--snapshots",
        "2",
        "--alert",
        "status == STALLED",
        "--alert",
        "lag > 100",
    ]));
    assert_eq!(watch.code, 3, "{}", watch.stderr);
    let alerts: Vec<&str> = watch
        .stderr
        .lines()
        .filter(|l| l.starts_with("alert: "))
        .collect();
    assert_eq!(
        alerts,
        [format!(
            "alert: {group} on {topic}: status STALLED (rule status == STALLED)"
        )],
        "{}",
        watch.stderr
    );
}
