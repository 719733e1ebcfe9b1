use anyhow::Result;
use clap::Args;

use crate::context::Context;
use crate::io::output::{self};

/// Describe a share group: its state, coordinator, epochs and assignor, and each member
/// with its epoch and the partitions assigned to it (members of a share group share
/// partitions, so one partition may be assigned to several).
///
/// JSON output: {"group", "state", "coordinator", "group_epoch", "assignment_epoch",
/// "assignor", "members": [{"member_id", "client_id", "host", "member_epoch",
/// "assignment": [[topic, partition]]}]}.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  kfk share-groups describe workers
  kfk share-groups describe workers --output json | jq '.members | length'")]
pub struct DescribeArgs {
    /// The share group
    pub group: String,
}

pub async fn run(ctx: &Context, args: DescribeArgs) -> Result<()> {
    let group = args.group;
    let description = ctx
        .kafka
        .with_wire(move |wire| wire.describe_share_group(&group))
        .await?;
    if ctx.output.structured() {
        return output::print_data(ctx.output, &description);
    }
    output::print_line(&format!(
        "GROUP {}: state {}, coordinator {}, group epoch {}, assignment epoch {}, assignor {}, {}",
        description.group,
        description.state,
        description.coordinator,
        description.group_epoch,
        description.assignment_epoch,
        description.assignor,
        output::count(description.members.len() as u64, "member")
    ))?;
    if description.members.is_empty() {
        return Ok(());
    }
    let mut table = output::table(&["MEMBER-ID", "HOST", "CLIENT-ID", "EPOCH", "ASSIGNMENT"]);
    for m in &description.members {
        let assignment: Vec<String> = m
            .assignment
            .iter()
            .map(|(t, p)| format!("{t}:{p}"))
            .collect();
        table.add_row(vec![
            m.member_id.clone(),
            m.host.clone(),
            m.client_id.clone(),
            m.member_epoch.to_string(),
            if assignment.is_empty() {
                "-".into()
            } else {
                assignment.join(",")
            },
        ]);
    }
    output::print_table(&table)
}
