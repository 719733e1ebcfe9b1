//! Progress on stderr, only when stderr is a terminal. What a line says is computed from
//! counts alone (`ProduceStatus`, `rate`), so it is tested without a terminal.
//!
//! A producer's progress follows what was delivered, not what was read: librdkafka reads
//! ahead by up to its whole queue, so the bytes read say little about the time left.

use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// How often the numbers are redrawn.
const REDRAW: Duration = Duration::from_millis(200);

/// Where a produce run stands.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ProduceStatus {
    pub read: u64,
    pub delivered: u64,
    pub bytes_read: u64,
    /// The input's size, when it is files.
    pub total_bytes: Option<u64>,
    pub elapsed: Duration,
}

impl ProduceStatus {
    /// The records the whole input holds, estimated from the bytes per record so far.
    pub fn expected_records(&self) -> Option<u64> {
        let total = self.total_bytes?;
        if self.bytes_read == 0 || self.read == 0 {
            return None;
        }
        let estimate = self.read as f64 * total as f64 / self.bytes_read as f64;
        Some((estimate.round() as u64).max(self.read))
    }

    /// The share of the expected records delivered, 0 to 1.
    pub fn fraction(&self) -> Option<f64> {
        let expected = self.expected_records()?;
        Some((self.delivered as f64 / expected.max(1) as f64).min(1.0))
    }

    /// The time left at the delivery rate so far.
    pub fn eta(&self) -> Option<Duration> {
        let expected = self.expected_records()?;
        let per_second = self.delivered as f64 / self.elapsed.as_secs_f64();
        if self.delivered == 0 || !per_second.is_finite() || per_second <= 0.0 {
            return None;
        }
        let left = expected.saturating_sub(self.delivered) as f64 / per_second;
        Some(Duration::from_secs(left.round() as u64))
    }

    /// The progress line: with a known size, the share delivered and the time left;
    /// otherwise (stdin) the lines read and delivered.
    pub fn message(&self) -> String {
        let rate = rate(self.delivered, self.elapsed);
        match (self.expected_records(), self.fraction()) {
            (Some(expected), Some(fraction)) => format!(
                "{:>3}% {} of ~{} records delivered, {rate}/s, ETA {}",
                (fraction * 100.0).floor() as u64,
                self.delivered,
                expected,
                self.eta()
                    .map_or("-".into(), |eta| humantime::format_duration(eta)
                        .to_string()),
            ),
            _ => format!(
                "{} lines read, {} delivered, {rate}/s",
                self.read, self.delivered
            ),
        }
    }
}

/// Records per second, rounded to a whole number.
pub fn rate(records: u64, elapsed: Duration) -> u64 {
    let seconds = elapsed.as_secs_f64();
    if seconds <= 0.0 {
        return 0;
    }
    (records as f64 / seconds).round() as u64
}

pub struct Progress {
    bar: Option<ProgressBar>,
    started: Instant,
    drawn: Instant,
}

impl Progress {
    /// A produce line: a bar of the share delivered when the input size is known, a
    /// spinner otherwise.
    pub fn produce(enabled: bool, sized: bool) -> Progress {
        let template = if sized {
            "{bar:30} {msg}"
        } else {
            "{spinner} {msg}, {elapsed}"
        };
        Progress::with(enabled.then(|| {
            ProgressBar::with_draw_target(sized.then_some(1000), ProgressDrawTarget::stderr())
                .with_style(
                    ProgressStyle::with_template(template)
                        .unwrap_or_else(|_| ProgressStyle::default_bar()),
                )
        }))
    }

    /// A bar counted in records, for work whose total is found as it goes, or a counter
    /// with a rate when `bounded` is false.
    pub fn records(enabled: bool, bounded: bool) -> Progress {
        let (length, template) = if bounded {
            (
                Some(0),
                "{bar:30} {percent:>3}% {human_pos}/{human_len} records, {msg}, ETA {eta}",
            )
        } else {
            (None, "{spinner} {human_pos} records, {msg}, {elapsed}")
        };
        Progress::with(enabled.then(|| {
            ProgressBar::with_draw_target(length, ProgressDrawTarget::stderr()).with_style(
                ProgressStyle::with_template(template)
                    .unwrap_or_else(|_| ProgressStyle::default_bar()),
            )
        }))
    }

    fn with(bar: Option<ProgressBar>) -> Progress {
        if let Some(bar) = &bar {
            bar.enable_steady_tick(REDRAW);
        }
        let now = Instant::now();
        Progress {
            bar,
            started: now,
            drawn: now,
        }
    }

    /// Whether there is a line to draw and it is time to redraw it; cheap enough to ask
    /// per record.
    pub fn due(&self) -> bool {
        self.bar.is_some() && self.drawn.elapsed() >= REDRAW
    }

    pub fn elapsed(&self) -> Duration {
        self.started.elapsed()
    }

    /// For a `produce` line.
    pub fn show_produce(&mut self, status: &ProduceStatus) {
        if let Some(bar) = &self.bar {
            if let Some(fraction) = status.fraction() {
                bar.set_position((fraction * 1000.0) as u64);
            }
            bar.set_message(status.message());
            self.drawn = Instant::now();
        }
    }

    /// For a `records` bar: `done` so far out of `total`.
    pub fn set_records(&self, done: u64, total: Option<u64>) {
        if let Some(bar) = &self.bar {
            if let Some(total) = total {
                bar.set_length(total.max(done));
            }
            bar.set_position(done);
            bar.set_message(format!("{}/s", rate(done, self.started.elapsed())));
        }
    }

    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn status(read: u64, delivered: u64, bytes_read: u64, seconds: u64) -> ProduceStatus {
        ProduceStatus {
            read,
            delivered,
            bytes_read,
            total_bytes: Some(200_000_000),
            elapsed: Duration::from_secs(seconds),
        }
    }

    #[test]
    fn a_slow_broker_shows_what_was_delivered_not_what_was_read_ahead() {
        // 2 M records of 100 bytes; librdkafka has read 101,376 ahead, 29,696 delivered.
        let slow = status(101_376, 29_696, 10_137_600, 18);
        assert_eq!(slow.expected_records(), Some(2_000_000));
        assert_eq!(slow.fraction().map(|f| (f * 1000.0).round()), Some(15.0));
        // 1,650 records/s for the 1,970,304 left: about 20 minutes, not seconds.
        assert_eq!(slow.eta(), Some(Duration::from_secs(1194)));
        assert_eq!(
            slow.message(),
            "  1% 29696 of ~2000000 records delivered, 1650/s, ETA 19m 54s"
        );
    }

    #[test]
    fn stdin_shows_lines_read_and_delivered_and_rates_are_whole() {
        let typed = ProduceStatus {
            read: 3,
            delivered: 2,
            bytes_read: 12,
            total_bytes: None,
            elapsed: Duration::from_millis(2_900),
        };
        assert_eq!(typed.message(), "3 lines read, 2 delivered, 1/s");
        assert_eq!(rate(67_330, Duration::from_millis(2_900)), 23_217);
        assert_eq!(rate(5, Duration::ZERO), 0);
    }
}
