//! `kfk transactions`: what the coordinators and partition leaders know of transactions
//! (list, describe, producers, find-hanging), and abort, for the transaction that holds
//! read_committed readers back.

mod abort;
mod describe;
mod find_hanging;
mod list;
mod producers;

use anyhow::Result;
use clap::Subcommand;

use crate::context::Context;

#[derive(Subcommand, Debug)]
pub enum TransactionsCommand {
    List(list::ListArgs),
    Describe(describe::DescribeArgs),
    Producers(producers::ProducersArgs),
    FindHanging(find_hanging::FindHangingArgs),
    Abort(abort::AbortArgs),
}

pub async fn run(ctx: &Context, command: TransactionsCommand) -> Result<()> {
    match command {
        TransactionsCommand::List(args) => list::run(ctx, args).await,
        TransactionsCommand::Describe(args) => describe::run(ctx, args).await,
        TransactionsCommand::Producers(args) => producers::run(ctx, args).await,
        TransactionsCommand::FindHanging(args) => find_hanging::run(ctx, args).await,
        TransactionsCommand::Abort(args) => abort::run(ctx, args).await,
    }
}

/// An optional value, or "-".
fn or_dash<T: ToString>(value: Option<T>) -> String {
    value.map_or_else(|| "-".to_string(), |v| v.to_string())
}
