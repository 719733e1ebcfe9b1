mod metrics;
mod serve;
mod table;

use std::collections::HashMap;
use std::io::IsTerminal;
use std::net::SocketAddr;
use std::time::{Duration, Instant};

use anyhow::{bail, Result};
use clap::Args;

use super::{
    gather, partial_if_unreadable, require_known, select_groups, Concurrency, Detail, Selection,
};
use crate::commands::args::duration::{between, CENTURY, DAY, MS};
use crate::commands::completions::live;
use crate::context::Context;
use crate::error::{Interrupted, PartialFailure, UsageError};
use crate::io::metrics_server;
use crate::io::output::OutputFormat;
use crate::io::signals::Interrupt;
use crate::kafka::{blocking, peek_timestamps};
use crate::model::alert::{self as alerts, AlertRule};
use crate::model::group::GroupView;
use crate::model::lag::{topic_lags, trend, TopicLag, Trend};
use crate::model::timespec::millis;

/// Diagnose consumer lag per group and topic: total lag, the worst partition, how many
/// partitions lag, and how old the oldest unconsumed record is.
///
/// --alert RULE judges each group on each topic: MEASURE OP VALUE, where MEASURE is lag,
/// max_lag, lag_seconds, partitions_lagging, eta_seconds or status, OP one of > >= < <=
/// == !=, and a seconds VALUE may be a duration ('lag_seconds > 5m', 'status ==
/// STALLED'). A broken rule prints a line on stderr ("alert: ...", and "resolved: ..."
/// when a watch sees it end) and makes the exit status 3. --fail-above N is 'lag > N' and
/// --fail-above-time D is 'lag_seconds > D' (for cron jobs and health checks).
///
/// --watch repeats the measurement: on a terminal as a live table, in a
/// pipe as successive snapshots, each with the consume and produce rates over the
/// interval, the trend, the time to catch up and a status in the spirit of Burrow: OK
/// (no lag, or lag falling), WARNING (consuming, but lag grows), STALLED (committed
/// offsets unchanged for one interval while lagging), STOPPED (unchanged for three or
/// more), REWOUND (a committed offset moved backwards).
///
/// --serve ADDR serves the lag to Prometheus at http://ADDR/metrics, refreshed every
/// --watch INTERVAL (15s if not given; snapshots are then printed only when --watch is):
/// kfk_consumergroup_lag, _lag_seconds and _committed_offset per group, topic and
/// partition; kfk_consumergroup_topic_lag and _topic_lag_seconds per group and topic;
/// kfk_consumergroup_status (Burrow's, one series per status) and
/// kfk_consumergroup_readable. GET /healthz answers 200 while the latest refresh worked,
/// 503 otherwise; nothing else is served. A bare port listens on loopback only.
///
/// JSON output: one array per snapshot of {"group", "topic", "lag", "max_lag",
/// "max_lag_partition", "partitions_lagging", "time_lag_ms", and with --watch
/// "consume_rate", "produce_rate", "eta_s", "status"}.
///
/// A group that cannot be read gets a row of its own with the reason (JSON: {"group",
/// "error"}; a table: an ERROR column); the other groups are measured and judged as
/// usual, and the exit status is 3.
#[derive(Args, Debug)]
#[command(group = clap::ArgGroup::new("repeating").args(["watch", "serve"]).multiple(true))]
#[command(after_help = "Examples:
  kfk consumer-groups lag --all
  kfk consumer-groups lag billing --topic orders --fail-above 10000
  kfk consumer-groups lag --all --fail-above-time 5m || page-oncall
  kfk consumer-groups lag billing --watch 10s --alert 'status == STALLED'
  kfk consumer-groups lag --all --serve 9308
  kfk consumer-groups lag --all --serve 0.0.0.0:9308 --watch 30s")]
pub struct LagArgs {
    /// Groups to examine
    #[arg(add = live::groups())]
    pub groups: Vec<String>,

    /// Every group
    #[arg(long, conflicts_with = "groups")]
    pub all: bool,

    /// Only this topic
    #[arg(long, add = live::topics())]
    pub topic: Option<String>,

