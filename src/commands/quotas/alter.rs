use std::time::{Duration, Instant};

use anyhow::{bail, Result};
use clap::Args;
use serde::Serialize;

use super::EntityArgs;
use crate::commands::args::parse_property;
use crate::context::Context;
use crate::error::UsageError;
use crate::io::output::{self};
use crate::kafka::protocol::QuotaOp;
use crate::model::quotas::{plan, rate, QuotaEntity, QuotaRow};

/// Set or remove client quotas of a user, a client id, or a user's client id (named or
/// the default). Shows each quota before and after, has the broker check the change,
/// and applies it with --execute; the other quotas of the entity stay as they are.
///
/// Quotas: producer_byte_rate and consumer_byte_rate (bytes per second per broker),
/// request_percentage (percent of one I/O and network thread) and
/// controller_mutation_rate (partitions created or deleted per second).
///
/// JSON output: {"entity", "changes": [{"key", "before", "after"}], "dry_run"}.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  kfk quotas alter --user alice --set producer_byte_rate=1048576
  kfk quotas alter --user-default --set consumer_byte_rate=10485760 --execute
  kfk quotas alter --user alice --client-id reports --delete request_percentage --execute")]
pub struct AlterArgs {
    #[command(flatten)]
    pub entity: EntityArgs,

    /// Set a quota (repeatable)
    #[arg(long = "set", value_name = "QUOTA=VALUE", value_parser = parse_property)]
    pub set: Vec<(String, String)>,

    /// Remove a quota (repeatable)
    #[arg(long = "delete", value_name = "QUOTA")]
    pub delete: Vec<String>,

    /// Apply the change; without it, kfk only shows it
    #[arg(long)]
    pub execute: bool,
}

#[derive(Serialize)]
struct Preview<'a> {
    entity: &'a QuotaEntity,
    changes: &'a [QuotaRow],
    dry_run: bool,
}

pub async fn run(ctx: &Context, args: AlterArgs) -> Result<()> {
    let entity = args.entity.entity();
    if entity.user.is_none() && entity.client_id.is_none() {
        bail!(UsageError(
            "name whom the quotas apply to: --user, --user-default, --client-id or \
             --client-default"
                .into()
        ));
    }
    if args.set.is_empty() && args.delete.is_empty() {
        bail!(UsageError(
            "name a change: --set QUOTA=VALUE or --delete QUOTA".into()
        ));
    }
    let current = current_quotas(ctx, &entity).await?;
    let rows = plan(&current, &args.set, &args.delete).map_err(UsageError)?;
    let ops: Vec<QuotaOp> = rows
        .iter()
        .filter(|row| !row.unchanged())
        .map(|row| (row.key.clone(), row.after))
        .collect();
    show(ctx, &entity, &rows, !args.execute)?;
    if ops.is_empty() {
        output::note(&format!("no change: {entity} already has what was asked"));
        return Ok(());
    }
    let execute = args.execute;
    let (checked, sent) = (entity.clone(), ops.clone());
    ctx.kafka
        .with_wire(move |wire| wire.alter_quotas(&checked, &sent, !execute))
        .await?;
    if !execute {
        output::note("dry run: the broker accepts this change, and nothing was changed; add --execute to apply it");
        return Ok(());
    }
    await_held(ctx, &entity, &rows).await?;
    output::note(&format!(
        "changed {} of {entity}",
        output::count(ops.len() as u64, "quota")
    ));
    Ok(())
}

/// The quotas set for exactly `entity` (not for its more specific combinations).
async fn current_quotas(
    ctx: &Context,
    entity: &QuotaEntity,
) -> Result<std::collections::BTreeMap<String, f64>> {
    let filter = entity.clone();
    let entries = ctx
        .kafka
        .with_wire(move |wire| wire.describe_quotas(&filter))
        .await?;
    Ok(entries
        .into_iter()
        .find(|entry| &entry.entity == entity)
        .map(|entry| entry.quotas)
        .unwrap_or_default())
}

/// Waits until the broker serves the new quotas (it applies them once the controller
/// commits), up to --timeout.
async fn await_held(ctx: &Context, entity: &QuotaEntity, rows: &[QuotaRow]) -> Result<()> {
    let deadline = Instant::now() + ctx.timeout();
    loop {
        let now = current_quotas(ctx, entity).await?;
        let missed: Vec<&QuotaRow> = rows
            .iter()
            .filter(|row| now.get(&row.key).copied() != row.after)
            .collect();
        if missed.is_empty() {
            return Ok(());
        }
        if Instant::now() >= deadline {
            let keys: Vec<&str> = missed.iter().map(|row| row.key.as_str()).collect();
            bail!(
                "the broker accepted the change to {entity} but does not show it yet: {}",
                keys.join(", ")
            );
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

fn show(ctx: &Context, entity: &QuotaEntity, rows: &[QuotaRow], dry_run: bool) -> Result<()> {
    if ctx.output.structured() {
        return output::print_data(
            ctx.output,
            &Preview {
                entity,
                changes: rows,
                dry_run,
            },
        );
    }
    let shown = |value: Option<f64>| value.map_or_else(|| "-".to_string(), rate);
    let mut table = output::table(&["QUOTA", "CHANGE", "BEFORE", "AFTER"]);
    for row in rows {
        let change = match (row.unchanged(), row.after) {
            (true, _) => "no change",
            (false, Some(_)) => "set",
            (false, None) => "delete",
        };
        table.add_row(vec![
            row.key.clone(),
            change.to_string(),
            shown(row.before),
            shown(row.after),
        ]);
    }
    output::print_line(&format!("Changes to the quotas of {entity}:"))?;
    output::print_table(&table)
}
