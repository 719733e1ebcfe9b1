//! Where to start and stop reading, as users type it (`beginning`, `-100`, `1h`,
//! `0=100,1=end`), and the resolution of those specs to concrete offsets per partition.

use std::collections::BTreeMap;
use std::time::SystemTime;

use super::timespec::parse_time;

/// One position in a partition.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Position {
    Beginning,
    End,
    /// The group's committed offset.
    Stored,
    Offset(i64),
    /// N records before the end.
    FromEnd(i64),
    /// N records after the beginning.
    FromStart(i64),
    /// The first record at or after this time (ms since the epoch).
    Time(i64),
}

/// A position for every partition, with per-partition exceptions (`0=100,1=end`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PositionSpec {
    pub default: Option<Position>,
    pub partitions: BTreeMap<i32, Position>,
}

impl PositionSpec {
    pub fn uniform(position: Position) -> Self {
        PositionSpec {
            default: Some(position),
            partitions: BTreeMap::new(),
        }
    }

    pub fn for_partition(&self, partition: i32) -> Option<Position> {
        self.partitions.get(&partition).copied().or(self.default)
    }

    /// Refuses a partition the spec names that `topic` does not have (`existing`): its
    /// position would otherwise be ignored without a word.
    pub fn refuse_unknown_partitions(
        &self,
        flag: &str,
        topic: &str,
        existing: &[i32],
    ) -> Result<(), String> {
        match self.partitions.keys().find(|p| !existing.contains(p)) {
            Some(unknown) => Err(format!(
                "{flag} names partition {unknown}, but '{topic}' has partitions 0-{}",
                existing.len().saturating_sub(1)
            )),
            None => Ok(()),
        }
    }

    pub fn positions(&self) -> impl Iterator<Item = Position> + '_ {
        self.default
            .iter()
            .copied()
            .chain(self.partitions.values().copied())
    }
}

const START_FORMS: &str = "beginning, end, stored, an offset N, -N (N before the end), +N (N after the beginning), \
a time (RFC 3339, 'YYYY-MM-DD HH:MM[:SS]' local, @epoch-ms) or a duration ago (1h), or per partition: 0=100,1=end";

/// Parses `--from`.
pub fn parse_start(raw: &str) -> Result<PositionSpec, String> {
    parse_spec(raw, &parse_start_position)
}

/// Parses `--until`: an offset (not included), `end`, or a time.
pub fn parse_until(raw: &str) -> Result<PositionSpec, String> {
    // kcat spells a stop time e@MS.
    let raw = raw
        .strip_prefix("e@")
        .map_or(raw.to_string(), |ms| format!("@{ms}"));
    parse_spec(&raw, &|item| {
        match parse_start_position(item) {
        Ok(position @ (Position::Offset(_) | Position::Time(_) | Position::End)) => Ok(position),
        _ => Err(format!(
            "invalid --until '{item}': expected an offset, end, or a time (RFC 3339, local 'YYYY-MM-DD HH:MM[:SS]', @epoch-ms, or a duration ago)"
        )),
    }
    })
}

/// Parses `topics delete-records --before`: an offset, `end`, or a time.
pub fn parse_before(raw: &str) -> Result<PositionSpec, String> {
    parse_spec(raw, &|item| match parse_start_position(item) {
        Ok(position @ (Position::Offset(_) | Position::Time(_) | Position::End)) => Ok(position),
        _ => Err(format!(
            "invalid --before '{item}': expected an offset, end, or a time (RFC 3339, local \
             'YYYY-MM-DD HH:MM[:SS]', @epoch-ms, or a duration ago)"
        )),
    })
}

fn parse_spec(
    raw: &str,
    parse_one: &dyn Fn(&str) -> Result<Position, String>,
) -> Result<PositionSpec, String> {
    if !raw.contains('=') {
        return Ok(PositionSpec::uniform(parse_one(raw)?));
    }
    let mut partitions = BTreeMap::new();
    for item in raw.split(',') {
        let (partition, position) = item
            .split_once('=')
            .ok_or_else(|| format!("invalid '{item}' in '{raw}': expected PARTITION=POSITION"))?;
        let partition = partition
            .trim()
            .parse::<i32>()
            .ok()
            .filter(|p| *p >= 0)
            .ok_or_else(|| format!("invalid partition '{partition}' in '{raw}'"))?;
        partitions.insert(partition, parse_one(position.trim())?);
    }
    Ok(PositionSpec {
        default: None,
        partitions,
    })
}

