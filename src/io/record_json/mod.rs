//! The JSON shape of a record, shared by `kfk consume --output json` (which prints it:
//! `output`) and `kfk produce --input json` (which reads it: `input`), so `consume |
//! produce` copies faithfully.
//!
//! A key, value or header value is a JSON string when it is valid UTF-8, otherwise
//! `{"base64": "..."}`; null stays null. On input, any other JSON value is sent as its
//! compact JSON text.

mod input;
mod output;

pub use input::{parse_record, InputRecord, RecordJson};
pub use output::{write_decoded_record, write_record, Part};
