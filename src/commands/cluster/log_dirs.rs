use anyhow::{anyhow, Result};
use clap::Args;

use crate::context::Context;
use crate::error::PartialFailure;
use crate::io::output::{self, OutputFormat};
use crate::model::log_dirs::BrokerLogDirs;

/// Show where each broker keeps its data: every log directory with its size, free space
/// and replica count, or with --replicas every replica in it with its size. During a move
/// between directories (a future replica), the offset lag shows how far the new copy
/// trails. What Apache's `kafka-log-dirs --describe` shows, as a table.
///
/// One request per broker, sent to all at once. A broker that does not answer is named,
/// the others are shown, and the exit status is 3.
///
/// JSON output: [{"broker", "dirs": [{"dir", "error", "total_bytes", "usable_bytes",
/// "size", "replicas": [{"topic", "partition", "size", "offset_lag", "future"}]}],
/// "error"}]; sizes in bytes.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  kfk cluster log-dirs
  kfk cluster log-dirs --broker 1 --topic orders --replicas
  kfk cluster log-dirs --output json | jq '.[].dirs[] | {dir, usable_bytes}'")]
pub struct LogDirsArgs {
    /// Only this broker (repeatable; default: every broker)
    #[arg(long, value_name = "ID")]
    pub broker: Vec<i32>,

    /// Only replicas of this topic (repeatable; default: every topic)
    #[arg(long, short = 't', value_name = "TOPIC")]
    pub topic: Vec<String>,

    /// List every replica, not one line per directory
    #[arg(long)]
    pub replicas: bool,
}

pub async fn run(ctx: &Context, args: LogDirsArgs) -> Result<()> {
    let (brokers, topics) = (args.broker.clone(), args.topic.clone());
    let answers = ctx
        .kafka
        .with_wire(move |wire| wire.describe_log_dirs(&brokers, &topics))
        .await?;
    match ctx.output {
        OutputFormat::Json | OutputFormat::Yaml | OutputFormat::Csv => {
            output::print_data(ctx.output, &answers)?
        }
        OutputFormat::Table if args.replicas => print_replicas(&answers)?,
        OutputFormat::Table => print_dirs(&answers)?,
    }
    fail_if_unanswered(&answers)
}

fn print_dirs(answers: &[BrokerLogDirs]) -> Result<()> {
    let mut table = output::table(&[
        "BROKER", "DIR", "REPLICAS", "SIZE", "USABLE", "TOTAL", "ERROR",
    ]);
    let or_dash = |bytes: Option<i64>| bytes.map_or_else(|| "-".to_string(), output::size);
    for broker in answers {
        for dir in &broker.dirs {
            table.add_row(vec![
                broker.broker.to_string(),
                dir.dir.clone(),
                dir.replicas.len().to_string(),
                output::size(dir.size),
                or_dash(dir.usable_bytes),
                or_dash(dir.total_bytes),
                dir.error.clone().unwrap_or_else(|| "-".to_string()),
            ]);
        }
    }
    output::print_table(&table)
}

fn print_replicas(answers: &[BrokerLogDirs]) -> Result<()> {
    let mut table = output::table(&[
        "BROKER",
        "DIR",
        "TOPIC",
        "PARTITION",
        "SIZE",
        "OFFSET LAG",
        "FUTURE",
    ]);
    for broker in answers {
        for dir in &broker.dirs {
            for replica in &dir.replicas {
                table.add_row(vec![
                    broker.broker.to_string(),
                    dir.dir.clone(),
                    replica.topic.clone(),
                    replica.partition.to_string(),
                    output::size(replica.size),
                    replica.offset_lag.to_string(),
                    if replica.future { "yes" } else { "-" }.to_string(),
                ]);
            }
        }
    }
    output::print_table(&table)
}

/// Exit 3 when some brokers did not answer (1 when none did); each is named.
fn fail_if_unanswered(answers: &[BrokerLogDirs]) -> Result<()> {
    let failed: Vec<String> = answers
        .iter()
        .filter_map(|b| {
            b.error
                .as_ref()
                .map(|e| format!("broker {}: {e}", b.broker))
        })
        .collect();
    match failed.len() {
        0 => Ok(()),
        n if n == answers.len() => Err(anyhow!("no broker answered: {}", failed.join("; "))),
        n => Err(PartialFailure(format!(
            "{n} of {} brokers did not answer: {}",
            answers.len(),
            failed.join("; ")
        ))
        .into()),
    }
}
