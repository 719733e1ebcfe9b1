//! librdkafka ends the process with abort() when one of its internal checks fails, and a
//! malformed broker answer can fail one: librdkafka 2.12 asserts on a CreateAcls answer
//! that holds no results, which the test broker sends. kfk defines the C library's
//! assertion hook, so that such a failure ends kfk with one error line naming the request
//! and exit code 1, instead of a core dump.

use std::ffi::CStr;
use std::io::Write;
use std::os::raw::{c_char, c_uint};
use std::sync::Mutex;

/// The admin request waiting for its answer, for the message.
static IN_FLIGHT: Mutex<String> = Mutex::new(String::new());

/// Notes the request whose answer is awaited ("" when none).
pub fn awaiting(what: &str) {
    if let Ok(mut current) = IN_FLIGHT.lock() {
        what.clone_into(&mut current);
    }
}

/// glibc's `assert` calls this when a check fails.
///
/// # Safety
/// Called by the C library with NUL-terminated strings (or null).
#[no_mangle]
pub unsafe extern "C" fn __assert_fail(
    assertion: *const c_char,
    file: *const c_char,
    line: c_uint,
    function: *const c_char,
) -> ! {
    let text = |raw: *const c_char| {
        if raw.is_null() {
            "?".to_string()
        } else {
            // SAFETY: the C library passes NUL-terminated strings.
            unsafe { CStr::from_ptr(raw) }
                .to_string_lossy()
                .into_owned()
        }
    };
    let request = IN_FLIGHT
        .try_lock()
        .map(|what| what.clone())
        .unwrap_or_default();
    let during = if request.is_empty() {
        String::new()
    } else {
        format!("{request}: ")
    };
    let _ = writeln!(
        std::io::stderr(),
        "error: {during}librdkafka could not read the broker's answer and stopped (its check \
         `{}` failed in {}, {}:{line}); what the broker did is unknown",
        text(assertion),
        text(function),
        text(file)
    );
    // Other librdkafka threads still run: leave without running exit handlers.
    // SAFETY: _exit ends the process at once and is always safe to call.
    unsafe { libc::_exit(1) }
}
