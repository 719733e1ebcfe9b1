//! Durations on the command line, each with the range that makes sense for its flag,
//! checked at parse time: `--timeout 0` would fail every request at once, and a
//! duration of centuries overflows the clock it is added to.

use std::time::Duration;

/// A parser for clap's `value_parser`: a humantime duration (500ms, 10s, 1h30m) within
/// `min..=max`, or an error that gives the range.
pub fn between(
    min: Duration,
    max: Duration,
) -> impl Fn(&str) -> Result<Duration, String> + Clone + Send + Sync + 'static {
    move |raw: &str| {
        let shown = |d: Duration| humantime::format_duration(d).to_string();
        let range = || format!("from {} to {}", shown(min), shown(max));
        let duration = humantime::parse_duration(raw).map_err(|err| {
            format!(
                "{err}: expected a duration such as 500ms, 10s or 1h30m, {}",
                range()
            )
        })?;
        if duration < min || duration > max {
            return Err(format!("{raw} is out of range: expected {}", range()));
        }
        Ok(duration)
    }
}

pub const MS: Duration = Duration::from_millis(1);
pub const SECOND: Duration = Duration::from_secs(1);
pub const HOUR: Duration = Duration::from_secs(3600);
pub const DAY: Duration = Duration::from_secs(86_400);
/// How far back a time may reach: a century (of humantime's 365.25-day years).
pub const CENTURY: Duration = Duration::from_secs(3_155_760_000);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_outside_their_range_name_it() {
        let timeout = between(100 * MS, DAY);
        assert_eq!(timeout("10s"), Ok(Duration::from_secs(10)));
        assert_eq!(
            timeout("0"),
            Err("0 is out of range: expected from 100ms to 1day".into())
        );
        assert_eq!(
            timeout("2d"),
            Err("2d is out of range: expected from 100ms to 1day".into())
        );
        let err = timeout("500000000000y").unwrap_err();
        assert!(err.contains("expected from 100ms to 1day"), "{err}");
        let err = timeout("soon").unwrap_err();
        assert!(
            err.starts_with("expected number at 0: expected a duration"),
            "{err}"
        );
    }
}
