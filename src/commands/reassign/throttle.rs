//! The replication throttle of a reassignment: a byte rate on the brokers on either side
//! of a move, applied to the replicas the move reads from and writes to (Kafka's
//! `*.replication.throttled.rate` broker configs and `*.replication.throttled.replicas`
//! topic configs, as Apache's tool sets them).

use anyhow::{anyhow, Result};

use crate::context::Context;
use crate::kafka::{ConfigChange, ConfigOp, ConfigTarget};
use crate::model::reassignment::{
    brokers_of, throttled_replicas, Move, THROTTLED_REPLICAS, THROTTLE_RATES,
};

/// Sets `rate` (bytes per second) on the brokers of `moves` and names their replicas
/// on each topic.
pub async fn set(ctx: &Context, moves: &[Move], rate: u64) -> Result<()> {
    for broker in brokers_of(moves) {
        let changes = THROTTLE_RATES
            .iter()
            .map(|name| set_to(name, rate.to_string()))
            .collect();
        ctx.kafka
            .alter_configs(ConfigTarget::Broker(broker), changes)
            .await
            .map_err(|err| anyhow!("setting the throttle on broker {broker}: {err:#}"))?;
    }
    for (topic, (leaders, followers)) in throttled_replicas(moves) {
        let changes = vec![
            set_to(THROTTLED_REPLICAS[0], leaders),
            set_to(THROTTLED_REPLICAS[1], followers),
        ];
        ctx.kafka
            .alter_configs(ConfigTarget::Topic(topic.clone()), changes)
            .await
            .map_err(|err| anyhow!("naming the throttled replicas of '{topic}': {err:#}"))?;
    }
    Ok(())
}

fn set_to(name: &str, value: String) -> ConfigChange {
    ConfigChange {
        name: name.to_string(),
        op: ConfigOp::Set,
        value: Some(value),
    }
}

/// The throttle configs set on `brokers` and `topics`: (where, config name).
pub async fn find(
    ctx: &Context,
    brokers: &[i32],
    topics: &[String],
) -> Result<Vec<(ConfigTarget, String)>> {
    // One request per broker (librdkafka sends a broker's configs to that broker alone),
    // and one for every topic.
    let mut batches: Vec<Vec<ConfigTarget>> = brokers
        .iter()
        .map(|&b| vec![ConfigTarget::Broker(b)])
        .collect();
    if !topics.is_empty() {
        batches.push(topics.iter().cloned().map(ConfigTarget::Topic).collect());
    }
    let mut targets = Vec::new();
    let mut configs = Vec::new();
    for batch in batches {
        configs.extend(ctx.kafka.configs(&batch).await?);
        targets.extend(batch);
    }
    let mut found = Vec::new();
    for (target, entries) in targets.into_iter().zip(configs) {
        let entries =
            entries.map_err(|reason| anyhow!("reading the configuration of {target}: {reason}"))?;
        let names: &[&str] = match target {
            ConfigTarget::Broker(_) => &THROTTLE_RATES,
            ConfigTarget::Topic(_) => &THROTTLED_REPLICAS,
        };
        for entry in entries {
            let set = entry.value.as_deref().is_some_and(|v| !v.is_empty());
            if names.contains(&entry.name.as_str()) && !entry.default && set {
                found.push((target.clone(), entry.name));
            }
        }
    }
    Ok(found)
}

/// Removes the throttle configs `found` lists.
pub async fn remove(ctx: &Context, found: &[(ConfigTarget, String)]) -> Result<()> {
    for (target, name) in found {
        let change = ConfigChange {
            name: name.clone(),
            op: ConfigOp::Delete,
            value: None,
        };
        ctx.kafka
            .alter_configs(target.clone(), vec![change])
            .await
            .map_err(|err| anyhow!("removing {name} from {target}: {err:#}"))?;
    }
    Ok(())
}

/// What `found` lists, for a message: "broker 1: leader.replication.throttled.rate, ...".
pub fn describe(found: &[(ConfigTarget, String)]) -> String {
    found
        .iter()
        .map(|(target, name)| format!("{target}: {name}"))
        .collect::<Vec<_>>()
        .join(", ")
}
