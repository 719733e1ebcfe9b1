//! The top-level command line: global options shared by every subcommand.

mod auth;
mod registry;
mod suggest;

use std::path::PathBuf;
use std::time::Duration;

use clap::parser::ValueSource;
use clap::{ArgMatches, Args, CommandFactory, FromArgMatches, Parser};

use crate::commands::args::choices::one_of;
use crate::commands::args::{duration, parse_property};
use crate::commands::{self, Command, Invocation};
use crate::config::{
    CommandLine, SaslMechanism, SecurityLayer, SecurityProtocol, Setting, Source, Sourced,
};
use crate::io::output::OutputFormat;

/// A command-line toolkit for Apache Kafka.
///
/// Produce from scripts, tail topics, diagnose and move consumer groups, copy topics with
/// exactly-once semantics: one binary, one subcommand per job.
#[derive(Parser, Debug)]
#[command(
    name = "kfk",
    version,
    propagate_version = true,
    // A fixed width: help wraps the same on every terminal, and example lines (at most
    // 98 characters, tested below) are never broken mid-command.
    term_width = 100,
    after_help = "Examples:
  kfk dev-cluster --topic demo:3              # an in-memory cluster to try kfk
  seq 10 | kfk produce -t demo                # one record per line
  kfk consume -t demo -o beginning -e         # read the topic and exit at its end
  kfk consumer-groups lag --all               # which groups are behind
  kfk --profile prod config show              # what kfk will send to librdkafka"
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Command,
}

/// Options every subcommand accepts. Precedence: flag > environment > profile > default;
/// `-X` properties are applied last and always win.
#[derive(Args, Debug, Clone)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// Bootstrap brokers, comma-separated [default: localhost:9092]
    #[arg(short = 'b', long, env = "KFK_BROKERS", global = true)]
    pub brokers: Option<String>,

    /// Profile to use from the config file [default: the file's default_profile]
    #[arg(long, env = "KFK_PROFILE", global = true)]
    pub profile: Option<String>,

    /// Config file with named profiles [default: $XDG_CONFIG_HOME/kfk/config.toml]
    #[arg(long, env = "KFK_CONFIG", global = true, value_name = "PATH")]
    pub config: Option<PathBuf>,

    /// Do not read any config file
    #[arg(long, global = true, conflicts_with_all = ["config", "profile"])]
    pub no_config: bool,

    /// Set any librdkafka property (repeatable); applied last, so it always wins
    #[arg(short = 'X', value_name = "KEY=VALUE", global = true, value_parser = parse_property)]
    pub property: Vec<(String, String)>,

    /// Bound on metadata and admin operations, e.g. 500ms, 10s, 1m
    #[arg(long, global = true, default_value = "10s", value_parser = duration::between(100 * duration::MS, duration::DAY))]
    pub timeout: Duration,

    /// How results print: tables, or the same data as JSON, YAML or CSV (the JSON's field
    /// names; CSV flattens nested fields into dotted columns)
    #[arg(long, global = true, value_enum, default_value_t = OutputFormat::Table)]
    pub output: OutputFormat,

    /// Show librdkafka's log; -v adds broker/protocol debug contexts, -vv all of them
    #[arg(short = 'v', long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,

    #[command(flatten)]
    pub security: SecurityArgs,

    #[command(flatten)]
    pub oauth: auth::OauthArgs,

    #[command(flatten)]
    pub kerberos: auth::KerberosArgs,

    #[command(flatten)]
    pub registry: registry::RegistryArgs,
}

/// Connection security; each is also settable in a profile.
#[derive(Args, Debug, Clone, Default)]
#[command(next_help_heading = "Security options")]
pub struct SecurityArgs {
    /// Protocol used to talk to brokers
    #[arg(long, env = "KFK_SECURITY_PROTOCOL", global = true, value_parser = one_of::<SecurityProtocol>(&SecurityProtocol::NAMES))]
    pub security_protocol: Option<SecurityProtocol>,

