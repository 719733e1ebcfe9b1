//! Configuration entries, shared by topics and brokers: the table `topics describe` and
//! `cluster config` show, and changes (`topics alter-config`, `cluster alter-config`):
//! read the entries, check the change, show each entry before and after, and apply it
//! only with --execute.

use std::time::{Duration, Instant};

use anyhow::{anyhow, bail, Result};
use clap::Args;
use serde::Serialize;

use crate::commands::args::parse_property;
use crate::context::Context;
use crate::error::{PartialFailure, UsageError};
use crate::io::output::{self};
use crate::kafka::{ConfigChange, ConfigEntry, ConfigOp, ConfigTarget};
use crate::model::config_plan::{holds, plan, PlanRow};

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
    /// After --execute: the entries changed, as the broker holds them now.
    #[serde(skip_serializing_if = "Option::is_none")]
    now: Option<&'a [ConfigEntry]>,
}

pub async fn alter(ctx: &Context, target: ConfigTarget, args: ChangeArgs) -> Result<()> {
    let changes = args.changes();
    let current = read(ctx, &target).await.map_err(|err| {
        anyhow!(
            "cannot read the configuration of {target}: {err:#}; kfk shows each entry \
             before and after a change, so nothing was changed"
        )
    })?;
    let rows = plan(&target, &current, &changes).map_err(UsageError)?;
    let to_apply: Vec<ConfigChange> = changes
        .into_iter()
        .zip(&rows)
        .filter(|(_, row)| !row.unchanged)
        .map(|(change, _)| change)
        .collect();
    let structured = ctx.output.structured();
    if !(structured && args.execute && !to_apply.is_empty()) {
        show(ctx, &target, &rows, args.execute, None)?;
    }
    if to_apply.is_empty() {
        output::note(&format!(
            "no change: every entry of {target} already holds what was asked"
        ));
        return Ok(());
    }
    if !args.execute {
        output::note("dry run: nothing was changed; add --execute to apply this change");
        return Ok(());
    }
    ctx.kafka.alter_configs(target.clone(), to_apply).await?;
    let now = read_back(ctx, &target, &rows).await?;
    if structured {
        show(ctx, &target, &rows, true, Some(&now))?;
    } else {
        output::print_line(&format!("Now on {target}:"))?;
        print_entries(&now)?;
    }
    output::note(&format!(
        "changed {} of {} of {target}",
        rows.iter().filter(|row| !row.unchanged).count(),
        output::count(rows.len() as u64, "entry")
    ));
    Ok(())
}

async fn read(ctx: &Context, target: &ConfigTarget) -> Result<Vec<ConfigEntry>> {
    ctx.kafka
        .configs(std::slice::from_ref(target))
        .await
        .and_then(|mut results| results.remove(0).map_err(|reason| anyhow!(reason)))
}

/// The changed entries as the broker holds them once it holds what was asked (a broker
/// serves its metadata a moment after the controller commits a change), or an error
/// naming each entry it did not keep, after --timeout.
async fn read_back(
    ctx: &Context,
    target: &ConfigTarget,
    rows: &[PlanRow],
) -> Result<Vec<ConfigEntry>> {
    let deadline = Instant::now() + ctx.timeout();
    loop {
        let entries = read(ctx, target)
            .await
            .map_err(|err| anyhow!("the change was sent, but reading it back failed: {err:#}"))?;
        let find = |name: &str| entries.iter().find(|entry| entry.name == name);
        let missed: Vec<String> = rows
            .iter()
            .filter(|row| !holds(target, row, find(&row.name)))
            .map(|row| {
                let (value, source) = find(&row.name).map_or(("-", "absent"), |entry| {
                    (entry.value.as_deref().unwrap_or("-"), entry.source)
                });
                format!("{} is {value} ({source})", row.name)
            })
            .collect();
        if missed.is_empty() {
            return Ok(rows
                .iter()
                .filter_map(|row| find(&row.name).cloned())
                .collect());
        }
        if Instant::now() >= deadline {
            bail!(
                "the broker accepted the change to {target} but does not hold it: {}",
                missed.join("; ")
            );
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

fn show(
    ctx: &Context,
    target: &ConfigTarget,
    rows: &[PlanRow],
    execute: bool,
    now: Option<&[ConfigEntry]>,
) -> Result<()> {
    if ctx.output.structured() {
        return output::print_data(
            ctx.output,
            &Preview {
                target: target.to_string(),
                changes: rows,
                dry_run: !execute,
                now,
            },
        );
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
            if row.unchanged {
                "no change".to_string()
            } else {
                row.op.as_str().to_string()
            },
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
