use anyhow::Result;
use clap::Args;

use super::or_dash;
use crate::context::Context;
use crate::io::output::{self, OutputFormat};
use crate::model::transactions::ProducerState;

/// Show the producers each partition's leader keeps state for: id, epoch, last sequence
/// and write, and where an open transaction starts. A partition's last stable offset
/// (where read_committed readers stop) cannot pass the start of an open transaction.
///
/// JSON output: [{"topic", "partition", "producer_id", "producer_epoch",
/// "coordinator_epoch", "last_sequence", "last_timestamp", "transaction_start_offset"}].
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  kfk transactions producers --topic orders
  kfk transactions producers --topic orders --partition 3 --output json")]
pub struct ProducersArgs {
    /// The topic
    #[arg(long, short = 't')]
    pub topic: String,

    /// Only this partition
    #[arg(long, short = 'p')]
    pub partition: Option<i32>,
}

pub async fn run(ctx: &Context, args: ProducersArgs) -> Result<()> {
    let (_, producers) = ctx
        .kafka
        .with_wire(move |wire| wire.producers_of(&args.topic, args.partition))
        .await?;
    match ctx.output {
        OutputFormat::Json | OutputFormat::Yaml | OutputFormat::Csv => {
            output::print_data(ctx.output, &producers)
        }
        OutputFormat::Table if producers.is_empty() => {
            output::note("the leaders keep no producer state for these partitions");
            Ok(())
        }
        OutputFormat::Table => print(&producers),
    }
}

pub(super) fn print(producers: &[ProducerState]) -> Result<()> {
    let mut table = output::table(&[
        "TOPIC",
        "PARTITION",
        "PRODUCER ID",
        "EPOCH",
        "COORDINATOR EPOCH",
        "LAST SEQUENCE",
        "LAST WRITE",
        "TXN START OFFSET",
    ]);
    for producer in producers {
        table.add_row(vec![
            producer.topic.clone(),
            producer.partition.to_string(),
            producer.producer_id.to_string(),
            producer.producer_epoch.to_string(),
            or_dash(producer.coordinator_epoch),
            producer.last_sequence.to_string(),
            output::time_ms(producer.last_timestamp),
            or_dash(producer.transaction_start_offset),
        ]);
    }
    output::print_table(&table)
}
