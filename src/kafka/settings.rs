//! How kfk's settings become librdkafka properties: the property each of kfk's own
//! settings sets, the merged list a client gets (and `kfk config show` lists), which
//! properties hold secrets, and what the login code reads and adds (a prompted secret).

use std::collections::BTreeMap;

use super::properties::check_property;
use crate::config::{
    is_secret_name, register, scrub, url_password, Key, SaslMechanism, Setting, Settings, Source,
    Sourced,
};
use crate::error::UsageError;

/// The librdkafka property a setting of kfk's sets.
pub fn property(setting: Setting) -> &'static str {
    match setting {
        Setting::ClientId => "client.id",
        Setting::SecurityProtocol => "security.protocol",
        Setting::SaslMechanism => "sasl.mechanisms",
        Setting::SaslUsername => "sasl.username",
        Setting::SaslPassword => "sasl.password",
        Setting::CaCert => "ssl.ca.location",
        Setting::ClientCert => "ssl.certificate.location",
        Setting::ClientKey => "ssl.key.location",
        Setting::Debug => "debug",
        Setting::OauthMethod => "sasl.oauthbearer.method",
        Setting::OauthTokenEndpoint => "sasl.oauthbearer.token.endpoint.url",
        Setting::OauthClientId => "sasl.oauthbearer.client.id",
        Setting::OauthClientSecret => "sasl.oauthbearer.client.secret",
        Setting::OauthScope => "sasl.oauthbearer.scope",
        Setting::OauthExtensions => "sasl.oauthbearer.extensions",
        Setting::KerberosServiceName => "sasl.kerberos.service.name",
        Setting::KerberosPrincipal => "sasl.kerberos.principal",
        Setting::KerberosKeytab => "sasl.kerberos.keytab",
        Setting::KerberosKinitCmd => "sasl.kerberos.kinit.cmd",
    }
}

fn name(key: &Key) -> &str {
    match key {
        Key::Setting(setting) => property(*setting),
        Key::Named(name) => name,
    }
}

impl Settings {
    /// The merged properties by name (a later one replaces an earlier one), brokers
    /// and `-X` apart.
    fn merged(&self) -> BTreeMap<&str, &Sourced<String>> {
        self.properties
            .iter()
            .map(|(key, sourced)| (name(key), sourced))
            .collect()
    }

    /// Every property of one client, in the order they are applied (later wins): the
    /// brokers and merged settings, what the command needs of this client (`client`),
    /// then `-X`.
    pub fn client_properties<'a>(
        &'a self,
        client: &'a [(&'static str, String)],
    ) -> impl Iterator<Item = (&'a str, &'a str)> {
        let merged: Vec<(&'a str, &'a str)> = self
            .merged()
            .into_iter()
            .map(|(key, sourced)| (key, sourced.value.as_str()))
            .collect();
        std::iter::once(("bootstrap.servers", self.brokers.value.as_str()))
            .chain(merged)
            .chain(client.iter().map(|(key, value)| (*key, value.as_str())))
            .chain(self.overrides.iter().map(|(k, v)| (k.as_str(), v.as_str())))
    }

    /// The properties every client starts from, brokers and `-X` included, as `kfk config
    /// show` lists them.
    pub fn effective_properties(&self) -> BTreeMap<String, Sourced<String>> {
        let mut all: BTreeMap<String, Sourced<String>> = self
            .merged()
            .into_iter()
            .map(|(key, sourced)| (key.to_string(), sourced.clone()))
            .collect();
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

    /// The value a client will get for property `key`: `-X` last, as clients apply it.
    pub fn effective(&self, key: &str) -> Option<&str> {
        self.overrides
            .iter()
            .rev()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
            .or_else(|| {
                self.properties
                    .iter()
                    .rev()
                    .find(|(k, _)| name(k) == key)
                    .map(|(_, sourced)| sourced.value.as_str())
            })
    }

    /// The value a client will get for one of kfk's settings.
    pub fn effective_setting(&self, setting: Setting) -> Option<&str> {
        self.effective(property(setting))
    }

    /// Whether clients log in with `mechanism`.
    pub fn uses_mechanism(&self, mechanism: SaslMechanism) -> bool {
        self.effective_setting(Setting::SaslMechanism)
            .is_some_and(|m| m.eq_ignore_ascii_case(mechanism.as_librdkafka()))
    }

    /// Sets a property that was missing (a secret typed at a prompt), and scrubs it.
    pub fn supply(&mut self, key: Key, value: Sourced<String>) {
        self.properties.push((key, value));
        self.collect_secrets();
    }

    /// Gathers every secret of every source (flags, environment, profile, files and
    /// prompts all end up in the properties, `-X` or the registry settings) into the one
    /// list the scrubber works from, and registers them for the process's last error.
    pub fn collect_secrets(&mut self) {
        let merged = self.merged();
        let mut all = secrets_in(
            merged
                .iter()
                .map(|(key, prop)| (*key, prop.value.as_str()))
                .chain(self.overrides.iter().map(|(k, v)| (k.as_str(), v.as_str()))),
        );
        all.extend(secrets_in(
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
        register(&all);
        self.secrets = all;
    }

    /// Refuses, before any client is made, a property librdkafka does not know or a value
    /// it cannot take, naming where it was set.
    pub fn check_properties(&self) -> Result<(), UsageError> {
        let merged = self.merged();
        let from_settings = merged
            .iter()
            .map(|(key, prop)| (*key, prop.value.as_str(), prop.source.to_string()));
        let from_x = self
            .overrides
            .iter()
            .map(|(key, value)| (key.as_str(), value.as_str(), "flag -X".to_string()));
        for (key, value, source) in from_settings.chain(from_x) {
            check_property(key, value)
                .map_err(|reason| UsageError(format!("{reason} (from {source})")))?;
        }
        Ok(())
    }

    /// Replaces every secret value in `text`, for log lines and error messages.
    pub fn scrub(&self, text: &str) -> String {
        scrub(&self.secrets, text)
    }
}

/// The secrets among librdkafka properties: secret values, passwords inside URLs, and
/// the HTTP Basic credentials an OIDC client id and secret make (which an HTTP trace
/// would show).
pub fn secrets_in<'a>(properties: impl Iterator<Item = (&'a str, &'a str)>) -> Vec<String> {
    let properties: Vec<(&str, &str)> = properties.collect();
    let mut secrets: Vec<String> = properties
        .iter()
        .filter_map(|(key, value)| match is_secret_name(key) {
            true => Some(*value),
            false => url_password(value),
        })
        .filter(|value| !value.is_empty())
        .map(str::to_string)
        .collect();
    let last = |wanted: &str| {
        properties
            .iter()
            .rev()
            .find(|(key, _)| *key == wanted)
            .map(|(_, v)| *v)
    };
    if let (Some(id), Some(secret)) = (
        last("sasl.oauthbearer.client.id"),
        last("sasl.oauthbearer.client.secret"),
    ) {
        use base64::Engine;
        secrets.push(base64::engine::general_purpose::STANDARD.encode(format!("{id}:{secret}")));
    }
    secrets
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secret_properties_are_recognised() {
        assert!(is_secret_name("sasl.password"));
        assert!(is_secret_name("ssl.keystore.password"));
        assert!(is_secret_name("ssl.key.pem"));
        assert!(is_secret_name("sasl.oauthbearer.client.secret"));
        assert!(!is_secret_name("sasl.username"));
        assert!(!is_secret_name("ssl.key.location"));
        assert!(!is_secret_name("sasl.oauthbearer.token.endpoint.url"));
    }
}

#[cfg(test)]
#[path = "settings_tests.rs"]
mod settings_tests;
