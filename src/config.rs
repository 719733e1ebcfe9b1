//! The one place where kfk's settings are merged: flags, environment, the profile file and
//! built-in defaults become one ordered list of librdkafka properties, each with its source.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{bail, Context as _, Result};
use clap::parser::ValueSource;
use clap::ArgMatches;
use serde::Deserialize;

use crate::cli::{GlobalArgs, SaslMechanism, SecurityProtocol};
use crate::error::UsageError;

pub const DEFAULT_BROKERS: &str = "localhost:9092";
const REDACTED: &str = "[redacted]";

/// Where a setting's value came from, shown by `kfk config show`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Default,
    Profile(String),
    Env(&'static str),
    Flag(&'static str),
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Default => write!(f, "default"),
            Source::Profile(name) => write!(f, "profile {name}"),
            Source::Env(var) => write!(f, "env {var}"),
            Source::Flag(flag) => write!(f, "flag {flag}"),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Sourced<T> {
    pub value: T,
    pub source: Source,
}

/// The config file: named profiles and which one is used by default.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConfigFile {
    pub default_profile: Option<String>,
    #[serde(default)]
    pub profiles: BTreeMap<String, Profile>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    pub brokers: Option<String>,
    pub security_protocol: Option<SecurityProtocol>,
    pub sasl_mechanism: Option<SaslMechanism>,
    pub sasl_username: Option<String>,
    pub sasl_password: Option<String>,
    pub ca_cert: Option<PathBuf>,
    pub client_cert: Option<PathBuf>,
    pub client_key: Option<PathBuf>,
    /// Any librdkafka property, e.g. `"socket.keepalive.enable" = true`.
    #[serde(default)]
    pub properties: BTreeMap<String, toml::Value>,
}

impl<'de> Deserialize<'de> for SecurityProtocol {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = String::deserialize(d)?;
        clap::ValueEnum::from_str(&raw.to_ascii_lowercase(), true).map_err(serde::de::Error::custom)
    }
}

impl<'de> Deserialize<'de> for SaslMechanism {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = String::deserialize(d)?;
        clap::ValueEnum::from_str(&raw, true).map_err(serde::de::Error::custom)
    }
}

/// The merged configuration every command works from.
#[derive(Debug, Clone)]
pub struct Settings {
    pub brokers: Sourced<String>,
    pub profile: Option<Sourced<String>>,
    pub config_file: Option<PathBuf>,
    pub timeout: Sourced<Duration>,
    /// librdkafka properties in the order they are applied; later entries win.
    pub properties: BTreeMap<String, Sourced<String>>,
    /// Secret values, so log lines and errors can be scrubbed of them.
    pub secrets: Vec<String>,
    pub warnings: Vec<String>,
}

/// Whether a librdkafka property holds a secret that must never be printed.
pub fn is_secret(key: &str) -> bool {
    let key = key.to_ascii_lowercase();
    key.contains("password")
        || key.contains("secret")
        || key.contains("key.pem")
        || key.contains("token")
        || key == "sasl.oauthbearer.config"
}

