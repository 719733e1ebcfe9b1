use std::time::Duration;

use anyhow::Result;
use clap::Args;

use crate::commands::args::duration::{between, DAY};
use crate::context::Context;
use crate::io::output::{self, OutputFormat};

/// Find hanging transactions: open on a partition, older than the longest transaction
/// timeout, and not held open there by their coordinator, so that no producer and no
/// timeout will ever end them and read_committed readers of the partition stop at their
/// start (KIP-664). Each is shown with why it counts; `kfk transactions abort` ends one.
///
/// JSON output: [{"topic", "partition", "producer_id", "producer_epoch",
/// "coordinator_epoch", "last_sequence", "last_timestamp", "transaction_start_offset",
/// "reason"}].
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  kfk transactions find-hanging
  kfk transactions find-hanging --topic orders --older-than 30m")]
pub struct FindHangingArgs {
    /// Only partitions of this topic (repeatable; default: every topic)
    #[arg(long, short = 't')]
    pub topic: Vec<String>,

    /// Only this partition (with --topic)
    #[arg(long, short = 'p', requires = "topic")]
    pub partition: Option<i32>,

    /// Only transactions whose last write is older than this: the brokers'
    /// transaction.max.timeout.ms (15 minutes unless changed), after which no producer
    /// may still hold one open
    #[arg(long, value_name = "DURATION", default_value = "15m", value_parser = between(Duration::ZERO, 7 * DAY))]
    pub older_than: Duration,
}

pub async fn run(ctx: &Context, args: FindHangingArgs) -> Result<()> {
    let (hanging, searched) = ctx
        .kafka
        .with_wire(move |wire| wire.find_hanging(&args.topic, args.partition, args.older_than))
        .await?;
    match ctx.output {
        OutputFormat::Json | OutputFormat::Yaml | OutputFormat::Csv => {
            output::print_data(ctx.output, &hanging)
        }
        OutputFormat::Table if hanging.is_empty() => {
            output::note(&format!(
                "no hanging transactions on {}",
                output::count(searched as u64, "partition")
            ));
            Ok(())
        }
        OutputFormat::Table => {
            let producers: Vec<_> = hanging.iter().map(|h| h.producer.clone()).collect();
            super::producers::print(&producers)?;
            for h in &hanging {
                output::warn(&format!(
                    "{}-{} producer id {} hangs: {}",
                    h.producer.topic, h.producer.partition, h.producer.producer_id, h.reason
                ));
            }
            Ok(())
        }
    }
}
