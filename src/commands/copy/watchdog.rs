//! A bound on librdkafka's transactional calls. Each takes a timeout, yet librdkafka 2.12
//! was seen blocked in send_offsets_to_transaction for over ten minutes after the
//! broker leading the destination was SIGKILLed (its broker threads spinning). A copy
//! must not hang: when a call outlives its bound, kfk ends with one error line. The
//! transaction left open is aborted when the copy starts again (its transactional id
//! fences this run), so nothing is copied twice.

use std::sync::Mutex;
use std::time::{Duration, Instant};

use crate::error::EXIT_ERROR;

/// The call in progress: what it is, when it started, and how long it may take.
static CALL: Mutex<Option<(&'static str, Instant, Duration)>> = Mutex::new(None);

/// Runs `call` (a blocking librdkafka call named `what`) under a bound of `limit`.
pub(super) fn bounded<T>(what: &'static str, limit: Duration, call: impl FnOnce() -> T) -> T {
    start_watching();
    set(Some((what, Instant::now(), limit)));
    let result = call();
    set(None);
    result
}

fn set(value: Option<(&'static str, Instant, Duration)>) {
    *CALL.lock().unwrap_or_else(|poisoned| poisoned.into_inner()) = value;
}

/// One thread per process that checks the call in progress every second.
fn start_watching() {
    static STARTED: std::sync::Once = std::sync::Once::new();
    STARTED.call_once(|| {
        std::thread::spawn(|| loop {
            std::thread::sleep(Duration::from_secs(1));
            let call = *CALL.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
            if let Some((what, started, limit)) = call {
                if started.elapsed() > limit {
                    eprintln!(
                        "error: librdkafka has not returned from {what} within {}; \
                         stopping. The open transaction is aborted when the copy starts \
                         again, and the copy resumes from its last committed transaction",
                        humantime::format_duration(limit)
                    );
                    std::process::exit(i32::from(EXIT_ERROR));
                }
            }
        });
    });
}
