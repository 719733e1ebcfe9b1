mod cli;
mod commands;
mod config;
mod context;
mod error;
mod io;
mod kafka;
mod model;
mod schema;

/// Generated-input ("fuzz") properties of the parsers: this many cases each, bounded so
/// scripts/test stays quick; PROPTEST_CASES=100000 makes a longer run.
#[cfg(test)]
fn fuzz_config() -> proptest::test_runner::Config {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000);
    proptest::test_runner::Config::with_cases(cases)
}

use std::io::Write;
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches};

use crate::cli::Cli;

fn main() -> ExitCode {
    // A bug must not greet the user with a backtrace; say what happened and where to report.
    std::panic::set_hook(Box::new(|info| {
        // println!/eprintln! panic when their reader has gone (`kfk ... 2>&1 | head`):
        // that is a broken pipe, which ends quietly with status 0.
        let message = info.to_string();
        if message.contains("failed printing to std") && message.contains("Broken pipe") {
            std::process::exit(0);
        }
        let _ = writeln!(
            std::io::stderr(),
            "error: internal error in kfk ({info}); please report this as a bug"
        );
    }));

    cli::answer_completion_if_asked();
    let matches = match Cli::command().try_get_matches() {
        Ok(matches) => matches,
        Err(err) => cli::exit_on_parse_error(err),
    };
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(err) => err.exit(),
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(err) => {
            eprintln!("error: cannot start the async runtime: {err}");
            return ExitCode::from(error::EXIT_ERROR);
        }
    };
    // The first Ctrl-C asks the command to stop; the second ends kfk here, at once.
    let result = runtime.block_on(async {
        tokio::select! {
            result = cli::run(cli, &matches) => result,
            _ = io::signals::second_interrupt() => Err(error::Interrupted.into()),
        }
    });
    // librdkafka threads may still be winding down; do not wait for stray blocking tasks.
    runtime.shutdown_timeout(std::time::Duration::from_millis(100));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            let (code, print) = error::classify(&err);
            if print {
                // The exit code must survive a closed stderr.
                // Whatever a broker, a registry or a token endpoint said may quote a secret.
                let line = config::scrub_registered(&format!("{err:#}"));
                let _ = writeln!(std::io::stderr(), "error: {line}");
            }
            ExitCode::from(code)
        }
    }
}
