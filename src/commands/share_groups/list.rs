use anyhow::Result;
use clap::Args;

use crate::context::Context;
use crate::io::output::{self, OutputFormat};

/// List share groups with their state; every broker is asked at once.
///
/// JSON output: [{"group", "state"}].
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  kfk share-groups list
  kfk share-groups list --output json | jq -r '.[].group'")]
pub struct ListArgs {}

pub async fn run(ctx: &Context, _args: ListArgs) -> Result<()> {
    let groups = ctx.kafka.with_wire(|wire| wire.list_share_groups()).await?;
    match ctx.output {
        OutputFormat::Json | OutputFormat::Yaml | OutputFormat::Csv => {
            output::print_data(ctx.output, &groups)
        }
        OutputFormat::Table if groups.is_empty() => {
            output::note("the cluster has no share groups");
            Ok(())
        }
        OutputFormat::Table => {
            let mut table = output::table(&["GROUP", "STATE"]);
            for g in &groups {
                table.add_row(vec![g.group.clone(), g.state.clone()]);
            }
            output::print_table(&table)
        }
    }
}
