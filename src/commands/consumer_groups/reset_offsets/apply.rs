//! Applying a reset plan: the undo file first, then the commits and deletions, then a
//! read-back.

use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result};

use crate::context::Context;
use crate::error::PartialFailure;
use crate::io::{files, output};
use crate::kafka::{admin, blocking, PartitionOffset};
use crate::model::group::GroupView;
use crate::model::reset_plan::{csv, PlanRow};

/// Writes the undo file, commits the plan in one request, deletes the offsets the plan
/// removes, and reads the result back.
pub async fn apply(ctx: &Context, view: &GroupView, rows: &[PlanRow]) -> Result<()> {
    let undo = files::write_record("kfk-undo", &view.group, "csv", &csv(rows, |r| r.current))
        .context("cannot write the undo file")?;
    let commits: Vec<PartitionOffset> = rows
        .iter()
        .filter_map(|r| {
            Some(PartitionOffset {
                topic: r.topic.clone(),
                partition: r.partition,
                offset: r.new?,
            })
        })
        .collect();
    // Only offsets that exist need deleting.
    let deletions: Vec<(String, i32)> = rows
        .iter()
        .filter(|r| r.new.is_none() && r.current.is_some())
        .map(|r| (r.topic.clone(), r.partition))
        .collect();
    let admin = ctx.kafka.admin()?;
    let reader = ctx.kafka.lookup_consumer()?;
    let timeout = ctx.timeout();
    let group = view.group.clone();
    let wanted = commits.clone();
    let to_delete = deletions.clone();
    let (refused, deleted, committed) = blocking(move || {
        let client = admin.inner();
        let refused = if wanted.is_empty() {
            Vec::new()
        } else {
            admin::alter_offsets(client, &group, &wanted, timeout)?
        };
        if !refused.is_empty() {
            return Ok((refused, Ok(Vec::new()), Vec::new()));
        }
        let deleted = if to_delete.is_empty() {
            Ok(Vec::new())
        } else {
            admin::delete_offsets(client, &group, &to_delete, timeout)
        };
        let committed = admin::committed_offsets(&reader, &group, timeout);
        if deleted.is_err() {
            admin::leave_after_failed_delete(admin);
        }
        Ok((refused, deleted, committed?))
    })
    .await?;
    let group = &view.group;
    if !refused.is_empty() {
        let list: Vec<String> = refused
            .iter()
            .map(|(p, e)| format!("{}:{} ({e})", p.topic, p.partition))
            .collect();
        return Err(PartialFailure(format!(
            "group '{group}': the broker refused {} of {} offsets: {}; undo file: {}",
            refused.len(),
            commits.len(),
            list.join(", "),
            undo.display()
        ))
        .into());
    }
    // The partitions whose offsets stayed, and why (one reason when the request failed).
    let not_deleted = match deleted {
        Ok(failures) if failures.is_empty() => None,
        Ok(failures) => Some(
            failures
                .iter()
                .map(|(p, e)| format!("{}:{} ({e})", p.topic, p.partition))
                .collect::<Vec<_>>()
                .join(", "),
        ),
        Err(err) => Some(format!(
            "{}: {err:#}",
            deletions
                .iter()
                .map(|(topic, partition)| format!("{topic}:{partition}"))
                .collect::<Vec<_>>()
                .join(", "),
        )),
    };
    let mismatched: Vec<String> = commits
        .iter()
        .filter(|o| !committed.contains(o))
        .map(|o| format!("{}:{}", o.topic, o.partition))
        .chain(
            deletions
                .iter()
                .filter(|(topic, partition)| {
                    committed
                        .iter()
                        .any(|c| c.partition == *partition && c.topic == *topic)
                })
                .map(|(topic, partition)| format!("{topic}:{partition}")),
        )
        .collect();
    let undo_hint = format!(
        "undo with: kfk consumer-groups reset-offsets {group} --from-file {} --execute",
        undo.display()
    );
    if let Some(not_deleted) = not_deleted {
        return Err(PartialFailure(format!(
            "group '{group}': {} offsets committed, but the committed offset could not be removed \
             (restored to none) for {not_deleted}; {undo_hint}",
            commits.len(),
        ))
        .into());
    }
    if !mismatched.is_empty() {
        return Err(PartialFailure(format!(
            "group '{group}': read back differs for {}; {undo_hint}",
            mismatched.join(", "),
        ))
        .into());
    }
    let removed = if deletions.is_empty() {
        String::new()
    } else {
        format!(" and {} removed", deletions.len())
    };
    output::note(&format!(
        "group '{group}': {} offsets committed{removed} and read back; {undo_hint}",
        commits.len(),
    ));
    Ok(())
}

pub(super) fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}

pub(super) fn write_file(path: &Path, text: &str) -> Result<()> {
    std::fs::write(path, text).with_context(|| format!("cannot write {}", path.display()))
}
