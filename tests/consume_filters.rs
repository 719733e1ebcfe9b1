//! `kfk consume` filters: --key-regex, --grep, --header and --where, with -c counting
//! matches and the summary of scanned and matched records.

mod common;

use common::*;

/// A topic of six JSON orders: keys order-0..5, customer ids 40 + i % 3, a header on evens.
fn orders() -> String {
    let topic = create_topic(1, "filters");
    let lines: String = (0..6)
        .map(|i| {
            let headers = if i % 2 == 0 { r#","headers":{"source":"web"}"# } else { "" };
            format!(
                "{{\"key\":\"order-{i}\",\"value\":{{\"customer\":{{\"id\":{}}},\"note\":\"n{i}\"}}{headers}}}\n",
                40 + i % 3
            )
        })
        .collect();
    let produced = run_with_stdin(
        kfk_on_broker().args(["produce", "-t", &topic, "--input", "json", "-q"]),
        lines.as_bytes(),
    );
    assert_eq!(produced.code, 0, "{}", produced.stderr);
    topic
}

fn keys(topic: &str, filters: &[&str]) -> (Vec<String>, String) {
    let out = run_ok(
        kfk_on_broker()
            .args(["consume", "-t", topic, "-e", "-f", "%k\\n"])
            .args(filters),
    );
    (out.stdout.lines().map(str::to_string).collect(), out.stderr)
}

#[test]
fn each_filter_keeps_what_it_names_and_the_summary_counts() {
    let topic = orders();
    let (found, summary) = keys(&topic, &["--where", "customer.id=41"]);
    assert_eq!(found, ["order-1", "order-4"]);
    assert!(
        summary.contains("kfk consume: 6 records scanned, 2 matched"),
        "{summary}"
    );
    // -q keeps the records and drops the note.
    let (quiet, note) = keys(&topic, &["--where", "customer.id=41", "-q"]);
    assert_eq!((quiet, note.as_str()), (found, ""));
    assert_eq!(
        keys(&topic, &["--grep", "\"n[23]\""]).0,
        ["order-2", "order-3"]
    );
    assert_eq!(
        keys(&topic, &["--key-regex=-[015]$"]).0,
        ["order-0", "order-1", "order-5"]
    );
    assert_eq!(
        keys(
            &topic,
            &["--header", "source=web", "--where", "customer.id=40"]
        )
        .0,
        ["order-0"]
    );
    assert_eq!(
        keys(&topic, &["--where", "customer.id=99"]).0,
        Vec::<String>::new()
    );
}

#[test]
fn count_stops_after_n_matching_records() {
    let topic = orders();
    let out = run_ok(
        kfk_on_broker()
            .args(["consume", "-t", &topic, "-c", "2", "-f", "%k\\n"])
            .args(["--header", "source=web"]),
    );
    assert_eq!(out.stdout, "order-0\norder-2\n");
}

#[test]
fn a_bad_filter_is_a_usage_error() {
    let topic = orders();
    for (filter, error) in [
        (["--grep", "("], "invalid --grep: regex parse error"),
        (
            ["--where", "=1"],
            "invalid --where '=1': expected PATH=VALUE",
        ),
    ] {
        let refused = run(kfk_on_broker()
            .args(["consume", "-t", &topic, "-e"])
            .args(filter));
        assert_eq!(refused.code, 2, "{}", refused.stderr);
        assert!(refused.stderr.contains(error), "{}", refused.stderr);
    }
}
