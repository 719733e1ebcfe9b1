//! The config file: named profiles, read once, with a warning when it holds secrets that
//! other users can read.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::{bail, Result};
use serde::Deserialize;

use super::secrets::is_secret_name;
use super::security::{SaslMechanism, SecurityProtocol};
use super::setting::Setting;
use super::{CommandLine, Source, Sourced};
use crate::error::UsageError;

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
    /// `[profiles.NAME.oauth]`: OAUTHBEARER/OIDC.
    pub oauth: Option<OauthProfile>,
    /// `[profiles.NAME.kerberos]`: GSSAPI.
    pub kerberos: Option<KerberosProfile>,
    /// `[profiles.NAME.schema_registry]`.
    pub schema_registry: Option<RegistryProfile>,
    /// Any librdkafka property, e.g. `"example.flag" = true`.
    #[serde(default)]
    pub properties: BTreeMap<String, toml::Value>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OauthProfile {
    pub method: Option<String>,
    pub token_endpoint: Option<String>,
    pub client_id: Option<String>,
    pub client_secret: Option<String>,
    pub scope: Option<String>,
    pub extensions: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KerberosProfile {
    pub service_name: Option<String>,
    pub principal: Option<String>,
    pub keytab: Option<PathBuf>,
    pub kinit_cmd: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegistryProfile {
    pub url: Option<String>,
    pub username: Option<String>,
    pub password: Option<String>,
    pub ca_cert: Option<PathBuf>,
}

impl Profile {
    /// The `schema_registry` section's settings.
    pub fn registry_settings(&self) -> Vec<(&'static str, String)> {
        let Some(registry) = &self.schema_registry else {
            return Vec::new();
        };
        [
            ("url", registry.url.clone()),
            ("username", registry.username.clone()),
            ("password", registry.password.clone()),
            (
                "ca_cert",
                registry.ca_cert.as_ref().map(|p| p.display().to_string()),
            ),
        ]
        .into_iter()
        .filter_map(|(key, value)| value.map(|value| (key, value)))
        .collect()
    }

    /// The settings of the `oauth` and `kerberos` sections.
    pub fn auth_settings(&self) -> Vec<(Setting, String)> {
        let oauth = self.oauth.as_ref();
        let kerberos = self.kerberos.as_ref();
        [
            (Setting::OauthMethod, oauth.and_then(|o| o.method.clone())),
            (
                Setting::OauthTokenEndpoint,
                oauth.and_then(|o| o.token_endpoint.clone()),
            ),
            (
                Setting::OauthClientId,
                oauth.and_then(|o| o.client_id.clone()),
            ),
            (
                Setting::OauthClientSecret,
                oauth.and_then(|o| o.client_secret.clone()),
            ),
            (Setting::OauthScope, oauth.and_then(|o| o.scope.clone())),
            (
                Setting::OauthExtensions,
                oauth.and_then(|o| o.extensions.clone()),
            ),
            (
                Setting::KerberosServiceName,
                kerberos.and_then(|k| k.service_name.clone()),
            ),
            (
                Setting::KerberosPrincipal,
                kerberos.and_then(|k| k.principal.clone()),
            ),
            (
                Setting::KerberosKeytab,
                kerberos.and_then(|k| k.keytab.as_ref().map(|p| p.display().to_string())),
            ),
            (
                Setting::KerberosKinitCmd,
                kerberos.and_then(|k| k.kinit_cmd.clone()),
            ),
        ]
        .into_iter()
        .filter_map(|(key, value)| value.map(|value| (key, value)))
        .collect()
    }
}

pub(super) fn toml_scalar(key: &str, value: &toml::Value) -> Result<String> {
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
pub(super) fn load_config_file(
    line: &CommandLine,
    warnings: &mut Vec<String>,
) -> Result<(Option<Sourced<PathBuf>>, ConfigFile)> {
    if line.no_config {
        return Ok((None, ConfigFile::default()));
    }
    let (path, source) = match &line.config_file {
        Some(path) => (path.value.clone(), path.source.clone()),
        None => match default_config_path() {
            Some(path) => (path, Source::Default),
            None => return Ok((None, ConfigFile::default())),
        },
    };
    let explicit = source != Source::Default;
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound && !explicit => {
            return Ok((None, ConfigFile::default()))
        }
        Err(err) => {
            return Err(
                UsageError(format!("cannot read config file {}: {err}", path.display())).into(),
            )
        }
    };
    // TOML's own message points at the line and column with a caret display; it is
    // shown as TOML prints it.
    let file: ConfigFile = toml::from_str(&text).map_err(|err| {
        UsageError(format!(
            "config file {}: {}",
            path.display(),
            err.to_string().trim_end()
        ))
    })?;
    if holds_secret(&file) {
        if let Some(warning) = world_readable_warning(&path) {
            warnings.push(warning);
        }
    }
    Ok((
        Some(Sourced {
            value: path,
            source,
        }),
        file,
    ))
}

fn holds_secret(file: &ConfigFile) -> bool {
    file.profiles.values().any(|profile| {
        profile.sasl_password.is_some()
            || profile
                .oauth
                .as_ref()
                .is_some_and(|o| o.client_secret.is_some())
            || profile.properties.keys().any(|key| is_secret_name(key))
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

pub(super) fn select_profile(
    line: &CommandLine,
    file: &ConfigFile,
    path: Option<&Path>,
) -> Result<Option<Sourced<String>>> {
    let chosen = match (&line.profile, &file.default_profile) {
        (Some(name), _) => name.clone(),
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
    fn profile_file_parses_and_rejects_unknown_keys() {
        let file: ConfigFile = toml::from_str(
            r#"
            default_profile = "prod"
            [profiles.prod]
            brokers = "k1:9093"
            security_protocol = "SASL_SSL"
            sasl_mechanism = "scram-sha-512"
            [profiles.prod.properties]
            "example.flag" = true
            "#,
        )
        .unwrap();
        let prod = &file.profiles["prod"];
        assert_eq!(prod.security_protocol, Some(SecurityProtocol::SaslSsl));
        assert_eq!(prod.sasl_mechanism, Some(SaslMechanism::ScramSha512));
        assert!(toml::from_str::<ConfigFile>("[profiles.x]\nbrokerz = 1").is_err());
    }
}
