use std::path::PathBuf;

use anyhow::Result;
use clap::Args;

use super::{ids, read_plan, throttle};
use crate::context::Context;
use crate::error::PartialFailure;
use crate::io::output::{self, OutputFormat};
use crate::model::reassignment::Ongoing;

/// Cancel reassignments in progress (those of a plan, or all): each partition keeps the
/// replicas it had before, and the replicas copied so far are dropped. Then removes the
/// replication throttle from the brokers and the topics, unless --keep-throttle. Shows
/// what it would cancel; cancels with --execute.
///
/// JSON output: the reassignments cancelled (or to cancel), as `kfk reassign status`.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  kfk reassign cancel
  kfk reassign cancel plan.json --execute")]
pub struct CancelArgs {
    /// Only the partitions of this plan (a file, or - for stdin)
    pub plan: Option<PathBuf>,

    /// Leave the throttle in place
    #[arg(long)]
    pub keep_throttle: bool,

    /// Cancel; without this, kfk only shows what it would cancel
    #[arg(long)]
    pub execute: bool,
}

pub async fn run(ctx: &Context, args: CancelArgs) -> Result<()> {
    let plan = args.plan.as_deref().map(read_plan).transpose()?;
    let (brokers, ongoing) = ctx
        .kafka
        .with_wire(|wire| {
            let (brokers, _) = wire.layout(&[])?;
            Ok((brokers, wire.ongoing_reassignments()?))
        })
        .await?;
    let chosen: Vec<Ongoing> = ongoing
        .into_iter()
        .filter(|o| {
            plan.as_ref().is_none_or(|plan| {
                plan.partitions
                    .iter()
                    .any(|p| p.topic == o.topic && p.partition == o.partition)
            })
        })
        .collect();
    if chosen.is_empty() {
        if ctx.output.structured() {
            output::print_data(ctx.output, &chosen)?;
        }
        output::note("no reassignment to cancel is in progress");
        return Ok(());
    }
    match ctx.output {
        OutputFormat::Json | OutputFormat::Yaml | OutputFormat::Csv => {
            output::print_data(ctx.output, &chosen)?
        }
        OutputFormat::Table => {
            let mut table =
                output::table(&["TOPIC", "PARTITION", "REPLICAS", "ADDING", "REMOVING"]);
            for o in &chosen {
                table.add_row(vec![
                    o.topic.clone(),
                    o.partition.to_string(),
                    ids(&o.replicas),
                    ids(&o.adding),
                    ids(&o.removing),
                ]);
            }
            output::print_table(&table)?;
        }
    }
    if !args.execute {
        output::note(&format!(
            "dry run: would cancel {}; add --execute to cancel",
            output::count(chosen.len() as u64, "reassignment")
        ));
        return Ok(());
    }
    let changes: Vec<_> = chosen
        .iter()
        .map(|o| (o.topic.clone(), o.partition, None))
        .collect();
    let refused = ctx
        .kafka
        .with_wire(move |wire| wire.reassign(&changes))
        .await?;
    if !args.keep_throttle {
        let mut topics: Vec<String> = chosen.iter().map(|o| o.topic.clone()).collect();
        topics.dedup();
        let ids: Vec<i32> = brokers.iter().map(|b| b.id).collect();
        let found = throttle::find(ctx, &ids, &topics).await?;
        throttle::remove(ctx, &found).await?;
    }
    if !refused.is_empty() {
        let reasons: Vec<String> = refused
            .iter()
            .map(|(t, p, why)| format!("{t}-{p}: {why}"))
            .collect();
        return Err(PartialFailure(format!(
            "{} of {} cancellations were refused: {}",
            refused.len(),
            chosen.len(),
            reasons.join("; ")
        ))
        .into());
    }
    output::note(&format!(
        "cancelled {}",
        output::count(chosen.len() as u64, "reassignment")
    ));
    Ok(())
}
