//! A topic a command names that the cluster's metadata does not list: whether it does
//! not exist or the principal may not see it, and how to create it.

use rdkafka::consumer::Consumer;
use rdkafka::error::RDKafkaErrorCode;

use super::blocking;
use super::client::Kafka;

/// A topic the cluster's metadata does not list (`Kafka::why_missing` says why).
#[derive(Debug)]
pub struct UnknownTopic(pub String);

impl std::fmt::Display for UnknownTopic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "unknown topic '{}': it does not exist on the cluster",
            self.0
        )
    }
}

impl std::error::Error for UnknownTopic {}

impl Kafka {
    /// `err` with the reason a topic is missing, when it is an `UnknownTopic`: Kafka
    /// leaves a topic the principal may not describe out of a listing, so the topic is
    /// asked for by name; one that does not exist gets the command that creates it, and
    /// whether the cluster would create it on first use (auto.create.topics.enable).
    /// `cluster` names the cluster ("the destination cluster") where two are involved.
    pub async fn why_missing(&self, err: anyhow::Error, cluster: Option<&str>) -> anyhow::Error {
        let Some(UnknownTopic(topic)) = err.downcast_ref::<UnknownTopic>() else {
            return err;
        };
        let topic = topic.clone();
        let on = cluster.map_or("the cluster".to_string(), str::to_string);
        let Ok(client) = self.metadata_client() else {
            return err;
        };
        let asked = topic.clone();
        let timeout = self.timeout();
        let answer = blocking(move || {
            let metadata = client.fetch_metadata(Some(&asked), timeout)?;
            Ok(metadata.topics().first().and_then(|t| t.error()))
        })
        .await;
        if let Ok(Some(code)) = answer {
            if RDKafkaErrorCode::from(code) == RDKafkaErrorCode::TopicAuthorizationFailed {
                return anyhow::anyhow!(
                    "not authorized to describe topic '{topic}' on {on}: the principal needs \
                     DESCRIBE on it (and WRITE or READ to use it)"
                );
            }
        }
        let creation = match self.creates_topics_on_first_use().await {
            Some(true) => {
                "; the cluster would create it when a client asks for it \
                 (auto.create.topics.enable=true), but kfk does not ask it to"
            }
            Some(false) => "; the cluster does not create topics on first use",
            None => "",
        };
        anyhow::anyhow!(
            "unknown topic '{topic}': it does not exist on {on}; create it with \
             `kfk topics create {topic}`{creation}"
        )
    }

    /// The brokers' auto.create.topics.enable, as one of them reports it.
    async fn creates_topics_on_first_use(&self) -> Option<bool> {
        let broker = self.cluster().await.ok()?.brokers.first()?.id;
        let mut results = self
            .configs(&[super::ConfigTarget::Broker(broker)])
            .await
            .ok()?;
        let entries = results.pop()?.ok()?;
        let entry = entries
            .into_iter()
            .find(|entry| entry.name == "auto.create.topics.enable")?;
        entry.value.map(|value| value == "true")
    }
}
