use std::path::PathBuf;

use anyhow::Result;
use clap::Args;
use serde::Serialize;

use super::{ids, read_plan, throttle, topics_of};
use crate::context::Context;
use crate::error::PartialFailure;
use crate::io::output::{self};

/// Check that a plan's moves are done: each partition is complete (its replicas are the
/// plan's), in progress, or not as planned (cancelled, or changed since). Once every
/// partition is complete, --execute removes the replication throttle from the brokers
/// and the plan's topics; without it, kfk says what remains.
///
/// Exit 3 while a partition is not complete, so a script can wait with
/// `until kfk reassign verify plan.json; do sleep 10; done`.
///
/// JSON output: {"partitions": [{"topic", "partition", "state", "current",
/// "planned"}], "throttles": ["broker 1: leader.replication.throttled.rate", ...],
/// "dry_run"}.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  kfk reassign verify plan.json
  kfk reassign verify plan.json --execute")]
pub struct VerifyArgs {
    /// The plan: a file, or - for stdin
    pub plan: PathBuf,

    /// Remove the throttle once every move is complete
    #[arg(long)]
    pub execute: bool,
}

#[derive(Serialize)]
struct Row {
    topic: String,
    partition: i32,
    state: &'static str,
    current: Vec<i32>,
    planned: Vec<i32>,
}

#[derive(Serialize)]
struct Verdict<'a> {
    partitions: &'a [Row],
    throttles: Vec<String>,
    dry_run: bool,
}

pub async fn run(ctx: &Context, args: VerifyArgs) -> Result<()> {
    let plan = read_plan(&args.plan)?;
    let topics = topics_of(&plan);
    let wanted = topics.clone();
    let (brokers, current, ongoing) = ctx
        .kafka
        .with_wire(move |wire| {
            let (brokers, current) = wire.layout(&wanted)?;
            Ok((brokers, current, wire.ongoing_reassignments()?))
        })
        .await?;
    let rows: Vec<Row> = plan
        .partitions
        .iter()
        .map(|p| {
            let now = current
                .iter()
                .find(|c| c.topic == p.topic && c.partition == p.partition)
                .map(|c| c.replicas.clone())
                .unwrap_or_default();
            let moving = ongoing
                .iter()
                .any(|o| o.topic == p.topic && o.partition == p.partition);
            Row {
                topic: p.topic.clone(),
                partition: p.partition,
                state: match (moving, now == p.replicas) {
                    (true, _) => "in progress",
                    (false, true) => "complete",
                    (false, false) => "not as planned",
                },
                current: now,
                planned: p.replicas.clone(),
            }
        })
        .collect();
    let done = rows.iter().all(|r| r.state == "complete");
    let broker_ids: Vec<i32> = brokers.iter().map(|b| b.id).collect();
    let throttles = if done {
        throttle::find(ctx, &broker_ids, &topics).await?
    } else {
        Vec::new()
    };
    let removing = done && args.execute && !throttles.is_empty();
    if removing {
        throttle::remove(ctx, &throttles).await?;
    }
    show(ctx, &rows, &throttles, !removing)?;
    if !done {
        let open = rows.iter().filter(|r| r.state != "complete").count();
        return Err(PartialFailure(format!(
            "{open} of {} are not complete",
            output::count(rows.len() as u64, "partition")
        ))
        .into());
    }
    match (throttles.is_empty(), removing) {
        (true, _) => output::note("every move of the plan is complete; no throttle is set"),
        (false, true) => output::note(&format!(
            "every move of the plan is complete; removed the throttle ({})",
            throttle::describe(&throttles)
        )),
        (false, false) => output::note(&format!(
            "every move of the plan is complete; the throttle remains ({}): add --execute to remove it",
            throttle::describe(&throttles)
        )),
    }
    Ok(())
}

fn show(
    ctx: &Context,
    rows: &[Row],
    throttles: &[(crate::kafka::ConfigTarget, String)],
    dry_run: bool,
) -> Result<()> {
    if ctx.output.structured() {
        return output::print_data(
            ctx.output,
            &Verdict {
                partitions: rows,
                throttles: throttles.iter().map(|(t, n)| format!("{t}: {n}")).collect(),
                dry_run,
            },
        );
    }
    let mut table = output::table(&["TOPIC", "PARTITION", "STATE", "CURRENT", "PLANNED"]);
    for r in rows {
        table.add_row(vec![
            r.topic.clone(),
            r.partition.to_string(),
            r.state.to_string(),
            ids(&r.current),
            ids(&r.planned),
        ]);
    }
    output::print_table(&table)
}
