use anyhow::{anyhow, Result};
use clap::Args;
use serde::Serialize;

use crate::commands::args::choices;
use crate::context::Context;
use crate::error::PartialFailure;
use crate::io::output::{self};
use crate::model::election::{ElectionResult, ElectionType, PartitionPlacement};

/// Elect partition leaders. A preferred election moves leadership back to each
/// partition's preferred replica (the first of its assignment) where that replica is in
/// sync: after a broker restart, its partitions stay led by others until then (unless
/// auto.leader.rebalance.enable does it, every 5 minutes by default). An unclean election
/// gives a leaderless partition a leader from its live replicas even if none is in sync,
/// and loses the records that replica lacks: the last resort when the in-sync replicas
/// are gone for good.
///
/// Shows the partitions the election would move; elects with --execute. Every topic's
/// partitions unless topics are named. Exit 3 when some partitions could not be elected.
///
/// JSON output: the preview, [{"topic", "partition", "leader", "replicas", "isr"}]; after
/// --execute, [{"topic", "partition", "outcome", "error"}] (outcome: elected, not needed,
/// failed).
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  kfk topics elect-leaders
  kfk topics elect-leaders orders --partition 3 --execute
  kfk topics elect-leaders orders --type unclean --execute")]
pub struct ElectLeadersArgs {
    /// Topics whose partitions to elect (default: every topic)
    pub topics: Vec<String>,

    /// Only this partition of the topics named (repeatable)
    #[arg(long, short = 'p', value_name = "N", requires = "topics")]
    pub partition: Vec<i32>,

    /// Which election
    #[arg(long = "type", value_name = "TYPE", default_value = "preferred", value_parser = choices::election())]
    pub kind: ElectionType,

    /// Elect; without this, kfk only shows the partitions it would move
    #[arg(long)]
    pub execute: bool,
}

#[derive(Serialize)]
struct Preview<'a> {
    election: &'static str,
    partitions: &'a [PartitionPlacement],
    dry_run: bool,
}

pub async fn run(ctx: &Context, args: ElectLeadersArgs) -> Result<()> {
    let (topics, partitions, kind) = (args.topics.clone(), args.partition.clone(), args.kind);
    let placements = ctx
        .kafka
        .with_wire(move |wire| wire.partitions_of(&topics, &partitions))
        .await?;
    let moving: Vec<PartitionPlacement> = placements
        .iter()
        .filter(|p| kind.would_move(p))
        .cloned()
        .collect();
    let scope = output::count(placements.len() as u64, "partition");
    if moving.is_empty() {
        if ctx.output.structured() {
            output::print_data(ctx.output, &Vec::<ElectionResult>::new())?;
        }
        output::note(&format!(
            "no {} election needed: none of {scope} would move",
            kind.name()
        ));
        return Ok(());
    }
    if !args.execute {
        show(ctx, kind, &moving)?;
        output::note(&format!(
            "dry run: a {} election would move {} of {scope}; add --execute to elect",
            kind.name(),
            moving.len()
        ));
        return Ok(());
    }
    let results = ctx
        .kafka
        .with_wire(move |wire| wire.elect_leaders(kind, &moving))
        .await?;
    report(ctx, &results)
}

fn show(ctx: &Context, kind: ElectionType, moving: &[PartitionPlacement]) -> Result<()> {
    if ctx.output.structured() {
        return output::print_data(
            ctx.output,
            &Preview {
                election: kind.name(),
                partitions: moving,
                dry_run: true,
            },
        );
    }
    let ids = |ids: &[i32]| ids.iter().map(i32::to_string).collect::<Vec<_>>().join(",");
    let mut table = output::table(&["TOPIC", "PARTITION", "LEADER", "REPLICAS", "ISR"]);
    for p in moving {
        table.add_row(vec![
            p.topic.clone(),
            p.partition.to_string(),
            if p.leader < 0 {
                "none".to_string()
            } else {
                p.leader.to_string()
            },
            ids(&p.replicas),
            ids(&p.isr),
        ]);
    }
    output::print_table(&table)
}

fn report(ctx: &Context, results: &[ElectionResult]) -> Result<()> {
    if ctx.output.structured() {
        output::print_data(ctx.output, &results)?;
    } else {
        let mut table = output::table(&["TOPIC", "PARTITION", "OUTCOME", "ERROR"]);
        for r in results {
            table.add_row(vec![
                r.topic.clone(),
                r.partition.to_string(),
                r.outcome.to_string(),
                r.error.clone().unwrap_or_else(|| "-".to_string()),
            ]);
        }
        output::print_table(&table)?;
    }
    let failed: Vec<String> = results
        .iter()
        .filter_map(|r| {
            r.error
                .as_ref()
                .map(|e| format!("{}-{}: {e}", r.topic, r.partition))
        })
        .collect();
    match failed.len() {
        0 => Ok(()),
        n if n == results.len() => Err(anyhow!("no partition was elected: {}", failed.join("; "))),
        n => Err(PartialFailure(format!(
            "{n} of {} partitions were not elected: {}",
            results.len(),
            failed.join("; ")
        ))
        .into()),
    }
}
