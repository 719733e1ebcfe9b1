use anyhow::{bail, Result};
use clap::Args;

use crate::commands::completions::live;
use crate::context::Context;
use crate::error::PartialFailure;
use crate::io::output;
use crate::io::prompt::confirm;
use crate::kafka::admin;

/// Delete consumer groups and their committed offsets. The broker refuses groups that
/// still have members. Asks for confirmation unless --yes is given.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  kfk consumer-groups delete old-billing
  kfk consumer-groups delete test-1 test-2 --yes")]
pub struct DeleteArgs {
    /// Groups to delete
    #[arg(required = true, add = live::groups())]
    pub groups: Vec<String>,

    /// Do not ask for confirmation
    #[arg(short = 'y', long)]
    pub yes: bool,
}

pub async fn run(ctx: &Context, args: DeleteArgs) -> Result<()> {
    if !args.yes {
        confirm(
            "delete consumer groups",
            &format!(
                "Delete consumer group(s) {} and their offsets?",
                args.groups.join(", ")
            ),
            "yes",
        )?;
    }
    let groups = args.groups.clone();
    let results = ctx
        .kafka
        .with_admin(move |client, timeout| admin::delete_groups(client, &groups, timeout))
        .await?;
    let failed: Vec<String> = results
        .iter()
        .filter_map(|(group, error)| error.as_ref().map(|e| format!("{group}: {e}")))
        .collect();
    for (group, _) in results.iter().filter(|(_, error)| error.is_none()) {
        output::note(&format!("deleted consumer group '{group}'"));
    }
    match failed.len() {
        0 => Ok(()),
        n if n == results.len() => match ctx.kafka.unreachable() {
            Some(unreachable) => Err(unreachable),
            None => bail!("cannot delete {}", failed.join("; ")),
        },
        _ => Err(PartialFailure(format!("cannot delete {}", failed.join("; "))).into()),
    }
}
