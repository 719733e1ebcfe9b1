//! Settings precedence, redaction and config-file checks, read back with `kfk config show`.

mod common;

use std::collections::HashMap;
use std::path::Path;

use common::*;
use serde_json::Value;

/// `kfk config show --output json` as setting -> (value, source).
fn show(command: &mut std::process::Command) -> (HashMap<String, (String, String)>, common::Run) {
    let result = run_ok(command.args(["config", "show", "--output", "json"]));
    let rows: Value = serde_json::from_str(&result.stdout).expect("config show JSON");
    let map = rows
        .as_array()
        .expect("array")
        .iter()
        .map(|row| {
            let text = |k: &str| row[k].as_str().unwrap_or_default().to_string();
            (text("setting"), (text("value"), text("source")))
        })
        .collect();
    (map, result)
}

fn write_config(dir: &Path, body: &str, mode: u32) -> std::path::PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let path = dir.join("config.toml");
    std::fs::write(&path, body).expect("write config");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode)).expect("chmod");
    path
}

const PROFILE: &str = r#"
default_profile = "staging"

[profiles.staging]
brokers = "profile-host:9092"
security_protocol = "sasl_ssl"
sasl_mechanism = "SCRAM-SHA-512"
sasl_username = "profile-user"
sasl_password = "profile-secret-pw"
ca_cert = "/etc/kfk/ca.pem"

[profiles.staging.properties]
"linger.ms" = 7
"socket.keepalive.enable" = true

[profiles.other]
brokers = "other-host:9092"
"#;

/// The test profile file in a folder of its own (kept while the guard lives).
fn profile_file() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = write_config(dir.path(), PROFILE, 0o600);
    (dir, path)
}

#[test]
fn without_a_config_file_the_defaults_apply() {
    let (defaults, _) = show(kfk().arg("--no-config"));
    assert_eq!(
        defaults["brokers"],
        ("localhost:9092".into(), "default".into())
    );
}

#[test]
fn the_default_profile_beats_the_defaults() {
    let (_dir, path) = profile_file();
    let (from_profile, _) = show(kfk().arg("--config").arg(&path));
    assert_eq!(
        from_profile["brokers"],
        ("profile-host:9092".into(), "profile staging".into())
    );
    assert_eq!(
        from_profile["profile"],
        ("staging".into(), "default".into())
    );
    assert_eq!(
        from_profile["linger.ms"],
        ("7".into(), "profile staging".into())
    );
    assert_eq!(from_profile["socket.keepalive.enable"].0, "true");
    assert_eq!(from_profile["security.protocol"].0, "sasl_ssl");
    assert_eq!(from_profile["sasl.mechanisms"].0, "SCRAM-SHA-512");
    assert_eq!(from_profile["ssl.ca.location"].0, "/etc/kfk/ca.pem");
}

#[test]
fn the_environment_beats_the_profile() {
    let (_dir, path) = profile_file();
    let (from_env, _) = show(
        kfk()
            .arg("--config")
            .arg(&path)
            .env("KFK_BROKERS", "env-host:9092")
            .env("KFK_SASL_USERNAME", "env-user"),
    );
    assert_eq!(
        from_env["brokers"],
        ("env-host:9092".into(), "env KFK_BROKERS".into())
    );
    assert_eq!(
        from_env["bootstrap.servers"],
        ("env-host:9092".into(), "env KFK_BROKERS".into())
    );
    assert_eq!(
        from_env["sasl.username"],
        ("env-user".into(), "env KFK_SASL_USERNAME".into())
    );
}

#[test]
fn flags_beat_the_environment() {
    let (_dir, path) = profile_file();
    let (from_flag, _) = show(
        kfk()
            .arg("--config")
            .arg(&path)
            .env("KFK_BROKERS", "env-host:9092")
            .args([
                "-b",
                "flag-host:9092",
                "--sasl-username",
                "flag-user",
                "--timeout",
                "3s",
            ]),
    );
    assert_eq!(
        from_flag["brokers"],
        ("flag-host:9092".into(), "flag -b/--brokers".into())
    );
    assert_eq!(
        from_flag["sasl.username"],
        ("flag-user".into(), "flag --sasl-username".into())
    );
    assert_eq!(from_flag["timeout"], ("3s".into(), "flag --timeout".into()));
}

#[test]
fn kfk_profile_picks_another_profile_and_only_its_properties() {
    let (_dir, path) = profile_file();
    let (other, _) = show(kfk().arg("--config").arg(&path).env("KFK_PROFILE", "other"));
    assert_eq!(
        other["brokers"],
        ("other-host:9092".into(), "profile other".into())
    );
    assert_eq!(other["profile"], ("other".into(), "env KFK_PROFILE".into()));
    assert!(
        !other.contains_key("linger.ms"),
        "staging's properties leaked into other"
    );
}

