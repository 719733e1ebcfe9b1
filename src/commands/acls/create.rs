use std::time::{Duration, Instant};

use anyhow::Result;
use clap::Args;

use super::print_acls;
use crate::context::Context;
use crate::error::{PartialFailure, UsageError};
use crate::io::output;
use crate::kafka::acl::{Acl, AclFilter, Operation, PatternType, Permission, ResourceType};
use crate::kafka::admin;

/// Create access control lists (CreateAcls): one per operation given. Shows them; a dry
/// run unless --execute is given.
///
/// After creating, kfk lists the resource's ACLs again and fails (exit 3) if any it
/// created is missing. JSON output: the ACLs, as `kfk acls list` prints them.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  kfk acls create --principal User:alice --operation read,describe \\
      --resource-type topic --resource-name orders --execute
  kfk acls create --principal User:billing --operation all --resource-type group \\
      --resource-name billing- --pattern-type prefixed --execute
  kfk acls create --principal User:ops --operation describe --resource-type cluster")]
pub struct CreateArgs {
    /// Whom the ACLs are for, e.g. User:alice
    #[arg(long)]
    pub principal: String,

    /// The host the principal connects from ('*' for any)
    #[arg(long, default_value = "*")]
    pub host: String,

    /// The operations, comma-separated or repeated: all, read, write, create, delete,
    /// alter, describe, cluster-action, describe-configs, alter-configs, idempotent-write
    #[arg(long, required = true, value_delimiter = ',')]
    pub operation: Vec<Operation>,

    /// allow or deny
    #[arg(long, default_value = "allow")]
    pub permission: Permission,

    /// topic, group, cluster or transactional-id
    #[arg(long, value_name = "TYPE")]
    pub resource_type: ResourceType,

    /// The resource's name ('*' for every one; the cluster needs none)
    #[arg(long, value_name = "NAME")]
    pub resource_name: Option<String>,

    /// literal (the name exactly) or prefixed (every name that starts with it)
    #[arg(long, value_name = "TYPE", default_value = "literal")]
    pub pattern_type: PatternType,

    /// Create the ACLs; without it, kfk only shows them
    #[arg(long)]
    pub execute: bool,
}

pub async fn run(ctx: &Context, args: CreateArgs) -> Result<()> {
    let acls = acls_of(&args).map_err(UsageError)?;
    print_acls(ctx, &acls)?;
    if !args.execute {
        output::note("dry run: nothing was created; add --execute to create these ACLs");
        return Ok(());
    }
    let to_create = acls.clone();
    let answers = ctx
        .kafka
        .with_admin(move |client, timeout| admin::create_acls(client, &to_create, timeout))
        .await?;
    let refused: Vec<String> = acls
        .iter()
        .zip(&answers)
        .filter_map(|(acl, error)| error.as_ref().map(|e| format!("{}: {e}", acl.operation)))
        .collect();
    if refused.len() == acls.len() {
        anyhow::bail!("the broker created no ACL: {}", refused.join("; "));
    }
    // Read back: a broker that answers "created" must also list them. Under KRaft a
    // broker applies the new ACLs when it replays the metadata log, a moment after it
    // answers, so the listing is asked again until they show or --timeout passes.
    let filter = AclFilter {
        operation: Operation::Any,
        ..acls[0].as_filter()
    };
    let deadline = Instant::now() + ctx.timeout();
    let missing = loop {
        let filter = filter.clone();
        let listed = ctx
            .kafka
            .with_admin(move |client, timeout| admin::describe_acls(client, &filter, timeout))
            .await?;
        let missing: Vec<String> = acls
            .iter()
            .zip(&answers)
            .filter(|(acl, error)| error.is_none() && !listed.contains(acl))
            .map(|(acl, _)| acl.operation.to_string())
            .collect();
        if missing.is_empty() || Instant::now() >= deadline {
            break missing;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    let created = acls.len() - refused.len() - missing.len();
    output::note(&format!(
        "created {created} of {}",
        output::count(acls.len() as u64, "ACL")
    ));
    let mut problems = refused;
    if !missing.is_empty() {
        problems.push(format!(
            "the broker said it created {} but does not list them afterwards",
            missing.join(", ")
        ));
    }
    match problems.is_empty() {
        true => Ok(()),
        false => Err(PartialFailure(problems.join("; ")).into()),
    }
}

fn acls_of(args: &CreateArgs) -> Result<Vec<Acl>, String> {
    let name = match (args.resource_type, &args.resource_name) {
        (ResourceType::Cluster, None) => crate::kafka::acl::CLUSTER_RESOURCE.to_string(),
        (_, Some(name)) => name.clone(),
        (kind, None) => return Err(format!("an ACL on a {kind} needs --resource-name")),
    };
    let mut operations = args.operation.clone();
    operations.sort();
    operations.dedup();
    let acls: Vec<Acl> = operations
        .into_iter()
        .map(|operation| Acl {
            principal: args.principal.clone(),
            host: args.host.clone(),
            operation,
            permission: args.permission,
            resource_type: args.resource_type,
            resource_name: name.clone(),
            pattern_type: args.pattern_type,
        })
        .collect();
    for acl in &acls {
        acl.check()?;
    }
    Ok(acls)
}
