use anyhow::Result;
use clap::Args;
use serde::Serialize;

use crate::cli::OutputFormat;
use crate::context::Context;
use crate::group_admin;
use crate::output;

/// List consumer groups with their state and member count.
///
/// JSON output: [{"group", "state", "type", "members"}].
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  kfk consumer-groups list
  kfk consumer-groups list --state Empty --state Dead
  kfk consumer-groups list --output json | jq -r '.[].group'")]
pub struct ListArgs {
    /// Only groups in this state (Stable, Empty, Dead, PreparingRebalance, ...); repeatable
    #[arg(long = "state", value_name = "STATE")]
    pub states: Vec<String>,
}

#[derive(Serialize)]
struct Row {
    group: String,
    state: String,
    #[serde(rename = "type")]
    kind: &'static str,
    members: usize,
}

pub async fn run(ctx: &Context, args: ListArgs) -> Result<()> {
    let admin = ctx.admin()?;
    let timeout = ctx.timeout();
    let rows = ctx
        .blocking(move || {
            let client = admin.inner();
            let listings = group_admin::list_groups(client, timeout)?;
            let names: Vec<String> = listings.iter().map(|l| l.group.clone()).collect();
            let descriptions = group_admin::describe_groups(client, &names, timeout)?;
            Ok(listings
                .into_iter()
                .map(|listing| Row {
                    members: descriptions
                        .iter()
                        .find(|d| d.group == listing.group)
                        .map_or(0, |d| d.members.len()),
                    kind: if listing.simple { "simple" } else { "consumer" },
                    group: listing.group,
                    state: listing.state,
                })
                .collect::<Vec<_>>())
        })
        .await?;
    let rows: Vec<Row> = rows
        .into_iter()
        .filter(|row| {
            args.states.is_empty()
                || args
                    .states
                    .iter()
                    .any(|s| s.eq_ignore_ascii_case(&row.state))
        })
        .collect();
    match ctx.output {
        OutputFormat::Json => output::print_json(&rows),
        OutputFormat::Table => {
            let mut table = output::table(&["GROUP", "STATE", "TYPE", "MEMBERS"]);
            for row in &rows {
                table.add_row(vec![
                    row.group.clone(),
                    row.state.clone(),
                    row.kind.to_string(),
                    row.members.to_string(),
                ]);
            }
            output::print_table(&table)
        }
    }
}
