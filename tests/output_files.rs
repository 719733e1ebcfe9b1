//! Files kfk writes beside files it reads: a --failed-file or an --export plan that is an
//! input (by its path, a symlink, a hard link, or the file on stdin) is refused before
//! anything is written, and a failed-file is only replaced when a run has failures.

mod common;

use std::fs::File;
use std::path::Path;

use common::*;

const INPUT: &str = "one\ntwo\nthree\n";

fn total_records(topic: &str) -> i64 {
    watermarks(brokers(), topic)
        .iter()
        .map(|(low, high)| high - low)
        .sum()
}

fn produce_with_failed_file(topic: &str, failed: &Path, input: &Path) -> Run {
    run(kfk_on_broker()
        .args(["produce", "-t", topic, "--failed-file"])
        .arg(failed)
        .arg(input))
}

#[test]
fn a_failed_file_that_is_the_input_is_refused_by_any_path() {
    let topic = create_topic(1, "same-file");
    let dir = tempfile::tempdir().expect("tempdir");
    let input = dir.path().join("failed.txt");
    std::fs::write(&input, INPUT).expect("write");
    let symlink = dir.path().join("symlink.txt");
    std::os::unix::fs::symlink(&input, &symlink).expect("symlink");
    let hard_link = dir.path().join("hard-link.txt");
    std::fs::hard_link(&input, &hard_link).expect("hard link");

    for output in [&input, &symlink, &hard_link] {
        let result = produce_with_failed_file(&topic, output, &input);
        assert_eq!(result.code, 2, "{}", result.stderr);
        assert!(
            result.stderr.contains(&format!(
                "error: --failed-file {} is the input {} (the same file)",
                output.display(),
                input.display()
            )),
            "{}",
            result.stderr
        );
    }
    // The file on stdin counts too.
    let result = run(kfk_on_broker()
        .args(["produce", "-t", &topic, "--failed-file"])
        .arg(&symlink)
        .stdin(File::open(&input).expect("open")));
    assert_eq!(result.code, 2, "{}", result.stderr);
    assert!(
        result.stderr.contains("is the input stdin (the same file)"),
        "{}",
        result.stderr
    );
    assert_eq!(std::fs::read_to_string(&input).expect("read"), INPUT);
    assert_eq!(total_records(&topic), 0, "nothing was produced");
}

#[test]
fn a_failed_file_is_replaced_only_by_a_run_with_failures() {
    let topic = create_topic(1, "failed-file-kept");
    let dir = tempfile::tempdir().expect("tempdir");
    let input = dir.path().join("input.txt");
    std::fs::write(&input, INPUT).expect("write");
    let failed = dir.path().join("failed.txt");
    std::fs::write(&failed, "from an earlier run\n").expect("write");

    let result = produce_with_failed_file(&topic, &failed, &input);
    assert_eq!(result.code, 0, "{}", result.stderr);
    assert_eq!(total_records(&topic), 3);
    assert_eq!(
        std::fs::read_to_string(&failed).expect("read"),
        "from an earlier run\n",
        "a run without failures leaves the failed-file alone"
    );

    // A record over the producer's size limit fails, and replaces the old contents.
    let big = "x".repeat(2_000);
    std::fs::write(&input, format!("small\n{big}\n")).expect("write");
    let result = run(kfk_on_broker()
        .args(["produce", "-t", &topic, "-X", "message.max.bytes=1500"])
        .arg("--failed-file")
        .arg(&failed)
        .arg(&input));
    assert_eq!(result.code, 3, "{}", result.stderr);
    assert_eq!(
        std::fs::read_to_string(&failed).expect("read"),
        format!("{big}\n")
    );

    // A folder that does not exist is refused before anything is sent.
    let nowhere = dir.path().join("no-such-folder/failed.txt");
    let result = produce_with_failed_file(&topic, &nowhere, &input);
    assert_eq!(result.code, 1, "{}", result.stderr);
    assert!(
        result
            .stderr
            .contains(&format!("error: cannot write {}", nowhere.display())),
        "{}",
        result.stderr
    );
    assert_eq!(total_records(&topic), 4);
}

#[test]
fn an_export_onto_the_plan_it_reads_is_refused() {
    let topic = create_topic(1, "export-same-file");
    let dir = tempfile::tempdir().expect("tempdir");
    let plan = dir.path().join("plan.csv");
    let text = format!("{topic},0,0\n");
    std::fs::write(&plan, &text).expect("write");
    let result = run(kfk_on_broker()
        .args(["consumer-groups", "reset-offsets", "export-same-file"])
        .arg("--from-file")
        .arg(&plan)
        .arg("--export")
        .arg(&plan));
    assert_eq!(result.code, 2, "{}", result.stderr);
    assert!(
        result.stderr.contains("(the same file)"),
        "{}",
        result.stderr
    );
    assert_eq!(std::fs::read_to_string(&plan).expect("read"), text);
}