    /// SASL mechanism
    #[arg(long, env = "KFK_SASL_MECHANISM", global = true, value_parser = one_of::<SaslMechanism>(&SaslMechanism::NAMES))]
    pub sasl_mechanism: Option<SaslMechanism>,

    /// SASL username
    #[arg(long, env = "KFK_SASL_USERNAME", global = true)]
    pub sasl_username: Option<String>,

    /// SASL password (prefer the environment variable or a profile to a flag)
    #[arg(long, env = "KFK_SASL_PASSWORD", global = true, hide_env_values = true)]
    pub sasl_password: Option<String>,

    /// CA certificate (PEM) to verify brokers with
    #[arg(long, env = "KFK_CA_CERT", global = true, value_name = "PATH")]
    pub ca_cert: Option<PathBuf>,

    /// Client certificate (PEM) for TLS client authentication
    #[arg(long, env = "KFK_CLIENT_CERT", global = true, value_name = "PATH")]
    pub client_cert: Option<PathBuf>,

    /// Client private key (PEM) for TLS client authentication
    #[arg(long, env = "KFK_CLIENT_KEY", global = true, value_name = "PATH")]
    pub client_key: Option<PathBuf>,
}

impl GlobalArgs {
    /// What the command line and the environment said, each value with its source. The
    /// flag and variable names are read from the definitions above, so they are spelt
    /// once.
    pub fn command_line(&self, matches: &ArgMatches) -> CommandLine {
        let definition = Cli::command();
        let source = |id: &str| source_of(&definition, matches, id);
        let sourced = |value: Option<&String>, id: &str| {
            value.cloned().map(|value| Sourced {
                value,
                source: source(id),
            })
        };
        let path = |value: Option<&PathBuf>, id: &str| {
            value.cloned().map(|value| Sourced {
                value,
                source: source(id),
            })
        };
        let security = &self.security;
        let mut properties: Vec<(Setting, Sourced<String>)> = self
            .oauth
            .properties()
            .into_iter()
            .chain(self.kerberos.properties())
            .filter_map(|(id, property, value)| {
                value.map(|value| {
                    (
                        property,
                        Sourced {
                            value,
                            source: source(id),
                        },
                    )
                })
            })
            .collect();
        if let Ok(secret) = std::env::var(auth::CLIENT_SECRET_VAR) {
            properties.push((
                Setting::OauthClientSecret,
                Sourced {
                    value: secret,
                    source: Source::Env(auth::CLIENT_SECRET_VAR.into()),
                },
            ));
        }
        let mut registry: Vec<(&'static str, Sourced<String>)> = self
            .registry
            .settings()
            .into_iter()
            .filter_map(|(id, setting, value)| {
                value.map(|value| {
                    (
                        setting,
                        Sourced {
                            value,
                            source: source(id),
                        },
                    )
                })
            })
            .collect();
        if let Ok(password) = std::env::var(registry::PASSWORD_VAR) {
            registry.push((
                "password",
                Sourced {
                    value: password,
                    source: Source::Env(registry::PASSWORD_VAR.into()),
                },
            ));
        }
        CommandLine {
            registry,
            brokers: sourced(self.brokers.as_ref(), "brokers"),
            profile: sourced(self.profile.as_ref(), "profile"),
            config_file: path(self.config.as_ref(), "config"),
            no_config: self.no_config,
            security: SecurityLayer {
                protocol: security.security_protocol.map(|value| Sourced {
                    value,
                    source: source("security_protocol"),
                }),
                mechanism: security.sasl_mechanism.map(|value| Sourced {
                    value,
                    source: source("sasl_mechanism"),
                }),
                username: sourced(security.sasl_username.as_ref(), "sasl_username"),
                password: sourced(security.sasl_password.as_ref(), "sasl_password"),
                ca_cert: path(security.ca_cert.as_ref(), "ca_cert"),
                client_cert: path(security.client_cert.as_ref(), "client_cert"),
                client_key: path(security.client_key.as_ref(), "client_key"),
                properties,
            },
            timeout: Sourced {
                value: self.timeout,
                source: match matches.value_source("timeout") {
                    Some(ValueSource::CommandLine) => source("timeout"),
                    _ => Source::Default,
                },
            },
            verbose: self.verbose,
            properties: self.property.clone(),
        }
    }
}

/// Where the value of the argument `id` came from: its environment variable, or its flag
/// as a user types it (`-b/--brokers`, `--timeout`).
/// Runs the parsed command line.
pub async fn run(cli: Cli, matches: &ArgMatches) -> anyhow::Result<()> {
    let invocation = Invocation {
        command_line: cli.global.command_line(matches),
        output: cli.global.output,
        definition: Cli::command,
    };
    commands::run(cli.command, invocation).await
}

/// Answers a shell's completion request, if it made one (see `commands::completions`).
pub fn answer_completion_if_asked() {
    commands::completions::answer_if_asked(Cli::command, |matches| {
        GlobalArgs::from_arg_matches(matches)
            .ok()
            .map(|global| global.command_line(matches))
    });
}

fn source_of(definition: &clap::Command, matches: &ArgMatches, id: &str) -> Source {
    let Some(arg) = definition.get_arguments().find(|arg| arg.get_id() == id) else {
        return Source::Default;
    };
    if matches.value_source(id) == Some(ValueSource::EnvVariable) {
        if let Some(env) = arg.get_env() {
            return Source::Env(env.to_string_lossy().into_owned());
        }
    }
    let flag = match (arg.get_short(), arg.get_long()) {
        (Some(short), Some(long)) => format!("-{short}/--{long}"),
        (Some(short), None) => format!("-{short}"),
        (None, Some(long)) => format!("--{long}"),
        (None, None) => id.to_string(),
    };
    Source::Flag(flag)
}

/// Reports a command line clap refused, and exits. Global options set through the
/// environment (KFK_BROKERS, ...) count as given for clap, whose usage line would then
/// show them as if they were required; they are left out of it.
pub fn exit_on_parse_error(err: clap::Error) -> ! {
    let globals: Vec<String> = Cli::command()
        .get_arguments()
        .filter(|arg| arg.is_global_set())
        .filter_map(|arg| arg.get_long().map(|long| format!("--{long}")))
        .collect();
    let mut text = err.render().to_string();
    let tip = suggest::tip(&err, &Cli::command());
    if let Some(tip) = &tip {
        // After the first line, where clap puts its own tips.
        if let Some(end) = text.find('\n') {
            text.insert_str(end, &format!("\n\n  tip: {tip}"));
        }
    }
    let usage_names_a_global = text.lines().any(|line| {
        line.starts_with("Usage:")
            && line
                .split(' ')
                .any(|word| globals.iter().any(|g| g == word))
    });
    if !usage_names_a_global {
        // Help and version go to stdout, as clap prints them.
        if tip.is_none() {
            err.exit();
        }
        eprintln!("{}", text.trim_end());
        std::process::exit(err.exit_code());
    }
    let fixed: Vec<String> = text
        .lines()
        .map(|line| {
            if !line.starts_with("Usage:") {
                return line.to_string();
            }
            let mut words = Vec::new();
            let mut skip_value = false;
            for word in line.split(' ') {
                if skip_value && word.starts_with('<') {
                    skip_value = false;
                    continue;
                }
                skip_value = globals.iter().any(|g| g == word);
                if !skip_value {
                    words.push(word);
                }
            }
            words.join(" ")
        })
        .collect();
    eprintln!("{}", fixed.join("\n").trim_end());
    std::process::exit(err.exit_code());
}

#[cfg(test)]
mod definition_tests {
    #[test]
    fn command_definition_is_consistent() {
        use clap::CommandFactory;
        super::Cli::command().debug_assert();
    }
}

#[cfg(test)]
mod example_tests;
