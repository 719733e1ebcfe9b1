//! Times as users type them, parsed the same way everywhere in kfk: RFC 3339, a local
//! `YYYY-MM-DD HH:MM[:SS]`, `@epoch-milliseconds`, or a duration meaning that long ago.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use chrono::{DateTime, Local, NaiveDate, NaiveDateTime, TimeZone, Utc};

pub const ACCEPTED_FORMS: &str = "RFC 3339 ('2026-11-26T14:05:00Z', '2026-11-26T15:05:00+01:00'), \
local 'YYYY-MM-DD HH:MM[:SS]', epoch milliseconds ('@1764165900000'), or a duration ago ('90m', '2h30m')";

/// How to read a time without a zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Zone {
    Local,
    Utc,
}

/// Milliseconds since the epoch for `raw`, relative durations counted back from `now`.
pub fn parse_time(raw: &str, zone: Zone, now: SystemTime) -> Result<i64, String> {
    let raw = raw.trim();
    let invalid = || format!("invalid time '{raw}': expected {ACCEPTED_FORMS}");
    if let Some(ms) = raw.strip_prefix('@') {
        return ms
            .parse::<i64>()
            .ok()
            .filter(|ms| *ms >= 0)
            .ok_or_else(invalid);
    }
    if let Ok(at) = DateTime::parse_from_rfc3339(raw) {
        return Ok(at.timestamp_millis());
    }
    for format in [
        "%Y-%m-%d %H:%M:%S%.f",
        "%Y-%m-%d %H:%M",
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%dT%H:%M",
    ] {
        if let Ok(naive) = NaiveDateTime::parse_from_str(raw, format) {
            return in_zone(naive, zone)
                .ok_or_else(|| format!("'{raw}' does not exist in the local time zone"));
        }
    }
    if let Ok(date) = NaiveDate::parse_from_str(raw, "%Y-%m-%d") {
        let midnight = date.and_hms_opt(0, 0, 0).ok_or_else(invalid)?;
        return in_zone(midnight, zone).ok_or_else(invalid);
    }
    // A bare number is ambiguous (seconds? an offset?); durations need a unit.
    if raw.chars().all(|c| c.is_ascii_digit()) {
        return Err(invalid());
    }
    let ago = humantime::parse_duration(raw).map_err(|_| invalid())?;
    let at = now.checked_sub(ago).ok_or_else(invalid)?;
    Ok(millis(at))
}

/// Like `parse_time`, and refuses a time in the future (with a little slack for clocks).
pub fn parse_past_time(raw: &str, zone: Zone, now: SystemTime) -> Result<i64, String> {
    let ms = parse_time(raw, zone, now)?;
    if ms > millis(now) + 1000 {
        return Err(format!(
            "time '{raw}' is in the future ({})",
            format_millis(ms)
        ));
    }
    Ok(ms)
}

fn in_zone(naive: NaiveDateTime, zone: Zone) -> Option<i64> {
    match zone {
        Zone::Utc => Some(Utc.from_utc_datetime(&naive).timestamp_millis()),
        // An ambiguous local time (the hour repeated when clocks go back) is its first use.
        Zone::Local => Local
            .from_local_datetime(&naive)
            .earliest()
            .map(|t| t.timestamp_millis()),
    }
}

pub fn millis(at: SystemTime) -> i64 {
    at.duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as i64)
}

/// RFC 3339 in UTC with milliseconds, as kfk prints timestamps.
pub fn format_millis(ms: i64) -> String {
    DateTime::<Utc>::from_timestamp_millis(ms)
        .map(|t| t.format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string())
        .unwrap_or_else(|| ms.to_string())
}

/// A duration typed by a user (humantime: `90s`, `2h30m`).
pub fn parse_duration(raw: &str) -> Result<Duration, String> {
    humantime::parse_duration(raw)
        .map_err(|err| format!("invalid duration '{raw}': {err} (e.g. 90s, 15m, 2h30m)"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> SystemTime {
        UNIX_EPOCH + Duration::from_millis(1_764_165_900_000) // 2026-11-26T14:05:00Z
    }

    #[test]
    fn every_form_parses() {
        let utc = Zone::Utc;
        assert_eq!(
            parse_time("2026-11-26T14:05:00Z", utc, now()),
            Ok(1_764_165_900_000)
        );
        assert_eq!(
            parse_time("2026-11-26T15:05:00+01:00", utc, now()),
            Ok(1_764_165_900_000)
        );
        assert_eq!(
            parse_time("2026-11-26T14:05:00.250Z", utc, now()),
            Ok(1_764_165_900_250)
        );
        assert_eq!(
            parse_time("2026-11-26 14:05", utc, now()),
            Ok(1_764_165_900_000)
        );
        assert_eq!(
            parse_time("2026-11-26 14:05:30", utc, now()),
            Ok(1_764_165_930_000)
        );
        assert_eq!(parse_time("2026-11-26", utc, now()), Ok(1_764_115_200_000));
        assert_eq!(
            parse_time("@1764165900000", utc, now()),
            Ok(1_764_165_900_000)
        );
        assert_eq!(
            parse_time("90m", utc, now()),
            Ok(1_764_165_900_000 - 90 * 60_000)
        );
        assert_eq!(
            parse_time("2h30m", utc, now()),
            Ok(1_764_165_900_000 - 150 * 60_000)
        );
        let local = parse_time("2026-11-26 14:05", Zone::Local, now()).unwrap();
        let expected = Local
            .from_local_datetime(
                &NaiveDateTime::parse_from_str("2026-11-26 14:05", "%Y-%m-%d %H:%M").unwrap(),
            )
            .earliest()
            .unwrap()
            .timestamp_millis();
        assert_eq!(local, expected);
    }

    #[test]
    fn bad_and_future_times_are_refused_with_the_accepted_forms() {
        for bad in ["yesterday", "1764165900000", "@-5", "2026-13-01", "", "@x"] {
            let err = parse_time(bad, Zone::Utc, now()).unwrap_err();
            assert!(err.contains("expected RFC 3339"), "{bad}: {err}");
        }
        let err = parse_past_time("2027-01-01T00:00:00Z", Zone::Utc, now()).unwrap_err();
        assert_eq!(
            err,
            "time '2027-01-01T00:00:00Z' is in the future (2027-01-01T00:00:00.000Z)"
        );
        assert!(parse_past_time("1h", Zone::Utc, now()).is_ok());
    }
}
