use std::collections::HashMap;
use std::io::IsTerminal;
use std::time::{Duration, Instant};

use anyhow::Result;
use clap::Args;

use super::{
    gather, partial_if_unreadable, require_known, select_groups, Concurrency, Detail, Selection,
};
use crate::commands::args::duration::{between, CENTURY, DAY, MS};
use crate::commands::completions::live;
use crate::context::Context;
use crate::error::{Interrupted, PartialFailure};
use crate::io::output;
use crate::io::output::OutputFormat;
use crate::io::signals::shutdown_signal;
use crate::kafka::{blocking, peek_timestamps};
use crate::model::group::GroupView;
use crate::model::lag::{topic_lags, trend, TopicLag, Trend};
use crate::model::timespec::millis;

/// Diagnose consumer lag per group and topic: total lag, the worst partition, how many
/// partitions lag, and how old the oldest unconsumed record is.
///
/// --fail-above / --fail-above-time exit with status 3 when exceeded (for cron jobs and
/// health checks). --watch repeats the measurement: on a terminal as a live table, in a
/// pipe as successive snapshots, each with the consume and produce rates over the
/// interval, the trend, the time to catch up and a status in the spirit of Burrow: OK
/// (no lag, or lag falling), WARNING (consuming, but lag grows), STALLED (committed
/// offsets unchanged for one interval while lagging), STOPPED (unchanged for three or
/// more), REWOUND (a committed offset moved backwards).
///
/// JSON output: one array per snapshot of {"group", "topic", "lag", "max_lag",
/// "max_lag_partition", "partitions_lagging", "time_lag_ms", and with --watch
/// "consume_rate", "produce_rate", "eta_s", "status"}.
///
/// A group that cannot be read gets a row of its own with the reason (JSON: {"group",
/// "error"}; a table: an ERROR column); the other groups are measured and judged as
/// usual, and the exit status is 3.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  kfk consumer-groups lag --all
  kfk consumer-groups lag billing --topic orders --fail-above 10000
  kfk consumer-groups lag --all --fail-above-time 5m || page-oncall
  kfk consumer-groups lag billing --watch 10s")]
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

    /// With --watch, stop after N snapshots
    #[arg(long, value_name = "N", requires = "watch", value_parser = clap::value_parser!(u64).range(1..))]
    pub snapshots: Option<u64>,

    #[command(flatten)]
    pub concurrency: Concurrency,
}

pub async fn run(ctx: &Context, args: LagArgs) -> Result<()> {
    let groups = select_groups(&args.groups, args.all)?;
    let Some(interval) = args.watch else {
        let snapshot = measure(ctx, &groups, &args).await?;
        let trends: Vec<Trend> = snapshot
            .rows
            .iter()
            .map(|r| trend(r.clone(), None, 1.0))
            .collect();
        print_snapshot(ctx, &trends, &snapshot.unreadable, false, false)?;
        return verdict(&args, snapshot.groups, &snapshot.rows, &snapshot.unreadable);
    };
    let live = std::io::stdout().is_terminal() && ctx.output == OutputFormat::Table;
    let mut previous: Vec<Trend> = Vec::new();
    let mut taken = 0;
    let mut last = Instant::now();
    loop {
        let Snapshot {
            groups: measured,
            rows,
            unreadable,
        } = measure(ctx, &groups, &args).await?;
        let seconds = last.elapsed().as_secs_f64().max(1e-3);
        last = Instant::now();
        let before: HashMap<(&str, &str), &Trend> = previous
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
        print_snapshot(ctx, &trends, &unreadable, true, live)?;
        previous = trends;
        taken += 1;
        if args.snapshots.is_some_and(|n| taken >= n) {
            let rows: Vec<TopicLag> = previous.into_iter().map(|t| t.now).collect();
            return verdict(&args, measured, &rows, &unreadable);
        }
        tokio::select! {
            _ = tokio::time::sleep(interval) => {}
            _ = shutdown_signal() => return Err(Interrupted.into()),
        }
    }
}

/// One measurement: the lag of every group that could be read, and the groups that
/// could not, with why.
struct Snapshot {
    groups: usize,
    rows: Vec<TopicLag>,
    unreadable: Vec<(String, String)>,
}

async fn measure(ctx: &Context, groups: &Selection, args: &LagArgs) -> Result<Snapshot> {
    let views = gather(ctx, groups, args.concurrency, Detail::Lag).await?;
    require_known(&views)?;
    let unreadable = views
        .iter()
        .filter_map(|v| Some((v.group.clone(), v.error.clone()?)))
        .collect();
    let rows = lags_with_ages(ctx, &views, args.topic.as_deref()).await?;
    Ok(Snapshot {
        groups: views.len(),
        rows,
        unreadable,
    })
}

