//! The topic-level configuration entries of Apache Kafka (3.x and 4.x) and the type of
//! each, so that a misspelt name or a value of the wrong kind is refused before anything
//! is sent. Brokers describe their own entries too; a name a broker reports (a vendor's
//! extension, say) is accepted even when it is not listed here.

/// What values an entry takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValueKind {
    /// A whole number, at least the given minimum (-1 means "no limit" where allowed).
    Long {
        min: i64,
    },
    Int {
        min: i64,
    },
    /// A ratio between 0 and 1.
    Ratio,
    Boolean,
    /// One of the given words.
    OneOf(&'static [&'static str]),
    /// A comma-separated list of the given words.
    ListOf(&'static [&'static str]),
    /// A comma-separated list of anything (replica lists such as `0:1,1:2`, or `*`).
    List,
    Text,
}

const COMPRESSION: &[&str] = &["uncompressed", "zstd", "lz4", "snappy", "gzip", "producer"];

pub const TOPIC_CONFIGS: &[(&str, ValueKind)] = &[
    ("cleanup.policy", ValueKind::ListOf(&["compact", "delete"])),
    ("compression.gzip.level", ValueKind::Int { min: -1 }),
    ("compression.lz4.level", ValueKind::Int { min: 1 }),
    ("compression.type", ValueKind::OneOf(COMPRESSION)),
    ("compression.zstd.level", ValueKind::Int { min: -131072 }),
    ("delete.retention.ms", ValueKind::Long { min: 0 }),
    ("file.delete.delay.ms", ValueKind::Long { min: 0 }),
    ("flush.messages", ValueKind::Long { min: 1 }),
    ("flush.ms", ValueKind::Long { min: 0 }),
    ("follower.replication.throttled.replicas", ValueKind::List),
    ("index.interval.bytes", ValueKind::Int { min: 0 }),
    ("leader.replication.throttled.replicas", ValueKind::List),
    ("local.retention.bytes", ValueKind::Long { min: -2 }),
    ("local.retention.ms", ValueKind::Long { min: -2 }),
    ("max.compaction.lag.ms", ValueKind::Long { min: 1 }),
    ("max.message.bytes", ValueKind::Int { min: 0 }),
    ("message.downconversion.enable", ValueKind::Boolean),
    ("message.format.version", ValueKind::Text),
    ("message.timestamp.after.max.ms", ValueKind::Long { min: 0 }),
    (
        "message.timestamp.before.max.ms",
        ValueKind::Long { min: 0 },
    ),
    (
        "message.timestamp.difference.max.ms",
        ValueKind::Long { min: 0 },
    ),
    (
        "message.timestamp.type",
        ValueKind::OneOf(&["CreateTime", "LogAppendTime"]),
    ),
    ("min.cleanable.dirty.ratio", ValueKind::Ratio),
    ("min.compaction.lag.ms", ValueKind::Long { min: 0 }),
    ("min.insync.replicas", ValueKind::Int { min: 1 }),
    ("preallocate", ValueKind::Boolean),
    ("remote.log.copy.disable", ValueKind::Boolean),
    ("remote.log.delete.on.disable", ValueKind::Boolean),
    ("remote.storage.enable", ValueKind::Boolean),
    ("retention.bytes", ValueKind::Long { min: -1 }),
    ("retention.ms", ValueKind::Long { min: -1 }),
    ("segment.bytes", ValueKind::Int { min: 14 }),
    ("segment.index.bytes", ValueKind::Int { min: 4 }),
    ("segment.jitter.ms", ValueKind::Long { min: 0 }),
    ("segment.ms", ValueKind::Long { min: 1 }),
    ("unclean.leader.election.enable", ValueKind::Boolean),
];

pub fn topic_config_kind(name: &str) -> Option<ValueKind> {
    TOPIC_CONFIGS
        .iter()
        .find(|(known, _)| *known == name)
        .map(|(_, kind)| *kind)
}

/// Why `value` does not fit `kind`, if it does not.
pub fn check_value(kind: ValueKind, value: &str) -> Result<(), String> {
    let number = |min: i64, max: i64| match value.trim().parse::<i64>() {
        Ok(n) if n >= min && n <= max => Ok(()),
        Ok(_) if max == i32::MAX as i64 => Err(format!("a whole number from {min} to {max}")),
        Ok(_) => Err(format!("a whole number of at least {min}")),
        Err(_) => Err("a whole number".to_string()),
    };
    let words = |allowed: &[&str]| allowed.join(", ");
    let expected = match kind {
        ValueKind::Long { min } => number(min, i64::MAX),
        ValueKind::Int { min } => number(min, i32::MAX as i64),
        ValueKind::Ratio => match value.trim().parse::<f64>() {
            Ok(r) if (0.0..=1.0).contains(&r) => Ok(()),
            _ => Err("a number from 0 to 1".to_string()),
        },
        ValueKind::Boolean => match value.trim() {
            "true" | "false" => Ok(()),
            _ => Err("true or false".to_string()),
        },
        ValueKind::OneOf(allowed) if allowed.contains(&value.trim()) => Ok(()),
        ValueKind::OneOf(allowed) => Err(format!("one of {}", words(allowed))),
        ValueKind::ListOf(allowed) => {
            match value
                .split(',')
                .find(|item| !allowed.contains(&item.trim()))
            {
                None => Ok(()),
                Some(_) => Err(format!("a comma-separated list of {}", words(allowed))),
            }
        }
        ValueKind::List | ValueKind::Text => Ok(()),
    };
    expected.map_err(|wanted| format!("'{value}' is not valid: expected {wanted}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_checked_by_kind() {
        let retention = topic_config_kind("retention.ms").unwrap();
        assert_eq!(check_value(retention, "86400000"), Ok(()));
        assert_eq!(check_value(retention, "-1"), Ok(()));
        assert_eq!(
            check_value(retention, "1d"),
            Err("'1d' is not valid: expected a whole number".into())
        );
        let policy = topic_config_kind("cleanup.policy").unwrap();
        assert_eq!(check_value(policy, "compact,delete"), Ok(()));
        assert!(check_value(policy, "compacted")
            .unwrap_err()
            .contains("compact, delete"));
        let isr = topic_config_kind("min.insync.replicas").unwrap();
        assert!(check_value(isr, "0")
            .unwrap_err()
            .contains("from 1 to 2147483647"));
        assert!(check_value(isr, "3000000000").is_err());
        let ratio = topic_config_kind("min.cleanable.dirty.ratio").unwrap();
        assert_eq!(check_value(ratio, "0.5"), Ok(()));
        assert!(check_value(ratio, "1.5").is_err());
        assert!(check_value(ValueKind::Boolean, "yes").is_err());
    }

    #[test]
    fn the_table_is_sorted_and_unique() {
        let names: Vec<&str> = TOPIC_CONFIGS.iter().map(|(name, _)| *name).collect();
        let mut sorted = names.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(names, sorted);
    }
}
