//! kfk's own Kafka protocol client, beside librdkafka, for the requests librdkafka has
//! no API for (the metadata quorum, log dirs, client quotas, reassignments, transactions,
//! share groups). It speaks with kafka-protocol's request and response types over a
//! blocking connection per broker that honours the same settings as every other client
//! (bootstrap, TLS, SASL PLAIN/SCRAM/OAUTHBEARER), and answers in kfk's own types, so a
//! command never knows which of the two answered. Calls run off the executor
//! (`Kafka::with_wire`).

mod connection;
mod coordinator;
mod election;
mod groups;
mod hanging;
mod log_dirs;
mod quorum;
mod quotas;
mod reassign;
pub use quotas::QuotaOp;
mod scram;
mod security;
mod share_groups;
mod topics;
mod transactions;

use std::sync::Arc;
use std::time::Duration;

use anyhow::{bail, Result};
use kafka_protocol::error::ResponseError;
use kafka_protocol::messages::{ApiKey, MetadataRequest};

pub use connection::Connection;
use security::Security;

use super::{blocking, Kafka};

/// Connections to one cluster's brokers, made as needed.
pub struct Wire {
    security: Arc<Security>,
    bootstrap: Vec<String>,
    timeout: Duration,
}

/// A broker as metadata lists it.
#[derive(Clone, Debug)]
pub struct Broker {
    pub id: i32,
    pub address: String,
    pub rack: Option<String>,
}

impl Kafka {
    /// Runs `call` with kfk's own protocol client for this cluster, off the executor.
    pub async fn with_wire<T, F>(&self, call: F) -> Result<T>
    where
        T: Send + 'static,
        F: FnOnce(&Wire) -> Result<T> + Send + 'static,
    {
        let settings = self.settings.clone();
        let timeout = self.timeout();
        let result = blocking(move || {
            let wire = Wire {
                security: Arc::new(Security::from_settings(&settings)?),
                bootstrap: settings
                    .brokers
                    .value
                    .split(',')
                    .map(|b| b.trim().to_string())
                    .filter(|b| !b.is_empty())
                    .collect(),
                timeout,
            };
            call(&wire)
        })
        .await;
        // A secret in a message (a broker echoing a login) is scrubbed; an error that
        // holds none keeps its kind (a usage error exits 2).
        result.map_err(|err| {
            let text = format!("{err:#}");
            let scrubbed = self.scrub(&text);
            if scrubbed == text {
                err
            } else {
                anyhow::anyhow!(scrubbed)
            }
        })
    }
}

impl Wire {
    /// A connection to the first bootstrap broker that answers.
    pub fn any(&self) -> Result<Connection> {
        let mut failures = Vec::new();
        for address in &self.bootstrap {
            match self.connect(address) {
                Ok(connection) => return Ok(connection),
                Err(err) => failures.push(format!("{err:#}")),
            }
        }
        match failures.len() {
            0 => bail!("no bootstrap brokers given"),
            1 => bail!("{}", failures[0]),
            _ => bail!("no bootstrap broker answered: {}", failures.join("; ")),
        }
    }

    /// --timeout in milliseconds, for requests that carry their own.
    fn timeout_ms(&self) -> i32 {
        i32::try_from(self.timeout.as_millis()).unwrap_or(i32::MAX)
    }

    /// A connection to `address` ("host:port").
    pub fn connect(&self, address: &str) -> Result<Connection> {
        Connection::open(address, &self.security, self.timeout)
    }

    /// The cluster id and every broker, from a Metadata request on `connection`.
    pub fn brokers(&self, connection: &mut Connection) -> Result<(Option<String>, Vec<Broker>)> {
        let request = MetadataRequest::default().with_topics(Some(Vec::new()));
        let metadata = connection.call(&request)?;
        let mut brokers: Vec<Broker> = metadata
            .brokers
            .iter()
            .map(|b| Broker {
                id: b.node_id.0,
                address: format!("{}:{}", b.host.as_str(), b.port),
                rack: b.rack.as_ref().map(|r| r.to_string()),
            })
            .collect();
        brokers.sort_by_key(|b| b.id);
        Ok((metadata.cluster_id.map(|id| id.to_string()), brokers))
    }

