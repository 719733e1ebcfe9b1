//! A configuration change checked and shown before it is applied: each entry's value
//! before and after. Names are checked against what the broker reports and, for topics,
//! against Apache Kafka's own list; values against the entry's type. Any mistake refuses
//! the whole change, so nothing is half-applied.

use serde::Serialize;

use super::configs::{ConfigChange, ConfigEntry, ConfigOp, ConfigTarget};
use super::topic_config_schema::{check_value, topic_config_kind, ValueKind, TOPIC_CONFIGS};

/// What one entry is now and will be.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PlanRow {
    pub name: String,
    pub op: ConfigOp,
    /// The value in effect, as the broker reports it (None when it reports none).
    pub before: Option<String>,
    /// Where `before` comes from ("default", "dynamic topic", ...).
    pub before_source: Option<&'static str>,
    /// None: back to the default.
    pub after: Option<String>,
    pub sensitive: bool,
    /// The entry already holds what was asked, with the source a change would give it.
    pub unchanged: bool,
}

/// The source an entry set on `target` has (kept in the cluster's metadata).
pub fn dynamic_source(target: &ConfigTarget) -> &'static str {
    match target {
        ConfigTarget::Topic(_) => "dynamic topic",
        ConfigTarget::Broker(_) => "dynamic broker",
    }
}

/// Whether `entry` (None: the broker reports no such entry) holds what `row` asked for:
/// its value and a dynamic source, or, for a delete, no dynamic value. List entries
/// compare item by item; a sensitive entry by its source alone.
pub fn holds(target: &ConfigTarget, row: &PlanRow, entry: Option<&ConfigEntry>) -> bool {
    let dynamic = entry.is_some_and(|e| e.source == dynamic_source(target));
    match row.op {
        ConfigOp::Delete => !dynamic,
        // A sensitive value is never shown: its source is all there is to see.
        _ if row.sensitive => dynamic,
        ConfigOp::Set => dynamic && entry.and_then(|e| e.value.as_deref()) == row.after.as_deref(),
        ConfigOp::Append | ConfigOp::Subtract => {
            let mut now = items(entry.and_then(|e| e.value.as_deref()));
            let mut wanted = items(row.after.as_deref());
            now.sort_unstable();
            wanted.sort_unstable();
            dynamic && now == wanted
        }
    }
}

/// Checks `changes` against `current` (the target's entries as the broker describes
/// them) and works out each entry's value after the change.
pub fn plan(
    target: &ConfigTarget,
    current: &[ConfigEntry],
    changes: &[ConfigChange],
) -> Result<Vec<PlanRow>, String> {
    if changes.is_empty() {
        return Err("nothing to change: give --set, --delete, --append or --subtract".into());
    }
    let mut rows: Vec<PlanRow> = Vec::new();
    for change in changes {
        if rows.iter().any(|row| row.name == change.name) {
            return Err(format!(
                "'{}' is changed twice; change it once",
                change.name
            ));
        }
        let entry = current.iter().find(|entry| entry.name == change.name);
        let kind = match target {
            ConfigTarget::Topic(_) => topic_config_kind(&change.name),
            ConfigTarget::Broker(_) => None,
        };
        if entry.is_none() && kind.is_none() {
            return Err(unknown_name(target, &change.name, current));
        }
        let sensitive = entry.is_some_and(|e| e.sensitive);
        let value = change.value.as_deref().unwrap_or_default();
        if change.op != ConfigOp::Delete && !sensitive {
            if let Some(kind) = kind {
                let item_kind = match (change.op, kind) {
                    (ConfigOp::Set, _) | (_, ValueKind::ListOf(_) | ValueKind::List) => kind,
                    _ => {
                        return Err(format!(
                            "'{}' is not a list: --append and --subtract work on lists",
                            change.name
                        ))
                    }
                };
                check_value(item_kind, value).map_err(|why| format!("{}: {why}", change.name))?;
            }
        }
        let effective = entry.and_then(|e| e.value.clone());
        let after = match change.op {
            ConfigOp::Set => Some(value.to_string()),
            ConfigOp::Delete => None,
            ConfigOp::Append => Some(list_with(effective.as_deref(), value)),
            ConfigOp::Subtract => Some(list_without(effective.as_deref(), value)),
        };
        let redacted = || Some("[redacted]".to_string());
        let mut row = PlanRow {
            name: change.name.clone(),
            op: change.op,
            before: if sensitive { redacted() } else { effective },
            before_source: entry.map(|e| e.source),
            after: if sensitive {
                after.and(redacted())
            } else {
                after
            },
            sensitive,
            unchanged: false,
        };
        // A sensitive value cannot be compared, so setting it is always a change.
        row.unchanged = !(sensitive && change.op != ConfigOp::Delete) && holds(target, &row, entry);
        rows.push(row);
    }
    Ok(rows)
}

