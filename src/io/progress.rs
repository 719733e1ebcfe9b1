//! Progress on stderr, only when stderr is a terminal: a bar with ETA when the input size
//! is known, a counter with a rate otherwise.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

pub struct Progress {
    bar: Option<ProgressBar>,
}

impl Progress {
    pub fn new(enabled: bool, total_bytes: Option<u64>) -> Progress {
        if !enabled {
            return Progress { bar: None };
        }
        let bar = match total_bytes {
            Some(total) => ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr())
                .with_style(
                    ProgressStyle::with_template(
                        "{bar:30} {percent:>3}% {bytes}/{total_bytes} {msg} ETA {eta}",
                    )
                    .unwrap_or_else(|_| ProgressStyle::default_bar()),
                ),
            None => ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr()).with_style(
                ProgressStyle::with_template("{spinner} {msg} {bytes} read, {elapsed}")
                    .unwrap_or_else(|_| ProgressStyle::default_spinner()),
            ),
        };
        bar.enable_steady_tick(std::time::Duration::from_millis(200));
        Progress { bar: Some(bar) }
    }

    /// A bar counted in records, for work whose total is found as it goes (`set_total`),
    /// or a counter with a rate when `bounded` is false.
    pub fn records(enabled: bool, bounded: bool) -> Progress {
        if !enabled {
            return Progress { bar: None };
        }
        let (bar, template) = if bounded {
            (
                ProgressBar::with_draw_target(Some(0), ProgressDrawTarget::stderr()),
                "{bar:30} {percent:>3}% {human_pos}/{human_len} records, {per_sec}, ETA {eta}",
            )
        } else {
            (
                ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr()),
                "{spinner} {human_pos} records, {per_sec}, {elapsed}",
            )
        };
        let bar = bar.with_style(
            ProgressStyle::with_template(template).unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        bar.enable_steady_tick(std::time::Duration::from_millis(200));
        Progress { bar: Some(bar) }
    }

    /// For a `records` bar: `done` so far out of `total`.
    pub fn set_records(&self, done: u64, total: Option<u64>) {
        if let Some(bar) = &self.bar {
            if let Some(total) = total {
                bar.set_length(total.max(done));
            }
            bar.set_position(done);
        }
    }

    /// `records` so far; `bytes` of input consumed.
    pub fn update(&self, records: u64, bytes: u64) {
        if let Some(bar) = &self.bar {
            bar.set_position(bytes);
            let rate = records as f64 / bar.elapsed().as_secs_f64().max(1e-3);
            bar.set_message(format!("{records} records ({rate:.0}/s)"));
        }
    }

    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
