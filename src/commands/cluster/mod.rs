//! `kfk cluster`: the cluster at a glance, broker configurations, the metadata
//! quorum and log dirs.

mod alter_config;
mod config;
mod log_dirs;
mod quorum;

use anyhow::Result;
use clap::{Args, Subcommand};
use serde::Serialize;

use crate::context::Context;
use crate::error::UsageError;
use crate::io::output::{self, OutputFormat};
use crate::kafka::admin::{self, ClusterDescription, Node};
use crate::kafka::{Cluster, DESCRIBE_CLUSTER};

/// Show the cluster: its id, its controller, each broker (id, host:port, rack), and how
/// many topics and partitions it holds, with the under-replicated ones counted.
///
/// A broker without DescribeCluster (librdkafka's mock cluster) still shows its brokers
/// from metadata; the id, controller and racks are then unknown, and kfk says so.
///
/// JSON output: {"cluster_id", "controller", "brokers": [{"id", "host", "port", "rack",
/// "controller"}], "topics", "partitions", "under_replicated_partitions"}.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  kfk cluster
  kfk cluster --output json | jq -r '.brokers[] | \"\\(.id) \\(.host):\\(.port)\"'
  kfk cluster config --broker 1
  kfk cluster alter-config --broker 1 --set log.cleaner.threads=2 --execute
  kfk cluster quorum
  kfk cluster log-dirs --topic orders --replicas")]
pub struct ClusterArgs {
    #[command(subcommand)]
    pub command: Option<ClusterCommand>,
}

#[derive(Subcommand, Debug)]
pub enum ClusterCommand {
    Config(config::ConfigArgs),
    AlterConfig(alter_config::AlterConfigArgs),
    Quorum(quorum::QuorumArgs),
    LogDirs(log_dirs::LogDirsArgs),
}

#[derive(Serialize)]
struct Overview {
    cluster_id: Option<String>,
    controller: Option<i32>,
    brokers: Vec<BrokerRow>,
    topics: usize,
    partitions: usize,
    under_replicated_partitions: usize,
}

#[derive(Serialize)]
struct BrokerRow {
    id: i32,
    host: String,
    port: u16,
    rack: Option<String>,
    controller: bool,
}

pub async fn run(ctx: &Context, args: ClusterArgs) -> Result<()> {
    match args.command {
        Some(ClusterCommand::Config(args)) => config::run(ctx, args).await,
        Some(ClusterCommand::AlterConfig(args)) => alter_config::run(ctx, args).await,
        Some(ClusterCommand::Quorum(args)) => quorum::run(ctx, args).await,
        Some(ClusterCommand::LogDirs(args)) => log_dirs::run(ctx, args).await,
        None => show(ctx).await,
    }
}

async fn show(ctx: &Context) -> Result<()> {
    let metadata = ctx.kafka.cluster().await?;
    let kafka = ctx.kafka.clone();
    let serves = tokio::task::spawn_blocking(move || kafka.serves(DESCRIBE_CLUSTER))
        .await
        .ok()
        .flatten();
    let description = if serves == Some(false) {
        output::note(
            "the broker does not serve DescribeCluster (its API versions say so): \
             the cluster id, controller and racks are unknown",
        );
        None
    } else {
        Some(ctx.kafka.with_admin(admin::describe_cluster).await?)
    };
    let overview = overview(&metadata, description);
    match ctx.output {
        OutputFormat::Json | OutputFormat::Yaml | OutputFormat::Csv => {
            output::print_data(ctx.output, &overview)
        }
        OutputFormat::Table => print(&overview),
    }
}

fn overview(metadata: &Cluster, description: Option<ClusterDescription>) -> Overview {
    let (cluster_id, controller, nodes) = match description {
        Some(d) => (d.cluster_id, d.controller, d.brokers),
        None => {
            let nodes = metadata
                .brokers
                .iter()
                .map(|b| Node {
                    id: b.id,
                    host: b.host.clone(),
                    port: u16::try_from(b.port).unwrap_or_default(),
                    rack: None,
                })
                .collect();
            (None, None, nodes)
        }
    };
    let partitions = metadata.topics.iter().flat_map(|t| &t.partitions);
    Overview {
        brokers: nodes
            .into_iter()
            .map(|node| BrokerRow {
                controller: controller == Some(node.id),
                id: node.id,
                host: node.host,
                port: node.port,
                rack: node.rack,
            })
            .collect(),
        cluster_id,
        controller,
        topics: metadata.topics.len(),
        partitions: partitions.clone().count(),
        under_replicated_partitions: partitions
            .filter(|p| p.isr.len() < p.replicas.len())
            .count(),
    }
}

fn print(overview: &Overview) -> Result<()> {
    let or_dash = |value: Option<String>| value.unwrap_or_else(|| "-".into());
    output::print_line(&format!(
        "Cluster {}, controller {}, {} topics, {} partitions, {} under-replicated",
        or_dash(overview.cluster_id.clone()),
        or_dash(overview.controller.map(|c| c.to_string())),
        overview.topics,
        overview.partitions,
        overview.under_replicated_partitions
    ))?;
    let mut table = output::table(&["BROKER", "HOST:PORT", "RACK", "CONTROLLER"]);
    for broker in &overview.brokers {
        table.add_row(vec![
            broker.id.to_string(),
            format!("{}:{}", broker.host, broker.port),
            or_dash(broker.rack.clone()),
            if broker.controller { "yes" } else { "-" }.to_string(),
        ]);
    }
    output::print_table(&table)
}

/// The ids of the cluster's brokers, or just `wanted` once it is checked to be one.
async fn broker_ids(ctx: &Context, wanted: Option<i32>) -> Result<Vec<i32>> {
    let mut ids: Vec<i32> = ctx
        .kafka
        .cluster()
        .await?
        .brokers
        .iter()
        .map(|b| b.id)
        .collect();
    ids.sort_unstable();
    match wanted {
        None => Ok(ids),
        Some(id) if ids.contains(&id) => Ok(vec![id]),
        Some(id) => Err(UsageError(format!(
            "there is no broker {id}: the cluster's brokers are {}",
            ids.iter()
                .map(i32::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        ))
        .into()),
    }
}
