//! `lag --serve`: measure every interval and serve the latest measurement to Prometheus.
//! A refresh that fails keeps the previous numbers served, says why on stderr and in
//! /healthz, and the next refresh tries again.

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use anyhow::Result;

use super::{measure, metrics, table, LagArgs, Tracker};
use crate::commands::consumer_groups::Selection;
use crate::context::Context;
use crate::error::{one_line, Interrupted, PartialFailure};
use crate::io::metrics_server::{self, Exposition, Shared};
use crate::io::output;
use crate::io::signals::Interrupt;
use crate::model::alert::AlertRule;

const DEFAULT_REFRESH: Duration = Duration::from_secs(15);

pub async fn run(
    ctx: &Context,
    groups: &Selection,
    args: &LagArgs,
    rules: &[AlertRule],
    address: SocketAddr,
) -> Result<()> {
    let interval = args.watch.unwrap_or(DEFAULT_REFRESH);
    let shared = Shared::default();
    let bound = metrics_server::serve(address, shared.clone()).await?;
    output::note(&format!(
        "serving lag metrics on http://{bound}/metrics, refreshed every {}",
        humantime::format_duration(interval)
    ));
    let mut tracker = Tracker::default();
    let mut taken = 0;
    let mut interrupt = Interrupt::listen();
    loop {
        let started = Instant::now();
        let measured = tokio::select! {
            measured = measure(ctx, groups, args) => measured,
            _ = interrupt.wait() => return Err(Interrupted.into()),
        };
        match measured {
            Ok(measurement) => {
                let trends = tracker.next(measurement.rows.clone());
                tracker.alert(rules, &trends);
                let text =
                    metrics::exposition(&measurement, &trends, started.elapsed().as_secs_f64());
                publish(&shared, text, None);
                if args.watch.is_some() {
                    table::print_snapshot(ctx, &trends, &measurement.unreadable, true, false)?;
                }
            }
            Err(err) => {
                let why = one_line(&format!("{err:#}"));
                output::warn(&format!("the lag refresh failed: {why}"));
                publish(&shared, String::new(), Some(why));
            }
        }
        taken += 1;
        if args.snapshots.is_some_and(|n| taken >= n) {
            let fired = tracker.firing.ever();
            return match fired.is_empty() {
                true => Ok(()),
                false => Err(PartialFailure(format!("alert: {}", fired.join("; "))).into()),
            };
        }
        tokio::select! {
            _ = tokio::time::sleep(interval) => {}
            _ = interrupt.wait() => return Err(Interrupted.into()),
        }
    }
}

/// Puts a refresh's result in what is served; a failed one keeps the previous text.
fn publish(shared: &Shared, text: String, failure: Option<String>) {
    // A poisoned lock means a request handler panicked; the data itself is still whole.
    let mut exposition = shared
        .write()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let Exposition {
        text: served,
        failure: why,
        refreshed,
    } = &mut *exposition;
    if failure.is_none() {
        *served = text;
    }
    *why = failure;
    *refreshed = true;
}