fn unknown_name(target: &ConfigTarget, name: &str, current: &[ConfigEntry]) -> String {
    let known = current.iter().map(|e| e.name.as_str());
    let known: Vec<&str> = match target {
        ConfigTarget::Topic(_) => known.chain(TOPIC_CONFIGS.iter().map(|(n, _)| *n)).collect(),
        ConfigTarget::Broker(_) => known.collect(),
    };
    let closest = known
        .iter()
        .map(|candidate| (strsim::levenshtein(name, candidate), *candidate))
        .filter(|(distance, _)| *distance <= 3)
        .min();
    let kind = match target {
        ConfigTarget::Topic(_) => "topic",
        ConfigTarget::Broker(_) => "broker",
    };
    match closest {
        None if known.is_empty() => format!(
            "unknown {kind} config '{name}': the broker reports no {kind} configuration \
             entries, so kfk cannot check the name; nothing was changed"
        ),
        Some((_, candidate)) => {
            format!(
                "unknown {kind} config '{name}' (did you mean '{candidate}'?); nothing was changed"
            )
        }
        None => format!("unknown {kind} config '{name}'; nothing was changed"),
    }
}

fn items(list: Option<&str>) -> Vec<&str> {
    list.unwrap_or_default()
        .split(',')
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .collect()
}

fn list_with(list: Option<&str>, added: &str) -> String {
    let mut all = items(list);
    for item in items(Some(added)) {
        if !all.contains(&item) {
            all.push(item);
        }
    }
    all.join(",")
}

fn list_without(list: Option<&str>, removed: &str) -> String {
    let removed = items(Some(removed));
    items(list)
        .into_iter()
        .filter(|item| !removed.contains(item))
        .collect::<Vec<_>>()
        .join(",")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(name: &str, value: &str, default: bool) -> ConfigEntry {
        ConfigEntry {
            name: name.into(),
            value: Some(value.into()),
            source: if default { "default" } else { "dynamic topic" },
            sensitive: false,
            default,
        }
    }

    fn change(name: &str, op: ConfigOp, value: Option<&str>) -> ConfigChange {
        ConfigChange {
            name: name.into(),
            op,
            value: value.map(Into::into),
        }
    }

    fn topic() -> ConfigTarget {
        ConfigTarget::Topic("orders".into())
    }

    #[test]
    fn rows_show_before_and_after() {
        let current = [
            entry("retention.ms", "1000", false),
            entry("cleanup.policy", "delete", true),
        ];
        let rows = plan(
            &topic(),
            &current,
            &[
                change("retention.ms", ConfigOp::Delete, None),
                change("cleanup.policy", ConfigOp::Append, Some("compact")),
                change("max.message.bytes", ConfigOp::Set, Some("2097152")),
            ],
        )
        .unwrap();
        let summary: Vec<(Option<&str>, Option<&str>)> = rows
            .iter()
            .map(|r| (r.before.as_deref(), r.after.as_deref()))
            .collect();
        assert_eq!(
            summary,
            [
                (Some("1000"), None),
                (Some("delete"), Some("delete,compact")),
                (None, Some("2097152"))
            ]
        );
    }

    #[test]
    fn an_unknown_name_is_refused_with_the_closest_known_one() {
        let err = plan(
            &topic(),
            &[],
            &[change("retention.mss", ConfigOp::Set, Some("1"))],
        )
        .unwrap_err();
        assert_eq!(
            err,
            "unknown topic config 'retention.mss' (did you mean 'retention.ms'?); nothing was changed"
        );
        // A name the broker reports is known, even if Apache Kafka has no such entry.
        let vendor = [entry("confluent.placement.constraints", "", true)];
        let set = change("confluent.placement.constraints", ConfigOp::Set, Some("{}"));
        assert!(plan(&topic(), &vendor, &[set]).is_ok());
    }

    #[test]
    fn broker_names_come_from_the_broker() {
        let err = plan(
            &ConfigTarget::Broker(1),
            &[entry("log.retention.ms", "1", true)],
            &[change("log.retention.msx", ConfigOp::Set, Some("1"))],
        )
        .unwrap_err();
        assert!(err.contains(
            "unknown broker config 'log.retention.msx' (did you mean 'log.retention.ms'?)"
        ));
    }

    #[test]
    fn bad_values_and_repeats_are_refused() {
        let err = plan(
            &topic(),
            &[],
            &[change("retention.ms", ConfigOp::Set, Some("7d"))],
        )
        .unwrap_err();
        assert_eq!(
            err,
            "retention.ms: '7d' is not valid: expected a whole number"
        );
        let twice = [
            change("retention.ms", ConfigOp::Set, Some("1")),
            change("retention.ms", ConfigOp::Delete, None),
        ];
        assert!(plan(&topic(), &[], &twice)
            .unwrap_err()
            .contains("changed twice"));
        let append = [change("retention.ms", ConfigOp::Append, Some("1"))];
        assert!(plan(&topic(), &[], &append)
            .unwrap_err()
            .contains("not a list"));
    }

    #[test]
    fn lists_lose_and_gain_items() {
        assert_eq!(list_without(Some("compact,delete"), "compact"), "delete");
        assert_eq!(list_with(Some("delete"), "delete"), "delete");
        assert_eq!(list_with(None, "a,b"), "a,b");
    }
}
