//! The checked-in completions and man pages must match the clap definition.
//! Regenerate them with `scripts/generate`.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use common::*;

const SHELLS: [(&str, &str); 5] = [
    ("bash", "kfk.bash"),
    ("zsh", "_kfk"),
    ("fish", "kfk.fish"),
    ("elvish", "kfk.elv"),
    ("powershell", "_kfk.ps1"),
];

#[test]
fn completions_are_up_to_date() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
    for (shell, file) in SHELLS {
        let generated = run_ok(kfk().args(["completions", shell])).stdout;
        let checked_in = std::fs::read_to_string(dir.join(file)).unwrap_or_default();
        assert!(
            generated == checked_in,
            "completions/{file} is stale or missing: run scripts/generate and commit the result"
        );
    }
}

fn read_dir(dir: &Path) -> BTreeMap<String, String> {
    std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| {
                    let name = e.file_name().to_string_lossy().into_owned();
                    (name, std::fs::read_to_string(e.path()).unwrap_or_default())
                })
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn man_pages_are_up_to_date() {
    let out = tempfile::tempdir().expect("tempdir");
    run_ok(kfk().arg("man").arg(out.path()));
    let generated = read_dir(out.path());
    assert!(
        generated.contains_key("kfk.1")
            && generated.contains_key("kfk-consumer-groups-reset-offsets.1")
    );
    let checked_in = read_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("man"));
    assert_eq!(
        generated.keys().collect::<Vec<_>>(),
        checked_in.keys().collect::<Vec<_>>(),
        "man/ has a different set of pages: run scripts/generate and commit the result"
    );
    for (name, text) in &generated {
        assert!(
            text == &checked_in[name],
            "man/{name} is stale: run scripts/generate and commit the result"
        );
    }
}
