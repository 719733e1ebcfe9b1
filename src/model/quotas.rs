//! Client quotas: whom a quota applies to (a user, a client id, or a user's client id,
//! each named or the default), and the rates Kafka enforces for it.

use std::collections::BTreeMap;
use std::fmt;

use serde::Serialize;

/// The quota keys Kafka knows for users and client ids.
pub const QUOTA_KEYS: [&str; 4] = [
    "producer_byte_rate",
    "consumer_byte_rate",
    "request_percentage",
    "controller_mutation_rate",
];

/// One part of an entity: a named user or client id, or the default one.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Name {
    Named(String),
    Default,
}

impl Name {
    fn as_option(&self) -> Option<String> {
        match self {
            Name::Named(name) => Some(name.clone()),
            Name::Default => None,
        }
    }
}

/// Whom a quota applies to; at least one of the two is set.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct QuotaEntity {
    pub user: Option<Name>,
    pub client_id: Option<Name>,
}

impl fmt::Display for QuotaEntity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let part = |name: &Name, what: &str| match name {
            Name::Named(name) => format!("{what} '{name}'"),
            Name::Default => format!("the default {what}"),
        };
        match (&self.user, &self.client_id) {
            (Some(user), Some(client)) => {
                write!(
                    f,
                    "{} with {}",
                    part(user, "user"),
                    part(client, "client id")
                )
            }
            (Some(user), None) => f.write_str(&part(user, "user")),
            (None, Some(client)) => f.write_str(&part(client, "client id")),
            (None, None) => f.write_str("no entity"),
        }
    }
}

impl Serialize for QuotaEntity {
    /// As Kafka's own ClientQuotaEntity: {"user": NAME, "client-id": NAME}, a key only for
    /// a part the entity has, null for the default.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut parts: BTreeMap<&str, Option<String>> = BTreeMap::new();
        if let Some(user) = &self.user {
            parts.insert("user", user.as_option());
        }
        if let Some(client) = &self.client_id {
            parts.insert("client-id", client.as_option());
        }
        parts.serialize(serializer)
    }
}

/// The quotas set for one entity.
#[derive(Serialize, Debug)]
pub struct QuotaEntry {
    pub entity: QuotaEntity,
    pub quotas: BTreeMap<String, f64>,
}

/// A rate as Kafka's tools print it, without a needless ".0".
pub fn rate(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{}", value as i64)
    } else {
        value.to_string()
    }
}

/// One quota key of a change, before and after.
#[derive(Serialize, Debug, PartialEq)]
pub struct QuotaRow {
    pub key: String,
    pub before: Option<f64>,
    pub after: Option<f64>,
}

impl QuotaRow {
    pub fn unchanged(&self) -> bool {
        self.before == self.after
    }
}

/// The rows of setting `set` and removing `delete` on quotas that are `current`, or why
/// the change is not one: an unknown key (with the closest known one), a value that is
/// not a positive number, a key named twice.
pub fn plan(
    current: &BTreeMap<String, f64>,
    set: &[(String, String)],
    delete: &[String],
) -> Result<Vec<QuotaRow>, String> {
    let mut rows: Vec<QuotaRow> = Vec::new();
    let wanted = set
        .iter()
        .map(|(key, value)| (key, Some(value)))
        .chain(delete.iter().map(|key| (key, None)));
    for (key, value) in wanted {
        if !QUOTA_KEYS.contains(&key.as_str()) {
            return Err(unknown_key(key));
        }
        if rows.iter().any(|row| &row.key == key) {
            return Err(format!("quota '{key}' is named twice"));
        }
        let after = match value {
            Some(text) => match text.parse::<f64>() {
                Ok(number) if number.is_finite() && number > 0.0 => Some(number),
                _ => {
                    return Err(format!(
                        "quota '{key}' needs a positive number, not '{text}'"
                    ))
                }
            },
            None => None,
        };
        rows.push(QuotaRow {
            key: key.clone(),
            before: current.get(key).copied(),
            after,
        });
    }
    Ok(rows)
}

fn unknown_key(key: &str) -> String {
    let closest = QUOTA_KEYS
        .iter()
        .map(|known| (strsim::levenshtein(key, known), *known))
        .filter(|(distance, _)| *distance <= 4)
        .min();
    match closest {
        Some((_, known)) => format!("unknown quota '{key}' (did you mean '{known}'?)"),
        None => format!(
            "unknown quota '{key}': the quotas are {}",
            QUOTA_KEYS.join(", ")
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn current() -> BTreeMap<String, f64> {
        [("producer_byte_rate".to_string(), 1024.0)].into()
    }

    #[test]
    fn a_plan_shows_each_key_before_and_after() {
        let rows = plan(
            &current(),
            &[("consumer_byte_rate".into(), "2048".into())],
            &["producer_byte_rate".into()],
        )
        .expect("plan");
        assert_eq!(
            rows,
            [
                QuotaRow {
                    key: "consumer_byte_rate".into(),
                    before: None,
                    after: Some(2048.0)
                },
                QuotaRow {
                    key: "producer_byte_rate".into(),
                    before: Some(1024.0),
                    after: None
                },
            ]
        );
    }

    #[test]
    fn bad_keys_and_values_are_named() {
        let set = |key: &str, value: &str| plan(&current(), &[(key.into(), value.into())], &[]);
        assert_eq!(
            set("producer_bytes_rate", "1").unwrap_err(),
            "unknown quota 'producer_bytes_rate' (did you mean 'producer_byte_rate'?)"
        );
        assert_eq!(
            set("producer_byte_rate", "-5").unwrap_err(),
            "quota 'producer_byte_rate' needs a positive number, not '-5'"
        );
        assert_eq!(
            set("producer_byte_rate", "lots").unwrap_err(),
            "quota 'producer_byte_rate' needs a positive number, not 'lots'"
        );
        let twice = plan(
            &current(),
            &[("request_percentage".into(), "5".into())],
            &["request_percentage".into()],
        );
        assert_eq!(
            twice.unwrap_err(),
            "quota 'request_percentage' is named twice"
        );
    }

    #[test]
    fn entities_read_as_people_name_them() {
        let entity = QuotaEntity {
            user: Some(Name::Named("alice".into())),
            client_id: Some(Name::Default),
        };
        assert_eq!(
            entity.to_string(),
            "user 'alice' with the default client id"
        );
        assert_eq!(
            serde_json::to_string(&entity).expect("json"),
            r#"{"client-id":null,"user":"alice"}"#
        );
        assert_eq!(rate(1024.0), "1024");
        assert_eq!(rate(12.5), "12.5");
    }
}
