//! `kfk reassign`: move partition replicas between brokers. `generate` plans (Apache's
//! JSON format, so plans travel between the tools), `execute` previews and starts a plan
//! with an optional replication throttle, `status` shows progress, `verify` checks a plan
//! is done and removes the throttle, `cancel` stops reassignments in progress.

mod cancel;
mod execute;
mod generate;
mod status;
mod throttle;
mod verify;

use std::path::Path;

use anyhow::{Context as _, Result};
use clap::Subcommand;

use crate::context::Context;
use crate::error::UsageError;
use crate::io::output;
use crate::model::reassignment::{Move, Plan};

#[derive(Subcommand, Debug)]
pub enum ReassignCommand {
    Generate(generate::GenerateArgs),
    Execute(execute::ExecuteArgs),
    Status(status::StatusArgs),
    Verify(verify::VerifyArgs),
    Cancel(cancel::CancelArgs),
}

pub async fn run(ctx: &Context, command: ReassignCommand) -> Result<()> {
    match command {
        ReassignCommand::Generate(args) => generate::run(ctx, args).await,
        ReassignCommand::Execute(args) => execute::run(ctx, args).await,
        ReassignCommand::Status(args) => status::run(ctx, args).await,
        ReassignCommand::Verify(args) => verify::run(ctx, args).await,
        ReassignCommand::Cancel(args) => cancel::run(ctx, args).await,
    }
}

/// The plan in `path` ("-" for stdin), or a usage error naming the file (or stdin) and
/// the fault.
fn read_plan(path: &Path) -> Result<Plan> {
    let (text, named) = if path == Path::new("-") {
        let text =
            std::io::read_to_string(std::io::stdin()).context("cannot read the plan from stdin")?;
        (text, "stdin".to_string())
    } else {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read the plan {}", path.display()))?;
        (text, path.display().to_string())
    };
    Plan::parse(&text).map_err(|err| UsageError(format!("{named}: {err}")).into())
}

/// The topics a plan names, once each.
fn topics_of(plan: &Plan) -> Vec<String> {
    let mut topics: Vec<String> = plan.partitions.iter().map(|p| p.topic.clone()).collect();
    topics.sort();
    topics.dedup();
    topics
}

fn ids(brokers: &[i32]) -> String {
    if brokers.is_empty() {
        return "-".to_string();
    }
    brokers
        .iter()
        .map(i32::to_string)
        .collect::<Vec<_>>()
        .join(",")
}

/// The moves as a table: each partition's replicas now and after, and the ones added.
fn print_moves(moves: &[Move]) -> Result<()> {
    let mut table = output::table(&["TOPIC", "PARTITION", "CURRENT", "PROPOSED", "ADDING"]);
    for m in moves {
        table.add_row(vec![
            m.topic.clone(),
            m.partition.to_string(),
            ids(&m.current),
            ids(&m.proposed),
            ids(&m.adding()),
        ]);
    }
    output::print_table(&table)
}
