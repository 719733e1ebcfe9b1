//! Topic and broker configurations as kfk holds them: entries read with their source, and
//! single-entry changes.

use serde::Serialize;

/// Whose configuration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConfigTarget {
    Topic(String),
    Broker(i32),
}

impl std::fmt::Display for ConfigTarget {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ConfigTarget::Topic(topic) => write!(f, "topic '{topic}'"),
            ConfigTarget::Broker(id) => write!(f, "broker {id}"),
        }
    }
}

/// What an incremental change does to one entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ConfigOp {
    Set,
    /// Back to the default (the broker's, for a topic).
    Delete,
    /// Add to a list entry.
    Append,
    /// Remove from a list entry.
    Subtract,
}

impl ConfigOp {
    pub fn as_str(self) -> &'static str {
        match self {
            ConfigOp::Set => "set",
            ConfigOp::Delete => "delete",
            ConfigOp::Append => "append",
            ConfigOp::Subtract => "subtract",
        }
    }
}

/// One change to one entry; `value` is None only for `Delete`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigChange {
    pub name: String,
    pub op: ConfigOp,
    pub value: Option<String>,
}

/// One configuration entry.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct ConfigEntry {
    pub name: String,
    /// None when unset or sensitive.
    pub value: Option<String>,
    /// Where the value comes from: "dynamic topic", "static broker", "default", ...
    pub source: &'static str,
    pub sensitive: bool,
    pub default: bool,
}
