use anyhow::Result;
use clap::Args;
use serde::Serialize;

use super::ids;
use crate::context::Context;
use crate::io::output::{self, OutputFormat};
use crate::model::log_dirs::BrokerLogDirs;
use crate::model::reassignment::Ongoing;

/// Show the reassignments in progress: each partition's replicas, the ones being added
/// and removed, and how much of the leader's log each added replica holds so far.
///
/// JSON output: [{"topic", "partition", "replicas", "adding", "removing", "copied":
/// [{"broker", "bytes", "of_bytes"}]}].
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  kfk reassign status
  kfk reassign status --output json | jq '.[].copied'")]
pub struct StatusArgs {}

#[derive(Serialize)]
struct Progress {
    #[serde(flatten)]
    ongoing: Ongoing,
    copied: Vec<Copied>,
}

#[derive(Serialize)]
struct Copied {
    broker: i32,
    bytes: Option<i64>,
    of_bytes: Option<i64>,
}

pub async fn run(ctx: &Context, _args: StatusArgs) -> Result<()> {
    let (ongoing, leaders, sizes) = ctx
        .kafka
        .with_wire(|wire| {
            let ongoing = wire.ongoing_reassignments()?;
            if ongoing.is_empty() {
                return Ok((ongoing, Vec::new(), Vec::new()));
            }
            let mut topics: Vec<String> = ongoing.iter().map(|o| o.topic.clone()).collect();
            topics.dedup();
            let (_, placements) = wire.layout(&topics)?;
            let sizes = wire.describe_log_dirs(&[], &topics)?;
            Ok((ongoing, placements, sizes))
        })
        .await?;
    let progress: Vec<Progress> = ongoing
        .into_iter()
        .map(|o| {
            let leader = leaders
                .iter()
                .find(|p| p.topic == o.topic && p.partition == o.partition)
                .map_or(-1, |p| p.leader);
            let of_bytes = size(&sizes, leader, &o.topic, o.partition);
            let copied = o
                .adding
                .iter()
                .map(|&broker| Copied {
                    broker,
                    bytes: size(&sizes, broker, &o.topic, o.partition),
                    of_bytes,
                })
                .collect();
            Progress { ongoing: o, copied }
        })
        .collect();
    match ctx.output {
        OutputFormat::Json | OutputFormat::Yaml | OutputFormat::Csv => {
            output::print_data(ctx.output, &progress)
        }
        OutputFormat::Table if progress.is_empty() => {
            output::note("no reassignment is in progress");
            Ok(())
        }
        OutputFormat::Table => print(&progress),
    }
}

/// The size of a partition's replica on `broker`, if it reported one.
fn size(sizes: &[BrokerLogDirs], broker: i32, topic: &str, partition: i32) -> Option<i64> {
    sizes
        .iter()
        .filter(|b| b.broker == broker)
        .flat_map(|b| &b.dirs)
        .flat_map(|d| &d.replicas)
        .filter(|r| r.topic == topic && r.partition == partition)
        .map(|r| r.size)
        .max()
}

fn print(progress: &[Progress]) -> Result<()> {
    let mut table = output::table(&[
        "TOPIC",
        "PARTITION",
        "REPLICAS",
        "ADDING",
        "REMOVING",
        "COPIED",
    ]);
    for p in progress {
        let copied: Vec<String> = p
            .copied
            .iter()
            .map(|c| match (c.bytes, c.of_bytes) {
                (Some(bytes), Some(of)) if of > 0 => format!(
                    "{}: {}% ({} of {})",
                    c.broker,
                    (bytes.min(of) * 100) / of,
                    output::size(bytes),
                    output::size(of)
                ),
                (Some(bytes), _) => format!("{}: {}", c.broker, output::size(bytes)),
                (None, _) => format!("{}: not started", c.broker),
            })
            .collect();
        table.add_row(vec![
            p.ongoing.topic.clone(),
            p.ongoing.partition.to_string(),
            ids(&p.ongoing.replicas),
            ids(&p.ongoing.adding),
            ids(&p.ongoing.removing),
            if copied.is_empty() {
                "-".to_string()
            } else {
                copied.join(", ")
            },
        ]);
    }
    output::print_table(&table)
}
