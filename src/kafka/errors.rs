//! Turning librdkafka's errors into one line a user can act on.

use std::net::{TcpStream, ToSocketAddrs};
use std::time::Duration;

use anyhow::anyhow;
use rdkafka::error::{KafkaError, RDKafkaErrorCode};

use super::admin::AdminFailure;
use super::client::{Kafka, KfkClientContext};

/// The most telling error librdkafka reported on a client: a refused login or an
/// untrusted certificate outranks the "all brokers are down" that follows it.
#[derive(Clone, Debug)]
pub(super) struct ClientError {
    pub code: Option<RDKafkaErrorCode>,
    pub reason: String,
}

impl ClientError {
    pub fn rank(&self) -> u8 {
        match self.code {
            Some(RDKafkaErrorCode::Authentication | RDKafkaErrorCode::SSL) => 2,
            Some(RDKafkaErrorCode::AllBrokersDown) => 0,
            _ => 1,
        }
    }
}

impl Kafka {
    /// An admin call's error as "cannot reach any broker ..." when no bootstrap broker
    /// accepts a connection, and otherwise as it is. (Admin clients do not serve their
    /// error events, so the client cannot say itself.)
    pub(super) fn unreachable_or(&self, err: anyhow::Error) -> anyhow::Error {
        let code = match err.downcast_ref::<AdminFailure>() {
            Some(failure) => Some(failure.code),
            None => err.downcast_ref::<KafkaError>().and_then(code_of),
        };
        let timed_out = matches!(
            code,
            Some(
                RDKafkaErrorCode::OperationTimedOut
                    | RDKafkaErrorCode::AllBrokersDown
                    | RDKafkaErrorCode::BrokerTransportFailure
            )
        );
        match timed_out.then(|| self.connect_failure()).flatten() {
            Some(failure) => unreachable_message(self.brokers(), self.timeout(), Some(failure)),
            None => err,
        }
    }

    /// "cannot reach any broker ..." when no bootstrap broker accepts a connection: for
    /// requests that failed for every group or partition alike.
    pub fn unreachable(&self) -> Option<anyhow::Error> {
        let failure = self.connect_failure()?;
        Some(unreachable_message(
            self.brokers(),
            self.timeout(),
            Some(failure),
        ))
    }

    /// Fails at once when every bootstrap broker refuses a TCP connection (or has no
    /// address), rather than after --timeout: nothing listens there. A broker that does
    /// not answer within a second may be slow, and is left to librdkafka. Checked once
    /// per cluster, when its first client is made: a refused connection takes
    /// microseconds, an answered one a round trip.
    pub(super) fn refuse_if_nothing_listens(&self) -> anyhow::Result<()> {
        match self.bootstrap_probe.get_or_init(|| self.refusals()) {
            Some(reasons) => Err(anyhow!(
                "cannot connect to {}; is a broker running there?",
                reasons.join(", ")
            )),
            None => Ok(()),
        }
    }

    /// Each bootstrap broker with why it refused ("127.0.0.1:9092 (connection
    /// refused)"); None when one accepted a connection or did not answer in time.
    fn refusals(&self) -> Option<Vec<String>> {
        let mut reasons = Vec::new();
        for broker in self.brokers().split(',').map(str::trim) {
            let addresses = match socket_address(broker).to_socket_addrs() {
                Ok(addresses) => addresses,
                Err(err) => {
                    reasons.push(format!("{broker} ({err})"));
                    continue;
                }
            };
            for address in addresses {
                match TcpStream::connect_timeout(&address, Duration::from_secs(1)) {
                    Err(err) if err.kind() == std::io::ErrorKind::ConnectionRefused => {}
                    _ => return None,
                }
            }
            reasons.push(format!("{broker} (connection refused)"));
        }
        Some(reasons)
    }

