use std::path::PathBuf;

use anyhow::Result;
use clap::Args;
use serde::Serialize;

use super::{print_moves, read_plan, throttle, topics_of};
use crate::context::Context;
use crate::error::{PartialFailure, UsageError};
use crate::io::files;
use crate::io::output::{self, OutputFormat};
use crate::model::election::PartitionPlacement;
use crate::model::reassignment::{moves, Move, Plan};

/// Start moving replicas as a plan says (from `kfk reassign generate` or Apache's
/// `kafka-reassign-partitions`). Shows each partition that moves, its replicas now and
/// after; with --execute, writes the current assignment to a rollback plan
/// (kfk-rollback-TOPICS-TIME.json, never over another), sets the throttle if asked, and
/// starts the moves. A partition that is being reassigned already is refused.
///
/// Follow with `kfk reassign status`; finish with `kfk reassign verify PLAN --execute`,
/// which removes the throttle once every move is done.
///
/// JSON output: {"moves": [{"topic", "partition", "current", "proposed"}], "throttle",
/// "dry_run", "rollback"}.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  kfk reassign execute plan.json
  kfk reassign execute plan.json --throttle 50MB --execute")]
pub struct ExecuteArgs {
    /// The plan: a file, or - for stdin
    pub plan: PathBuf,

    /// Cap replication on the brokers involved while the moves run, in bytes per second
    /// (units: KB, MB, GB, or KiB, MiB, GiB)
    #[arg(long, value_name = "RATE", value_parser = parse_rate)]
    pub throttle: Option<u64>,

    /// Start the moves; without this, kfk only shows them
    #[arg(long)]
    pub execute: bool,
}

#[derive(Serialize)]
struct Report<'a> {
    moves: &'a [Move],
    throttle: Option<u64>,
    dry_run: bool,
    rollback: Option<String>,
}

pub async fn run(ctx: &Context, args: ExecuteArgs) -> Result<()> {
    let plan = read_plan(&args.plan)?;
    let topics = topics_of(&plan);
    let (brokers, current, ongoing) = ctx
        .kafka
        .with_wire(move |wire| {
            let (brokers, current) = wire.layout(&topics)?;
            Ok((brokers, current, wire.ongoing_reassignments()?))
        })
        .await?;
    for p in &plan.partitions {
        if let Some(missing) = p
            .replicas
            .iter()
            .find(|r| !brokers.iter().any(|b| b.id == **r))
        {
            let message = format!("{}-{}: there is no broker {missing}", p.topic, p.partition);
            return Err(UsageError(message).into());
        }
    }
    let moves = moves(&current, &plan).map_err(UsageError)?;
    if let Some(busy) = ongoing.iter().find(|o| {
        moves
            .iter()
            .any(|m| m.topic == o.topic && m.partition == o.partition)
    }) {
        return Err(UsageError(format!(
            "{}-{} is being reassigned already (kfk reassign status shows it): wait for it, \
             or cancel it with kfk reassign cancel",
            busy.topic, busy.partition
        ))
        .into());
    }
    if moves.is_empty() {
        output::note("nothing to move: every partition of the plan is where it says");
        return Ok(());
    }
    if !args.execute {
        show(ctx, &moves, args.throttle, None)?;
        output::note(&format!(
            "dry run: would move {}; add --execute to start",
            output::count(moves.len() as u64, "partition")
        ));
        return Ok(());
    }
    let rollback = write_rollback(&current, &moves)?;
    if let Some(rate) = args.throttle {
        throttle::set(ctx, &moves, rate).await?;
    }
    let changes = moves
        .iter()
        .map(|m| (m.topic.clone(), m.partition, Some(m.proposed.clone())))
        .collect::<Vec<_>>();
    let refused = ctx
        .kafka
        .with_wire(move |wire| wire.reassign(&changes))
        .await?;
    show(ctx, &moves, args.throttle, Some(&rollback))?;
    output::note(&format!("rollback plan: {rollback}"));
    if !refused.is_empty() {
        let reasons: Vec<String> = refused
            .iter()
            .map(|(topic, partition, reason)| format!("{topic}-{partition}: {reason}"))
            .collect();
        return Err(PartialFailure(format!(
            "{} of {} moves were refused: {}",
            refused.len(),
            moves.len(),
            reasons.join("; ")
        ))
        .into());
    }
    output::note(&format!(
        "started moving {}; follow with kfk reassign status, finish with kfk reassign verify {} --execute",
        output::count(moves.len() as u64, "partition"),
        args.plan.display()
    ));
    Ok(())
}

fn show(
    ctx: &Context,
    moves: &[Move],
    throttle: Option<u64>,
    rollback: Option<&str>,
) -> Result<()> {
    match ctx.output {
        OutputFormat::Json | OutputFormat::Yaml | OutputFormat::Csv => output::print_data(
            ctx.output,
            &Report {
                moves,
                throttle,
                dry_run: rollback.is_none(),
                rollback: rollback.map(String::from),
            },
        ),
        OutputFormat::Table => print_moves(moves),
    }
}

/// Writes the moved partitions' current assignment as a plan; its path.
fn write_rollback(current: &[PartitionPlacement], moves: &[Move]) -> Result<String> {
    let moved: Vec<PartitionPlacement> = current
        .iter()
        .filter(|c| {
            moves
                .iter()
                .any(|m| m.topic == c.topic && m.partition == c.partition)
        })
        .cloned()
        .collect();
    let mut topics: Vec<&str> = moves.iter().map(|m| m.topic.as_str()).collect();
    topics.dedup();
    let path = files::write_record(
        "kfk-rollback",
        &topics.join("+"),
        "json",
        &(Plan::of(&moved).to_json() + "\n"),
    )?;
    Ok(path.display().to_string())
}

/// A byte rate: a number with an optional unit (KB, MB, GB in thousands; KiB, MiB, GiB
/// in 1024s), "/s" allowed.
fn parse_rate(raw: &str) -> Result<u64, String> {
    let text = raw.trim().trim_end_matches("/s");
    let split = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    let (number, unit) = text.split_at(split);
    let scale: u64 = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "kb" => 1_000,
        "mb" => 1_000_000,
        "gb" => 1_000_000_000,
        "kib" => 1 << 10,
        "mib" => 1 << 20,
        "gib" => 1 << 30,
        _ => {
            return Err(format!(
                "'{raw}' is not a rate: expected bytes per second, such as 50MB or 10MiB"
            ))
        }
    };
    match number
        .parse::<u64>()
        .ok()
        .and_then(|n| n.checked_mul(scale))
    {
        Some(rate) if rate > 0 => Ok(rate),
        _ => Err(format!(
            "'{raw}' is not a rate: expected bytes per second, such as 50MB or 10MiB"
        )),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn rates_take_decimal_and_binary_units() {
        assert_eq!(super::parse_rate("1000"), Ok(1000));
        assert_eq!(super::parse_rate("50MB"), Ok(50_000_000));
        assert_eq!(super::parse_rate("10MiB/s"), Ok(10 << 20));
        assert!(super::parse_rate("0").is_err());
        assert!(super::parse_rate("fast").is_err());
        assert!(super::parse_rate("5 parsecs").is_err());
    }
}
