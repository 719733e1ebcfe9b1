//! One lag measurement as Prometheus text: lag in records and in seconds per group, topic
//! and partition, the Burrow-style status per group and topic, and how the refresh went.
//! Only names and numbers are served: no broker address, no configuration.

use std::fmt::Write as _;

use super::Measurement;
use crate::model::lag::Trend;

/// The statuses a group on a topic can have, one series each (1 for the current one).
const STATUSES: [&str; 5] = ["OK", "WARNING", "STALLED", "STOPPED", "REWOUND"];

/// The exposition of `measurement`, whose rows have been judged into `trends`.
pub fn exposition(measurement: &Measurement, trends: &[Trend], refresh_seconds: f64) -> String {
    let mut lags = Vec::new();
    let mut ages = Vec::new();
    let mut commits = Vec::new();
    let mut ends = std::collections::BTreeMap::new();
    for view in measurement.views.iter().filter(|v| v.error.is_none()) {
        for p in &view.partitions {
            let labels = labels(&[
                ("group", &view.group),
                ("topic", &p.topic),
                ("partition", &p.partition.to_string()),
            ]);
            let behind = p.lag.unwrap_or(0);
            let key = (view.group.clone(), p.topic.clone(), p.partition);
            match (behind, measurement.partition_ages.get(&key)) {
                (0, _) => ages.push((labels.clone(), "0".to_string())),
                (_, Some(ms)) => ages.push((labels.clone(), seconds(*ms))),
                // A lagging partition whose oldest record could not be read has no age.
                (_, None) => {}
            }
            if let Some(offset) = p.current_offset {
                commits.push((labels.clone(), offset.to_string()));
            }
            ends.insert((p.topic.clone(), p.partition), p.log_end_offset);
            lags.push((labels, behind.to_string()));
        }
    }
    let per_topic = |value: &dyn Fn(&Trend) -> Option<String>| -> Vec<(String, String)> {
        trends
            .iter()
            .filter_map(|t| {
                let labels = labels(&[("group", &t.now.group), ("topic", &t.now.topic)]);
                value(t).map(|v| (labels, v))
            })
            .collect()
    };
    let mut statuses = Vec::new();
    for t in trends {
        for status in STATUSES {
            let labels = labels(&[
                ("group", &t.now.group),
                ("topic", &t.now.topic),
                ("status", status),
            ]);
            statuses.push((labels, u8::from(t.status == status).to_string()));
        }
    }
    let readable = measurement
        .views
        .iter()
        .map(|v| {
            (
                labels(&[("group", &v.group)]),
                u8::from(v.error.is_none()).to_string(),
            )
        })
        .collect();

    let mut text = String::new();
    let mut family = |name: &str, help: &str, samples: Vec<(String, String)>| {
        let _ = writeln!(text, "# HELP {name} {help}\n# TYPE {name} gauge");
        for (labels, value) in samples {
            let _ = writeln!(text, "{name}{labels} {value}");
        }
    };
    family(
        "kfk_consumergroup_lag",
        "Records the group has not consumed, per partition.",
        lags,
    );
    family(
        "kfk_consumergroup_lag_seconds",
        "Age of the oldest record the group has not consumed, per partition; 0 when none.",
        ages,
    );
    family(
        "kfk_consumergroup_committed_offset",
        "The group's committed offset, per partition.",
        commits,
    );
    family(
        "kfk_topic_partition_end_offset",
        "The partition's log end offset (high watermark).",
        ends.into_iter()
            .map(|((topic, partition), end)| {
                let labels = labels(&[("topic", &topic), ("partition", &partition.to_string())]);
                (labels, end.to_string())
            })
            .collect(),
    );
    family(
        "kfk_consumergroup_topic_lag",
        "Records the group has not consumed, per topic.",
        per_topic(&|t| Some(t.now.lag.to_string())),
    );
    family(
        "kfk_consumergroup_topic_lag_seconds",
        "Age of the oldest record the group has not consumed on the topic; 0 when none.",
        per_topic(&|t| match (t.now.lag, t.now.time_lag_ms) {
            (0, _) => Some("0".into()),
            (_, age) => age.map(seconds),
        }),
    );
    family(
        "kfk_consumergroup_status",
        "Burrow's status of the group on the topic, 1 for the one it has; all 0 until the second refresh.",
        statuses,
    );
    family(
        "kfk_consumergroup_readable",
        "1 when the group's offsets could be read in the latest refresh.",
        readable,
    );
    family(
        "kfk_lag_refresh_duration_seconds",
        "How long the latest refresh took.",
        vec![(String::new(), format!("{refresh_seconds:.3}"))],
    );
    text
}

fn seconds(ms: i64) -> String {
    (ms as f64 / 1000.0).to_string()
}

/// `{name="value",...}` with Prometheus' escapes for backslash, quote and newline.
fn labels(pairs: &[(&str, &str)]) -> String {
    let inner: Vec<String> = pairs
        .iter()
        .map(|(name, value)| {
            let escaped = value
                .replace('\\', "\\\\")
                .replace('"', "\\\"")
                .replace('\n', "\\n");
            format!("{name}=\"{escaped}\"")
        })
        .collect();
    format!("{{{}}}", inner.join(","))
}

#[cfg(test)]
mod tests {
    use super::labels;

    #[test]
    fn label_values_are_escaped() {
        assert_eq!(
            labels(&[("group", "a\"b\\c\nd"), ("topic", "t")]),
            r#"{group="a\"b\\c\nd",topic="t"}"#
        );
    }
}
