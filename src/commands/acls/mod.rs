//! `kfk acls`: list, create and delete access control lists.

mod create;
mod delete;
mod list;

use anyhow::Result;
use clap::{Args, Subcommand};

use crate::context::Context;
use crate::io::output::{self};
use crate::kafka::acl::{Acl, AclFilter, Operation, PatternType, Permission, ResourceType};

#[derive(Subcommand, Debug)]
pub enum AclsCommand {
    List(list::ListArgs),
    Create(create::CreateArgs),
    Delete(delete::DeleteArgs),
}

pub async fn run(ctx: &Context, command: AclsCommand) -> Result<()> {
    match command {
        AclsCommand::List(args) => list::run(ctx, args).await,
        AclsCommand::Create(args) => create::run(ctx, args).await,
        AclsCommand::Delete(args) => delete::run(ctx, args).await,
    }
}

/// Which ACLs: every part left out matches anything.
#[derive(Args, Debug)]
pub struct FilterArgs {
    /// Only ACLs of this principal, e.g. User:alice
    #[arg(long)]
    pub principal: Option<String>,

    /// Only ACLs for this host
    #[arg(long)]
    pub host: Option<String>,

    /// Only ACLs on this type of resource: topic, group, cluster, transactional-id
    #[arg(long, value_name = "TYPE")]
    pub resource_type: Option<ResourceType>,

    /// Only ACLs on this resource name
    #[arg(long, value_name = "NAME")]
    pub resource_name: Option<String>,

    /// How the resource name matches: match (every ACL that applies to the name, wildcard
    /// and prefixes included), literal, prefixed, or any (the name exactly, any pattern)
    #[arg(long, value_name = "TYPE")]
    pub pattern_type: Option<PatternType>,

    /// Only ACLs for this operation
    #[arg(long)]
    pub operation: Option<Operation>,

    /// Only ACLs with this permission: allow or deny
    #[arg(long)]
    pub permission: Option<Permission>,
}

impl FilterArgs {
    /// The filter; `default_pattern` applies when a resource name is given without
    /// --pattern-type.
    pub fn filter(&self, default_pattern: PatternType) -> AclFilter {
        AclFilter {
            resource_type: self.resource_type.unwrap_or(ResourceType::Any),
            resource_name: self.resource_name.clone(),
            pattern_type: self
                .pattern_type
                .unwrap_or(if self.resource_name.is_some() {
                    default_pattern
                } else {
                    PatternType::Any
                }),
            principal: self.principal.clone(),
            host: self.host.clone(),
            operation: self.operation.unwrap_or(Operation::Any),
            permission: self.permission.unwrap_or(Permission::Any),
        }
    }
}

/// ACLs as a table (one per line; nothing when there are none) or a JSON array.
pub fn print_acls(ctx: &Context, acls: &[Acl]) -> Result<()> {
    if ctx.output.structured() {
        return output::print_data(ctx.output, &acls);
    }
    if acls.is_empty() {
        return Ok(());
    }
    let mut table = output::table(&[
        "PRINCIPAL",
        "HOST",
        "OPERATION",
        "PERMISSION",
        "RESOURCE-TYPE",
        "RESOURCE-NAME",
        "PATTERN-TYPE",
    ]);
    for acl in acls {
        table.add_row(vec![
            acl.principal.clone(),
            acl.host.clone(),
            acl.operation.to_string(),
            acl.permission.to_string(),
            acl.resource_type.to_string(),
            acl.resource_name.clone(),
            acl.pattern_type.to_string(),
        ]);
    }
    output::print_table(&table)
}
