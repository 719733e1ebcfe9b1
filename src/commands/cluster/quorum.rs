use anyhow::Result;
use clap::Args;

use crate::context::Context;
use crate::io::output::{self, OutputFormat};
use crate::model::quorum::{Quorum, QuorumMember};

/// Show the KRaft metadata quorum: its leader, epoch and high watermark, and for each
/// voter and observer its log end offset, how far it trails the leader, and when the
/// leader last heard from it and last saw it caught up. What Apache's
/// `kafka-metadata-quorum describe --status --replication` shows, in one view.
///
/// A lagging voter slows every metadata change (topic creation, ACLs, configs); an
/// observer (a broker) that lags serves stale metadata.
///
/// JSON output: {"cluster_id", "leader", "epoch", "high_watermark", "max_follower_lag",
/// "max_follower_lag_ms", "voters": [{"node", "directory_id", "role", "log_end_offset",
/// "lag", "last_fetch_timestamp", "last_caught_up_timestamp", "endpoints"}],
/// "observers": [...]}; timestamps are milliseconds since the epoch, null when unknown.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  kfk cluster quorum
  kfk cluster quorum --output json | jq '.voters[] | select(.lag > 1000) | .node'")]
pub struct QuorumArgs {}

pub async fn run(ctx: &Context, _args: QuorumArgs) -> Result<()> {
    let quorum = ctx.kafka.with_wire(|wire| wire.describe_quorum()).await?;
    match ctx.output {
        OutputFormat::Json | OutputFormat::Yaml | OutputFormat::Csv => {
            output::print_data(ctx.output, &quorum)
        }
        OutputFormat::Table => print(&quorum),
    }
}

fn print(quorum: &Quorum) -> Result<()> {
    let lag_time = match quorum.max_follower_lag_ms {
        Some(ms) => format!("{ms} ms"),
        None => "unknown".to_string(),
    };
    output::print_line(&format!(
        "Cluster {}: leader {}, epoch {}, high watermark {}, max follower lag {} ({lag_time})",
        quorum.cluster_id.as_deref().unwrap_or("-"),
        quorum.leader,
        quorum.epoch,
        quorum.high_watermark,
        quorum.max_follower_lag,
    ))?;
    let mut table = output::table(&[
        "NODE",
        "ROLE",
        "LOG END",
        "LAG",
        "LAST FETCH",
        "LAST CAUGHT UP",
        "ENDPOINTS",
    ]);
    let now = chrono::Utc::now().timestamp_millis();
    for member in quorum.voters.iter().chain(&quorum.observers) {
        table.add_row(row(member, now));
    }
    output::print_table(&table)
}

fn row(member: &QuorumMember, now: i64) -> Vec<String> {
    let ago = |timestamp: Option<i64>| match timestamp {
        Some(ms) => format!("{} ms ago", (now - ms).max(0)),
        None => "-".to_string(),
    };
    vec![
        member.node.to_string(),
        member.role.name().to_string(),
        member.log_end_offset.to_string(),
        member.lag.to_string(),
        ago(member.last_fetch_timestamp),
        ago(member.last_caught_up_timestamp),
        if member.endpoints.is_empty() {
            "-".to_string()
        } else {
            member.endpoints.join(",")
        },
    ]
}
