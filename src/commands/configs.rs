//! Configuration entries, shared by topics and brokers: the table `topics describe` and
//! `cluster config` show, and changes (`topics alter-config`, `cluster alter-config`):
//! read the entries, check the change, show each entry before and after, and apply it
//! only with --execute.

use anyhow::{anyhow, Result};
use clap::Args;
use serde::Serialize;

use crate::cli::parse_property;
use crate::context::Context;
use crate::error::{PartialFailure, UsageError};
use crate::io::output::{self, OutputFormat};
use crate::kafka::{ConfigChange, ConfigEntry, ConfigOp, ConfigTarget};
use crate::model::config_plan::{plan, PlanRow};

/// The entries to change.
#[derive(Args, Debug)]
pub struct ChangeArgs {
    /// Set an entry (repeatable; the value may contain commas and '=')
    #[arg(long = "set", value_name = "NAME=VALUE", value_parser = parse_property)]
    pub set: Vec<(String, String)>,

    /// Return an entry to its default (repeatable)
    #[arg(long = "delete", value_name = "NAME")]
    pub delete: Vec<String>,

    /// Add items to a list entry, such as cleanup.policy (repeatable)
    #[arg(long, value_name = "NAME=ITEMS", value_parser = parse_property)]
    pub append: Vec<(String, String)>,

    /// Remove items from a list entry (repeatable)
    #[arg(long, value_name = "NAME=ITEMS", value_parser = parse_property)]
    pub subtract: Vec<(String, String)>,

    /// Apply the change; without it, kfk only shows it
    #[arg(long)]
    pub execute: bool,
}

impl ChangeArgs {
    fn changes(&self) -> Vec<ConfigChange> {
        let with_value = |pairs: &[(String, String)], op| {
            pairs
                .iter()
                .map(move |(name, value)| ConfigChange {
                    name: name.clone(),
                    op,
                    value: Some(value.clone()),
                })
                .collect::<Vec<_>>()
        };
        let mut changes = with_value(&self.set, ConfigOp::Set);
        changes.extend(with_value(&self.append, ConfigOp::Append));
        changes.extend(with_value(&self.subtract, ConfigOp::Subtract));
        changes.extend(self.delete.iter().map(|name| ConfigChange {
            name: name.clone(),
            op: ConfigOp::Delete,
            value: None,
        }));
        changes
    }
}

#[derive(Serialize)]
struct Preview<'a> {
    target: String,
    changes: &'a [PlanRow],
    dry_run: bool,
}

pub async fn alter(ctx: &Context, target: ConfigTarget, args: ChangeArgs) -> Result<()> {
    let changes = args.changes();
    let current = ctx
        .kafka
        .configs(std::slice::from_ref(&target))
        .await
        .and_then(|mut results| results.remove(0).map_err(|reason| anyhow!(reason)))
        .map_err(|err| {
            anyhow!(
                "cannot read the configuration of {target}: {err:#}; kfk shows each entry \
                 before and after a change, so nothing was changed"
            )
        })?;
    let rows = plan(&target, &current, &changes).map_err(UsageError)?;
    show(ctx, &target, &rows, args.execute)?;
    if !args.execute {
        output::note("dry run: nothing was changed; add --execute to apply this change");
        return Ok(());
    }
    ctx.kafka.alter_configs(target.clone(), changes).await?;
    output::note(&format!("changed {} entries of {target}", rows.len()));
    Ok(())
}

fn show(ctx: &Context, target: &ConfigTarget, rows: &[PlanRow], execute: bool) -> Result<()> {
    if ctx.output == OutputFormat::Json {
        return output::print_json(&Preview {
            target: target.to_string(),
            changes: rows,
            dry_run: !execute,
        });
    }
    let shown = |value: &Option<String>| value.clone().unwrap_or_else(|| "(default)".into());
    let before = |row: &PlanRow| match (&row.before, row.before_source) {
        (Some(value), Some("default")) => format!("{value} (default)"),
        (value, _) => shown(value),
    };
    let mut table = output::table(&["CONFIG", "CHANGE", "BEFORE", "AFTER"]);
    for row in rows {
        table.add_row(vec![
            row.name.clone(),
            row.op.as_str().to_string(),
            before(row),
            shown(&row.after),
        ]);
    }
    output::print_line(&format!("Changes to {target}:"))?;
    output::print_table(&table)
}

/// The entries as a table: name, value (sensitive ones redacted), source.
pub fn print_entries(entries: &[ConfigEntry]) -> Result<()> {
    let mut table = output::table(&["CONFIG", "VALUE", "SOURCE", "SENSITIVE"]);
    for entry in entries {
        table.add_row(vec![
            entry.name.clone(),
            match (&entry.value, entry.sensitive) {
                (_, true) => "[redacted]".into(),
                (Some(value), false) => value.clone(),
                (None, false) => "-".into(),
            },
            entry.source.to_string(),
            if entry.sensitive { "yes" } else { "-" }.to_string(),
        ]);
    }
    output::print_table(&table)
}

/// Ends a read of several configurations: an error when none could be read, a partial
/// failure (exit 3) when some could not. `failed` holds "what: why" for each.
pub fn fail_if_unread(kind: &str, failed: &[String], total: usize) -> Result<()> {
    match failed.len() {
        0 => Ok(()),
        n if n == total => Err(anyhow!(
            "the configuration could not be read: {}",
            failed.join("; ")
        )),
        n => Err(PartialFailure(format!(
            "{n} of {total} {kind} configurations could not be read: {}",
            failed.join("; ")
        ))
        .into()),
    }
}
