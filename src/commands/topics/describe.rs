use anyhow::Result;
use clap::Args;
use serde::Serialize;

use crate::commands::completions::live;
use crate::commands::configs;
use crate::context::Context;
use crate::error::UsageError;
use crate::io::output::{self, OutputFormat};
use crate::kafka::{admin, ConfigEntry, ConfigTarget, PartitionInfo, TopicSpec};

/// Show topics: each partition's leader, replicas, in-sync replicas (under-replicated
/// partitions marked), log start and end offsets, and the topic's configuration with
/// each entry's source. Only entries that differ from the default are shown unless
/// --all-configs is given; sensitive values are never shown.
///
/// A partition without a leader is shown with leader "none" and unknown offsets (null in
/// JSON), and named on stderr.
///
/// With one topic, JSON output is {"name", "partitions": [{"partition", "leader",
/// "replicas", "isr", "under_replicated", "log_start_offset", "log_end_offset"}],
/// "configs": [{"name", "value", "source", "sensitive", "default"}], "configs_error"};
/// with several or --all, an array of them.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  kfk topics describe orders
  kfk topics describe orders payments --all-configs
  kfk topics describe --all                          # the whole cluster, as kcat -L shows it
  kfk topics describe orders --output json | jq '.partitions[].log_end_offset'")]
pub struct DescribeArgs {
    /// Topics to describe
    #[arg(required_unless_present = "all", conflicts_with = "all", add = live::topics())]
    pub topics: Vec<String>,

    /// Describe every topic of the cluster
    #[arg(long)]
    pub all: bool,

    /// Show every configuration entry, defaults included
    #[arg(long)]
    pub all_configs: bool,
}

#[derive(Serialize)]
struct Description {
    name: String,
    partitions: Vec<PartitionRow>,
    configs: Vec<ConfigEntry>,
    #[serde(skip_serializing_if = "Option::is_none")]
    configs_error: Option<String>,
}

#[derive(Serialize)]
struct PartitionRow {
    #[serde(flatten)]
    info: PartitionInfo,
    under_replicated: bool,
    /// None for a partition without a leader: nobody can answer for its log.
    log_start_offset: Option<i64>,
    log_end_offset: Option<i64>,
}

pub async fn run(ctx: &Context, args: DescribeArgs) -> Result<()> {
    let cluster = ctx.kafka.cluster().await?;
    let names: Vec<String> = if args.all {
        cluster.topics.iter().map(|t| t.name.clone()).collect()
    } else {
        args.topics.clone()
    };
    if names.is_empty() {
        return Err(UsageError("the cluster has no topics".into()).into());
    }
    let specs: Vec<TopicSpec> = names
        .iter()
        .map(|name| TopicSpec {
            topic: name.clone(),
            partitions: None,
        })
        .collect();
    let mut partitions = cluster.partitions_of(&specs)?;
    let leaderless = leaderless(&cluster, &partitions);
    partitions.retain(|p| !leaderless.contains(p));
    for (topic, partition) in &leaderless {
        output::warn(&format!(
            "{topic} [{partition}] has no leader: its offsets are unknown until one is \
             elected (kfk topics elect-leaders)"
        ));
    }
    let extents = ctx
        .kafka
        .with_admin(move |client, timeout| admin::log_extents(client, &partitions, timeout))
        .await?;
    let targets: Vec<ConfigTarget> = names.iter().cloned().map(ConfigTarget::Topic).collect();
    let configs = match ctx.kafka.configs(&targets).await {
        Ok(configs) => configs,
        Err(err) => {
            let reason = format!("{err:#}");
            output::note(&format!("the configuration could not be read: {reason}"));
            names.iter().map(|_| Err(reason.clone())).collect()
        }
    };
    let mut descriptions = Vec::new();
    for (name, configs) in names.iter().zip(configs) {
        let topic = cluster.topic(name)?;
        let rows = topic
            .partitions
            .iter()
            .map(|info| {
                let (low, high) = extents
                    .iter()
                    .find(|e| e.partition == info.partition && e.topic == *name)
                    .map_or((None, None), |e| (Some(e.low), Some(e.high)));
                PartitionRow {
                    under_replicated: info.isr.len() < info.replicas.len(),
                    info: info.clone(),
                    log_start_offset: low,
                    log_end_offset: high,
                }
            })
            .collect();
        let (configs, configs_error) = match configs {
            Ok(entries) => (
                entries
                    .into_iter()
                    .filter(|entry| args.all_configs || !entry.default)
                    .collect(),
                None,
            ),
            Err(reason) => (Vec::new(), Some(reason)),
        };
        descriptions.push(Description {
            name: name.clone(),
            partitions: rows,
            configs,
            configs_error,
        });
    }
    match ctx.output {
        OutputFormat::Json | OutputFormat::Yaml | OutputFormat::Csv
            if descriptions.len() == 1 && !args.all =>
        {
            output::print_data(ctx.output, &descriptions[0])
        }
        OutputFormat::Json | OutputFormat::Yaml | OutputFormat::Csv => {
            output::print_data(ctx.output, &descriptions)
        }
        OutputFormat::Table => {
            for (i, description) in descriptions.iter().enumerate() {
                if i > 0 {
                    output::print_line("")?;
                }
                print_tables(description)?;
            }
            Ok(())
        }
    }
}

fn join(ids: &[i32]) -> String {
    ids.iter().map(i32::to_string).collect::<Vec<_>>().join(",")
}

/// The partitions among `partitions` that have no leader.
fn leaderless(cluster: &crate::kafka::Cluster, partitions: &[(String, i32)]) -> Vec<(String, i32)> {
    partitions
        .iter()
        .filter(|(topic, partition)| {
            cluster.topic(topic).is_ok_and(|t| {
                t.partitions
                    .iter()
                    .any(|p| p.partition == *partition && p.leader < 0)
            })
        })
        .cloned()
        .collect()
}

fn print_tables(description: &Description) -> Result<()> {
    let under = description
        .partitions
        .iter()
        .filter(|p| p.under_replicated)
        .count();
    output::print_line(&format!(
        "Topic: {}  Partitions: {}  Under-replicated: {under}",
        description.name,
        description.partitions.len()
    ))?;
    let mut partitions = output::table(&[
        "PARTITION",
        "LEADER",
        "REPLICAS",
        "ISR",
        "UNDER-REPLICATED",
        "LOG-START-OFFSET",
        "LOG-END-OFFSET",
    ]);
    let or_dash = |offset: Option<i64>| offset.map_or_else(|| "-".to_string(), |o| o.to_string());
    for row in &description.partitions {
        partitions.add_row(vec![
            row.info.partition.to_string(),
            if row.info.leader < 0 {
                "none".to_string()
            } else {
                row.info.leader.to_string()
            },
            join(&row.info.replicas),
            join(&row.info.isr),
            if row.under_replicated { "yes" } else { "-" }.to_string(),
            or_dash(row.log_start_offset),
            or_dash(row.log_end_offset),
        ]);
    }
    output::print_table(&partitions)?;
    if !description.configs.is_empty() {
        output::print_line("")?;
        configs::print_entries(&description.configs)?;
    }
    Ok(())
}