    /// Asks every broker at once; each answer with its broker, or the first failure,
    /// named by broker (an answer whose top-level `error_code` is set counts as one).
    pub(super) fn ask_every_broker<T: Send>(
        &self,
        ask: impl Fn(&mut Connection) -> Result<T> + Sync,
        error_code: impl Fn(&T) -> i16,
    ) -> Result<Vec<(Broker, T)>> {
        let (_, brokers) = self.brokers(&mut self.any()?)?;
        let answers = self.on_each(&brokers, |connection, _| ask(connection));
        let mut answered = Vec::new();
        for (broker, answer) in brokers.into_iter().zip(answers) {
            let answer = answer.map_err(|err| anyhow::anyhow!("broker {}: {err:#}", broker.id))?;
            let code = error_code(&answer);
            if code != 0 {
                bail!("broker {}: {}", broker.id, describe_error(code, None));
            }
            answered.push((broker, answer));
        }
        Ok(answered)
    }

    /// Runs `ask` on a connection to each broker, all at once; the answers in order.
    pub(super) fn on_each<T: Send>(
        &self,
        brokers: &[Broker],
        ask: impl Fn(&mut Connection, &Broker) -> Result<T> + Sync,
    ) -> Vec<Result<T>> {
        std::thread::scope(|scope| {
            let asks: Vec<_> = brokers
                .iter()
                .map(|broker| scope.spawn(|| ask(&mut self.connect(&broker.address)?, broker)))
                .collect();
            asks.into_iter()
                .map(|ask| ask.join().unwrap_or_else(|_| bail!("the request panicked")))
                .collect()
        })
    }
}

const UNKNOWN_TOPIC_OR_PARTITION: i16 = 3;

/// The error a response code stands for (None for 0).
pub(super) fn error_of(code: i16) -> Option<ResponseError> {
    ResponseError::try_from_code(code)
}

/// An error code as one line, worded as librdkafka words the broker's errors elsewhere in
/// kfk ("Broker: Cluster authorization failed"), with the broker's message if it sent one.
pub(super) fn describe_error(code: i16, message: Option<&str>) -> String {
    let name = match error_of(code) {
        Some(ResponseError::Unknown(code)) => format!("Broker: error code {code}"),
        Some(error) => format!("Broker: {}", sentence(&error.to_string())),
        None => "no error".to_string(),
    };
    match message.filter(|m| !m.is_empty()) {
        Some(message) => format!("{name}: {message}"),
        None => name,
    }
}

/// "ClusterAuthorizationFailed" as "Cluster authorization failed".
fn sentence(name: &str) -> String {
    let mut words = String::new();
    for (i, c) in name.chars().enumerate() {
        if i > 0 && c.is_ascii_uppercase() {
            words.push(' ');
            words.push(c.to_ascii_lowercase());
        } else {
            words.push(c);
        }
    }
    words
}

/// Which Apache Kafka release first served an API, for the error when a broker lacks it.
fn since(key: i16) -> String {
    let release = match ApiKey::try_from(key) {
        Ok(ApiKey::DescribeLogDirs) => "1.0",
        Ok(ApiKey::AlterPartitionReassignments | ApiKey::ListPartitionReassignments) => "2.4",
        Ok(ApiKey::DescribeClientQuotas | ApiKey::AlterClientQuotas) => "2.6",
        Ok(ApiKey::DescribeProducers | ApiKey::DescribeTransactions | ApiKey::ListTransactions) => {
            "3.0"
        }
        Ok(ApiKey::DescribeQuorum) => "3.3 (KRaft)",
        Ok(ApiKey::ConsumerGroupDescribe) => "4.0",
        Ok(
            ApiKey::ShareGroupDescribe
            | ApiKey::DescribeShareGroupOffsets
            | ApiKey::AlterShareGroupOffsets
            | ApiKey::DeleteShareGroupOffsets,
        ) => "4.1 (with share groups enabled)",
        _ => return String::new(),
    };
    format!(" (Apache Kafka {release} and later serve it)")
}

#[cfg(test)]
mod tests {
    #[test]
    fn broker_errors_read_as_librdkafka_words_them() {
        assert_eq!(
            super::describe_error(31, None),
            "Broker: Cluster authorization failed"
        );
        assert_eq!(
            super::describe_error(3, Some("no such topic")),
            "Broker: Unknown topic or partition: no such topic"
        );
    }
}
