//! The one place where kfk's settings are merged: what the command line and environment
//! said (`CommandLine`, built by src/cli/), the profile from the config file, and built-in
//! defaults become one list of librdkafka properties, each with its source. `-X`
//! properties are kept apart and applied after everything else, also after what a command
//! asks of its client (`client_properties`).

mod file;
mod secrets;
mod security;

use std::collections::BTreeMap;
use std::fmt;
use std::path::PathBuf;
use std::time::Duration;

use anyhow::{bail, Result};

use crate::error::UsageError;

pub use secrets::{display_value, scrub, scrub_registered};
pub use security::{SaslMechanism, SecurityProtocol};

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
    /// OAUTHBEARER and Kerberos settings, as the librdkafka properties they set.
    pub properties: Vec<(&'static str, Sourced<String>)>,
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
    /// librdkafka properties from flags, environment, profile and defaults, apart from
    /// `bootstrap.servers`, which is `brokers`.
    pub properties: BTreeMap<String, Sourced<String>>,
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

        let mut properties = BTreeMap::new();
        properties.insert(
            "client.id".to_string(),
            Sourced {
                value: format!("kfk/{}", env!("CARGO_PKG_VERSION")),
                source: Source::Default,
            },
        );
        // The profile first, then its properties, then flags and environment over both.
        let security = &line.security;
        let path = |p: &PathBuf| p.display().to_string();
        // (property, the profile's value, the command line's)
        type Layer = (&'static str, Option<String>, Option<Sourced<String>>);
        let layered: [Layer; 7] = [
            (
                "security.protocol",
                body.security_protocol.map(|p| p.as_librdkafka().into()),
                map(&security.protocol, |p| p.as_librdkafka().into()),
            ),
            (
                "sasl.mechanisms",
                body.sasl_mechanism.map(|m| m.as_librdkafka().into()),
                map(&security.mechanism, |m| m.as_librdkafka().into()),
            ),
            (
                "sasl.username",
                body.sasl_username.clone(),
                security.username.clone(),
            ),
            (
                "sasl.password",
                body.sasl_password.clone(),
                security.password.clone(),
            ),
            (
                "ssl.ca.location",
                body.ca_cert.as_ref().map(path),
                map(&security.ca_cert, path),
            ),
            (
                "ssl.certificate.location",
                body.client_cert.as_ref().map(path),
                map(&security.client_cert, path),
            ),
            (
                "ssl.key.location",
                body.client_key.as_ref().map(path),
                map(&security.client_key, path),
            ),
        ];
        for (key, value, _) in &layered {
            if let Some(sourced) = from_profile(value.clone()) {
                properties.insert(key.to_string(), sourced);
            }
        }
        for (key, value) in body.auth_properties() {
            if let Some(sourced) = from_profile(Some(value)) {
                properties.insert(key.to_string(), sourced);
            }
        }
        for (key, value) in &body.properties {
            let value = file::toml_scalar(key, value)?;
            if let Some(sourced) = from_profile(Some(value)) {
                properties.insert(key.clone(), sourced);
            }
        }
        for (key, _, value) in layered {
            if let Some(sourced) = value {
                properties.insert(key.to_string(), sourced);
            }
        }
        for (key, sourced) in &security.properties {
            properties.insert(key.to_string(), sourced.clone());
        }
        let debug = match line.verbose {
            0 => None,
            1 => Some(("broker,protocol,security,topic,metadata", "-v")),
            _ => Some(("all", "-vv")),
        };
        if let Some((contexts, flag)) = debug {
            properties.insert(
                "debug".to_string(),
                Sourced {
                    value: contexts.to_string(),
                    source: Source::Flag(flag.to_string()),
                },
            );
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
        let mut settings = Settings {
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
        settings.secrets = settings.all_secrets();
        Ok(settings)
    }

    /// Every property of one client, in the order they are applied (later wins): the
    /// brokers and merged settings, what the command needs of this client (`client`),
    /// then `-X`.
    pub fn client_properties<'a>(
        &'a self,
        client: &'a [(&'static str, String)],
    ) -> impl Iterator<Item = (&'a str, &'a str)> {
        std::iter::once(("bootstrap.servers", self.brokers.value.as_str()))
            .chain(
                self.properties
                    .iter()
                    .map(|(key, prop)| (key.as_str(), prop.value.as_str())),
            )
            .chain(client.iter().map(|(key, value)| (*key, value.as_str())))
            .chain(self.overrides.iter().map(|(k, v)| (k.as_str(), v.as_str())))
    }

    /// The properties every client starts from, brokers and `-X` included, as `kfk config
    /// show` lists them.
    pub fn effective_properties(&self) -> BTreeMap<String, Sourced<String>> {
        let mut all = self.properties.clone();
        all.insert("bootstrap.servers".to_string(), self.brokers.clone());
        for (key, value) in &self.overrides {
            let sourced = Sourced {
                value: value.clone(),
                source: Source::Flag("-X".to_string()),
            };
            all.insert(key.clone(), sourced);
        }
        all
    }

    /// The same settings pointed at other brokers (a second cluster).
    pub fn with_brokers(&self, brokers: Sourced<String>) -> Settings {
        Settings {
            brokers,
            ..self.clone()
        }
    }

    /// The value a client will get for `key`: `-X` last, as clients apply it.
    pub fn effective(&self, key: &str) -> Option<&str> {
        self.overrides
            .iter()
            .rev()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
            .or_else(|| self.properties.get(key).map(|p| p.value.as_str()))
    }

    /// Whether clients log in with `mechanism`.
    pub fn uses_mechanism(&self, mechanism: SaslMechanism) -> bool {
        self.effective("sasl.mechanisms")
            .is_some_and(|m| m.eq_ignore_ascii_case(mechanism.as_librdkafka()))
    }

    /// Sets a property that was missing (a secret typed at a prompt), and scrubs it.
    pub fn supply(&mut self, key: &str, value: Sourced<String>) {
        self.properties.insert(key.to_string(), value);
        self.secrets = self.all_secrets();
    }

    /// Every secret of every source (flags, environment, profile, files and prompts all
    /// end up in the properties, `-X` or the registry settings): the one list the
    /// scrubber works from.
    fn all_secrets(&self) -> Vec<String> {
        let mut all = secrets::secrets_in(
            self.properties
                .iter()
                .map(|(key, prop)| (key.as_str(), prop.value.as_str()))
                .chain(self.overrides.iter().map(|(k, v)| (k.as_str(), v.as_str()))),
        );
        all.extend(secrets::secrets_in(
            self.registry.iter().map(|(k, v)| (*k, v.value.as_str())),
        ));
        // The registry's HTTP Basic credentials, as a trace or an echoing server shows them.
        if let (Some(user), Some(password)) =
            (self.registry.get("username"), self.registry.get("password"))
        {
            use base64::Engine;
            all.push(
                base64::engine::general_purpose::STANDARD
                    .encode(format!("{}:{}", user.value, password.value)),
            );
        }
        secrets::register(&all);
        all
    }

    /// Replaces every secret value in `text`, for log lines and error messages.
    pub fn scrub(&self, text: &str) -> String {
        scrub(&self.secrets, text)
    }
}

fn map<T>(value: &Option<Sourced<T>>, show: impl Fn(&T) -> String) -> Option<Sourced<String>> {
    value.as_ref().map(|sourced| Sourced {
        value: show(&sourced.value),
        source: sourced.source.clone(),
    })
}

#[cfg(test)]
#[path = "settings_tests.rs"]
mod tests;
