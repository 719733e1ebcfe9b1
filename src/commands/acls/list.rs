use anyhow::Result;
use clap::Args;

use super::{print_acls, FilterArgs};
use crate::context::Context;
use crate::io::output;
use crate::kafka::acl::PatternType;
use crate::kafka::admin;

/// List access control lists (DescribeAcls), filtered by principal, host, resource
/// type and name, pattern type, operation and permission.
///
/// With a resource name and no --pattern-type, every ACL that applies to that name is
/// listed: literal, wildcard ('*') and prefixed ones. JSON output: [{"principal", "host",
/// "operation", "permission", "resource_type", "resource_name", "pattern_type"}].
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  kfk acls list
  kfk acls list --principal User:alice
  kfk acls list --resource-type topic --resource-name orders     # who may do what on orders
  kfk acls list --permission deny --output json")]
pub struct ListArgs {
    #[command(flatten)]
    pub filter: FilterArgs,
}

pub async fn run(ctx: &Context, args: ListArgs) -> Result<()> {
    let filter = args.filter.filter(PatternType::Match);
    let acls = ctx
        .kafka
        .with_admin(move |client, timeout| admin::describe_acls(client, &filter, timeout))
        .await?;
    if acls.is_empty() {
        output::note("no ACLs match");
    }
    print_acls(ctx, &acls)
}
