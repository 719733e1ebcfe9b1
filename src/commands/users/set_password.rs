use std::io::Read;

use anyhow::Result;
use clap::Args;

use crate::context::Context;
use crate::error::UsageError;
use crate::io::prompt;
use crate::kafka::admin::{ScramChange, ScramMechanism};

/// Create a SCRAM user or change their password (AlterUserScramCredentials). A dry run
/// unless --execute is given.
///
/// The password is never a flag's value, where it would sit in shell history and the
/// process list: it is typed at a prompt that does not echo it (twice), read from stdin
/// (--password-stdin), or taken from an environment variable (--password-env NAME). It
/// is salted and hashed before it leaves kfk, and never printed.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  kfk users set-password alice --execute
  kfk users set-password alice --mechanism SCRAM-SHA-512 --password-env ALICE_PASSWORD --execute
  vault read -field=pw secret/alice | kfk users set-password alice --password-stdin --execute")]
pub struct SetPasswordArgs {
    /// The user
    pub user: String,

    /// SCRAM-SHA-256 or SCRAM-SHA-512
    #[arg(long, default_value = "SCRAM-SHA-256")]
    pub mechanism: ScramMechanism,

    /// How many times the password is hashed (Kafka accepts 4096-16384)
    #[arg(long, default_value_t = 8192, value_parser = clap::value_parser!(i32).range(4096..=16384))]
    pub iterations: i32,

    /// Read the password from stdin (one trailing newline is dropped)
    #[arg(long, conflicts_with = "password_env")]
    pub password_stdin: bool,

    /// Take the password from this environment variable
    #[arg(long, value_name = "NAME")]
    pub password_env: Option<String>,

    /// Set the password; without it, kfk only says what it would do
    #[arg(long)]
    pub execute: bool,
}

pub async fn run(ctx: &Context, args: SetPasswordArgs) -> Result<()> {
    // The password is read only to be sent: a dry run asks for nothing.
    let password = match args.execute {
        true => read_password(&args)?,
        false => String::new(),
    };
    let change = ScramChange::Set {
        user: args.user.clone(),
        mechanism: args.mechanism,
        iterations: args.iterations,
        password,
    };
    if !args.execute {
        super::preview(&[change]);
        return Ok(());
    }
    super::apply(ctx, vec![change]).await
}

fn read_password(args: &SetPasswordArgs) -> Result<String> {
    let password = if args.password_stdin {
        let mut raw = String::new();
        std::io::stdin()
            .read_to_string(&mut raw)
            .map_err(|err| UsageError(format!("cannot read the password from stdin: {err}")))?;
        let line = raw.strip_suffix('\n').unwrap_or(&raw);
        line.strip_suffix('\r').unwrap_or(line).to_string()
    } else if let Some(name) = &args.password_env {
        std::env::var(name).map_err(|_| {
            UsageError(format!(
                "--password-env {name}: the environment has no {name}"
            ))
        })?
    } else {
        prompt::read_new_secret("password", "give --password-stdin or --password-env NAME")?
    };
    if password.is_empty() {
        return Err(UsageError("the password is empty; nothing was changed".into()).into());
    }
    Ok(password)
}