impl Settings {
    /// Merges flags and environment (`global`, with `matches` telling which was which),
    /// the config file and defaults.
    pub fn resolve(global: &GlobalArgs, matches: &ArgMatches) -> Result<Settings> {
        let mut warnings = Vec::new();
        let (config_file, file) = load_config_file(global, &mut warnings)?;
        let profile = select_profile(global, matches, &file, config_file.as_deref())?;
        let empty = Profile::default();
        let profile_body = profile
            .as_ref()
            .and_then(|p| file.profiles.get(&p.value))
            .unwrap_or(&empty);
        let profile_source = || {
            Source::Profile(
                profile
                    .as_ref()
                    .map(|p| p.value.clone())
                    .unwrap_or_default(),
            )
        };

        let brokers = match (&global.brokers, &profile_body.brokers) {
            (Some(flag), _) => Sourced {
                value: flag.clone(),
                source: cli_source(matches, "brokers", "-b/--brokers", "KFK_BROKERS"),
            },
            (None, Some(from_profile)) => Sourced {
                value: from_profile.clone(),
                source: profile_source(),
            },
            (None, None) => Sourced {
                value: DEFAULT_BROKERS.to_string(),
                source: Source::Default,
            },
        };

        let mut properties = BTreeMap::new();
        let mut set = |key: &str, value: String, source: Source| {
            properties.insert(key.to_string(), Sourced { value, source });
        };
        set(
            "bootstrap.servers",
            brokers.value.clone(),
            brokers.source.clone(),
        );
        set(
            "client.id",
            format!("kfk/{}", env!("CARGO_PKG_VERSION")),
            Source::Default,
        );

        // Profile first, then flags/environment over it.
        let security = &global.security;
        let layered: [(
            &str,
            Option<String>,
            Option<String>,
            &str,
            &'static str,
            &'static str,
        ); 7] = [
            (
                "security.protocol",
                profile_body
                    .security_protocol
                    .map(|p| p.as_librdkafka().into()),
                security.security_protocol.map(|p| p.as_librdkafka().into()),
                "security_protocol",
                "--security-protocol",
                "KFK_SECURITY_PROTOCOL",
            ),
            (
                "sasl.mechanisms",
                profile_body
                    .sasl_mechanism
                    .map(|m| m.as_librdkafka().into()),
                security.sasl_mechanism.map(|m| m.as_librdkafka().into()),
                "sasl_mechanism",
                "--sasl-mechanism",
                "KFK_SASL_MECHANISM",
            ),
            (
                "sasl.username",
                profile_body.sasl_username.clone(),
                security.sasl_username.clone(),
                "sasl_username",
                "--sasl-username",
                "KFK_SASL_USERNAME",
            ),
            (
                "sasl.password",
                profile_body.sasl_password.clone(),
                security.sasl_password.clone(),
                "sasl_password",
                "--sasl-password",
                "KFK_SASL_PASSWORD",
            ),
            (
                "ssl.ca.location",
                path_string(&profile_body.ca_cert),
                path_string(&security.ca_cert),
                "ca_cert",
                "--ca-cert",
                "KFK_CA_CERT",
            ),
            (
                "ssl.certificate.location",
                path_string(&profile_body.client_cert),
                path_string(&security.client_cert),
                "client_cert",
                "--client-cert",
                "KFK_CLIENT_CERT",
            ),
            (
                "ssl.key.location",
                path_string(&profile_body.client_key),
                path_string(&security.client_key),
                "client_key",
                "--client-key",
                "KFK_CLIENT_KEY",
            ),
        ];
        for (key, value, _, _, _, _) in &layered {
            if let Some(value) = value {
                set(key, value.clone(), profile_source());
            }
        }
        for (key, value) in &profile_body.properties {
            set(key, toml_scalar(key, value)?, profile_source());
        }
        for (key, _, value, id, flag, env) in &layered {
            if let Some(value) = value {
                set(key, value.clone(), cli_source(matches, id, flag, env));
            }
        }
        match global.verbose {
            0 => {}
            1 => set(
                "debug",
                "broker,protocol,security,topic,metadata".into(),
                Source::Flag("-v"),
            ),
            _ => set("debug", "all".into(), Source::Flag("-vv")),
        }
        for (key, value) in &global.property {
            set(key, value.clone(), Source::Flag("-X"));
        }

        let secrets = properties
            .iter()
            .filter(|(key, prop)| is_secret(key) && !prop.value.is_empty())
            .map(|(_, prop)| prop.value.clone())
            .collect();
        Ok(Settings {
            brokers,
            profile,
            config_file,
            timeout: Sourced {
                value: global.timeout,
                source: match matches.value_source("timeout") {
                    Some(ValueSource::CommandLine) => Source::Flag("--timeout"),
                    _ => Source::Default,
                },
            },
            properties,
            secrets,
            warnings,
        })
    }

    /// The value as it may be shown to a human: secrets are redacted.
    pub fn display_value(key: &str, value: &str) -> String {
        if is_secret(key) {
            REDACTED.to_string()
        } else {
            value.to_string()
        }
    }

    /// Replaces every secret value in `text`, for log lines and error messages.
    pub fn scrub(&self, text: &str) -> String {
        scrub(&self.secrets, text)
    }
}

pub fn scrub(secrets: &[String], text: &str) -> String {
    let mut out = text.to_string();
    for secret in secrets {
        if !secret.is_empty() {
            out = out.replace(secret.as_str(), REDACTED);
        }
    }
    out
}

fn path_string(path: &Option<PathBuf>) -> Option<String> {
    path.as_ref().map(|p| p.display().to_string())
}

fn cli_source(matches: &ArgMatches, id: &str, flag: &'static str, env: &'static str) -> Source {
    match matches.value_source(id) {
        Some(ValueSource::EnvVariable) => Source::Env(env),
        _ => Source::Flag(flag),
    }
}

fn toml_scalar(key: &str, value: &toml::Value) -> Result<String> {
    Ok(match value {
        toml::Value::String(s) => s.clone(),
        toml::Value::Integer(i) => i.to_string(),
        toml::Value::Float(f) => f.to_string(),
        toml::Value::Boolean(b) => b.to_string(),
        _ => bail!("property '{key}' must be a string, number or boolean"),
    })
}

