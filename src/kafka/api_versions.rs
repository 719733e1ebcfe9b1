//! Which requests a broker serves, from its ApiVersions answer, so kfk asks only for what
//! it can get instead of waiting out a timeout. librdkafka keeps this to itself, so kfk
//! asks once more, over a plaintext connection of its own (v0 of the request, which every
//! broker answers); over TLS or SASL it does not ask, and the request is simply tried.

use std::io::{Read, Write};
use std::net::{TcpStream, ToSocketAddrs};
use std::time::Duration;

use super::client::Kafka;

/// A Kafka request: its API key and name.
#[derive(Clone, Copy, Debug)]
pub struct Api(pub i16, pub &'static str);

pub const DESCRIBE_CONFIGS: Api = Api(32, "DescribeConfigs");
pub const DESCRIBE_CLUSTER: Api = Api(60, "DescribeCluster");
pub const CREATE_TOPICS: Api = Api(19, "CreateTopics");
pub const DELETE_TOPICS: Api = Api(20, "DeleteTopics");
pub const DELETE_RECORDS: Api = Api(21, "DeleteRecords");
pub const CREATE_PARTITIONS: Api = Api(37, "CreatePartitions");

const API_VERSIONS: i16 = 18;

impl Kafka {
    /// Whether the first bootstrap broker that answers serves `api`; None when that cannot
    /// be known (TLS or SASL, or no answer within the timeout). Asked once per cluster.
    pub fn serves(&self, api: Api) -> Option<bool> {
        if !self.is_plaintext() {
            return None;
        }
        let keys = self.api_keys.get_or_init(|| {
            let timeout = self.timeout().min(Duration::from_secs(5));
            self.brokers()
                .split(',')
                .find_map(|broker| advertised(broker.trim(), timeout))
        });
        keys.as_ref().map(|keys| keys.contains(&api.0))
    }

    /// Fails at once, naming the request, when the cluster says it does not serve `api`
    /// (rather than waiting out --timeout for an answer that will not come).
    pub async fn require(&self, api: Api) -> anyhow::Result<()> {
        let kafka = self.clone();
        let serves = tokio::task::spawn_blocking(move || kafka.serves(api))
            .await
            .ok()
            .flatten();
        match serves {
            Some(false) => Err(anyhow::anyhow!(
                "the cluster does not serve {} requests (its brokers' API versions leave \
                 them out; librdkafka's mock cluster, which kfk dev-cluster runs, is one such)",
                api.1
            )),
            _ => Ok(()),
        }
    }
}

/// The API keys one broker advertises.
fn advertised(broker: &str, timeout: Duration) -> Option<Vec<i16>> {
    let address = super::errors::socket_address(broker)
        .to_socket_addrs()
        .ok()?
        .next()?;
    let mut stream = TcpStream::connect_timeout(&address, timeout).ok()?;
    stream.set_read_timeout(Some(timeout)).ok()?;
    stream.set_write_timeout(Some(timeout)).ok()?;
    let client_id = b"kfk";
    let mut request = Vec::new();
    request.extend_from_slice(&API_VERSIONS.to_be_bytes());
    request.extend_from_slice(&0i16.to_be_bytes()); // version 0
    request.extend_from_slice(&1i32.to_be_bytes()); // correlation id
    request.extend_from_slice(&(client_id.len() as i16).to_be_bytes());
    request.extend_from_slice(client_id);
    let mut framed = (request.len() as i32).to_be_bytes().to_vec();
    framed.extend_from_slice(&request);
    stream.write_all(&framed).ok()?;
    let mut size = [0u8; 4];
    stream.read_exact(&mut size).ok()?;
    let size = usize::try_from(i32::from_be_bytes(size)).ok()?;
    if size > 1 << 20 {
        return None;
    }
    let mut body = vec![0u8; size];
    stream.read_exact(&mut body).ok()?;
    parse_response(&body)
}

/// The keys in an ApiVersions v0 response body: correlation id, error code, then
/// (key, min version, max version) triples.
fn parse_response(body: &[u8]) -> Option<Vec<i16>> {
    let i16_at = |at: usize| Some(i16::from_be_bytes(body.get(at..at + 2)?.try_into().ok()?));
    let i32_at = |at: usize| Some(i32::from_be_bytes(body.get(at..at + 4)?.try_into().ok()?));
    if i16_at(4)? != 0 {
        return None;
    }
    let count = usize::try_from(i32_at(6)?).ok()?;
    (0..count).map(|i| i16_at(10 + i * 6)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn responses_list_their_keys() {
        let mut body = vec![0, 0, 0, 1, 0, 0, 0, 0, 0, 2];
        body.extend_from_slice(&[0, 3, 0, 0, 0, 12, 0, 32, 0, 0, 0, 4]);
        assert_eq!(parse_response(&body), Some(vec![3, 32]));
        body[5] = 35; // an error code
        assert_eq!(parse_response(&body), None);
        assert_eq!(parse_response(&[0, 0]), None);
    }
}
