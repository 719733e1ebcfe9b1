use anyhow::Result;
use clap::Args;

use super::{
    gather, offset_or_none, or_dash, require_known, select_groups, unreadable_views, Concurrency,
    Detail,
};
use crate::commands::completions::live;
use crate::context::Context;
use crate::io::output;
use crate::model::group::GroupView;

/// Show a group's committed offsets, log start and end, lag and owner per partition, as
/// kafka-consumer-groups.sh --describe does, with a summary line per group.
///
/// --members lists the members and their assignments; --state shows the group's state.
/// A consumer-protocol (KIP-848) group also shows its group and assignment epochs, and
/// each member's epoch and target assignment: a member whose epoch trails the group's is
/// still moving to its target.
///
/// JSON output is an array of {"group", "state", "assignment_strategy", "coordinator",
/// "group_epoch", "assignment_epoch" (consumer-protocol groups only), "members":
/// [{"consumer_id", "host", "client_id", "assignment": [[topic, partition]],
/// "member_epoch", "target_assignment" (consumer-protocol groups only)}],
/// "partitions": [{"topic", "partition", "current_offset", "log_start_offset",
/// "log_end_offset", "lag", "consumer_id", "host", "client_id"}]} (null where unknown).
/// A group that cannot be read is reported with the reason ("error" in JSON) beside the
/// others, and the exit status is 3.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  kfk consumer-groups describe billing
  kfk consumer-groups describe billing --members
  kfk consumer-groups describe --all --state
  kfk consumer-groups describe billing --output json | jq '.[0].partitions[] | select(.lag > 0)'")]
pub struct DescribeArgs {
    /// Groups to describe
    #[arg(add = live::groups())]
    pub groups: Vec<String>,

    /// Describe every group
    #[arg(long, conflicts_with = "groups")]
    pub all: bool,

    /// Show members and their assignments instead of partitions
    #[arg(long, conflicts_with = "state")]
    pub members: bool,

    /// Show each group's state, coordinator and assignment strategy
    #[arg(long)]
    pub state: bool,

    #[command(flatten)]
    pub concurrency: Concurrency,
}

pub async fn run(ctx: &Context, args: DescribeArgs) -> Result<()> {
    let groups = select_groups(&args.groups, args.all)?;
    let mut views = gather(ctx, &groups, args.concurrency, Detail::Full).await?;
    require_known(&views)?;
    add_epochs(ctx, &mut views).await;
    if ctx.output.structured() {
        output::print_data(ctx.output, &views)?;
        return unreadable_views(&views);
    }
    print_tables(&views, &args)?;
    unreadable_views(&views)
}

/// Adds what the coordinators of consumer-protocol (KIP-848) groups know beyond a
/// classic description: epochs and target assignments. Without them the rest stands, and
/// a note says why they are missing.
async fn add_epochs(ctx: &Context, views: &mut [GroupView]) {
    let names: Vec<String> = views
        .iter()
        .filter(|v| v.error.is_none() && !v.is_unknown())
        .map(|v| v.group.clone())
        .collect();
    if names.is_empty() {
        return;
    }
    match ctx
        .kafka
        .with_wire(move |wire| wire.consumer_group_epochs(&names))
        .await
    {
        Ok(epochs) => {
            for view in views.iter_mut() {
                if let Some(known) = epochs.iter().find(|e| e.group == view.group) {
                    view.add_epochs(known);
                }
            }
        }
        Err(err) => output::note(&format!(
            "the epochs of consumer-protocol groups are not shown: {err:#}"
        )),
    }
}

fn print_tables(views: &[GroupView], args: &DescribeArgs) -> Result<()> {
    for view in views.iter().filter(|v| v.error.is_none()) {
        if view.members.is_empty() && !view.is_active() {
            output::note(&format!(
                "consumer group '{}' has no active members",
                view.group
            ));
        } else if view.state.contains("Rebalanc") {
            output::note(&format!("consumer group '{}' is rebalancing", view.group));
        }
    }
    if args.state {
        return output::print_table(&state_table(views));
    }
    if args.members {
        return output::print_table(&members_table(views));
    }
    for view in views {
        output::print_line(&summary(view))?;
    }
    output::print_table(&partitions_table(views))
}

pub fn summary(view: &GroupView) -> String {
    if let Some(error) = &view.error {
        return format!("GROUP {}: cannot be read: {error}", view.group);
    }
    format!(
        "GROUP {}: state {}, coordinator {}, assignment {}, {} members, total lag {}",
        view.group,
        view.state,
        or_dash(view.coordinator.as_ref()),
        if view.assignment_strategy.is_empty() {
            "-"
        } else {
            &view.assignment_strategy
        },
        view.members.len(),
        view.total_lag()
    )
}

