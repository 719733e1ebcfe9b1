//! The one place where kfk's settings are merged: what the command line and environment
//! said (`CommandLine`, built by src/cli/), the profile from the config file, and built-in
//! defaults become one list of client properties in the order they apply, each with its
//! source: kfk's own settings by meaning (`Setting`, whose librdkafka names only the Kafka
//! layer spells), a profile's pass-through properties by name. `-X` properties are kept
//! apart and applied after everything else, also after what a command asks of its client
//! (`Settings::client_properties`, in kafka/settings.rs).

mod file;
mod secrets;
mod security;
mod setting;

use std::collections::BTreeMap;
use std::fmt;
use std::path::PathBuf;
use std::time::Duration;

use anyhow::{bail, Result};

use crate::error::UsageError;

pub use secrets::{display_value, is_secret_name, register, scrub, scrub_registered, url_password};
pub use security::{SaslMechanism, SecurityProtocol};
pub use setting::{Key, Setting};

pub const DEFAULT_BROKERS: &str = "localhost:9092";

/// Where a setting's value came from, shown by `kfk config show`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Default,
    Profile(String),
    Env(String),
    Flag(String),
    /// Typed at a prompt.
    Prompt,
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Default => write!(f, "default"),
            Source::Profile(name) => write!(f, "profile {name}"),
            Source::Env(var) => write!(f, "env {var}"),
            Source::Flag(flag) => write!(f, "flag {flag}"),
            Source::Prompt => write!(f, "prompt"),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Sourced<T> {
    pub value: T,
    pub source: Source,
}

/// Connection security from flags or the environment.
#[derive(Debug, Clone, Default)]
pub struct SecurityLayer {
    pub protocol: Option<Sourced<SecurityProtocol>>,
    pub mechanism: Option<Sourced<SaslMechanism>>,
    pub username: Option<Sourced<String>>,
    pub password: Option<Sourced<String>>,
    pub ca_cert: Option<Sourced<PathBuf>>,
    pub client_cert: Option<Sourced<PathBuf>>,
    pub client_key: Option<Sourced<PathBuf>>,
    /// OAUTHBEARER and Kerberos settings.
    pub properties: Vec<(Setting, Sourced<String>)>,
}

