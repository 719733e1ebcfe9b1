//! The JSON shape of a record, shared by `kfk consume --output json` (which prints it:
//! `output`) and `kfk produce --input json` (which reads it: `input`), so `consume |
//! produce` copies faithfully.
//!
//! A key, value or header value is a JSON string when it is valid UTF-8, otherwise its
//! base64 text with `"key_encoding"`/`"value_encoding": "base64"` beside it (a header
//! as `["key", "base64 text", "base64"]`); null stays null. On input, any other JSON
//! value is sent as it stands in the line.

mod input;
mod output;

pub use input::{parse_record, InputRecord, RecordJson, SchemaParts};
pub use output::{write_decoded_record, write_record, Part};