#[test]
fn x_properties_are_applied_last_and_split_on_the_first_equals() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = write_config(dir.path(), PROFILE, 0o600);
    let (settings, _) = show(kfk().arg("--config").arg(&path).args([
        "-b",
        "flag-host:9092",
        "-X",
        "bootstrap.servers=x-host:9092",
        "-X",
        "linger.ms=50",
        "-X",
        "sasl.oauthbearer.config=principal=a extension_x=b=c",
    ]));
    assert_eq!(
        settings["bootstrap.servers"],
        ("x-host:9092".into(), "flag -X".into())
    );
    assert_eq!(settings["linger.ms"], ("50".into(), "flag -X".into()));
    assert_eq!(settings["sasl.oauthbearer.config"].0, "[redacted]");
}

#[test]
fn secrets_never_appear_in_the_dump() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = write_config(dir.path(), PROFILE, 0o600);
    for format in ["json", "table"] {
        let result = run_ok(
            kfk()
                .arg("--config")
                .arg(&path)
                .env("KFK_SASL_PASSWORD", "env-secret-pw")
                .args([
                    "-X",
                    "ssl.key.password=x-secret-pw",
                    "config",
                    "show",
                    "--output",
                    format,
                ]),
        );
        for secret in ["profile-secret-pw", "env-secret-pw", "x-secret-pw"] {
            assert!(
                !result.stdout.contains(secret),
                "{secret} leaked:\n{}",
                result.stdout
            );
            assert!(
                !result.stderr.contains(secret),
                "{secret} leaked:\n{}",
                result.stderr
            );
        }
        assert!(result.stdout.contains("[redacted]"));
    }
    let (settings, _) = show(
        kfk()
            .arg("--config")
            .arg(&path)
            .env("KFK_SASL_PASSWORD", "env-secret-pw"),
    );
    assert_eq!(
        settings["sasl.password"],
        ("[redacted]".into(), "env KFK_SASL_PASSWORD".into())
    );
}

#[test]
fn a_readable_config_file_with_a_secret_is_warned_about() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = write_config(dir.path(), PROFILE, 0o644);
    let (settings, result) = show(kfk().arg("--config").arg(&path));
    assert_eq!(
        result
            .stderr
            .matches("holds secrets and can be read by other users (mode 644)")
            .count(),
        1,
        "said once: {}",
        result.stderr
    );
    assert_eq!(
        settings["config file"],
        (path.display().to_string(), "flag --config".to_string())
    );
    let (from_env, _) = show(kfk().env("KFK_CONFIG", &path));
    assert_eq!(from_env["config file"].1, "env KFK_CONFIG");
    let (default, _) = show(&mut kfk());
    assert_eq!(
        default["config file"],
        ("-".to_string(), "default".to_string())
    );
    std::fs::set_permissions(&path, std::os::unix::fs::PermissionsExt::from_mode(0o600))
        .expect("chmod");
    let (_, private) = show(kfk().arg("--config").arg(&path));
    assert_eq!(private.stderr, "");

    let no_secret = write_config(dir.path(), "[profiles.a]\nbrokers = \"h:1\"\n", 0o644);
    let (_, harmless) = show(kfk().arg("--config").arg(&no_secret));
    assert_eq!(harmless.stderr, "");
}

#[test]
fn config_file_errors_name_the_file_and_the_problem() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = write_config(dir.path(), PROFILE, 0o600);

    let unknown =
        run(kfk()
            .arg("--config")
            .arg(&path)
            .args(["--profile", "prod", "config", "show"]));
    assert_eq!(unknown.code, 2);
    assert_eq!(
        unknown.stderr.trim(),
        format!(
            "error: unknown profile 'prod' in {}; known profiles: other, staging",
            path.display()
        )
    );

    let missing = dir.path().join("missing.toml");
    let result = run(kfk().arg("--config").arg(&missing).args(["config", "show"]));
    assert_eq!(result.code, 2);
    assert!(
        result
            .stderr
            .contains(&format!("cannot read config file {}", missing.display())),
        "{}",
        result.stderr
    );

    let broken = write_config(dir.path(), "[profiles.a]\nbrokerz = \"h:1\"\n", 0o600);
    let result = run(kfk().arg("--config").arg(&broken).args(["config", "show"]));
    assert_eq!(result.code, 2);
    // TOML's message keeps its shape: the line and column, then the caret display.
    assert_eq!(
        result.stderr,
        format!(
            "error: config file {}: TOML parse error at line 2, column 1\n  |\n2 | brokerz = \"h:1\"\n  | ^^^^^^^\nunknown field `brokerz`, expected one of `brokers`, `security_protocol`, `sasl_mechanism`, `sasl_username`, `sasl_password`, `ca_cert`, `client_cert`, `client_key`, `oauth`, `kerberos`, `schema_registry`, `properties`\n",
            broken.display()
        )
    );
}
