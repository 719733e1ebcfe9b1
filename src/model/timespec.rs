//! Times as users type them, parsed the same way everywhere in kfk: RFC 3339, a local
//! `YYYY-MM-DD HH:MM[:SS]`, `@epoch-milliseconds`, or a duration meaning that long ago.

use std::time::{SystemTime, UNIX_EPOCH};

use chrono::{DateTime, Local, NaiveDate, NaiveDateTime, TimeZone, Utc};

pub const ACCEPTED_FORMS: &str = "RFC 3339 ('2026-11-26T14:05:00Z', '2026-11-26T15:05:00+01:00'), \
local 'YYYY-MM-DD HH:MM[:SS]', epoch milliseconds ('@1795701900000'), or a duration ago ('90m', '2h30m')";

/// Milliseconds since the epoch for `raw`, relative durations counted back from `now`.
/// Times without a zone are local (the `TZ` environment variable applies).
pub fn parse_time(raw: &str, now: SystemTime) -> Result<i64, String> {
    parse_time_in(raw, now, false)
}

/// Like `parse_time`; with `utc`, times without a zone are read as UTC.
pub fn parse_time_in(raw: &str, now: SystemTime, utc: bool) -> Result<i64, String> {
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
            return zoned(naive, utc)
                .ok_or_else(|| format!("'{raw}' does not exist in the local time zone"));
        }
    }
    if let Ok(date) = NaiveDate::parse_from_str(raw, "%Y-%m-%d") {
        let midnight = date.and_hms_opt(0, 0, 0).ok_or_else(invalid)?;
        return zoned(midnight, utc).ok_or_else(invalid);
    }
    // A bare number is ambiguous (seconds? an offset?); durations need a unit.
    if raw.chars().all(|c| c.is_ascii_digit()) {
        return Err(invalid());
    }
    let ago = humantime::parse_duration(raw).map_err(|_| invalid())?;
    let at = now.checked_sub(ago).ok_or_else(invalid)?;
    Ok(millis(at))
}

/// Like `parse_time_in`, for times to seek to: a time in the future (beyond a second of
/// clock skew) is refused, as it is almost surely a typo that would resolve to the log end.
pub fn parse_past_time_in(raw: &str, now: SystemTime, utc: bool) -> Result<i64, String> {
    let time = parse_time_in(raw, now, utc)?;
    if time > millis(now) + 1000 {
        return Err(format!(
            "time '{raw}' is in the future ({}); expected a past time: {ACCEPTED_FORMS}",
            format_millis(time)
        ));
    }
    Ok(time)
}

/// A time without a zone, in UTC or local time. An ambiguous local time (the hour
/// repeated when clocks go back) is its first use.
fn zoned(naive: NaiveDateTime, utc: bool) -> Option<i64> {
    if utc {
        return Some(Utc.from_utc_datetime(&naive).timestamp_millis());
    }
    Local
        .from_local_datetime(&naive)
        .earliest()
        .map(|t| t.timestamp_millis())
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

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(crate::fuzz_config())]
        #[test]
        fn times_never_panic(raw in ".{0,40}", shaped in "[-+@:.TZ 0-9a-z]{0,32}", utc: bool) {
            let _ = parse_time_in(&raw, now(), utc);
            let _ = parse_time_in(&shaped, now(), utc);
            let _ = parse_past_time_in(&shaped, now(), utc);
        }

        #[test]
        fn epoch_millis_parse_back(ms in 0i64..4_102_444_800_000) {
            prop_assert_eq!(parse_time(&format!("@{ms}"), now()), Ok(ms));
            prop_assert_eq!(parse_time(&format_millis(ms), now()), Ok(ms));
        }
    }

    use super::*;
    use std::time::Duration;

    /// 2026-11-26T14:05:00Z
    const NOW_MS: i64 = 1_795_701_900_000;

    fn now() -> SystemTime {
        UNIX_EPOCH + Duration::from_millis(NOW_MS as u64)
    }

    fn local_ms(text: &str) -> i64 {
        let naive = NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M:%S").unwrap();
        Local
            .from_local_datetime(&naive)
            .earliest()
            .unwrap()
            .timestamp_millis()
    }

    #[test]
    fn every_form_parses() {
        let cases = [
            ("2026-11-26T14:05:00Z", NOW_MS),
            ("2026-11-26T15:05:00+01:00", NOW_MS),
            ("2026-11-26T14:05:00.250Z", NOW_MS + 250),
            ("@1795701900000", NOW_MS),
            ("90m", NOW_MS - 90 * 60_000),
            ("2h30m", NOW_MS - 150 * 60_000),
            ("2026-11-26 14:05", local_ms("2026-11-26 14:05:00")),
            ("2026-11-26 14:05:30", local_ms("2026-11-26 14:05:30")),
            ("2026-11-26T14:05:30", local_ms("2026-11-26 14:05:30")),
            ("2026-11-26", local_ms("2026-11-26 00:00:00")),
        ];
        for (raw, expected) in cases {
            assert_eq!(parse_time(raw, now()), Ok(expected), "{raw}");
        }
    }

    #[test]
    fn utc_reads_times_without_a_zone_as_utc() {
        assert_eq!(parse_time_in("2026-11-26 14:05", now(), true), Ok(NOW_MS));
        assert_eq!(
            parse_time_in("2026-11-26T15:05:00+01:00", now(), true),
            Ok(NOW_MS)
        );
    }

    #[test]
    fn bad_times_are_refused_with_the_accepted_forms() {
        for bad in ["yesterday", "1764165900000", "@-5", "2026-13-01", "", "@x"] {
            let err = parse_time(bad, now()).unwrap_err();
            assert!(err.contains("expected RFC 3339"), "{bad}: {err}");
        }
    }
}
