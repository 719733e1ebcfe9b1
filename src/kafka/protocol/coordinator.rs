//! FindCoordinator: the broker that coordinates a group or a transactional id.

use anyhow::{bail, Result};
use kafka_protocol::messages::FindCoordinatorRequest;
use kafka_protocol::protocol::StrBytes;

use super::{describe_error, Broker, Wire};

#[derive(Clone, Copy)]
pub enum CoordinatorKind {
    Group,
    Transaction,
}

impl CoordinatorKind {
    fn key_type(self) -> i8 {
        match self {
            CoordinatorKind::Group => 0,
            CoordinatorKind::Transaction => 1,
        }
    }

    fn name(self) -> &'static str {
        match self {
            CoordinatorKind::Group => "group",
            CoordinatorKind::Transaction => "transactional id",
        }
    }
}

impl Wire {
    /// The coordinator of each key, in order, or why it has none: one request for all
    /// (FindCoordinator v4 and later take a list), one per key from older brokers.
    pub(super) fn coordinators(
        &self,
        kind: CoordinatorKind,
        keys: &[String],
    ) -> Result<Vec<std::result::Result<Broker, String>>> {
        let mut connection = self.any()?;
        let request = FindCoordinatorRequest::default().with_key_type(kind.key_type());
        let answers: Vec<(String, i32, StrBytes, i32, i16, Option<StrBytes>)> =
            if connection.version::<FindCoordinatorRequest>()? >= 4 {
                let keys = keys
                    .iter()
                    .map(|k| StrBytes::from_string(k.clone()))
                    .collect();
                let answer = connection.call(&request.with_coordinator_keys(keys))?;
                answer
                    .coordinators
                    .into_iter()
                    .map(|c| {
                        (
                            c.key.to_string(),
                            c.node_id.0,
                            c.host,
                            c.port,
                            c.error_code,
                            c.error_message,
                        )
                    })
                    .collect()
            } else {
                let mut answers = Vec::new();
                for key in keys {
                    let a = connection
                        .call(&request.clone().with_key(StrBytes::from_string(key.clone())))?;
                    answers.push((
                        key.clone(),
                        a.node_id.0,
                        a.host,
                        a.port,
                        a.error_code,
                        a.error_message,
                    ));
                }
                answers
            };
        Ok(keys
            .iter()
            .map(|key| match answers.iter().find(|a| &a.0 == key) {
                Some((_, id, host, port, 0, _)) => Ok(Broker {
                    id: *id,
                    address: format!("{}:{port}", host.as_str()),
                    rack: None,
                }),
                Some((_, _, _, _, code, message)) => Err(format!(
                    "finding the coordinator of {} '{key}': {}",
                    kind.name(),
                    describe_error(*code, message.as_deref())
                )),
                None => Err(format!(
                    "no coordinator was named for {} '{key}'",
                    kind.name()
                )),
            })
            .collect())
    }

    /// The coordinator of one key.
    pub(super) fn coordinator_of(&self, kind: CoordinatorKind, key: &str) -> Result<Broker> {
        match self.coordinators(kind, &[key.to_string()])?.pop() {
            Some(Ok(broker)) => Ok(broker),
            Some(Err(reason)) => bail!("{reason}"),
            None => bail!("no coordinator was named for {} '{key}'", kind.name()),
        }
    }
}
