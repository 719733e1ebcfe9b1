use anyhow::Result;
use clap::Args;

use crate::context::Context;
use crate::io::output::{self, OutputFormat};

/// List the transactional ids the coordinators know, with each one's producer id and
/// state (Empty, Ongoing, PrepareCommit, PrepareAbort, CompleteCommit, CompleteAbort,
/// Dead, PrepareEpochFence). Every broker coordinates some; kfk asks them all at once.
///
/// JSON output: [{"transactional_id", "coordinator", "producer_id", "state"}].
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  kfk transactions list
  kfk transactions list --state Ongoing --output json")]
pub struct ListArgs {
    /// Only transactions in this state (repeatable)
    #[arg(long, value_name = "STATE")]
    pub state: Vec<String>,

    /// Only the transactional id of this producer id (repeatable)
    #[arg(long, value_name = "ID")]
    pub producer_id: Vec<i64>,
}

pub async fn run(ctx: &Context, args: ListArgs) -> Result<()> {
    let listings = ctx
        .kafka
        .with_wire(move |wire| wire.list_transactions(&args.state, &args.producer_id))
        .await?;
    match ctx.output {
        OutputFormat::Json | OutputFormat::Yaml | OutputFormat::Csv => {
            output::print_data(ctx.output, &listings)
        }
        OutputFormat::Table if listings.is_empty() => {
            output::note("no transactional ids match");
            Ok(())
        }
        OutputFormat::Table => {
            let mut table =
                output::table(&["TRANSACTIONAL ID", "COORDINATOR", "PRODUCER ID", "STATE"]);
            for listing in &listings {
                table.add_row(vec![
                    listing.transactional_id.clone(),
                    listing.coordinator.to_string(),
                    listing.producer_id.to_string(),
                    listing.state.clone(),
                ]);
            }
            output::print_table(&table)
        }
    }
}
