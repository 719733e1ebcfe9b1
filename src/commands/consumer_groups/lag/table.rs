//! A lag measurement as a table, or as one JSON array per snapshot.

use std::time::Duration;

use anyhow::Result;

use crate::context::Context;
use crate::io::output::OutputFormat;
use crate::io::{output, structured};
use crate::model::lag::Trend;
use crate::model::timespec::millis;

/// Prints one snapshot; `watching` adds the rate columns, `live` redraws in place.
pub fn print_snapshot(
    ctx: &Context,
    trends: &[Trend],
    unreadable: &[(String, String)],
    watching: bool,
    live: bool,
) -> Result<()> {
    if ctx.output.structured() {
        let mut rows: Vec<serde_json::Value> = trends
            .iter()
            .map(serde_json::to_value)
            .collect::<Result<_, _>>()?;
        rows.extend(
            unreadable
                .iter()
                .map(|(group, error)| serde_json::json!({"group": group, "error": error})),
        );
        // One document per snapshot: a JSON line, a YAML document, a CSV table.
        let rows = serde_json::Value::Array(rows);
        return match ctx.output {
            OutputFormat::Yaml => {
                output::print_line(&format!("---\n{}", structured::yaml(&rows).trim_end()))
            }
            OutputFormat::Csv => output::write_stdout(structured::csv(&rows).as_bytes()),
            _ => output::print_line(&serde_json::to_string(&rows)?),
        };
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
