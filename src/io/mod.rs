//! kfk's edges with the user: input framing, the record JSON shape (both directions),
//! output (tables, JSON, lines), progress, prompts and signals.

pub mod files;
pub mod framing;
pub mod http;
pub mod output;
pub mod progress;
pub mod prompt;
pub mod record_json;
pub mod signals;
