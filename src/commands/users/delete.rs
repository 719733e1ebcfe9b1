use anyhow::Result;
use clap::Args;

use crate::context::Context;
use crate::error::UsageError;
use crate::kafka::admin::{self, ScramChange, ScramMechanism};

/// Delete a user's SCRAM credentials (AlterUserScramCredentials), so they can no longer
/// log in with them. A dry run unless --execute is given.
///
/// Without --mechanism, every mechanism the broker lists for the user is deleted.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  kfk users delete alice
  kfk users delete alice --mechanism SCRAM-SHA-512 --execute")]
pub struct DeleteArgs {
    /// The user
    pub user: String,

    /// Only this mechanism's credential: SCRAM-SHA-256 or SCRAM-SHA-512
    #[arg(long)]
    pub mechanism: Option<ScramMechanism>,

    /// Delete; without it, kfk only says what it would do
    #[arg(long)]
    pub execute: bool,
}

pub async fn run(ctx: &Context, args: DeleteArgs) -> Result<()> {
    let mechanisms = match args.mechanism {
        Some(mechanism) => vec![mechanism],
        None => listed_mechanisms(ctx, &args.user).await?,
    };
    let changes: Vec<ScramChange> = mechanisms
        .into_iter()
        .map(|mechanism| ScramChange::Delete {
            user: args.user.clone(),
            mechanism,
        })
        .collect();
    if !args.execute {
        super::preview(&changes);
        return Ok(());
    }
    super::apply(ctx, changes).await
}

async fn listed_mechanisms(ctx: &Context, user: &str) -> Result<Vec<ScramMechanism>> {
    let users = vec![user.to_string()];
    let found = ctx
        .kafka
        .with_admin(move |client, timeout| admin::describe_scram_users(client, &users, timeout))
        .await?;
    let mechanisms: Vec<ScramMechanism> = found
        .into_iter()
        .filter(|u| u.user == user)
        .filter_map(|u| u.credentials.ok())
        .flatten()
        .map(|c| c.mechanism)
        .collect();
    if mechanisms.is_empty() {
        return Err(UsageError(format!(
            "the broker lists no SCRAM credentials for user '{user}'; name one with --mechanism"
        ))
        .into());
    }
    Ok(mechanisms)
}
