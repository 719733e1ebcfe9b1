//! librdkafka's mock cluster, for `kfk dev-cluster`.

use std::future::Future;
use std::time::Duration;

use anyhow::{anyhow, Result};
use rdkafka::producer::{BaseProducer, Producer};
use rdkafka::ClientConfig;

/// Runs `brokers` in-memory brokers, with `topics` (name, partitions) created and new
/// groups waiting `rebalance_delay` before their first assignment, until `until`
/// completes. `started` receives the bootstrap address once they listen.
pub async fn serve(
    brokers: i32,
    rebalance_delay: Duration,
    topics: &[(String, i32)],
    started: impl FnOnce(&str) -> Result<()>,
    until: impl Future<Output = ()>,
) -> Result<()> {
    let delay_ms = i32::try_from(rebalance_delay.as_millis())
        .map_err(|_| anyhow!("the rebalance delay is too long"))?;
    // The cluster belongs to a client created for it: rdkafka's MockCluster::new hides
    // its handle, which librdkafka's rebalance-delay setting needs.
    let owner: BaseProducer = ClientConfig::new()
        .set("test.mock.num.brokers", brokers.to_string())
        .create()
        .map_err(|err| anyhow!("cannot start the mock cluster: {err}"))?;
    let cluster = owner
        .client()
        .mock_cluster()
        .ok_or_else(|| anyhow!("cannot start the mock cluster"))?;
    // SAFETY: the handle belongs to `owner`, which outlives this call.
    unsafe {
        let handle = rdkafka::bindings::rd_kafka_handle_mock_cluster(owner.client().native_ptr());
        rdkafka::bindings::rd_kafka_mock_group_initial_rebalance_delay_ms(handle, delay_ms);
    }
    let replication = brokers.min(3);
    for (name, partitions) in topics {
        cluster
            .create_topic(name, *partitions, replication)
            .map_err(|err| anyhow!("cannot create topic '{name}': {err}"))?;
    }
    started(&cluster.bootstrap_servers())?;
    until.await;
    drop(cluster);
    drop(owner);
    Ok(())
}
