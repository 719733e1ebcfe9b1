use anyhow::Result;
use clap::Args;
use serde::Serialize;

use super::{or_dash, partial_if_unreadable};
use crate::context::Context;
use crate::io::output;
use crate::io::output::OutputFormat;
use crate::kafka::admin;

/// List consumer groups with their state, type and member count.
///
/// The type is the rebalance protocol: "classic" (members join and sync through the coordinator) or
/// "consumer" (KIP-848: the broker assigns, members heartbeat). The protocol is the
/// classic group's protocol type: "consumer", or none for a group that only commits
/// offsets (a "simple" group, as `kfk copy` across clusters makes).
///
/// JSON output: [{"group", "state", "type", "protocol", "members"}] (protocol "" for
/// none). A group whose description
/// cannot be read is listed with "members": null and an "error" saying why (in a table,
/// an ERROR column), the others as usual, and the exit status is 3.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  kfk consumer-groups list
  kfk consumer-groups list --state Empty --state Dead
  kfk consumer-groups list --type consumer
  kfk consumer-groups list --output json | jq -r '.[].group'")]
pub struct ListArgs {
    /// Only groups in this state (Stable, Empty, Dead, PreparingRebalance, ...); repeatable
    #[arg(long = "state", value_name = "STATE")]
    pub states: Vec<String>,

    /// Only groups of this type; repeatable
    #[arg(long = "type", value_name = "TYPE", value_parser = ["classic", "consumer"])]
    pub types: Vec<String>,
}

#[derive(Serialize)]
struct Row {
    group: String,
    state: String,
    #[serde(rename = "type")]
    kind: String,
    protocol: &'static str,
    members: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

pub async fn run(ctx: &Context, args: ListArgs) -> Result<()> {
    let rows = ctx
        .kafka
        .with_admin(move |client, timeout| {
            let listings = admin::list_groups(client, timeout)?;
            let names: Vec<String> = listings.iter().map(|l| l.group.clone()).collect();
            let descriptions = admin::describe_groups(client, &names, timeout)?;
            Ok(listings
                .into_iter()
                .zip(descriptions)
                .map(|(listing, description)| Row {
                    members: description.as_ref().ok().map(|d| d.members.len()),
                    error: description.err(),
                    kind: listing.kind,
                    protocol: if listing.simple { "" } else { "consumer" },
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
        .filter(|row| args.types.is_empty() || args.types.contains(&row.kind))
        .collect();
    match ctx.output {
        OutputFormat::Json | OutputFormat::Yaml | OutputFormat::Csv => {
            output::print_data(ctx.output, &rows)?
        }
        OutputFormat::Table => {
            let failures = rows.iter().any(|r| r.error.is_some());
            let mut headers = vec!["GROUP", "STATE", "TYPE", "PROTOCOL", "MEMBERS"];
            if failures {
                headers.push("ERROR");
            }
            let mut table = output::table(&headers);
            for row in &rows {
                let mut cells = vec![
                    row.group.clone(),
                    row.state.clone(),
                    row.kind.clone(),
                    or_dash((!row.protocol.is_empty()).then_some(row.protocol)),
                    or_dash(row.members),
                ];
                if failures {
                    cells.push(or_dash(row.error.as_ref()));
                }
                table.add_row(cells);
            }
            output::print_table(&table)?;
        }
    }
    partial_if_unreadable(
        rows.len(),
        rows.iter()
            .filter_map(|r| Some((r.group.as_str(), r.error.as_deref()?))),
    )
}