pub fn partitions_table(views: &[GroupView]) -> comfy_table::Table {
    let mut table = output::table(&[
        "GROUP",
        "TOPIC",
        "PARTITION",
        "CURRENT-OFFSET",
        "LOG-END-OFFSET",
        "LAG",
        "CONSUMER-ID",
        "HOST",
        "CLIENT-ID",
        "LOG-START-OFFSET",
    ]);
    for view in views {
        for p in &view.partitions {
            table.add_row(vec![
                view.group.clone(),
                p.topic.clone(),
                p.partition.to_string(),
                offset_or_none(p.current_offset),
                p.log_end_offset.to_string(),
                or_dash(p.lag),
                or_dash(p.consumer_id.as_ref()),
                or_dash(p.host.as_ref()),
                or_dash(p.client_id.as_ref()),
                p.log_start_offset.to_string(),
            ]);
        }
    }
    table
}

pub fn members_table(views: &[GroupView]) -> comfy_table::Table {
    let epochs = views
        .iter()
        .flat_map(|v| &v.members)
        .any(|m| m.member_epoch.is_some());
    let mut headers = vec![
        "GROUP",
        "CONSUMER-ID",
        "HOST",
        "CLIENT-ID",
        "#PARTITIONS",
        "ASSIGNMENT",
    ];
    if epochs {
        headers.extend(["EPOCH", "TARGET-ASSIGNMENT"]);
    }
    let mut table = output::table(&headers);
    let listed = |pairs: &[(String, i32)]| {
        if pairs.is_empty() {
            return "-".to_string();
        }
        let shown: Vec<String> = pairs.iter().map(|(t, p)| format!("{t}:{p}")).collect();
        shown.join(",")
    };
    for view in views {
        for member in &view.members {
            let mut row = vec![
                view.group.clone(),
                member.consumer_id.clone(),
                member.host.clone(),
                member.client_id.clone(),
                member.assignment.len().to_string(),
                listed(&member.assignment),
            ];
            if epochs {
                row.push(or_dash(member.member_epoch));
                row.push(
                    member
                        .target_assignment
                        .as_deref()
                        .map_or("-".to_string(), listed),
                );
            }
            table.add_row(row);
        }
    }
    table
}

fn state_table(views: &[GroupView]) -> comfy_table::Table {
    let epochs = views.iter().any(|v| v.group_epoch.is_some());
    let mut headers = vec![
        "GROUP",
        "COORDINATOR (ID)",
        "ASSIGNMENT-STRATEGY",
        "STATE",
        "#MEMBERS",
    ];
    if epochs {
        headers.extend(["GROUP-EPOCH", "ASSIGNMENT-EPOCH"]);
    }
    let mut table = output::table(&headers);
    for view in views {
        let mut row = vec![
            view.group.clone(),
            or_dash(view.coordinator.as_ref()),
            if view.assignment_strategy.is_empty() {
                "-".into()
            } else {
                view.assignment_strategy.clone()
            },
            view.state.clone(),
            view.members.len().to_string(),
        ];
        if epochs {
            row.push(or_dash(view.group_epoch));
            row.push(or_dash(view.assignment_epoch));
        }
        table.add_row(row);
    }
    table
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::group::build_view;
    use crate::model::group::tests::{description, extent, offset};

    #[test]
    fn members_and_assignments_render() {
        let view = build_view(
            &description(),
            &[offset("orders", 0, 5), offset("orders", 1, 7)],
            &[extent("orders", 0, 0, 10), extent("orders", 1, 2, 7)],
        );
        assert_eq!(view.total_lag(), 5);
        let rows: Vec<Vec<String>> = partitions_table(std::slice::from_ref(&view))
            .lines()
            .skip(1)
            .map(|l| l.split_whitespace().map(String::from).collect())
            .collect();
        assert_eq!(
            rows[0],
            [
                "billing",
                "orders",
                "0",
                "5",
                "10",
                "5",
                "consumer-a",
                "/10.0.0.1",
                "app-a",
                "0"
            ]
        );
        assert_eq!(
            rows[1],
            [
                "billing",
                "orders",
                "1",
                "7",
                "7",
                "0",
                "consumer-b",
                "/10.0.0.2",
                "app-b",
                "2"
            ]
        );
        let members: Vec<Vec<String>> = members_table(std::slice::from_ref(&view))
            .lines()
            .skip(1)
            .map(|l| l.split_whitespace().map(String::from).collect())
            .collect();
        assert_eq!(
            members[0],
            [
                "billing",
                "consumer-a",
                "/10.0.0.1",
                "app-a",
                "1",
                "orders:0"
            ]
        );
        assert_eq!(
            summary(&view),
            "GROUP billing: state Stable, coordinator broker1:9092 (id 1), assignment range, 2 members, total lag 5"
        );
    }
}