    /// Exit with status 3 when a group's lag on a topic exceeds N records
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(i64).range(0..))]
    pub fail_above: Option<i64>,

    /// Exit with status 3 when a group's oldest unconsumed record is older than this
    #[arg(long, value_name = "DURATION", value_parser = between(MS, CENTURY))]
    pub fail_above_time: Option<Duration>,

    /// Measure repeatedly, every INTERVAL
    #[arg(long, value_name = "INTERVAL", num_args = 0..=1, default_missing_value = "5s", value_parser = between(100 * MS, DAY))]
    pub watch: Option<Duration>,

    /// With --watch or --serve, stop after N measurements
    #[arg(long, value_name = "N", requires = "repeating", value_parser = clap::value_parser!(u64).range(1..))]
    pub snapshots: Option<u64>,

    /// Alert when a group on a topic breaks RULE, e.g. 'lag_seconds > 300' (repeatable)
    #[arg(long, value_name = "RULE", value_parser = AlertRule::parse)]
    pub alert: Vec<AlertRule>,

    /// Serve the lag as Prometheus metrics on ADDR: PORT (loopback) or HOST:PORT
    #[arg(long, value_name = "ADDR", value_parser = metrics_server::address)]
    pub serve: Option<SocketAddr>,

    #[command(flatten)]
    pub concurrency: Concurrency,
}

pub async fn run(ctx: &Context, args: LagArgs) -> Result<()> {
    let groups = select_groups(&args.groups, args.all)?;
    let rules = args.rules()?;
    if let Some(address) = args.serve {
        return serve::run(ctx, &groups, &args, &rules, address).await;
    }
    let Some(interval) = args.watch else {
        let measurement = measure(ctx, &groups, &args).await?;
        let trends = Tracker::default().next(measurement.rows.clone());
        table::print_snapshot(ctx, &trends, &measurement.unreadable, false, false)?;
        let broken = alerts::broken(&rules, &trends);
        return verdict(&measurement, &broken);
    };
    let live = std::io::stdout().is_terminal() && ctx.output == OutputFormat::Table;
    let mut tracker = Tracker::default();
    let mut taken = 0;
    let mut interrupt = Interrupt::listen();
    loop {
        let measurement = tokio::select! {
            measured = measure(ctx, &groups, &args) => measured?,
            _ = interrupt.wait() => return Err(Interrupted.into()),
        };
        let trends = tracker.next(measurement.rows.clone());
        table::print_snapshot(ctx, &trends, &measurement.unreadable, true, live)?;
        tracker.alert(&rules, &trends);
        taken += 1;
        if args.snapshots.is_some_and(|n| taken >= n) {
            return verdict(&measurement, &tracker.firing.ever());
        }
        tokio::select! {
            _ = tokio::time::sleep(interval) => {}
            _ = interrupt.wait() => return Err(Interrupted.into()),
        }
    }
}

impl LagArgs {
    /// Every rule the command line sets: --alert, and --fail-above and --fail-above-time
    /// as the rules they stand for.
    fn rules(&self) -> Result<Vec<AlertRule>> {
        let mut rules: Vec<AlertRule> = self.alert.clone();
        rules.extend(self.fail_above.map(AlertRule::lag_above));
        rules.extend(self.fail_above_time.map(AlertRule::age_above));
        let repeating = self.watch.is_some() || self.serve.is_some();
        if let Some(rule) = rules.iter().find(|r| r.needs_watch() && !repeating) {
            bail!(UsageError(format!(
                "--alert '{rule}' compares two measurements: add --watch or --serve"
            )));
        }
        Ok(rules)
    }
}

/// What a watch remembers between measurements: the previous rows, when they were
/// taken, and which rules are broken.
#[derive(Default)]
struct Tracker {
    previous: Vec<Trend>,
    last: Option<Instant>,
    firing: alerts::Firing,
}

impl Tracker {
    /// The rows with their rates and statuses against the previous measurement.
    fn next(&mut self, rows: Vec<TopicLag>) -> Vec<Trend> {
        let seconds = self
            .last
            .map_or(1.0, |at| at.elapsed().as_secs_f64().max(1e-3));
        self.last = Some(Instant::now());
        let before: HashMap<(&str, &str), &Trend> = self
            .previous
            .iter()
            .map(|t| ((t.now.group.as_str(), t.now.topic.as_str()), t))
            .collect();
        let trends: Vec<Trend> = rows
            .into_iter()
            .map(|row| {
                let before = before
                    .get(&(row.group.as_str(), row.topic.as_str()))
                    .copied();
                let row = TopicLag {
                    rewound: before.is_some_and(|b| row.committed < b.now.committed),
                    ..row
                };
                trend(row, before, seconds)
            })
            .collect();
        self.previous = trends.clone();
        trends
    }

