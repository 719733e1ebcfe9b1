//! `kfk quotas`: client quotas per user, client id or both (list, alter).

mod alter;
mod list;

use anyhow::Result;
use clap::{Args, Subcommand};

use crate::context::Context;
use crate::model::quotas::{Name, QuotaEntity};

#[derive(Subcommand, Debug)]
pub enum QuotasCommand {
    List(list::ListArgs),
    Alter(alter::AlterArgs),
}

pub async fn run(ctx: &Context, command: QuotasCommand) -> Result<()> {
    match command {
        QuotasCommand::List(args) => list::run(ctx, args).await,
        QuotasCommand::Alter(args) => alter::run(ctx, args).await,
    }
}

/// Whom quotas apply to: a user, a client id, or a user's client id.
#[derive(Args, Debug)]
pub struct EntityArgs {
    /// A user: the principal name its login gives (SASL user, certificate's name)
    #[arg(long, value_name = "USER")]
    pub user: Option<String>,

    /// The default user: quotas for every user without quotas of its own
    #[arg(long, conflicts_with = "user")]
    pub user_default: bool,

    /// A client id (the client.id a client sets)
    #[arg(long, value_name = "ID")]
    pub client_id: Option<String>,

    /// The default client id: quotas for every client id without quotas of its own
    #[arg(long, conflicts_with = "client_id")]
    pub client_default: bool,
}

impl EntityArgs {
    fn entity(&self) -> QuotaEntity {
        let name = |named: &Option<String>, default: bool| match (named, default) {
            (Some(name), _) => Some(Name::Named(name.clone())),
            (None, true) => Some(Name::Default),
            (None, false) => None,
        };
        QuotaEntity {
            user: name(&self.user, self.user_default),
            client_id: name(&self.client_id, self.client_default),
        }
    }
}
