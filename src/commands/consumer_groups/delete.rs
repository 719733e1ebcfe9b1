use anyhow::{bail, Result};
use clap::Args;

use super::confirm;
use crate::context::Context;
use crate::error::PartialFailure;
use crate::group_admin;
use crate::output;

/// Delete consumer groups and their committed offsets. The broker refuses groups that
/// still have members. Asks for confirmation unless --yes is given.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  kfk consumer-groups delete old-billing
  kfk consumer-groups delete test-1 test-2 --yes")]
pub struct DeleteArgs {
    /// Groups to delete
    #[arg(required = true)]
    pub groups: Vec<String>,

    /// Do not ask for confirmation
    #[arg(short = 'y', long)]
    pub yes: bool,
}

pub async fn run(ctx: &Context, args: DeleteArgs) -> Result<()> {
    if !args.yes {
        confirm(
            &format!(
                "Delete consumer group(s) {} and their offsets?",
                args.groups.join(", ")
            ),
            "yes",
        )?;
    }
    let admin = ctx.admin()?;
    let timeout = ctx.timeout();
    let groups = args.groups.clone();
    let results = ctx
        .blocking(move || group_admin::delete_groups(admin.inner(), &groups, timeout))
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
        n if n == results.len() => bail!("cannot delete {}", failed.join("; ")),
        _ => Err(PartialFailure(format!("cannot delete {}", failed.join("; "))).into()),
    }
}
