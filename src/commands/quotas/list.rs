use std::collections::BTreeSet;

use anyhow::Result;
use clap::Args;

use super::EntityArgs;
use crate::context::Context;
use crate::io::output::{self, OutputFormat};
use crate::model::quotas::{rate, Name, QuotaEntry};

/// List client quotas: the byte rates, request percentage and controller mutation rate
/// set for each user, client id, or user's client id, defaults included. Without a
/// filter, every quota of the cluster; a filter names the parts an entity must have
/// (a user given alone also lists that user's client-id quotas).
///
/// Kafka applies the most specific quota that matches a client: user and client id,
/// then user (or its default), then client id (or its default).
///
/// JSON output: [{"entity": {"user", "client-id"}, "quotas": {KEY: VALUE}}]; an entity
/// has a key for each part it has, null for the default.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  kfk quotas list
  kfk quotas list --user alice
  kfk quotas list --user-default --output json")]
pub struct ListArgs {
    #[command(flatten)]
    pub entity: EntityArgs,
}

pub async fn run(ctx: &Context, args: ListArgs) -> Result<()> {
    let filter = args.entity.entity();
    let entries = ctx
        .kafka
        .with_wire(move |wire| wire.describe_quotas(&filter))
        .await?;
    match ctx.output {
        OutputFormat::Json | OutputFormat::Yaml | OutputFormat::Csv => {
            output::print_data(ctx.output, &entries)
        }
        OutputFormat::Table if entries.is_empty() => {
            output::note("no client quotas are set");
            Ok(())
        }
        OutputFormat::Table => print(&entries),
    }
}

fn print(entries: &[QuotaEntry]) -> Result<()> {
    let keys: BTreeSet<&str> = entries
        .iter()
        .flat_map(|e| e.quotas.keys().map(String::as_str))
        .collect();
    let mut headers = vec!["USER".to_string(), "CLIENT ID".to_string()];
    headers.extend(keys.iter().map(|k| k.to_uppercase().replace('_', " ")));
    let mut table = output::table(&headers.iter().map(String::as_str).collect::<Vec<_>>());
    let shown = |name: &Option<Name>| match name {
        Some(Name::Named(name)) => name.clone(),
        Some(Name::Default) => "<default>".to_string(),
        None => "-".to_string(),
    };
    for entry in entries {
        let mut row = vec![shown(&entry.entity.user), shown(&entry.entity.client_id)];
        row.extend(keys.iter().map(|k| {
            entry
                .quotas
                .get(*k)
                .map_or_else(|| "-".to_string(), |v| rate(*v))
        }));
        table.add_row(row);
    }
    output::print_table(&table)
}
