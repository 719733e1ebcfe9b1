use anyhow::Result;
use clap::Args;

use crate::commands::args::parse_property;
use crate::context::Context;
use crate::io::output;

/// Create a topic.
///
/// Without --partitions or --replication-factor the broker's defaults are used.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  kfk topics create orders --partitions 12 --replication-factor 3
  kfk topics create audit -p 1 -r 3 -c retention.ms=-1 -c cleanup.policy=compact")]
pub struct CreateArgs {
    /// Name of the new topic
    pub topic: String,

    /// Number of partitions [default: the broker's num.partitions]
    #[arg(short = 'p', long, value_parser = clap::value_parser!(u32).range(1..=1_000_000))]
    pub partitions: Option<u32>,

    /// Number of replicas of each partition [default: the broker's default.replication.factor]
    #[arg(short = 'r', long, value_parser = clap::value_parser!(u32).range(1..=32_767))]
    pub replication_factor: Option<u32>,

    /// A topic config, e.g. retention.ms=86400000 (repeatable)
    #[arg(short = 'c', long = "topic-config", value_name = "KEY=VALUE", value_parser = parse_property)]
    pub configs: Vec<(String, String)>,
}

pub async fn run(ctx: &Context, args: CreateArgs) -> Result<()> {
    ctx.kafka
        .create_topic(
            &args.topic,
            args.partitions,
            args.replication_factor,
            &args.configs,
        )
        .await?;
    let expected = args.partitions.map(|p| p as usize);
    if !ctx.kafka.wait_for_leaders(&args.topic, expected).await? {
        output::warn(&format!(
            "created topic '{}', but not every partition had a leader within {}: records sent now may wait or fail",
            args.topic,
            humantime::format_duration(ctx.timeout())
        ));
        return Ok(());
    }
    output::note(&format!("created topic '{}'", args.topic));
    Ok(())
}
