//! `consume --key`: the one partition of each topic that holds a key, computed with the
//! producers' partitioner, so that a lookup reads that partition and no other.

use anyhow::{bail, Result};

use super::ConsumeArgs;
use crate::error::UsageError;
use crate::kafka::TopicSpec;

/// Each topic narrowed to the partition that the producers' partitioner puts `key` in.
pub(super) fn key_partitions(
    args: &ConsumeArgs,
    key: &str,
    specs: Vec<TopicSpec>,
    cluster: &crate::kafka::Cluster,
) -> Result<Vec<TopicSpec>> {
    let Some(hash) = args.partitioner.key_hash() else {
        bail!(UsageError(
            "the random partitioner puts a key in any partition: add --all-partitions".into()
        ));
    };
    if specs.iter().any(|s| s.partitions.is_some()) {
        bail!(UsageError(
            "--key reads the partition its key hashes to: drop -p and TOPIC:PARTITIONS, or add --all-partitions".into()
        ));
    }
    specs
        .into_iter()
        .map(|spec| {
            let count = cluster.resolve(&spec)?.partitions.len() as i32;
            let partition = hash.partition(key.as_bytes(), count);
            if !args.quiet {
                crate::io::output::note(&format!(
                    "key '{key}' is in partition {partition} of the {count} of '{}' by {}: reading that partition only",
                    spec.topic,
                    args.partitioner.name()
                ));
            }
            Ok(TopicSpec {
                topic: spec.topic,
                partitions: Some(vec![partition]),
            })
        })
        .collect()
}
