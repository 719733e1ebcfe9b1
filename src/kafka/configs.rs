//! Reading topic configurations (DescribeConfigs), with each entry's source and whether
//! it is sensitive. A sensitive value is never returned.

use anyhow::{anyhow, Result};
use rdkafka::admin::{ConfigSource, ResourceSpecifier};
use serde::Serialize;

use super::api_versions::DESCRIBE_CONFIGS;
use super::client::Kafka;

/// One configuration entry.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct ConfigEntry {
    pub name: String,
    /// None when unset or sensitive.
    pub value: Option<String>,
    /// Where the value comes from: "dynamic topic", "static broker", "default", ...
    pub source: &'static str,
    pub sensitive: bool,
    pub default: bool,
}

impl Kafka {
    /// Each topic's configuration, or why it could not be read; an error when the broker
    /// does not serve DescribeConfigs at all (said at once, from its API versions).
    pub async fn topic_configs(
        &self,
        topics: &[String],
    ) -> Result<Vec<std::result::Result<Vec<ConfigEntry>, String>>> {
        let kafka = self.clone();
        let serves = tokio::task::spawn_blocking(move || kafka.serves(DESCRIBE_CONFIGS))
            .await
            .ok()
            .flatten();
        if serves == Some(false) {
            return Err(anyhow!(
                "the broker does not serve DescribeConfigs (its API versions say so)"
            ));
        }
        let admin = self.admin()?;
        let resources: Vec<ResourceSpecifier<'_>> = topics
            .iter()
            .map(|topic| ResourceSpecifier::Topic(topic))
            .collect();
        let results = admin
            .describe_configs(resources.iter(), &self.admin_options())
            .await
            .map_err(|err| {
                self.admin_error("read topic configurations", err, admin.inner().context())
            })?;
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