/// What the command line and the environment said, each value with its source.
#[derive(Debug, Clone)]
pub struct CommandLine {
    pub brokers: Option<Sourced<String>>,
    pub profile: Option<Sourced<String>>,
    pub config_file: Option<Sourced<PathBuf>>,
    pub no_config: bool,
    pub security: SecurityLayer,
    pub timeout: Sourced<Duration>,
    pub verbose: u8,
    /// `-X key=value`, in the order given.
    pub properties: Vec<(String, String)>,
    /// Schema Registry settings (url, username, password, ca_cert).
    pub registry: Vec<(&'static str, Sourced<String>)>,
}

/// The merged configuration every command works from.
#[derive(Debug, Clone)]
pub struct Settings {
    pub brokers: Sourced<String>,
    pub profile: Option<Sourced<String>>,
    pub config_file: Option<Sourced<PathBuf>>,
    pub timeout: Sourced<Duration>,
    /// Client properties from flags, environment, profile and defaults, in the order they
    /// apply (a later one replaces an earlier one of the same property), apart from the
    /// brokers.
    pub properties: Vec<(Key, Sourced<String>)>,
    /// `-X` properties: applied last, so they always win.
    pub overrides: Vec<(String, String)>,
    /// Secret values, so log lines and errors can be scrubbed of them.
    pub secrets: Vec<String>,
    pub warnings: Vec<String>,
    /// Schema Registry settings by name (url, username, password, ca_cert).
    pub registry: BTreeMap<&'static str, Sourced<String>>,
}

impl Settings {
    /// Merges the command line and environment, the config file and defaults.
    pub fn resolve(line: &CommandLine) -> Result<Settings> {
        let mut warnings = Vec::new();
        let (config_file, file) = file::load_config_file(line, &mut warnings)?;
        let profile =
            file::select_profile(line, &file, config_file.as_ref().map(|f| f.value.as_path()))?;
        let empty = file::Profile::default();
        let body = profile
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
        let from_profile = |value: Option<String>| {
            value.map(|value| Sourced {
                value,
                source: profile_source(),
            })
        };
        let brokers = line
            .brokers
            .clone()
            .or_else(|| from_profile(body.brokers.clone()))
            .unwrap_or(Sourced {
                value: DEFAULT_BROKERS.to_string(),
                source: Source::Default,
            });

        if brokers.value.trim().is_empty() {
            bail!(UsageError(format!(
                "no brokers given (the {} is empty): name them as HOST:PORT[,HOST:PORT...]",
                match &brokers.source {
                    Source::Env(var) => format!("variable {var}"),
                    Source::Flag(flag) => format!("flag {flag}"),
                    Source::Profile(name) => format!("profile {name}'s brokers"),
                    Source::Default | Source::Prompt => "default".to_string(),
                }
            )));
        }

        let mut properties: Vec<(Key, Sourced<String>)> = Vec::new();
        properties.push((
            Key::Setting(Setting::ClientId),
            Sourced {
                value: format!("kfk/{}", env!("CARGO_PKG_VERSION")),
                source: Source::Default,
            },
        ));
        // The profile first, then its properties, then flags and environment over both.
        let security = &line.security;
        let path = |p: &PathBuf| p.display().to_string();
        // (setting, the profile's value, the command line's)
        type Layer = (Setting, Option<String>, Option<Sourced<String>>);
        let layered: [Layer; 7] = [
            (
                Setting::SecurityProtocol,
                body.security_protocol.map(|p| p.as_librdkafka().into()),
                map(&security.protocol, |p| p.as_librdkafka().into()),
            ),
            (
                Setting::SaslMechanism,
                body.sasl_mechanism.map(|m| m.as_librdkafka().into()),
                map(&security.mechanism, |m| m.as_librdkafka().into()),
            ),
            (
                Setting::SaslUsername,
                body.sasl_username.clone(),
                security.username.clone(),
            ),
            (
                Setting::SaslPassword,
                body.sasl_password.clone(),
                security.password.clone(),
            ),
            (
                Setting::CaCert,
                body.ca_cert.as_ref().map(path),
                map(&security.ca_cert, path),
            ),
            (
                Setting::ClientCert,
                body.client_cert.as_ref().map(path),
                map(&security.client_cert, path),
            ),
            (
                Setting::ClientKey,
                body.client_key.as_ref().map(path),
                map(&security.client_key, path),
            ),
        ];
        for (setting, value, _) in &layered {
            if let Some(sourced) = from_profile(value.clone()) {
                properties.push((Key::Setting(*setting), sourced));
            }
        }
        for (setting, value) in body.auth_settings() {
            if let Some(sourced) = from_profile(Some(value)) {
                properties.push((Key::Setting(setting), sourced));
            }
        }
        for (key, value) in &body.properties {
            let value = file::toml_scalar(key, value)?;
            if let Some(sourced) = from_profile(Some(value)) {
                properties.push((Key::Named(key.clone()), sourced));
            }
        }
        for (setting, _, value) in layered {
            if let Some(sourced) = value {
                properties.push((Key::Setting(setting), sourced));
            }
        }
        for (setting, sourced) in &security.properties {
            properties.push((Key::Setting(*setting), sourced.clone()));
        }
        let debug = match line.verbose {
            0 => None,
            1 => Some(("broker,protocol,security,topic,metadata", "-v")),
            _ => Some(("all", "-vv")),
        };
        if let Some((contexts, flag)) = debug {
            properties.push((
                Key::Setting(Setting::Debug),
                Sourced {
                    value: contexts.to_string(),
                    source: Source::Flag(flag.to_string()),
                },
            ));
        }

        let mut registry = BTreeMap::new();
        for (key, value) in body.registry_settings() {
            if let Some(sourced) = from_profile(Some(value)) {
                registry.insert(key, sourced);
            }
        }
        for (key, sourced) in &line.registry {
            registry.insert(*key, sourced.clone());
        }
        let settings = Settings {
            registry,
            brokers,
            profile,
            config_file,
            timeout: line.timeout.clone(),
            properties,
            overrides: line.properties.clone(),
            secrets: Vec::new(),
            warnings,
        };
        Ok(settings)
    }

    /// The same settings pointed at other brokers (a second cluster).
    pub fn with_brokers(&self, brokers: Sourced<String>) -> Settings {
        Settings {
            brokers,
            ..self.clone()
        }
    }
}

fn map<T>(value: &Option<Sourced<T>>, show: impl Fn(&T) -> String) -> Option<Sourced<String>> {
    value.as_ref().map(|sourced| Sourced {
        value: show(&sourced.value),
        source: sourced.source.clone(),
    })
}