    /// Why no bootstrap broker accepts a TCP connection, or None when one does.
    fn connect_failure(&self) -> Option<ClientError> {
        let mut last = None;
        for broker in self.brokers().split(',').map(str::trim) {
            let addresses = match socket_address(broker).to_socket_addrs() {
                Ok(addresses) => addresses,
                Err(err) => {
                    last = Some(format!("{broker}: {err}"));
                    continue;
                }
            };
            for address in addresses {
                match TcpStream::connect_timeout(&address, Duration::from_secs(1)) {
                    Ok(_) => return None,
                    Err(err) => last = Some(format!("{broker}: {err}")),
                }
            }
        }
        Some(ClientError {
            code: Some(RDKafkaErrorCode::BrokerTransportFailure),
            reason: last.unwrap_or_else(|| "no address".into()),
        })
    }

    /// Explains an error of the client with context `client`: a timeout or a transport
    /// failure is reported as unreachable brokers, with the client's last error when
    /// known.
    pub fn explain(&self, err: KafkaError, client: &KfkClientContext) -> anyhow::Error {
        let unreachable = matches!(
            code_of(&err),
            Some(
                RDKafkaErrorCode::OperationTimedOut
                    | RDKafkaErrorCode::AllBrokersDown
                    | RDKafkaErrorCode::BrokerTransportFailure
                    | RDKafkaErrorCode::Authentication
                    | RDKafkaErrorCode::SSL
                    | RDKafkaErrorCode::RequestTimedOut
            )
        );
        if !unreachable {
            return anyhow!("{}", self.scrub(&err.to_string()));
        }
        unreachable_message(self.brokers(), self.timeout(), client.last_error())
    }
}

/// A bootstrap entry as a socket address: librdkafka takes `[proto://]host[:port]`,
/// with port 9092 when none is given.
pub(super) fn socket_address(broker: &str) -> String {
    let address = broker.split_once("://").map_or(broker, |(_, rest)| rest);
    let has_port = match address.rsplit_once(':') {
        // An IPv6 address has colons of its own: its port follows the ']'.
        Some((host, port)) => {
            port.parse::<u16>().is_ok() && (!host.contains(':') || host.ends_with(']'))
        }
        None => false,
    };
    if has_port {
        address.to_string()
    } else if address.contains(':') && !address.starts_with('[') {
        format!("[{address}]:9092")
    } else {
        format!("{address}:9092")
    }
}

fn unreachable_message(
    brokers: &str,
    timeout: Duration,
    last: Option<ClientError>,
) -> anyhow::Error {
    // Silence, or a connection dropped without a word, often means the client and the
    // brokers disagree on TLS or SASL.
    const HINT: &str = "if the brokers need TLS or SASL, check --security-protocol";
    let detail = match last {
        Some(ClientError {
            code: Some(RDKafkaErrorCode::Authentication),
            reason,
        }) => return anyhow!("authentication failed at {brokers}: {reason}"),
        Some(ClientError {
            code: Some(RDKafkaErrorCode::SSL),
            reason,
        }) => return anyhow!("TLS connection to {brokers} failed: {reason}"),
        Some(ClientError {
            code: Some(RDKafkaErrorCode::AllBrokersDown),
            reason,
        }) => format!(" (last error: {reason}; {HINT})"),
        Some(ClientError { reason, .. }) => format!(" (last error: {reason})"),
        None => format!(" (no broker answered; {HINT})"),
    };
    anyhow!(
        "cannot reach any broker in {brokers} within {}{detail}",
        humantime::format_duration(timeout)
    )
}

/// An error's librdkafka code; rdkafka gives none for admin operations.
pub(super) fn code_of(err: &KafkaError) -> Option<RDKafkaErrorCode> {
    match err {
        KafkaError::AdminOp(code) => Some(*code),
        other => other.rdkafka_error_code(),
    }
}

#[cfg(test)]
mod tests {
    use super::socket_address;

    #[test]
    fn bootstrap_entries_become_socket_addresses() {
        for (entry, address) in [
            ("127.0.0.1:9093", "127.0.0.1:9093"),
            ("localhost", "localhost:9092"),
            ("SASL_SSL://kafka.example:9094", "kafka.example:9094"),
            ("[::1]:9095", "[::1]:9095"),
            ("[::1]", "[::1]:9092"),
            ("::1", "[::1]:9092"),
        ] {
            assert_eq!(socket_address(entry), address, "{entry}");
        }
    }
}
