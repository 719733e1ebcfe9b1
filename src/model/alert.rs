//! Alert rules on a group's lag on a topic: `lag_seconds > 300`, `lag >= 10000`,
//! `status == STALLED`. Parsed once from the command line, judged on every measurement.

use std::collections::BTreeMap;
use std::fmt;
use std::time::Duration;

use super::lag::Trend;

/// What a rule measures: the fields of a lag row, under their JSON names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Measure {
    Lag,
    MaxLag,
    LagSeconds,
    PartitionsLagging,
    EtaSeconds,
    Status,
}

const MEASURES: [(&str, Measure); 6] = [
    ("lag", Measure::Lag),
    ("max_lag", Measure::MaxLag),
    ("lag_seconds", Measure::LagSeconds),
    ("partitions_lagging", Measure::PartitionsLagging),
    ("eta_seconds", Measure::EtaSeconds),
    ("status", Measure::Status),
];

/// The statuses a `status` rule can name (see `lag::trend`).
const STATUSES: [&str; 5] = ["OK", "WARNING", "STALLED", "STOPPED", "REWOUND"];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Comparison {
    Above,
    AtLeast,
    Below,
    AtMost,
    Equal,
    NotEqual,
}

// Two-character operators first, so that ">=" is not read as ">" and "=...".
const COMPARISONS: [(&str, Comparison); 6] = [
    (">=", Comparison::AtLeast),
    ("<=", Comparison::AtMost),
    ("==", Comparison::Equal),
    ("!=", Comparison::NotEqual),
    (">", Comparison::Above),
    ("<", Comparison::Below),
];

#[derive(Debug, Clone, PartialEq)]
enum Threshold {
    Number(f64),
    Status(String),
}

/// One rule, as written on the command line.
#[derive(Debug, Clone, PartialEq)]
pub struct AlertRule {
    text: String,
    measure: Measure,
    comparison: Comparison,
    threshold: Threshold,
}

impl fmt::Display for AlertRule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl AlertRule {
    /// `MEASURE OP VALUE`. A `lag_seconds` or `eta_seconds` value may be a duration
    /// (`5m`); a `status` rule compares with `==` or `!=` only.
    pub fn parse(text: &str) -> Result<AlertRule, String> {
        let (at, operator, comparison) = COMPARISONS
            .iter()
            .filter_map(|(op, c)| text.find(op).map(|at| (at, *op, *c)))
            .min_by_key(|(at, op, _)| (*at, std::cmp::Reverse(op.len())))
            .ok_or_else(|| {
                format!(
                    "no comparison in '{text}': write MEASURE OP VALUE, e.g. 'lag_seconds > 300'"
                )
            })?;
        let name = text[..at].trim();
        let value = text[at + operator.len()..].trim();
        let measure = MEASURES
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, m)| *m)
            .ok_or_else(|| {
                let names: Vec<&str> = MEASURES.iter().map(|(n, _)| *n).collect();
                format!(
                    "unknown measure '{name}' in '{text}': one of {}",
                    names.join(", ")
                )
            })?;
        let threshold = if measure == Measure::Status {
            if !matches!(comparison, Comparison::Equal | Comparison::NotEqual) {
                return Err(format!("'{text}': a status compares with == or != only"));
            }
            let status = value.to_ascii_uppercase();
            if !STATUSES.contains(&status.as_str()) {
                return Err(format!(
                    "unknown status '{value}' in '{text}': one of {}",
                    STATUSES.join(", ")
                ));
            }
            Threshold::Status(status)
        } else {
            Threshold::Number(number(measure, value).ok_or_else(|| {
                format!(
                    "'{value}' in '{text}' is not a number{}",
                    match measure {
                        Measure::LagSeconds | Measure::EtaSeconds => " or a duration such as 5m",
                        _ => "",
                    }
                )
            })?)
        };
        Ok(AlertRule {
            text: format!("{name} {operator} {value}"),
            measure,
            comparison,
            threshold,
        })
    }

    /// The rule on records, as `--fail-above N` sets it.
    pub fn lag_above(limit: i64) -> AlertRule {
        AlertRule {
            text: format!("lag > {limit}"),
            measure: Measure::Lag,
            comparison: Comparison::Above,
            threshold: Threshold::Number(limit as f64),
        }
    }

    /// The rule on age, as `--fail-above-time D` sets it.
    pub fn age_above(limit: Duration) -> AlertRule {
        AlertRule {
            text: format!("lag_seconds > {}", limit.as_secs_f64()),
            measure: Measure::LagSeconds,
            comparison: Comparison::Above,
            threshold: Threshold::Number(limit.as_secs_f64()),
        }
    }

    /// Whether a status rule needs a trend, which only `--watch` measures.
    pub fn needs_watch(&self) -> bool {
        matches!(self.measure, Measure::Status | Measure::EtaSeconds)
    }

    /// The value that breaks the rule on this row ("lag_seconds 412"), or None when the
    /// row keeps it. A measure the row lacks (no age known, no ETA) keeps every rule.
    pub fn broken_by(&self, row: &Trend) -> Option<String> {
        let name = MEASURES.iter().find(|(_, m)| *m == self.measure)?.0;
        let (shown, broken) = match &self.threshold {
            Threshold::Status(status) => {
                let same = row.status == status;
                (
                    row.status.to_string(),
                    same == (self.comparison == Comparison::Equal),
                )
            }
            Threshold::Number(limit) => {
                let value = self.value(row)?;
                let broken = match self.comparison {
                    Comparison::Above => value > *limit,
                    Comparison::AtLeast => value >= *limit,
                    Comparison::Below => value < *limit,
                    Comparison::AtMost => value <= *limit,
                    Comparison::Equal => value == *limit,
                    Comparison::NotEqual => value != *limit,
                };
                (format!("{}", (value * 10.0).round() / 10.0), broken)
            }
        };
        broken.then(|| format!("{name} {shown}"))
    }

    fn value(&self, row: &Trend) -> Option<f64> {
        let now = &row.now;
        Some(match self.measure {
            Measure::Lag => now.lag as f64,
            Measure::MaxLag => now.max_lag as f64,
            Measure::LagSeconds => now.time_lag_ms? as f64 / 1000.0,
            Measure::PartitionsLagging => now.partitions_lagging as f64,
            Measure::EtaSeconds => row.eta_s?,
            Measure::Status => return None,
        })
    }
}

