use anyhow::Result;
use clap::Args;
use serde::Serialize;

use crate::context::Context;
use crate::io::output;
use crate::io::output::OutputFormat;

/// List topics with their partition count and replication factor.
///
/// JSON output is an array of {"name", "partitions", "replication_factor", "internal"}.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  kfk topics list
  kfk topics list --output json | jq -r '.[].name'")]
pub struct ListArgs {
    /// Leave out internal topics (names starting with '__')
    #[arg(long)]
    pub exclude_internal: bool,
}

#[derive(Serialize)]
struct TopicRow<'a> {
    name: &'a str,
    partitions: usize,
    replication_factor: usize,
    internal: bool,
}

pub async fn run(ctx: &Context, args: ListArgs) -> Result<()> {
    let cluster = ctx.kafka.cluster().await?;
    let rows: Vec<TopicRow> = cluster
        .topics
        .iter()
        .map(|topic| TopicRow {
            name: &topic.name,
            partitions: topic.partitions.len(),
            replication_factor: topic.partitions.first().map_or(0, |p| p.replicas.len()),
            internal: topic.name.starts_with("__"),
        })
        .filter(|row| !(args.exclude_internal && row.internal))
        .collect();
    match ctx.output {
        OutputFormat::Json | OutputFormat::Yaml | OutputFormat::Csv => {
            output::print_data(ctx.output, &rows)
        }
        OutputFormat::Table => {
            let mut table = output::table(&["TOPIC", "PARTITIONS", "REPLICATION"]);
            for row in &rows {
                table.add_row(vec![
                    row.name.to_string(),
                    row.partitions.to_string(),
                    row.replication_factor.to_string(),
                ]);
            }
            output::print_table(&table)
        }
    }
}
