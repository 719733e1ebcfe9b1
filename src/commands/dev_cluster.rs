use std::io::Write;
use std::time::Duration;

use anyhow::{bail, Context as _, Result};
use clap::Args;

use crate::commands::args::duration::{between, HOUR};
use crate::error::UsageError;
use crate::io::signals::shutdown_signal;
use crate::kafka::mock;

/// Run librdkafka's mock cluster in the foreground: an in-memory Kafka-protocol cluster
/// for trying kfk and for benchmarks, with no Kafka at hand.
///
/// It is not Kafka: nothing is persisted, retention is bounded (about 48k small records
/// per partition; older records are dropped and the log start moves), and it has no
/// ListGroups, DescribeGroups or time lookup (ListOffsets by timestamp), and it does not
/// hide aborted transactional records from read_committed readers. Ctrl-C stops it.
///
/// It prints the bootstrap address and an `export KFK_BROKERS=...` line on stdout.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  kfk dev-cluster --topic demo:3
  # in another terminal, with the printed address:
  export KFK_BROKERS=127.0.0.1:PORT
  seq 5 | kfk produce -t demo && kfk consume -t demo -o beginning -e")]
pub struct DevClusterArgs {
    /// Number of brokers (the global -b/--brokers names brokers to connect to, so this is spelt differently)
    #[arg(short = 'n', long, default_value_t = 1, value_parser = clap::value_parser!(i32).range(1..=16))]
    pub broker_count: i32,

    /// Create a topic at start, NAME[:PARTITIONS] (repeatable; 1 partition by default)
    #[arg(short = 't', long = "topic", value_name = "NAME[:PARTITIONS]", value_parser = parse_topic)]
    pub topics: Vec<(String, i32)>,

    /// How long a new consumer group waits for more members before its first assignment
    /// (Kafka's group.initial.rebalance.delay.ms: 3s in Kafka, 0 here as in most
    /// development setups, so a new group starts at once)
    #[arg(long, value_name = "DURATION", default_value = "0s", value_parser = between(Duration::ZERO, HOUR))]
    pub group_initial_rebalance_delay: Duration,
}

fn parse_topic(raw: &str) -> Result<(String, i32), String> {
    let (name, partitions) = match raw.rsplit_once(':') {
        Some((name, count)) => (
            name,
            count
                .parse::<i32>()
                .ok()
                .filter(|n| *n > 0)
                .ok_or_else(|| format!("'{count}' is not a positive partition count"))?,
        ),
        None => (raw, 1),
    };
    if name.is_empty() {
        return Err("the topic name is empty".into());
    }
    Ok((name.to_string(), partitions))
}

pub async fn run(args: DevClusterArgs) -> Result<()> {
    if i32::try_from(args.group_initial_rebalance_delay.as_millis()).is_err() {
        bail!(UsageError(
            "--group-initial-rebalance-delay is too long".into()
        ));
    }
    let started = |bootstrap: &str| -> Result<()> {
        let mut stdout = std::io::stdout().lock();
        writeln!(stdout, "bootstrap: {bootstrap}")?;
        writeln!(stdout, "export KFK_BROKERS={bootstrap}")?;
        stdout.flush().context("writing the bootstrap address")?;
        eprintln!(
            "kfk dev-cluster: {} in-memory broker(s) at {bootstrap}; not persisted. Ctrl-C to stop.",
            args.broker_count
        );
        Ok(())
    };
    mock::serve(
        args.broker_count,
        args.group_initial_rebalance_delay,
        &args.topics,
        started,
        shutdown_signal(),
    )
    .await?;
    eprintln!("kfk dev-cluster: stopped");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(crate::fuzz_config())]
        #[test]
        fn topic_specs_never_panic(raw in ".{0,30}") {
            let _ = parse_topic(&raw);
        }
    }
}
