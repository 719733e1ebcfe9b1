use std::time::{Duration, Instant};

use anyhow::{bail, Result};
use clap::Args;
use serde::Serialize;

use crate::context::Context;
use crate::error::UsageError;
use crate::io::output::{self};
use crate::model::transactions::ProducerState;

/// Abort the open transaction on one partition that starts at an offset: kfk writes the
/// abort marker to the partition's leader as the transaction's coordinator would, and
/// the partition's last stable offset moves on, so read_committed readers go past it.
/// Meant for a hanging transaction (`kfk transactions find-hanging`); a transaction its
/// producer still holds open is aborted on this partition only.
///
/// Without --start-offset, the partition must have exactly one open transaction. Shows
/// the transaction first; aborts with --execute.
///
/// JSON output: {"producer": {...as `producers`...}, "dry_run"}.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  kfk transactions abort --topic orders --partition 3
  kfk transactions abort --topic orders --partition 3 --start-offset 1200 --execute")]
pub struct AbortArgs {
    /// The topic
    #[arg(long, short = 't')]
    pub topic: String,

    /// The partition
    #[arg(long, short = 'p')]
    pub partition: i32,

    /// The offset the transaction starts at (`kfk transactions producers` shows it)
    #[arg(long, value_name = "OFFSET")]
    pub start_offset: Option<i64>,

    /// Abort it; without this, kfk only shows what it would abort
    #[arg(long)]
    pub execute: bool,
}

#[derive(Serialize)]
struct Plan<'a> {
    producer: &'a ProducerState,
    dry_run: bool,
}

pub async fn run(ctx: &Context, args: AbortArgs) -> Result<()> {
    let (topic, partition) = (args.topic.clone(), args.partition);
    let (placements, producers) = ctx
        .kafka
        .with_wire(move |wire| wire.producers_of(&topic, Some(partition)))
        .await?;
    let leader = placements.first().map_or(-1, |p| p.leader);
    let producer = chosen(&args, producers)?;
    if ctx.output.structured() {
        output::print_data(
            ctx.output,
            &Plan {
                producer: &producer,
                dry_run: !args.execute,
            },
        )?;
    } else {
        super::producers::print(std::slice::from_ref(&producer))?;
    }
    let what = format!(
        "the transaction of producer id {} on {}-{} from offset {}",
        producer.producer_id,
        args.topic,
        args.partition,
        producer.transaction_start_offset.unwrap_or(-1)
    );
    if !args.execute {
        output::note(&format!(
            "dry run: would abort {what}; add --execute to abort it"
        ));
        return Ok(());
    }
    let sent = producer.clone();
    ctx.kafka
        .with_wire(move |wire| wire.abort_transaction(&sent, leader))
        .await?;
    await_closed(ctx, &args, &producer).await?;
    output::note(&format!("aborted {what}"));
    Ok(())
}

/// The open transaction to abort: the one at --start-offset, or the only one.
fn chosen(args: &AbortArgs, producers: Vec<ProducerState>) -> Result<ProducerState> {
    let mut open: Vec<ProducerState> = producers
        .into_iter()
        .filter(|p| p.transaction_start_offset.is_some())
        .collect();
    let starts: Vec<String> = open
        .iter()
        .filter_map(|p| p.transaction_start_offset.map(|o| o.to_string()))
        .collect();
    let place = format!("{}-{}", args.topic, args.partition);
    match args.start_offset {
        Some(offset) => match open
            .into_iter()
            .find(|p| p.transaction_start_offset == Some(offset))
        {
            Some(producer) => Ok(producer),
            None if starts.is_empty() => bail!("{place} has no open transaction"),
            None => bail!(UsageError(format!(
                "no open transaction on {place} starts at offset {offset}; they start at {}",
                starts.join(", ")
            ))),
        },
        None => match open.len() {
            0 => bail!("{place} has no open transaction"),
            1 => Ok(open.remove(0)),
            _ => bail!(UsageError(format!(
                "{place} has {} open transactions, starting at {}: choose one with --start-offset",
                open.len(),
                starts.join(", ")
            ))),
        },
    }
}

/// Waits until the leader no longer holds the transaction open, up to --timeout.
async fn await_closed(ctx: &Context, args: &AbortArgs, aborted: &ProducerState) -> Result<()> {
    let deadline = Instant::now() + ctx.timeout();
    loop {
        let (topic, partition) = (args.topic.clone(), args.partition);
        let (_, producers) = ctx
            .kafka
            .with_wire(move |wire| wire.producers_of(&topic, Some(partition)))
            .await?;
        let still_open = producers.iter().any(|p| {
            p.producer_id == aborted.producer_id
                && p.transaction_start_offset == aborted.transaction_start_offset
        });
        if !still_open {
            return Ok(());
        }
        if Instant::now() >= deadline {
            bail!(
                "the leader accepted the abort marker, but still holds the transaction of \
                 producer id {} open",
                aborted.producer_id
            );
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}
