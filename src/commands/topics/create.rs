use anyhow::{anyhow, Result};
use clap::Args;
use rdkafka::admin::{NewTopic, TopicReplication};

use crate::cli::parse_property;
use crate::context::Context;
use crate::io::output;
use crate::kafka::CREATE_TOPICS;

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
    // -1 asks the broker for its default (KIP-464).
    // Both are at least 1 and fit an i32: the parser checks their ranges.
    let partitions = args.partitions.map_or(-1, |p| p as i32);
    let replication = args.replication_factor.map_or(-1, |r| r as i32);
    let mut new_topic = NewTopic::new(
        &args.topic,
        partitions,
        TopicReplication::Fixed(replication),
    );
    for (key, value) in &args.configs {
        new_topic = new_topic.set(key, value);
    }
    ctx.kafka.require(CREATE_TOPICS).await.map_err(|err| {
        anyhow!(
            "cannot create topic '{}': {err}; nothing was changed",
            args.topic
        )
    })?;
    let admin = ctx.kafka.admin()?;
    let results = admin
        .create_topics([&new_topic], &ctx.kafka.admin_options())
        .await
        .map_err(|err| {
            ctx.kafka.admin_error(
                &format!("create topic '{}'", args.topic),
                err,
                admin.inner().context(),
            )
        })?;
    for result in results {
        result.map_err(|(topic, code)| anyhow!("cannot create topic '{topic}': {code}"))?;
    }
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
