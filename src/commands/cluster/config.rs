use anyhow::Result;
use clap::Args;
use serde::Serialize;

use super::broker_ids;
use crate::commands::configs;
use crate::context::Context;
use crate::io::output::{self, OutputFormat};
use crate::kafka::{ConfigEntry, ConfigTarget};

/// Show brokers' configurations, each entry with its source (static broker, dynamic
/// broker, dynamic default broker, default) and whether it is sensitive. Only entries set
/// away from the default are shown unless --all-configs is given; sensitive values never
/// are.
///
/// JSON output: [{"broker", "configs": [{"name", "value", "source", "sensitive",
/// "default"}], "error"}].
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  kfk cluster config
  kfk cluster config --broker 1 --all-configs
  kfk cluster config --output json | jq '.[].configs[] | select(.source == \"dynamic broker\")'")]
pub struct ConfigArgs {
    /// The broker whose configuration to show (default: every broker)
    #[arg(long, value_name = "ID")]
    pub broker: Option<i32>,

    /// Show every entry, defaults included
    #[arg(long)]
    pub all_configs: bool,
}

#[derive(Serialize)]
struct BrokerConfig {
    broker: i32,
    configs: Vec<ConfigEntry>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

pub async fn run(ctx: &Context, args: ConfigArgs) -> Result<()> {
    let ids = broker_ids(ctx, args.broker).await?;
    let targets: Vec<ConfigTarget> = ids.iter().copied().map(ConfigTarget::Broker).collect();
    let results = ctx.kafka.configs(&targets).await?;
    let brokers: Vec<BrokerConfig> = ids
        .into_iter()
        .zip(results)
        .map(|(broker, result)| match result {
            Ok(entries) => BrokerConfig {
                broker,
                configs: entries
                    .into_iter()
                    .filter(|entry| args.all_configs || !entry.default)
                    .collect(),
                error: None,
            },
            Err(reason) => BrokerConfig {
                broker,
                configs: Vec::new(),
                error: Some(reason),
            },
        })
        .collect();
    let failed: Vec<String> = brokers
        .iter()
        .filter_map(|b| {
            b.error
                .as_ref()
                .map(|e| format!("broker {}: {e}", b.broker))
        })
        .collect();
    match ctx.output {
        OutputFormat::Json | OutputFormat::Yaml | OutputFormat::Csv => {
            output::print_data(ctx.output, &brokers)?
        }
        OutputFormat::Table => {
            for (i, broker) in brokers.iter().filter(|b| b.error.is_none()).enumerate() {
                if i > 0 {
                    output::print_line("")?;
                }
                if broker.configs.is_empty() {
                    output::print_line(&format!("Broker {}: no entries to show", broker.broker))?;
                    continue;
                }
                output::print_line(&format!("Broker {}:", broker.broker))?;
                configs::print_entries(&broker.configs)?;
            }
        }
    }
    configs::fail_if_unread("broker", &failed, brokers.len())
}
