use std::collections::BTreeMap;
use std::path::PathBuf;

use anyhow::Result;
use clap::Args;

use crate::context::Context;
use crate::error::UsageError;
use crate::io::output;
use crate::model::reassignment::{generate, moves, BrokerSlot, Plan};

/// Plan moving the replicas of topics onto a set of brokers: every broker ends with the
/// same number of replicas give or take one, and only what that needs moves (a replica
/// on a broker of the set that is not over its share stays). Rack-aware unless
/// --no-rack-aware: no two replicas of a partition share a rack while the brokers span
/// enough racks. A partition's leader stays first where it stays at all; the others go
/// to the brokers that lead the fewest.
///
/// Prints the plan, in Apache's `kafka-reassign-partitions` JSON, to stdout, and what it
/// moves to stderr; `kfk reassign execute` (or Apache's tool) applies it.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  kfk reassign generate --topic orders --broker-ids 1,2,3,4 > plan.json
  kfk reassign generate -t orders -t payments --broker-ids 1,2,3 --current-file now.json")]
pub struct GenerateArgs {
    /// A topic whose partitions to place (repeatable)
    #[arg(long, short = 't', required = true)]
    pub topic: Vec<String>,

    /// The brokers to place replicas on, comma-separated
    #[arg(long, value_name = "IDS", value_delimiter = ',', required = true)]
    pub broker_ids: Vec<i32>,

    /// Ignore the brokers' racks
    #[arg(long)]
    pub no_rack_aware: bool,

    /// Also write the current assignment, a plan that puts everything back, to this file
    #[arg(long, value_name = "FILE")]
    pub current_file: Option<PathBuf>,
}

pub async fn run(ctx: &Context, args: GenerateArgs) -> Result<()> {
    let topics = args.topic.clone();
    let (cluster_brokers, current) = ctx
        .kafka
        .with_wire(move |wire| wire.layout(&topics))
        .await?;
    let mut slots: Vec<BrokerSlot> = Vec::new();
    for id in &args.broker_ids {
        match cluster_brokers.iter().find(|b| b.id == *id) {
            Some(slot) if !slots.contains(slot) => slots.push(slot.clone()),
            Some(_) => return Err(UsageError(format!("broker {id} is named twice")).into()),
            None => {
                let known: Vec<String> = cluster_brokers.iter().map(|b| b.id.to_string()).collect();
                return Err(UsageError(format!(
                    "there is no broker {id}: the cluster's brokers are {}",
                    known.join(", ")
                ))
                .into());
            }
        }
    }
    let plan = generate(&current, &slots, !args.no_rack_aware).map_err(UsageError)?;
    if let Some(path) = &args.current_file {
        std::fs::write(path, Plan::of(&current).to_json() + "\n")
            .map_err(|err| anyhow::anyhow!("cannot write {}: {err}", path.display()))?;
    }
    output::print_line(&plan.to_json())?;
    let moved = moves(&current, &plan).map_err(UsageError)?;
    let count = |assignment: &dyn Fn(usize) -> Vec<i32>| {
        let mut load: BTreeMap<i32, usize> = BTreeMap::new();
        for i in 0..current.len() {
            for b in assignment(i) {
                *load.entry(b).or_insert(0) += 1;
            }
        }
        load
    };
    let before = count(&|i| current[i].replicas.clone());
    let after = count(&|i| plan.partitions[i].replicas.clone());
    let loads: Vec<String> = before
        .keys()
        .chain(after.keys())
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .map(|b| {
            format!(
                "{b}: {} -> {}",
                before.get(b).unwrap_or(&0),
                after.get(b).unwrap_or(&0)
            )
        })
        .collect();
    let copies: usize = moved.iter().map(|m| m.adding().len()).sum();
    output::note(&format!(
        "the plan moves {} of {} ({} new replicas); replicas per broker {}",
        moved.len(),
        output::count(current.len() as u64, "partition"),
        copies,
        loads.join(", ")
    ));
    Ok(())
}
