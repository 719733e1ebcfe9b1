//! Text templates with faker-style fields: `{"id": {{seq}}, "user": "{{name}}"}`. A
//! rendered template that is a JSON document is sent as that JSON, else as text.
//!
//! Fields: seq (1, 2, ...), uuid, int LOW HIGH, float LOW HIGH, bool, choice A B ...,
//! name, first_name, last_name, email, city, country, word, ipv4, hex N, now (epoch
//! milliseconds), timestamp (RFC 3339).

use serde_json::Value;

use super::{by_name, now_ms, uuid, word, Rng};

#[derive(Debug)]
pub struct Template(Vec<Piece>);

#[derive(Debug)]
enum Piece {
    Text(String),
    Field(Field),
}

#[derive(Debug)]
enum Field {
    Seq,
    Uuid,
    Int(i64, i64),
    Float(f64, f64),
    Bool,
    Choice(Vec<String>),
    /// A value by kind name: name, email, city, ...
    Named(&'static str),
    Word,
    Ipv4,
    Hex(usize),
    Now,
    Timestamp,
}

const NAMED: [&str; 6] = [
    "name",
    "first_name",
    "last_name",
    "email",
    "city",
    "country",
];

impl Template {
    pub fn parse(text: &str) -> Result<Template, String> {
        let mut pieces = Vec::new();
        let mut rest = text.trim_end_matches('\n');
        while let Some(start) = rest.find("{{") {
            pieces.push(Piece::Text(rest[..start].to_string()));
            let after = &rest[start + 2..];
            let end = after.find("}}").ok_or_else(|| {
                format!("template: '{{{{' without '}}}}' in '{}'", &rest[start..])
            })?;
            pieces.push(Piece::Field(field(after[..end].trim())?));
            rest = &after[end + 2..];
        }
        pieces.push(Piece::Text(rest.to_string()));
        Ok(Template(pieces))
    }

    pub fn value(&self, rng: &mut Rng, seq: u64) -> Value {
        let mut text = String::new();
        for piece in &self.0 {
            match piece {
                Piece::Text(t) => text.push_str(t),
                Piece::Field(f) => text.push_str(&render(f, rng, seq)),
            }
        }
        match serde_json::from_str::<Value>(&text) {
            Ok(json @ (Value::Object(_) | Value::Array(_))) => json,
            _ => Value::String(text),
        }
    }
}

fn field(spec: &str) -> Result<Field, String> {
    let words: Vec<&str> = spec.split_whitespace().collect();
    let number = |i: usize| -> Result<f64, String> {
        words
            .get(i)
            .and_then(|w| w.parse::<f64>().ok())
            .ok_or_else(|| {
                format!("template: '{{{{{spec}}}}}' needs two numbers, e.g. {{{{int 1 100}}}}")
            })
    };
    Ok(match words.first().copied().unwrap_or("") {
        "seq" => Field::Seq,
        "uuid" => Field::Uuid,
        "int" => Field::Int(number(1)? as i64, number(2)? as i64),
        "float" => Field::Float(number(1)?, number(2)?),
        "bool" => Field::Bool,
        "choice" if words.len() > 1 => Field::Choice(words[1..].iter().map(|w| w.to_string()).collect()),
        "word" => Field::Word,
        "ipv4" => Field::Ipv4,
        "hex" => Field::Hex(words.get(1).and_then(|n| n.parse().ok()).unwrap_or(8)),
        "now" => Field::Now,
        "timestamp" => Field::Timestamp,
        name => match NAMED.iter().find(|n| **n == name) {
            Some(named) => Field::Named(named),
            None => {
                return Err(format!(
                    "template: unknown field '{{{{{spec}}}}}': seq, uuid, int A B, float A B, bool, choice A B .., {}, word, ipv4, hex N, now, timestamp",
                    NAMED.join(", ")
                ))
            }
        },
    })
}

fn render(field: &Field, rng: &mut Rng, seq: u64) -> String {
    match field {
        Field::Seq => (seq + 1).to_string(),
        Field::Uuid => uuid(rng),
        Field::Int(low, high) => rng.between(*low, *high).to_string(),
        Field::Float(low, high) => format!("{:.2}", low + rng.fraction() * (high - low)),
        Field::Bool => (rng.next_u64() & 1 == 1).to_string(),
        Field::Choice(options) => rng.pick(options).clone(),
        Field::Named(kind) => by_name(rng, kind, seq).unwrap_or_default(),
        Field::Word => word(rng),
        Field::Ipv4 => format!(
            "10.{}.{}.{}",
            rng.between(0, 255),
            rng.between(0, 255),
            rng.between(1, 254)
        ),
        Field::Hex(n) => (0..*n)
            .map(|_| format!("{:x}", rng.next_u64() % 16))
            .collect(),
        Field::Now => now_ms().to_string(),
        Field::Timestamp => crate::model::timespec::format_millis(now_ms()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_template_renders_its_fields() {
        let template =
            Template::parse("{\"id\": {{seq}}, \"n\": {{int 5 5}}, \"c\": \"{{choice a}}\"}\n")
                .unwrap();
        assert_eq!(
            template.value(&mut Rng::new(1), 41),
            serde_json::json!({"id": 42, "n": 5, "c": "a"})
        );
        let text = Template::parse("user {{email}}")
            .unwrap()
            .value(&mut Rng::new(7), 0);
        assert!(
            text.as_str()
                .is_some_and(|t| t.starts_with("user ") && t.ends_with("@example.com")),
            "{text}"
        );
        assert!(Template::parse("{{nope}}")
            .unwrap_err()
            .contains("unknown field '{{nope}}'"));
        assert!(Template::parse("{{int 1}}")
            .unwrap_err()
            .contains("needs two numbers"));
    }
}