/// Every rule a row breaks, as "GROUP on TOPIC: VALUE (rule RULE)".
pub fn broken(rules: &[AlertRule], rows: &[Trend]) -> Vec<String> {
    let mut broken = Vec::new();
    for row in rows {
        for rule in rules {
            if let Some(value) = rule.broken_by(row) {
                broken.push(format!(
                    "{} on {}: {value} (rule {rule})",
                    row.now.group, row.now.topic
                ));
            }
        }
    }
    broken
}

/// Which alerts are firing, by group, topic and rule, so that a watch says when one
/// starts and when it ends rather than on every measurement.
#[derive(Debug, Default)]
pub struct Firing {
    now: BTreeMap<String, String>,
    /// Every alert that fired, with the value it last had.
    ever: BTreeMap<String, String>,
}

impl Firing {
    /// The alerts that start (true) and end (false) with `broken`, the list `broken`
    /// returned for the latest measurement.
    pub fn update(&mut self, broken: &[String]) -> Vec<(bool, String)> {
        let now: BTreeMap<String, String> = broken
            .iter()
            .map(|alert| (identity(alert), alert.clone()))
            .collect();
        let mut changes: Vec<(bool, String)> = now
            .iter()
            .filter(|(id, _)| !self.now.contains_key(*id))
            .map(|(_, alert)| (true, alert.clone()))
            .collect();
        changes.extend(
            self.now
                .iter()
                .filter(|(id, _)| !now.contains_key(*id))
                .map(|(id, _)| (false, id.clone())),
        );
        self.ever.extend(now.clone());
        self.now = now;
        changes
    }

    /// Every alert that fired since the first measurement.
    pub fn ever(&self) -> Vec<String> {
        self.ever.values().cloned().collect()
    }
}

/// An alert without its value: "GROUP on TOPIC: rule RULE".
fn identity(alert: &str) -> String {
    match (alert.split_once(": "), alert.rsplit_once(" (rule ")) {
        (Some((subject, _)), Some((_, rule))) => {
            format!("{subject}: rule {}", rule.trim_end_matches(')'))
        }
        _ => alert.to_string(),
    }
}

fn number(measure: Measure, value: &str) -> Option<f64> {
    if let Ok(n) = value.parse::<f64>() {
        return n.is_finite().then_some(n);
    }
    match measure {
        Measure::LagSeconds | Measure::EtaSeconds => humantime::parse_duration(value)
            .ok()
            .map(|d| d.as_secs_f64()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::lag::{trend, TopicLag};

    fn row(lag: i64, age_ms: Option<i64>) -> Trend {
        trend(
            TopicLag {
                group: "g".into(),
                topic: "t".into(),
                lag,
                max_lag: lag,
                max_lag_partition: Some(0),
                partitions_lagging: 1,
                time_lag_ms: age_ms,
                committed: 0,
                end: lag,
                rewound: false,
            },
            None,
            1.0,
        )
    }

    #[test]
    fn rules_parse_and_judge() {
        let rule = AlertRule::parse("lag_seconds>5m").unwrap();
        assert_eq!(rule.to_string(), "lag_seconds > 5m");
        assert_eq!(
            rule.broken_by(&row(10, Some(301_000))),
            Some("lag_seconds 301".into())
        );
        assert_eq!(rule.broken_by(&row(10, Some(300_000))), None);
        assert_eq!(rule.broken_by(&row(10, None)), None);
        let rule = AlertRule::parse("lag >= 10").unwrap();
        assert_eq!(rule.broken_by(&row(10, None)), Some("lag 10".into()));
        let rule = AlertRule::parse("status != ok").unwrap();
        assert_eq!(rule.broken_by(&row(10, None)), Some("status -".into()));
        assert_eq!(rule.broken_by(&row(0, None)), None);
    }

    #[test]
    fn a_watch_hears_when_an_alert_starts_and_ends() {
        let rules = [AlertRule::parse("lag > 5").unwrap()];
        let mut firing = Firing::default();
        let first = broken(&rules, &[row(10, None)]);
        assert_eq!(first, ["g on t: lag 10 (rule lag > 5)"]);
        assert_eq!(firing.update(&first), [(true, first[0].clone())]);
        assert!(firing.update(&broken(&rules, &[row(12, None)])).is_empty());
        assert_eq!(
            firing.update(&broken(&rules, &[row(1, None)])),
            [(false, "g on t: rule lag > 5".to_string())]
        );
    }

    #[test]
    fn bad_rules_say_what_is_wrong() {
        let error = |text: &str| AlertRule::parse(text).unwrap_err();
        assert!(error("lag 300").starts_with("no comparison in 'lag 300'"));
        assert!(error("lagg > 3").starts_with("unknown measure 'lagg'"));
        assert_eq!(error("lag > 5m"), "'5m' in 'lag > 5m' is not a number");
        assert!(error("status > OK").contains("== or != only"));
        assert!(error("status == LATE").starts_with("unknown status 'LATE'"));
    }
}
