use anyhow::Result;
use clap::Args;

use super::{print_acls, FilterArgs};
use crate::context::Context;
use crate::error::UsageError;
use crate::io::output;
use crate::kafka::acl::{PatternType, ResourceType};
use crate::kafka::admin;

/// Delete the access control lists that match a filter (DeleteAcls). Lists what would
/// go; a dry run unless --execute is given.
///
/// The filter needs a principal, a resource type or a resource name, so that no command
/// deletes every ACL by accident. A resource name without --pattern-type matches that
/// name exactly, in literal and prefixed ACLs alike. JSON output: the ACLs matched (and,
/// with --execute, deleted), as `kfk acls list` prints them.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  kfk acls delete --principal User:alice --resource-type topic --resource-name orders
  kfk acls delete --principal User:alice --resource-type topic --resource-name orders --execute
  kfk acls delete --principal User:departed --execute")]
pub struct DeleteArgs {
    #[command(flatten)]
    pub filter: FilterArgs,

    /// Delete the ACLs; without it, kfk only lists them
    #[arg(long)]
    pub execute: bool,
}

pub async fn run(ctx: &Context, args: DeleteArgs) -> Result<()> {
    let narrowed = args.filter.principal.is_some()
        || args.filter.resource_name.is_some()
        || args
            .filter
            .resource_type
            .is_some_and(|t| t != ResourceType::Any);
    if !narrowed {
        return Err(UsageError(
            "give --principal, --resource-type or --resource-name: kfk does not delete every \
             ACL at once"
                .into(),
        )
        .into());
    }
    let filter = args.filter.filter(PatternType::Any);
    if !args.execute {
        let matched = ctx
            .kafka
            .with_admin(move |client, timeout| admin::describe_acls(client, &filter, timeout))
            .await?;
        print_acls(ctx, &matched)?;
        output::note(&format!(
            "dry run: {} {} and nothing was deleted; add --execute to delete them",
            output::count(matched.len() as u64, "ACL"),
            if matched.len() == 1 {
                "matches"
            } else {
                "match"
            }
        ));
        return Ok(());
    }
    let deleted = ctx
        .kafka
        .with_admin(move |client, timeout| admin::delete_acls(client, &filter, timeout))
        .await?;
    print_acls(ctx, &deleted)?;
    output::note(&format!(
        "deleted {}",
        output::count(deleted.len() as u64, "ACL")
    ));
    Ok(())
}
