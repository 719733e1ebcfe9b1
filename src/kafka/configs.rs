//! Reading topic and broker configurations (DescribeConfigs), with each entry's source and
//! whether it is sensitive (a sensitive value is never returned), and changing single
//! entries (IncrementalAlterConfigs, in `admin::alter_configs`).

use anyhow::Result;
use rdkafka::admin::{ConfigSource, ResourceSpecifier};

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
        let admin = self.admin()?;
        let resources: Vec<ResourceSpecifier<'_>> = targets
            .iter()
            .map(|target| match target {
                ConfigTarget::Topic(topic) => ResourceSpecifier::Topic(topic),
                ConfigTarget::Broker(id) => ResourceSpecifier::Broker(*id),
            })
            .collect();
        let results = admin
            .describe_configs(resources.iter(), &self.admin_options())
            .await
            .map_err(|err| self.admin_error("read configurations", err, admin.inner().context()))?;
        Ok(results
            .into_iter()
            .map(|result| {
                let resource = result.map_err(|code| code.to_string())?;
                let mut entries: Vec<ConfigEntry> = resource
                    .entries
                    .into_iter()
                    .map(|entry| ConfigEntry {
                        value: entry.value.filter(|_| !entry.is_sensitive),
                        source: source_name(&entry.source),
                        sensitive: entry.is_sensitive,
                        default: entry.is_default,
                        name: entry.name,
                    })
                    .collect();
                entries.sort_by(|a, b| a.name.cmp(&b.name));
                Ok(entries)
            })
            .collect())
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

fn source_name(source: &ConfigSource) -> &'static str {
    match source {
        ConfigSource::Unknown => "unknown",
        ConfigSource::DynamicTopic => "dynamic topic",
        ConfigSource::DynamicBroker => "dynamic broker",
        ConfigSource::DynamicDefaultBroker => "dynamic default broker",
        ConfigSource::StaticBroker => "static broker",
        ConfigSource::Default => "default",
    }
}
