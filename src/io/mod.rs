//! kfk's edges with the user: input framing, the record JSON shape (both directions),
//! output (tables, JSON, lines), progress, prompts, signals, and the metrics endpoint.

pub mod backup_files;
pub mod files;
pub mod framing;
pub mod http;
pub mod metrics_server;
pub mod output;
pub mod progress;
pub mod prompt;
pub mod record_json;
pub mod signals;
pub mod structured;
