//! Lag per group and topic, and how it moves between two measurements: rates, time to
//! catch up, and a status in the spirit of Burrow.

use std::collections::BTreeMap;

use serde::Serialize;

use super::group::GroupView;

/// A group's lag on one topic.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct TopicLag {
    pub group: String,
    pub topic: String,
    pub lag: i64,
    pub max_lag: i64,
    pub max_lag_partition: Option<i32>,
    pub partitions_lagging: usize,
    pub time_lag_ms: Option<i64>,
    #[serde(skip)]
    pub committed: i64,
    #[serde(skip)]
    pub end: i64,
    #[serde(skip)]
    pub rewound: bool,
}

/// A TopicLag with what changed since the previous snapshot.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Trend {
    #[serde(flatten)]
    pub now: TopicLag,
    pub consume_rate: f64,
    pub produce_rate: f64,
    pub eta_s: Option<f64>,
    pub status: &'static str,
    #[serde(skip)]
    pub idle_intervals: u32,
}

pub fn topic_lags(views: &[GroupView], topic: Option<&str>) -> Vec<TopicLag> {
    let mut rows: BTreeMap<(String, String), TopicLag> = BTreeMap::new();
    for view in views {
        for p in view
            .partitions
            .iter()
            .filter(|p| topic.is_none_or(|t| t == p.topic))
        {
            let row = rows
                .entry((view.group.clone(), p.topic.clone()))
                .or_insert_with(|| TopicLag {
                    group: view.group.clone(),
                    topic: p.topic.clone(),
                    lag: 0,
                    max_lag: 0,
                    max_lag_partition: None,
                    partitions_lagging: 0,
                    time_lag_ms: None,
                    committed: 0,
                    end: 0,
                    rewound: false,
                });
            let lag = p.lag.unwrap_or(0);
            row.lag += lag;
            row.committed += p.current_offset.unwrap_or(0);
            row.end += p.log_end_offset;
            if lag > 0 {
                row.partitions_lagging += 1;
                if lag > row.max_lag {
                    row.max_lag = lag;
                    row.max_lag_partition = Some(p.partition);
                }
            }
        }
    }
    rows.into_values().collect()
}

/// Compares a snapshot with the previous one, `seconds` apart.
pub fn trend(now: TopicLag, before: Option<&Trend>, seconds: f64) -> Trend {
    let Some(before) = before else {
        let status = if now.lag == 0 { "OK" } else { "-" };
        return Trend {
            now,
            consume_rate: 0.0,
            produce_rate: 0.0,
            eta_s: None,
            status,
            idle_intervals: 0,
        };
    };
    let consumed = now.committed - before.now.committed;
    let produced = now.end - before.now.end;
    let consume_rate = consumed as f64 / seconds;
    let produce_rate = produced as f64 / seconds;
    let idle_intervals = if consumed == 0 {
        before.idle_intervals + 1
    } else {
        0
    };
    let status = if consumed < 0 || now.rewound {
        "REWOUND"
    } else if now.lag == 0 || (consumed > 0 && now.lag <= before.now.lag) {
        "OK"
    } else if consumed > 0 {
        "WARNING"
    } else if idle_intervals >= 3 {
        "STOPPED"
    } else {
        "STALLED"
    };
    let gaining = consume_rate - produce_rate;
    let eta_s = (now.lag > 0 && gaining > 0.0).then(|| now.lag as f64 / gaining);
    Trend {
        now,
        consume_rate,
        produce_rate,
        eta_s,
        status,
        idle_intervals,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(lag: i64, committed: i64, end: i64) -> TopicLag {
        TopicLag {
            group: "g".into(),
            topic: "t".into(),
            lag,
            max_lag: lag,
            max_lag_partition: Some(0),
            partitions_lagging: usize::from(lag > 0),
            time_lag_ms: None,
            committed,
            end,
            rewound: false,
        }
    }

    #[test]
    fn statuses_follow_burrow() {
        let first = trend(row(100, 0, 100), None, 1.0);
        assert_eq!(first.status, "-");
        let catching_up = trend(row(50, 100, 150), Some(&first), 10.0);
        assert_eq!(
            (
                catching_up.status,
                catching_up.consume_rate,
                catching_up.produce_rate
            ),
            ("OK", 10.0, 5.0)
        );
        assert_eq!(catching_up.eta_s, Some(10.0));
        let falling_behind = trend(row(80, 120, 200), Some(&catching_up), 10.0);
        assert_eq!(falling_behind.status, "WARNING");
        let stalled = trend(row(90, 120, 210), Some(&falling_behind), 10.0);
        assert_eq!(stalled.status, "STALLED");
        let stalled2 = trend(row(90, 120, 210), Some(&stalled), 10.0);
        let stopped = trend(row(90, 120, 210), Some(&stalled2), 10.0);
        assert_eq!(stopped.status, "STOPPED");
        let rewound = trend(row(150, 60, 210), Some(&stopped), 10.0);
        assert_eq!(rewound.status, "REWOUND");
        let caught_up = trend(row(0, 210, 210), Some(&rewound), 10.0);
        assert_eq!(caught_up.status, "OK");
    }
}
