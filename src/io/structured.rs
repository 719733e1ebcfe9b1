//! The JSON a command prints, as YAML or CSV, with the same field names.
//!
//! YAML: block mappings and sequences; a string is plain when YAML reads it back as that
//! string, else in double quotes with JSON's escapes (valid YAML). This small subset is
//! written here rather than taken from a crate: serde_yaml is archived, and what these
//! documents need (no anchors, tags or multi-line scalars) is about sixty lines.
//!
//! CSV (RFC 4180): one row per element of a top-level array (one row for an object).
//! Nested objects become dotted columns (`coordinator.host`). A row with exactly one
//! field that is an array of objects becomes one row per element, the element's fields
//! prefixed with the field's name (`partitions.lag`); other arrays are cells of JSON.
//! Columns are every field in order of first appearance.

use serde_json::{Map, Value};

/// `value` as a YAML document.
pub fn yaml(value: &Value) -> String {
    let mut out = String::new();
    match value {
        Value::Array(items) if !items.is_empty() => sequence(items, 0, &mut out),
        Value::Object(fields) if !fields.is_empty() => mapping(fields, 0, &mut out),
        scalar => {
            out.push_str(&yaml_scalar(scalar));
            out.push('\n');
        }
    }
    out
}

fn mapping(fields: &Map<String, Value>, indent: usize, out: &mut String) {
    for (key, value) in fields {
        out.push_str(&" ".repeat(indent));
        out.push_str(&yaml_string(key));
        out.push(':');
        nested(value, indent + 2, out);
    }
}

fn sequence(items: &[Value], indent: usize, out: &mut String) {
    for item in items {
        out.push_str(&" ".repeat(indent));
        out.push('-');
        match item {
            // A mapping starts on the dash's line: "- key: value".
            Value::Object(fields) if !fields.is_empty() => {
                let mut inner = String::new();
                mapping(fields, indent + 2, &mut inner);
                out.push(' ');
                out.push_str(&inner[indent + 2..]);
            }
            other => nested(other, indent + 2, out),
        }
    }
}

/// What follows "key:" or "-": a scalar on the same line, or a block below.
fn nested(value: &Value, indent: usize, out: &mut String) {
    match value {
        Value::Object(fields) if !fields.is_empty() => {
            out.push('\n');
            mapping(fields, indent, out);
        }
        Value::Array(items) if !items.is_empty() => {
            out.push('\n');
            sequence(items, indent, out);
        }
        scalar => {
            out.push(' ');
            out.push_str(&yaml_scalar(scalar));
            out.push('\n');
        }
    }
}

fn yaml_scalar(value: &Value) -> String {
    match value {
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => yaml_string(s),
        Value::Array(_) => "[]".into(),
        Value::Object(_) => "{}".into(),
    }
}

/// A string plain when YAML would read it back as the same string, else quoted.
fn yaml_string(s: &str) -> String {
    const RESERVED: [&str; 12] = [
        "null", "~", "true", "false", "yes", "no", "on", "off", "y", "n", ".nan", ".inf",
    ];
    let safe_chars = s
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | '/' | '@'));
    let plain = !s.is_empty()
        && safe_chars
        && !s.starts_with(['-', '.', '@'])
        && !RESERVED.contains(&s.to_ascii_lowercase().as_str())
        && s.parse::<f64>().is_err()
        && !s.starts_with(|c: char| c.is_ascii_digit());
    match plain {
        true => s.to_string(),
        false => Value::String(s.to_string()).to_string(),
    }
}

/// `value` as CSV with a header row.
pub fn csv(value: &Value) -> String {
    let items: Vec<&Value> = match value {
        Value::Array(items) => items.iter().collect(),
        other => vec![other],
    };
    let mut rows: Vec<Vec<(String, String)>> = Vec::new();
    for item in items {
        rows.extend(rows_of(item));
    }
    let mut columns: Vec<String> = Vec::new();
    for row in &rows {
        for (name, _) in row {
            if !columns.contains(name) {
                columns.push(name.clone());
            }
        }
    }
    let mut out = csv_line(columns.iter().map(String::as_str));
    for row in &rows {
        let cell = |column: &String| {
            row.iter()
                .find(|(name, _)| name == column)
                .map_or("", |(_, value)| value.as_str())
        };
        out.push_str(&csv_line(columns.iter().map(cell)));
    }
    out
}

/// The rows one element makes: one, or one per element of its one array of objects.
fn rows_of(item: &Value) -> Vec<Vec<(String, String)>> {
    let Value::Object(fields) = item else {
        return vec![vec![("value".into(), cell(item))]];
    };
    let nested: Vec<&String> = fields
        .iter()
        .filter(|(_, v)| matches!(v, Value::Array(a) if !a.is_empty() && a.iter().all(Value::is_object)))
        .map(|(k, _)| k)
        .collect();
    let mut parent = Vec::new();
    let exploded = (nested.len() == 1).then(|| nested[0]);
    for (key, value) in fields {
        if Some(key) != exploded {
            flatten(key, value, &mut parent);
        }
    }
    let Some(key) = exploded else {
        return vec![parent];
    };
    let Some(Value::Array(children)) = fields.get(key) else {
        return vec![parent];
    };
    children
        .iter()
        .map(|child| {
            let mut row = parent.clone();
            flatten(key, child, &mut row);
            row
        })
        .collect()
}

fn flatten(prefix: &str, value: &Value, row: &mut Vec<(String, String)>) {
    match value {
        Value::Object(fields) if !fields.is_empty() => {
            for (key, inner) in fields {
                flatten(&format!("{prefix}.{key}"), inner, row);
            }
        }
        other => row.push((prefix.to_string(), cell(other))),
    }
}

fn cell(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn csv_line<'a>(cells: impl Iterator<Item = &'a str>) -> String {
    let quoted: Vec<String> = cells
        .map(|c| match c.contains([',', '"', '\n', '\r']) {
            true => format!("\"{}\"", c.replace('"', "\"\"")),
            false => c.to_string(),
        })
        .collect();
    format!("{}\r\n", quoted.join(","))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn yaml_quotes_what_would_read_back_otherwise() {
        let value = json!([
            {"group": "billing", "lag": 4, "state": null, "empty": [], "tags": ["a b", "yes", "1.5", "-x"],
             "nested": {"host": "h:9092"}},
            "plain"
        ]);
        assert_eq!(
            yaml(&value),
            "- group: billing\n  lag: 4\n  state: null\n  empty: []\n  tags:\n    - \"a b\"\n    - \"yes\"\n    - \"1.5\"\n    - \"-x\"\n  nested:\n    host: \"h:9092\"\n- plain\n"
        );
        assert_eq!(yaml(&json!([])), "[]\n");
    }

    #[test]
    fn csv_flattens_objects_and_explodes_one_array_of_objects() {
        let value = json!([
            {"group": "g", "coordinator": {"id": 1}, "members": [], "partitions": [{"partition": 0, "lag": 2}, {"partition": 1, "lag": null}]},
            {"group": "h,i", "error": "said \"no\""}
        ]);
        assert_eq!(
            csv(&value),
            "group,coordinator.id,members,partitions.partition,partitions.lag,error\r\n\
             g,1,[],0,2,\r\n\
             g,1,[],1,,\r\n\
             \"h,i\",,,,,\"said \"\"no\"\"\"\r\n"
        );
    }
}
