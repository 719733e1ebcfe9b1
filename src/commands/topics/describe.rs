use anyhow::Result;
use clap::Args;
use rdkafka::admin::ResourceSpecifier;
use serde::Serialize;

use crate::context::Context;
use crate::io::output;
use crate::io::output::OutputFormat;
use crate::kafka::PartitionInfo;
use crate::kafka::DESCRIBE_CONFIGS;

/// Show a topic's partitions (leader, replicas, in-sync replicas, log start and end
/// offsets) and its configuration.
///
/// JSON output: {"name", "partitions": [{"partition", "leader", "replicas", "isr",
/// "log_start_offset", "log_end_offset"}], "configs": [{"name", "value", "default"}]}.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  kfk topics describe orders
  kfk topics describe orders --output json | jq '.partitions[].log_end_offset'")]
pub struct DescribeArgs {
    /// The topic to describe
    pub topic: String,
}

#[derive(Serialize)]
struct Description {
    name: String,
    partitions: Vec<PartitionRow>,
    configs: Vec<ConfigRow>,
}

#[derive(Serialize)]
struct PartitionRow {
    #[serde(flatten)]
    info: PartitionInfo,
    log_start_offset: i64,
    log_end_offset: i64,
}

#[derive(Serialize)]
struct ConfigRow {
    name: String,
    value: Option<String>,
    default: bool,
}

pub async fn run(ctx: &Context, args: DescribeArgs) -> Result<()> {
    let cluster = ctx.kafka.cluster().await?;
    let topic = cluster.topic(&args.topic)?;
    let watermarks = ctx
        .kafka
        .watermarks(
            topic
                .partitions
                .iter()
                .map(|p| (topic.name.clone(), p.partition))
                .collect(),
        )
        .await?;
    let partitions: Vec<PartitionRow> = topic
        .partitions
        .iter()
        .zip(watermarks)
        .map(|(info, (low, high))| PartitionRow {
            info: info.clone(),
            log_start_offset: low,
            log_end_offset: high,
        })
        .collect();
    let configs = topic_configs(ctx, &topic.name)
        .await
        .unwrap_or_else(|reason| {
            output::note(&format!(
                "the topic's configuration could not be read: {reason}"
            ));
            Vec::new()
        });
    let description = Description {
        name: topic.name.clone(),
        partitions,
        configs,
    };
    match ctx.output {
        OutputFormat::Json => output::print_json(&description),
        OutputFormat::Table => print_tables(&description),
    }
}

/// The topic's configs, or why they could not be read (not every broker implements
/// DescribeConfigs; the partitions are still worth showing).
async fn topic_configs(ctx: &Context, topic: &str) -> Result<Vec<ConfigRow>, String> {
    let kafka = ctx.kafka.clone();
    let serves = tokio::task::spawn_blocking(move || kafka.serves(DESCRIBE_CONFIGS))
        .await
        .ok()
        .flatten();
    if serves == Some(false) {
        return Err("the broker does not serve DescribeConfigs (its API versions say so)".into());
    }
    let admin = ctx.kafka.admin().map_err(|e| e.to_string())?;
    let results = admin
        .describe_configs(
            [&ResourceSpecifier::Topic(topic)],
            &ctx.kafka.admin_options(),
        )
        .await
        .map_err(|err| err.to_string())?;
    let resource = results
        .into_iter()
        .next()
        .ok_or_else(|| "the broker returned no result".to_string())?
        .map_err(|code| code.to_string())?;
    let mut rows: Vec<ConfigRow> = resource
        .entries
        .into_iter()
        .map(|entry| ConfigRow {
            value: if entry.is_sensitive {
                Some("[redacted]".into())
            } else {
                entry.value
            },
            name: entry.name,
            default: entry.is_default,
        })
        .collect();
    rows.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(rows)
}

fn join(ids: &[i32]) -> String {
    ids.iter().map(i32::to_string).collect::<Vec<_>>().join(",")
}

fn print_tables(description: &Description) -> Result<()> {
    output::print_line(&format!(
        "Topic: {}  Partitions: {}",
        description.name,
        description.partitions.len()
    ))?;
    let mut partitions = output::table(&[
        "PARTITION",
        "LEADER",
        "REPLICAS",
        "ISR",
        "LOG-START-OFFSET",
        "LOG-END-OFFSET",
    ]);
    for row in &description.partitions {
        partitions.add_row(vec![
            row.info.partition.to_string(),
            row.info.leader.to_string(),
            join(&row.info.replicas),
            join(&row.info.isr),
            row.log_start_offset.to_string(),
            row.log_end_offset.to_string(),
        ]);
    }
    output::print_table(&partitions)?;
    if !description.configs.is_empty() {
        output::print_line("")?;
        let mut configs = output::table(&["CONFIG", "VALUE", "SOURCE"]);
        for row in &description.configs {
            configs.add_row(vec![
                row.name.clone(),
                row.value.clone().unwrap_or_else(|| "-".into()),
                if row.default {
                    "default".into()
                } else {
                    "topic".into()
                },
            ]);
        }
        output::print_table(&configs)?;
    }
    Ok(())
}
