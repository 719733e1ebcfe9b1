//! `kfk perf`: load and latency tests. `produce` and `consume` measure one side,
//! `e2e` the time from send to receipt; `stats` holds the histograms and the wording.

mod consume;
mod e2e;
mod payload;
mod produce;
mod stats;

use std::time::{Duration, Instant};

use anyhow::{bail, Result};
use clap::{Args, Subcommand};

use crate::commands::args::duration::{between, DAY, MS};
use crate::context::Context;
use crate::error::UsageError;
use crate::kafka::{admin, Cluster};

#[derive(Subcommand, Debug)]
pub enum PerfCommand {
    Produce(produce::PerfProduceArgs),
    Consume(consume::PerfConsumeArgs),
    E2e(e2e::E2eArgs),
}

pub async fn run(ctx: &Context, command: PerfCommand) -> Result<()> {
    match command {
        PerfCommand::Produce(args) => produce::run(ctx, args).await,
        PerfCommand::Consume(args) => consume::run(ctx, args).await,
        PerfCommand::E2e(args) => e2e::run(ctx, args).await,
    }
}

/// How much a run sends, how fast, and how often it says how it goes.
#[derive(Args, Debug, Clone)]
pub struct Load {
    /// Records to send
    #[arg(short = 'n', long, value_name = "N", conflicts_with = "duration", value_parser = clap::value_parser!(u64).range(1..))]
    pub num_records: Option<u64>,

    /// Send for this long instead of a number of records
    #[arg(long, value_parser = between(MS, 7 * DAY))]
    pub duration: Option<Duration>,

    /// Records per second at most [default: as fast as the cluster takes them]
    #[arg(long, value_name = "RECORDS_PER_SEC", value_parser = clap::value_parser!(u64).range(1..))]
    pub throughput: Option<u64>,

    /// A progress line on stderr every INTERVAL [default: 5s on a terminal, else none]
    #[arg(long, value_name = "INTERVAL", value_parser = between(100 * MS, DAY))]
    pub interval: Option<Duration>,

    /// No progress lines
    #[arg(short = 'q', long)]
    pub quiet: bool,
}

/// A run's length: a number of records, or a time.
#[derive(Debug, Clone, Copy)]
pub enum Amount {
    Records(u64),
    Time(Duration),
}

impl Load {
    pub fn amount(&self) -> Result<Amount> {
        match (self.num_records, self.duration) {
            (Some(n), _) => Ok(Amount::Records(n)),
            (None, Some(d)) => Ok(Amount::Time(d)),
            (None, None) => bail!(UsageError(
                "say how long to run: --num-records N or --duration D".into()
            )),
        }
    }
}

impl Amount {
    /// Whether a run that started at `started` and has sent `sent` records is done.
    pub fn reached(self, sent: u64, started: Instant) -> bool {
        match self {
            Amount::Records(n) => sent >= n,
            Amount::Time(d) => started.elapsed() >= d,
        }
    }
}

/// The end offset of each of `topic`'s partitions now, by partition number.
async fn log_ends(ctx: &Context, cluster: &Cluster, topic: &str) -> Result<Vec<i64>> {
    let partitions: Vec<(String, i32)> = cluster
        .topic(topic)?
        .partitions
        .iter()
        .map(|p| (topic.to_string(), p.partition))
        .collect();
    let extents = ctx
        .kafka
        .with_admin(move |client, timeout| admin::log_extents(client, &partitions, timeout))
        .await?;
    Ok(extents.iter().map(|extent| extent.high).collect())
}
