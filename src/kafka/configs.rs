//! Reading topic and broker configurations (DescribeConfigs), with each entry's source and
//! whether it is sensitive (a sensitive value is never returned), and changing single
//! entries (IncrementalAlterConfigs, in `admin::alter_configs`).

use anyhow::Result;

use super::admin;
use super::api_versions::DESCRIBE_CONFIGS;
use super::client::Kafka;

pub use crate::model::configs::{ConfigChange, ConfigEntry, ConfigOp, ConfigTarget};

impl Kafka {
    /// Each target's configuration, or why it could not be read; an error when the broker
    /// does not serve DescribeConfigs at all (said at once, from its API versions).
    pub async fn configs(
        &self,
        targets: &[ConfigTarget],
    ) -> Result<Vec<std::result::Result<Vec<ConfigEntry>, String>>> {
        self.require(DESCRIBE_CONFIGS).await?;
        let targets = targets.to_vec();
        self.with_admin(move |client, timeout| admin::describe_configs(client, &targets, timeout))
            .await
    }
}

impl Kafka {
    /// Applies `changes` to `target` in one IncrementalAlterConfigs request.
    pub async fn alter_configs(
        &self,
        target: ConfigTarget,
        changes: Vec<ConfigChange>,
    ) -> Result<()> {
        self.with_admin(move |client, timeout| {
            admin::alter_configs(client, &target, &changes, timeout)
        })
        .await
    }
}
