//! Ctrl-C and SIGTERM. The first asks the running command to stop: it finishes what it
//! has in hand (drains, commits) and exits 130. The second ends kfk at once, through
//! `main` (`second_interrupt`), for every command alike.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

/// Completes when the user asks kfk to stop: Ctrl-C or SIGTERM.
pub async fn shutdown_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = tokio::signal::ctrl_c() => {}
                    _ = term.recv() => {}
                }
            }
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}

/// The first interrupt, listened for from the moment this is made: one that comes while
/// the command is busy elsewhere (a signal has no queue of its own) is kept for its next
/// wait.
pub struct Interrupt(tokio::sync::watch::Receiver<bool>);

impl Interrupt {
    pub fn listen() -> Interrupt {
        let (sender, receiver) = tokio::sync::watch::channel(false);
        tokio::spawn(async move {
            shutdown_signal().await;
            let _ = sender.send(true);
        });
        Interrupt(receiver)
    }

    /// Completes once the user has asked kfk to stop.
    pub async fn wait(&mut self) {
        let _ = self.0.wait_for(|interrupted| *interrupted).await;
    }
}

/// Completes on the second interrupt of the run; `main` then exits with status 130.
pub async fn second_interrupt() {
    shutdown_signal().await;
    shutdown_signal().await;
}

/// A flag that the first interrupt sets, with `note` said on stderr then. The task ends
/// with the runtime.
pub fn stop_flag(note: Option<&'static str>) -> Arc<AtomicBool> {
    let stop = Arc::new(AtomicBool::new(false));
    let flag = stop.clone();
    tokio::spawn(async move {
        shutdown_signal().await;
        flag.store(true, Ordering::SeqCst);
        if let Some(note) = note {
            eprintln!("{note}");
        }
    });
    stop
}