fn default_config_path() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_CONFIG_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".config")))?;
    Some(base.join("kfk").join("config.toml"))
}

/// Reads the config file. An explicitly named file must exist; the default one may not.
fn load_config_file(
    global: &GlobalArgs,
    warnings: &mut Vec<String>,
) -> Result<(Option<PathBuf>, ConfigFile)> {
    if global.no_config {
        return Ok((None, ConfigFile::default()));
    }
    let (path, explicit) = match &global.config {
        Some(path) => (path.clone(), true),
        None => match default_config_path() {
            Some(path) => (path, false),
            None => return Ok((None, ConfigFile::default())),
        },
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound && !explicit => {
            return Ok((None, ConfigFile::default()))
        }
        Err(err) => {
            return Err(err).with_context(|| format!("cannot read config file {}", path.display()))
        }
    };
    let file: ConfigFile = toml::from_str(&text).map_err(|err| {
        anyhow::anyhow!(
            "config file {}: {}",
            path.display(),
            err.to_string().lines().collect::<Vec<_>>().join(" ")
        )
    })?;
    if holds_secret(&file) {
        if let Some(warning) = world_readable_warning(&path) {
            warnings.push(warning);
        }
    }
    Ok((Some(path), file))
}

fn holds_secret(file: &ConfigFile) -> bool {
    file.profiles.values().any(|profile| {
        profile.sasl_password.is_some() || profile.properties.keys().any(|key| is_secret(key))
    })
}

#[cfg(unix)]
fn world_readable_warning(path: &Path) -> Option<String> {
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(path).ok()?.permissions().mode();
    (mode & 0o077 != 0).then(|| {
        format!(
            "{} holds secrets and can be read by other users (mode {:o}); run: chmod 600 {}",
            path.display(),
            mode & 0o777,
            path.display()
        )
    })
}

#[cfg(not(unix))]
fn world_readable_warning(_path: &Path) -> Option<String> {
    None
}

fn select_profile(
    global: &GlobalArgs,
    matches: &ArgMatches,
    file: &ConfigFile,
    path: Option<&Path>,
) -> Result<Option<Sourced<String>>> {
    let chosen = match (&global.profile, &file.default_profile) {
        (Some(name), _) => Sourced {
            value: name.clone(),
            source: cli_source(matches, "profile", "--profile", "KFK_PROFILE"),
        },
        (None, Some(name)) => Sourced {
            value: name.clone(),
            source: Source::Default,
        },
        (None, None) => return Ok(None),
    };
    if !file.profiles.contains_key(&chosen.value) {
        let known: Vec<&str> = file.profiles.keys().map(String::as_str).collect();
        let place = match path {
            Some(path) => format!("in {}", path.display()),
            None => "(no config file was found)".to_string(),
        };
        let known = if known.is_empty() {
            "none".to_string()
        } else {
            known.join(", ")
        };
        return Err(UsageError(format!(
            "unknown profile '{}' {place}; known profiles: {known}",
            chosen.value
        ))
        .into());
    }
    Ok(Some(chosen))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_are_recognised_and_scrubbed() {
        assert!(is_secret("sasl.password"));
        assert!(is_secret("ssl.keystore.password"));
        assert!(is_secret("ssl.key.pem"));
        assert!(is_secret("sasl.oauthbearer.client.secret"));
        assert!(!is_secret("sasl.username"));
        assert!(!is_secret("ssl.key.location"));
        let secrets = vec!["hunter2".to_string()];
        assert_eq!(
            scrub(&secrets, "auth hunter2 failed"),
            "auth [redacted] failed"
        );
    }

    #[test]
    fn profile_file_parses_and_rejects_unknown_keys() {
        let file: ConfigFile = toml::from_str(
            r#"
            default_profile = "prod"
            [profiles.prod]
            brokers = "k1:9093"
            security_protocol = "SASL_SSL"
            sasl_mechanism = "scram-sha-512"
            [profiles.prod.properties]
            "socket.keepalive.enable" = true
            "#,
        )
        .unwrap();
        let prod = &file.profiles["prod"];
        assert_eq!(prod.security_protocol, Some(SecurityProtocol::SaslSsl));
        assert_eq!(prod.sasl_mechanism, Some(SaslMechanism::ScramSha512));
        assert!(toml::from_str::<ConfigFile>("[profiles.x]\nbrokerz = 1").is_err());
    }
}
