//! Where `kfk consume` starts and stops: -o/--from and --until as given (kcat's `e@MS`
//! included), and the defaults of each mode.

use anyhow::{bail, Result};

use super::ConsumeArgs;
use crate::error::UsageError;
use crate::model::position::{parse_start, parse_until, Position, PositionSpec};

/// One -o/--from value: where to start, or, as kcat's `e@MS`, where to stop.
#[derive(Debug, Clone)]
pub enum OffsetArg {
    Start(PositionSpec),
    Stop(PositionSpec),
}

pub(super) fn parse_offset(raw: &str) -> Result<OffsetArg, String> {
    if raw.starts_with("e@") {
        parse_until(raw).map(OffsetArg::Stop)
    } else {
        parse_start(raw).map(OffsetArg::Start)
    }
}

impl ConsumeArgs {
    /// Sorts -o values into --from and --until: one start at most, one stop at most.
    pub(super) fn resolve_offsets(&mut self) -> Result<()> {
        for offset in std::mem::take(&mut self.offsets) {
            let twice = match offset {
                OffsetArg::Start(spec) => self.from.replace(spec).map(|_| "-o/--from"),
                OffsetArg::Stop(spec) => self.until.replace(spec).map(|_| "--until (or -o e@MS)"),
            };
            if let Some(flag) = twice {
                bail!(UsageError(format!("{flag} is given twice")));
            }
        }
        Ok(())
    }
}

/// --from as given, or the default for the mode.
pub(super) fn start_spec(args: &ConsumeArgs) -> Result<PositionSpec> {
    let bounded = args.exit_at_end || args.until.is_some() || args.count.is_some();
    let default = if args.group.is_some() {
        Position::Stored
    } else if bounded {
        Position::Beginning
    } else {
        Position::End
    };
    let Some(spec) = &args.from else {
        return Ok(PositionSpec::uniform(default));
    };
    if args.group.is_some() {
        let allowed = spec.partitions.is_empty()
            && matches!(
                spec.default,
                Some(Position::Stored | Position::Beginning | Position::End)
            );
        if !allowed {
            bail!(UsageError(
                "with --group, --from takes stored, beginning or end (where to start without a \
                 committed offset); to move a group use kfk consumer-groups reset-offsets"
                    .into()
            ));
        }
        return Ok(PositionSpec::uniform(Position::Stored));
    }
    if spec.positions().any(|p| p == Position::Stored) {
        bail!(UsageError("--from stored needs --group".into()));
    }
    Ok(spec.clone())
}

/// Whether a group starts a partition without a committed offset at its beginning
/// (`--from beginning`) rather than its end. Without --from, a bounded read (--exit,
/// --until, --count) starts at the beginning, as the help says, group or not.
pub(super) fn starts_at_beginning(args: &ConsumeArgs) -> bool {
    match args.from.as_ref() {
        Some(spec) => spec.default == Some(Position::Beginning),
        None => args.exit_at_end || args.until.is_some() || args.count.is_some(),
    }
}
