//! Checking librdkafka properties before any client is made: an unknown name or a bad
//! value is a usage error that names the property once and suggests the nearest known
//! name, rather than a client-creation failure later.

use std::ffi::{CStr, CString};
use std::os::raw::c_char;

use rdkafka::bindings as rd;

/// Checks one property (global or topic-level) against librdkafka's definitions.
pub fn check_property(key: &str, value: &str) -> Result<(), String> {
    let (Ok(name), Ok(text)) = (CString::new(key), CString::new(value)) else {
        return Err(format!("'{key}' holds a NUL byte"));
    };
    let mut errstr = [0 as c_char; 512];
    // SAFETY: a configuration object of our own, destroyed below; errstr is writable.
    let result = unsafe {
        let conf = rd::rd_kafka_conf_new();
        let result = rd::rd_kafka_conf_set(
            conf,
            name.as_ptr(),
            text.as_ptr(),
            errstr.as_mut_ptr(),
            errstr.len(),
        );
        rd::rd_kafka_conf_destroy(conf);
        result
    };
    match result {
        rd::rd_kafka_conf_res_t::RD_KAFKA_CONF_OK => Ok(()),
        rd::rd_kafka_conf_res_t::RD_KAFKA_CONF_UNKNOWN => {
            let hint = nearest(key, &known_properties())
                .map(|near| format!("; did you mean '{near}'?"))
                .unwrap_or_default();
            Err(format!("unknown librdkafka property '{key}'{hint}"))
        }
        _ => {
            // SAFETY: librdkafka wrote a NUL-terminated message into errstr.
            let reason = unsafe { CStr::from_ptr(errstr.as_ptr()) }.to_string_lossy();
            Err(format!(
                "invalid value for librdkafka property '{key}': {reason}"
            ))
        }
    }
}

/// Every property name librdkafka knows, global and topic-level, aliases included: the
/// first column of the table `rd_kafka_conf_properties_show` writes.
fn known_properties() -> Vec<String> {
    let mut table = Vec::new();
    // SAFETY: a temporary file of our own, written by librdkafka, read back and closed.
    unsafe {
        let file = libc::tmpfile();
        if file.is_null() {
            return Vec::new();
        }
        rd::rd_kafka_conf_properties_show(file.cast());
        libc::rewind(file);
        let mut buffer = [0u8; 8192];
        loop {
            let read = libc::fread(buffer.as_mut_ptr().cast(), 1, buffer.len(), file);
            if read == 0 {
                break;
            }
            table.extend_from_slice(&buffer[..read]);
        }
        libc::fclose(file);
    }
    String::from_utf8_lossy(&table)
        .lines()
        .filter_map(|line| line.split('|').next())
        .map(str::trim)
        .filter(|name| {
            !name.is_empty()
                && name
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '.' || c == '_')
        })
        .map(String::from)
        .collect()
}

/// The known name closest to `typed`, if it is close enough to be a slip.
fn nearest(typed: &str, known: &[String]) -> Option<String> {
    known
        .iter()
        .map(|name| (strsim::levenshtein(typed, name), name))
        .filter(|(distance, _)| *distance <= typed.len().max(3) / 3)
        .min()
        .map(|(_, name)| name.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_names_get_the_nearest_known_one() {
        assert_eq!(check_property("linger.ms", "5"), Ok(()));
        assert_eq!(check_property("acks", "all"), Ok(()));
        assert_eq!(
            check_property("lingr.ms", "5"),
            Err("unknown librdkafka property 'lingr.ms'; did you mean 'linger.ms'?".into())
        );
        assert_eq!(
            check_property("foo.bar", "1"),
            Err("unknown librdkafka property 'foo.bar'".into())
        );
        assert!(check_property("linger.ms", "soon")
            .unwrap_err()
            .starts_with("invalid value for librdkafka property 'linger.ms': "));
    }
}