    /// Says on stderr which alerts start and which end with this measurement.
    fn alert(&mut self, rules: &[AlertRule], trends: &[Trend]) {
        let broken = alerts::broken(rules, trends);
        for (started, alert) in self.firing.update(&broken) {
            match started {
                true => eprintln!("alert: {alert}"),
                false => eprintln!("resolved: {alert}"),
            }
        }
    }
}

/// One measurement: the groups as read, the lag of each on each topic, the age of the
/// oldest unconsumed record of each lagging partition, and the groups that could not be
/// read, with why.
pub struct Measurement {
    pub views: Vec<GroupView>,
    pub rows: Vec<TopicLag>,
    /// Milliseconds, by (group, topic, partition).
    pub partition_ages: HashMap<(String, String, i32), i64>,
    pub unreadable: Vec<(String, String)>,
}

async fn measure(ctx: &Context, groups: &Selection, args: &LagArgs) -> Result<Measurement> {
    let mut views = gather(ctx, groups, args.concurrency, Detail::Lag).await?;
    require_known(&views)?;
    if let Some(topic) = &args.topic {
        for view in &mut views {
            view.partitions.retain(|p| &p.topic == topic);
        }
    }
    let unreadable = views
        .iter()
        .filter_map(|v| Some((v.group.clone(), v.error.clone()?)))
        .collect();
    let partition_ages = oldest_unconsumed(ctx, &views).await?;
    let mut oldest: HashMap<(&str, &str), i64> = HashMap::new();
    for ((group, topic, _), age) in &partition_ages {
        let entry = oldest.entry((group, topic)).or_insert(0);
        *entry = (*entry).max(*age);
    }
    let mut rows = topic_lags(&views, None);
    for row in &mut rows {
        row.time_lag_ms = oldest
            .get(&(row.group.as_str(), row.topic.as_str()))
            .copied();
    }
    Ok(Measurement {
        views,
        rows,
        partition_ages,
        unreadable,
    })
}

/// The age of the oldest unconsumed record of each lagging partition, read where it
/// still exists.
async fn oldest_unconsumed(
    ctx: &Context,
    views: &[GroupView],
) -> Result<HashMap<(String, String, i32), i64>> {
    let mut wanted = Vec::new();
    let mut owners = Vec::new();
    for view in views {
        for p in view.partitions.iter().filter(|p| p.lag.unwrap_or(0) > 0) {
            let next = p.current_offset.unwrap_or(0).max(p.log_start_offset);
            wanted.push((p.topic.clone(), p.partition, next));
            owners.push(view.group.clone());
        }
    }
    if wanted.is_empty() {
        return Ok(HashMap::new());
    }
    let consumer = ctx.kafka.lookup_consumer()?;
    let timeout = ctx.timeout();
    let request = wanted.clone();
    let stamps = blocking(move || Ok(peek_timestamps(&consumer, &request, timeout)?)).await?;
    let now = millis(std::time::SystemTime::now());
    Ok(owners
        .into_iter()
        .zip(wanted)
        .zip(stamps)
        .filter_map(|((group, (topic, partition, _)), stamp)| {
            let stamp = stamp.filter(|s| *s >= 0)?;
            Some(((group, topic, partition), (now - stamp).max(0)))
        })
        .collect())
}

/// The exit status of a measurement: 3 when an alert fired (at any measurement of a
/// watch), or when a group could not be read.
fn verdict(measurement: &Measurement, fired: &[String]) -> Result<()> {
    let unread = partial_if_unreadable(
        measurement.views.len(),
        measurement
            .unreadable
            .iter()
            .map(|(g, e)| (g.as_str(), e.as_str())),
    );
    let alerts = match fired.is_empty() {
        true => Ok(()),
        false => Err(PartialFailure(format!("alert: {}", fired.join("; "))).into()),
    };
    match (alerts, unread) {
        (Err(alerts), Err(unread)) => Err(PartialFailure(format!("{alerts}; {unread}")).into()),
        (Err(err), Ok(())) | (Ok(()), Err(err)) => Err(err),
        (Ok(()), Ok(())) => Ok(()),
    }
}