fn parse_start_position(raw: &str) -> Result<Position, String> {
    let number = |digits: &str| digits.parse::<i64>().ok().filter(|n| *n >= 0);
    // kcat spells a start time s@MS.
    if let Some(ms) = raw.strip_prefix("s@") {
        return number(ms)
            .map(Position::Time)
            .ok_or_else(|| format!("invalid position '{raw}': s@ takes epoch milliseconds"));
    }
    match raw {
        "beginning" | "earliest" => return Ok(Position::Beginning),
        "end" | "latest" => return Ok(Position::End),
        "stored" | "committed" => return Ok(Position::Stored),
        _ => {}
    }
    if let Some(n) = raw.strip_prefix('-').and_then(number) {
        return Ok(Position::FromEnd(n));
    }
    if let Some(n) = raw.strip_prefix('+').and_then(number) {
        return Ok(Position::FromStart(n));
    }
    if let Some(n) = number(raw) {
        return Ok(Position::Offset(n));
    }
    parse_time(raw, SystemTime::now())
        .map(Position::Time)
        .map_err(|_| format!("invalid position '{raw}': expected {START_FORMS}"))
}

/// A place in a partition that needs no lookup: where a consumer starts or seeks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Offset {
    Beginning,
    End,
    /// The group's committed offset.
    Stored,
    At(i64),
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(crate::fuzz_config())]
        #[test]
        fn position_specs_never_panic(raw in ".{0,40}", shaped in "[-+@=,:. 0-9a-zA-Z]{0,30}") {
            let _ = parse_start(&raw);
            let _ = parse_until(&raw);
            let _ = parse_start(&shaped);
            let _ = parse_until(&shaped);
        }

        #[test]
        fn offsets_parse_back(n in 0i64..i64::MAX, partition in 0i32..1000) {
            prop_assert_eq!(parse_start(&n.to_string()), Ok(PositionSpec::uniform(Position::Offset(n))));
            prop_assert_eq!(parse_start(&format!("-{n}")), Ok(PositionSpec::uniform(Position::FromEnd(n))));
            let spec = parse_start(&format!("{partition}={n}")).map_err(TestCaseError::fail)?;
            prop_assert_eq!(spec.for_partition(partition), Some(Position::Offset(n)));
        }
    }

    use super::*;

    #[test]
    fn start_specs_parse() {
        let one = |raw| parse_start(raw).unwrap().default.unwrap();
        assert_eq!(one("beginning"), Position::Beginning);
        assert_eq!(one("end"), Position::End);
        assert_eq!(one("stored"), Position::Stored);
        assert_eq!(one("42"), Position::Offset(42));
        assert_eq!(one("-10"), Position::FromEnd(10));
        assert_eq!(one("+10"), Position::FromStart(10));
        assert_eq!(one("@1764151200000"), Position::Time(1_764_151_200_000));
        assert_eq!(
            one("2026-11-26T10:00:00Z"),
            Position::Time(1_795_687_200_000)
        );
        assert!(matches!(one("1h"), Position::Time(_)));
        assert_eq!(one("s@1764151200000"), Position::Time(1_764_151_200_000));
        assert_eq!(
            parse_until("e@1764151200000").unwrap().default,
            Some(Position::Time(1_764_151_200_000))
        );
        let per = parse_start("0=100,1=end, 2=-5").unwrap();
        assert_eq!(per.default, None);
        assert_eq!(per.for_partition(0), Some(Position::Offset(100)));
        assert_eq!(per.for_partition(1), Some(Position::End));
        assert_eq!(per.for_partition(2), Some(Position::FromEnd(5)));
        assert_eq!(per.for_partition(3), None);
    }

    #[test]
    fn bad_specs_are_refused() {
        for bad in ["soon", "-x", "+", "0=", "x=1", "-1=5", "1.5"] {
            assert!(parse_start(bad).is_err(), "{bad}");
        }
        assert!(parse_until("-5").is_err());
        assert!(parse_until("stored").is_err());
        assert_eq!(
            parse_until("100").unwrap().default,
            Some(Position::Offset(100))
        );
    }
}
