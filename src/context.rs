//! The shared context every command receives: the merged settings, the output format,
//! and the client factory for the cluster they name (clients are made when a command
//! asks for one).

use std::time::Duration;

use anyhow::Result;

use crate::config::{CommandLine, SecurityLayer, Settings, Source, Sourced};
use crate::io::output::OutputFormat;
use crate::io::prompt;
use crate::kafka::Kafka;
use crate::schema::registry::{Registry, RegistrySettings};

pub struct Context {
    pub settings: Settings,
    pub output: OutputFormat,
    pub kafka: Kafka,
    /// What the settings were resolved from, to resolve another profile's (`--to-profile`).
    command_line: CommandLine,
}

impl Context {
    /// For commands that talk to the cluster: a missing OIDC client secret is asked for,
    /// and the login is prepared (a Kerberos ticket got, the OIDC endpoint asked).
    pub fn new(command_line: CommandLine, output: OutputFormat) -> Result<Context> {
        Self::make(command_line, output, true)
    }

    /// For what only shows settings, and for completion: nothing is asked or contacted.
    pub fn offline(command_line: CommandLine, output: OutputFormat) -> Result<Context> {
        Self::make(command_line, output, false)
    }

    fn make(command_line: CommandLine, output: OutputFormat, connect: bool) -> Result<Context> {
        let mut settings = Settings::resolve(&command_line)?;
        settings.collect_secrets();
        if connect {
            ask_missing_secret(&mut settings)?;
        }
        settings.check_properties()?;
        if connect {
            prepare_login(&mut settings)?;
        }
        Ok(Context {
            kafka: Kafka::new(settings.clone(), command_line.verbose > 0),
            settings,
            output,
            command_line,
        })
    }

    /// The Schema Registry the settings name, if any (made anew for each caller; a
    /// registry caches what it fetches).
    pub fn schema_registry(&self) -> Option<std::sync::Arc<Registry>> {
        let registry = &self.settings.registry;
        let setting = |key: &str| registry.get(key).map(|s| s.value.clone());
        Some(std::sync::Arc::new(Registry::new(RegistrySettings {
            url: setting("url")?,
            username: setting("username"),
            password: setting("password"),
            ca_cert: setting("ca_cert"),
            timeout: self.timeout(),
        })))
    }

    pub fn verbose(&self) -> bool {
        self.command_line.verbose > 0
    }

    pub fn timeout(&self) -> Duration {
        self.settings.timeout.value
    }

    /// The same settings pointed at other brokers (a second cluster, for `kfk copy`).
    pub fn with_brokers(&self, brokers: &str) -> Context {
        let settings = self.settings.with_brokers(Sourced {
            value: brokers.to_string(),
            source: Source::Flag("--to-brokers".to_string()),
        });
        Context {
            kafka: Kafka::new(settings.clone(), self.verbose()),
            settings,
            output: self.output,
            command_line: self.command_line.clone(),
        }
    }

    /// Another profile's cluster (a second cluster, for `kfk copy --to-profile`): its
    /// brokers, security and properties replace these; `-X`, `--timeout` and `-v` still
    /// apply. Secrets of both are scrubbed from output.
    pub fn with_profile(&self, profile: &str) -> Result<Context> {
        let command_line = CommandLine {
            brokers: None,
            security: SecurityLayer::default(),
            profile: Some(Sourced {
                value: profile.to_string(),
                source: Source::Flag("--to-profile".to_string()),
            }),
            ..self.command_line.clone()
        };
        let mut settings = Settings::resolve(&command_line)?;
        settings.collect_secrets();
        ask_missing_secret(&mut settings)?;
        settings.check_properties()?;
        prepare_login(&mut settings)?;
        settings
            .secrets
            .extend(self.settings.secrets.iter().cloned());
        Ok(Context {
            kafka: Kafka::new(settings.clone(), self.verbose()),
            settings,
            output: self.output,
            command_line,
        })
    }
}

/// Asks for the OIDC client secret when OIDC is set up without one, as the secret has no
/// flag; without a terminal, says where it can be given instead.
fn ask_missing_secret(settings: &mut Settings) -> Result<()> {
    let Some(client) = crate::kafka::client_lacking_secret(settings) else {
        return Ok(());
    };
    let secret = prompt::read_secret(
        &format!("OIDC client secret for '{client}': "),
        "the OIDC client secret",
        "set KFK_OAUTH_CLIENT_SECRET, or client_secret in the profile's [oauth] section",
    )?;
    crate::kafka::supply_client_secret(
        settings,
        Sourced {
            value: secret,
            source: Source::Prompt,
        },
    );
    Ok(())
}

/// What a login needs before the first client: a Kerberos ticket, an answer from the
/// OIDC token endpoint.
fn prepare_login(settings: &mut Settings) -> Result<()> {
    crate::kafka::prepare_kerberos(settings)?;
    crate::kafka::check_token_endpoint(settings)
}
