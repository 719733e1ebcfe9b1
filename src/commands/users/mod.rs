//! `kfk users`: SCRAM credentials (list, set-password, delete).

mod delete;
mod list;
mod set_password;

use anyhow::Result;
use clap::Subcommand;

use crate::context::Context;
use crate::error::PartialFailure;
use crate::io::output;
use crate::kafka::admin::{self, ScramChange};

#[derive(Subcommand, Debug)]
pub enum UsersCommand {
    List(list::ListArgs),
    SetPassword(set_password::SetPasswordArgs),
    Delete(delete::DeleteArgs),
}

pub async fn run(ctx: &Context, command: UsersCommand) -> Result<()> {
    match command {
        UsersCommand::List(args) => list::run(ctx, args).await,
        UsersCommand::SetPassword(args) => set_password::run(ctx, args).await,
        UsersCommand::Delete(args) => delete::run(ctx, args).await,
    }
}

/// What a change does, for messages ("set the SCRAM-SHA-256 password of user 'alice'");
/// never the password.
fn describe(change: &ScramChange) -> String {
    match change {
        ScramChange::Set {
            user,
            mechanism,
            iterations,
            ..
        } => {
            format!("set the {mechanism} password of user '{user}' ({iterations} iterations)")
        }
        ScramChange::Delete { user, mechanism } => {
            format!("delete the {mechanism} credential of user '{user}'")
        }
    }
}

/// Shows `changes` without applying them.
fn preview(changes: &[ScramChange]) {
    for change in changes {
        output::note(&format!("dry run: would {}", describe(change)));
    }
    output::note("add --execute to do it");
}

/// Applies `changes` and says what was done; exit 1 when nothing was, 3 when some was.
async fn apply(ctx: &Context, changes: Vec<ScramChange>) -> Result<()> {
    let what: Vec<String> = changes.iter().map(describe).collect();
    let answers = ctx
        .kafka
        .with_admin(move |client, timeout| admin::alter_scram_users(client, &changes, timeout))
        .await?;
    let mut failed = Vec::new();
    for (what, error) in what.iter().zip(&answers) {
        match error {
            None => output::note(&format!("done: {what}")),
            Some(error) => failed.push(format!("could not {what}: {error}")),
        }
    }
    match failed.len() {
        0 => Ok(()),
        n if n == answers.len() => Err(anyhow::anyhow!("{}", failed.join("; "))),
        _ => Err(PartialFailure(failed.join("; ")).into()),
    }
}
