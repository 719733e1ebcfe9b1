//! What the perf commands measure and how they say it: latency histograms, rates, the
//! progress line every interval and the closing summary, in the shape users of Apache
//! Kafka's perf tools know.

use std::io::IsTerminal;
use std::time::{Duration, Instant};

use hdrhistogram::Histogram;
use serde::Serialize;

/// Latencies in microseconds, from 1 µs to an hour at 3 significant digits (an HDR
/// histogram: fixed memory, percentiles within 0.1 %).
pub struct Latencies(Histogram<u64>);

const MAX_MICROS: u64 = 3_600_000_000;

impl Latencies {
    pub fn new() -> Latencies {
        Latencies(
            Histogram::new_with_bounds(1, MAX_MICROS, 3)
                .expect("1 µs to 1 h at 3 digits is a valid histogram"),
        )
    }

    /// Records one latency; longer than an hour counts as an hour.
    pub fn record(&mut self, latency: Duration) {
        let micros = u64::try_from(latency.as_micros()).unwrap_or(MAX_MICROS);
        self.0.saturating_record(micros.clamp(1, MAX_MICROS));
    }

    pub fn reset(&mut self) {
        self.0.reset();
    }

    pub fn summary(&self) -> LatencySummary {
        let ms = |micros: u64| micros as f64 / 1000.0;
        let at = |q: f64| ms(self.0.value_at_quantile(q));
        if self.0.is_empty() {
            return LatencySummary::default();
        }
        LatencySummary {
            avg: self.0.mean() / 1000.0,
            min: ms(self.0.min()),
            p50: at(0.50),
            p95: at(0.95),
            p99: at(0.99),
            p99_9: at(0.999),
            max: ms(self.0.max()),
        }
    }
}

impl Default for Latencies {
    fn default() -> Latencies {
        Latencies::new()
    }
}

/// Latency figures in milliseconds (all 0 when nothing was measured).
#[derive(Debug, Clone, Copy, Default, Serialize, PartialEq)]
pub struct LatencySummary {
    pub avg: f64,
    pub min: f64,
    pub p50: f64,
    pub p95: f64,
    pub p99: f64,
    #[serde(rename = "p99.9")]
    pub p99_9: f64,
    pub max: f64,
}

impl LatencySummary {
    /// "2.31 ms avg latency, 45.00 ms max latency, 2.10 ms 50th, ...", as Apache's
    /// producer perf test prints it (with fractions of a millisecond).
    pub fn sentence(&self) -> String {
        format!(
            "{:.2} ms avg latency, {:.2} ms max latency, {:.2} ms 50th, {:.2} ms 95th, \
             {:.2} ms 99th, {:.2} ms 99.9th",
            self.avg, self.max, self.p50, self.p95, self.p99, self.p99_9
        )
    }
}

/// Records and bytes over a time: the rates.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Rate {
    pub records: u64,
    pub bytes: u64,
    pub seconds: f64,
    pub records_per_sec: f64,
    /// MiB per second, as Apache's tools count a MB.
    pub mb_per_sec: f64,
}

impl Rate {
    pub fn new(records: u64, bytes: u64, elapsed: Duration) -> Rate {
        let seconds = elapsed.as_secs_f64().max(1e-9);
        Rate {
            records,
            bytes,
            seconds,
            records_per_sec: records as f64 / seconds,
            mb_per_sec: bytes as f64 / (1024.0 * 1024.0) / seconds,
        }
    }

    /// "N records VERB, R records/sec (M MB/sec)".
    pub fn sentence(&self, verb: &str) -> String {
        format!(
            "{} records {verb}, {:.1} records/sec ({:.2} MB/sec)",
            self.records, self.records_per_sec, self.mb_per_sec
        )
    }
}

/// When the progress line is due: every `interval` if one was asked for, else every 5 s
/// when stderr is a terminal, else never.
pub struct Ticker {
    every: Option<Duration>,
    started: Instant,
    next: Instant,
}

impl Ticker {
    pub fn new(asked: Option<Duration>, quiet: bool) -> Ticker {
        let every = match (quiet, asked) {
            (true, _) => None,
            (false, Some(every)) => Some(every.max(Duration::from_millis(100))),
            (false, None) => std::io::stderr()
                .is_terminal()
                .then_some(Duration::from_secs(5)),
        };
        let now = Instant::now();
        Ticker {
            every,
            started: now,
            next: now + every.unwrap_or(Duration::MAX / 4),
        }
    }

    /// The time since the last tick (or the start) when a line is due now.
    pub fn due(&mut self, now: Instant) -> Option<Duration> {
        let every = self.every?;
        if now < self.next {
            return None;
        }
        let window = now - (self.next - every);
        self.next = now + every;
        Some(window)
    }

    pub fn started(&self) -> Instant {
        self.started
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn percentiles_are_ordered_and_bounded(samples in prop::collection::vec(1u64..10_000_000, 1..2000)) {
            let mut latencies = Latencies::new();
            for micros in &samples {
                latencies.record(Duration::from_micros(*micros));
            }
            let s = latencies.summary();
            let within = |v: f64| v >= s.min && v <= s.max;
            prop_assert!(s.min <= s.p50 && s.p50 <= s.p95 && s.p95 <= s.p99);
            prop_assert!(s.p99 <= s.p99_9 && s.p99_9 <= s.max);
            prop_assert!(within(s.avg) && within(s.p50) && within(s.p99_9));
            // HDR keeps 3 significant digits: min and max within 0.1 % of the true ones.
            let true_max = *samples.iter().max().unwrap_or(&0) as f64 / 1000.0;
            let true_min = *samples.iter().min().unwrap_or(&0) as f64 / 1000.0;
            prop_assert!((s.max - true_max).abs() <= true_max * 0.001 + 0.001);
            prop_assert!((s.min - true_min).abs() <= true_min * 0.001 + 0.001);
        }
    }

    #[test]
    fn nothing_measured_is_all_zero_and_rates_divide_by_time() {
        assert_eq!(Latencies::new().summary(), LatencySummary::default());
        let rate = Rate::new(1000, 1024 * 1024, Duration::from_secs(2));
        assert_eq!((rate.records_per_sec, rate.mb_per_sec), (500.0, 0.5));
        assert_eq!(
            rate.sentence("sent"),
            "1000 records sent, 500.0 records/sec (0.50 MB/sec)"
        );
    }
}