/// The lag of each group on each topic, with the age of its oldest unconsumed record.
async fn lags_with_ages(
    ctx: &Context,
    views: &[GroupView],
    topic: Option<&str>,
) -> Result<Vec<TopicLag>> {
    let mut rows = topic_lags(views, topic);
    // The oldest unconsumed record of each lagging partition, read where it still exists.
    let mut wanted = Vec::new();
    let mut owners = Vec::new();
    for view in views {
        for p in view
            .partitions
            .iter()
            .filter(|p| p.lag.unwrap_or(0) > 0 && topic.is_none_or(|t| t == p.topic))
        {
            let next = p.current_offset.unwrap_or(0).max(p.log_start_offset);
            wanted.push((p.topic.clone(), p.partition, next));
            owners.push(view.group.clone());
        }
    }
    if wanted.is_empty() {
        return Ok(rows);
    }
    let consumer = ctx.kafka.lookup_consumer()?;
    let timeout = ctx.timeout();
    let request = wanted.clone();
    let stamps = blocking(move || Ok(peek_timestamps(&consumer, &request, timeout)?)).await?;
    let now = millis(std::time::SystemTime::now());
    let mut ages: HashMap<(&str, &str), i64> = HashMap::new();
    for ((group, (topic, _, _)), stamp) in owners.iter().zip(&wanted).zip(stamps) {
        if let Some(stamp) = stamp.filter(|s| *s >= 0) {
            let age = ages.entry((group, topic)).or_insert(0);
            *age = (*age).max(now - stamp);
        }
    }
    for row in &mut rows {
        if let Some(age) = ages.get(&(row.group.as_str(), row.topic.as_str())) {
            row.time_lag_ms = Some(*age);
        }
    }
    Ok(rows)
}

/// Prints one snapshot; `watching` adds the rate columns, `live` redraws in place.
fn print_snapshot(
    ctx: &Context,
    trends: &[Trend],
    unreadable: &[(String, String)],
    watching: bool,
    live: bool,
) -> Result<()> {
    if ctx.output == OutputFormat::Json {
        let mut rows: Vec<serde_json::Value> = trends
            .iter()
            .map(serde_json::to_value)
            .collect::<Result<_, _>>()?;
        rows.extend(
            unreadable
                .iter()
                .map(|(group, error)| serde_json::json!({"group": group, "error": error})),
        );
        return output::print_line(&serde_json::to_string(&rows)?);
    }
    let mut headers = vec![
        "GROUP",
        "TOPIC",
        "LAG",
        "MAX-LAG (PARTITION)",
        "LAGGING",
        "TIME-LAG",
    ];
    if watching {
        headers.extend(["CONSUME/S", "PRODUCE/S", "ETA", "STATUS"]);
    }
    if !unreadable.is_empty() {
        headers.push("ERROR");
    }
    let columns = headers.len();
    let mut table = output::table(&headers);
    for t in trends {
        let row = &t.now;
        let mut cells = vec![
            row.group.clone(),
            row.topic.clone(),
            row.lag.to_string(),
            match row.max_lag_partition {
                Some(p) => format!("{} ({p})", row.max_lag),
                None => "0".into(),
            },
            row.partitions_lagging.to_string(),
            row.time_lag_ms.map_or("-".into(), |ms| {
                humantime::format_duration(Duration::from_secs((ms / 1000) as u64)).to_string()
            }),
        ];
        if watching {
            cells.extend([
                format!("{:.1}", t.consume_rate),
                format!("{:.1}", t.produce_rate),
                t.eta_s.map_or("-".into(), |s| {
                    humantime::format_duration(Duration::from_secs(s as u64)).to_string()
                }),
                t.status.to_string(),
            ]);
        }
        if !unreadable.is_empty() {
            cells.push("-".into());
        }
        table.add_row(cells);
    }
    for (group, error) in unreadable {
        let mut cells = vec![group.clone()];
        cells.resize(columns - 1, "-".into());
        cells.push(error.clone());
        table.add_row(cells);
    }
    if live {
        // Redraw in place: home the cursor and clear the screen.
        output::print_line("\x1b[H\x1b[2J")?;
    } else if watching {
        output::print_line(&format!(
            "-- {}",
            crate::model::timespec::format_millis(millis(std::time::SystemTime::now()))
        ))?;
    }
    output::print_table(&table)
}

/// The exit status of a measurement of `groups` groups: 3 when a threshold is exceeded
/// by a group that could be read, or when a group could not be read.
fn verdict(
    args: &LagArgs,
    groups: usize,
    rows: &[TopicLag],
    unreadable: &[(String, String)],
) -> Result<()> {
    let unread = partial_if_unreadable(
        groups,
        unreadable.iter().map(|(g, e)| (g.as_str(), e.as_str())),
    );
    match (check_thresholds(args, rows), unread) {
        (Err(exceeded), Err(unread)) => Err(PartialFailure(format!("{exceeded}; {unread}")).into()),
        (Err(err), Ok(())) | (Ok(()), Err(err)) => Err(err),
        (Ok(()), Ok(())) => Ok(()),
    }
}

fn check_thresholds(args: &LagArgs, rows: &[TopicLag]) -> Result<()> {
    let mut exceeded = Vec::new();
    for row in rows {
        if let Some(limit) = args.fail_above.filter(|limit| row.lag > *limit) {
            exceeded.push(format!(
                "{} on {}: lag {} > {limit}",
                row.group, row.topic, row.lag
            ));
        }
        if let (Some(limit), Some(age)) = (args.fail_above_time, row.time_lag_ms) {
            if age as u128 > limit.as_millis() {
                exceeded.push(format!(
                    "{} on {}: oldest unconsumed record is {} old > {}",
                    row.group,
                    row.topic,
                    humantime::format_duration(Duration::from_secs((age / 1000) as u64)),
                    humantime::format_duration(limit)
                ));
            }
        }
    }
    if exceeded.is_empty() {
        return Ok(());
    }
    Err(PartialFailure(format!("lag above the limit: {}", exceeded.join("; "))).into())
}
