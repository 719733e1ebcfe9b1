//! One connection to one broker, speaking the Kafka protocol with kafka-protocol's types:
//! TCP (with TLS when the settings ask), then ApiVersions, then SASL when the settings ask,
//! then requests one at a time, each at the highest version both sides know.

use std::collections::HashMap;
use std::io::{Read, Write};
use std::net::{TcpStream, ToSocketAddrs};
use std::time::Duration;

use anyhow::{anyhow, bail, Context as _, Result};
use bytes::BytesMut;
use kafka_protocol::messages::{ApiKey, ApiVersionsRequest, RequestHeader, ResponseHeader};
use kafka_protocol::protocol::{Decodable, Encodable, HeaderVersion, Request, StrBytes};

use super::security::{self, Security};

/// The largest response kfk accepts (a describe of every partition's log dirs on a big
/// cluster runs to tens of MiB); a bigger length prefix means the peer is not Kafka.
const MAX_RESPONSE: usize = 256 << 20;

pub(super) enum Stream {
    Plain(TcpStream),
    Tls(Box<openssl::ssl::SslStream<TcpStream>>),
}

impl Read for Stream {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        match self {
            Stream::Plain(stream) => stream.read(buf),
            Stream::Tls(stream) => stream.read(buf),
        }
    }
}

impl Write for Stream {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match self {
            Stream::Plain(stream) => stream.write(buf),
            Stream::Tls(stream) => stream.write(buf),
        }
    }
    fn flush(&mut self) -> std::io::Result<()> {
        match self {
            Stream::Plain(stream) => stream.flush(),
            Stream::Tls(stream) => stream.flush(),
        }
    }
}

/// A connection, ready for requests.
pub struct Connection {
    stream: Stream,
    /// "host:port", for messages.
    pub address: String,
    client_id: StrBytes,
    correlation: i32,
    /// The versions the broker takes, by API key.
    versions: HashMap<i16, (i16, i16)>,
}

impl Connection {
    /// Connects to `address` ("host:port") within `timeout`, and logs in as `security`
    /// says.
    pub fn open(address: &str, security: &Security, timeout: Duration) -> Result<Connection> {
        let tcp = connect_tcp(address, timeout)?;
        let stream = match &security.tls {
            Some(tls) => Stream::Tls(Box::new(tls.wrap(address, tcp)?)),
            None => Stream::Plain(tcp),
        };
        let mut connection = Connection {
            stream,
            address: address.to_string(),
            client_id: StrBytes::from_string(security.client_id.clone()),
            correlation: 0,
            versions: HashMap::new(),
        };
        connection.ask_versions()?;
        if let Some(sasl) = &security.sasl {
            security::log_in(&mut connection, sasl)?;
        }
        Ok(connection)
    }

    /// Asks which versions of each API the broker serves (ApiVersions v3, or v0 when
    /// the broker is older than the flexible versions).
    fn ask_versions(&mut self) -> Result<()> {
        let request = ApiVersionsRequest::default()
            .with_client_software_name(StrBytes::from_static_str("kfk"))
            .with_client_software_version(StrBytes::from_static_str(env!("CARGO_PKG_VERSION")));
        let mut response = self.exchange(&request, 3)?;
        if response.error_code == 35 {
            // UNSUPPORTED_VERSION: the broker predates v3 and answers in v0.
            response = self.exchange(&ApiVersionsRequest::default(), 0)?;
        }
        if let Some(error) = super::error_of(response.error_code) {
            bail!("{}: ApiVersions failed: {error}", self.address);
        }
        self.versions = response
            .api_keys
            .iter()
            .map(|api| (api.api_key, (api.min_version, api.max_version)))
            .collect();
        Ok(())
    }

    /// The highest version of `R` both sides know, or an error naming the API and the
    /// Kafka release that brought it.
    pub fn version<R: Request>(&self) -> Result<i16> {
        let api = api_name(R::KEY);
        let Some(&(min, max)) = self.versions.get(&R::KEY) else {
            bail!(
                "the broker at {} does not serve {api}{}",
                self.address,
                super::since(R::KEY)
            );
        };
        let version = max.min(R::VERSIONS.max);
        if version < min.max(R::VERSIONS.min) {
            bail!(
                "the broker at {} serves {api} versions {min}-{max}, none that kfk speaks ({}-{})",
                self.address,
                R::VERSIONS.min,
                R::VERSIONS.max
            );
        }
        Ok(version)
    }

    /// Sends `request` at the highest common version and returns the broker's answer.
    pub fn call<R: Request>(&mut self, request: &R) -> Result<R::Response> {
        let version = self.version::<R>()?;
        self.exchange(request, version)
    }

    /// Sends `request` at `version` and reads the response to it.
    pub(super) fn exchange<R: Request>(
        &mut self,
        request: &R,
        version: i16,
    ) -> Result<R::Response> {
        let api = api_name(R::KEY);
        self.correlation += 1;
        let header = RequestHeader::default()
            .with_request_api_key(R::KEY)
            .with_request_api_version(version)
            .with_correlation_id(self.correlation)
            .with_client_id(Some(self.client_id.clone()));
        let header_version = R::header_version(version);
        let mut body = BytesMut::new();
        header
            .encode(&mut body, header_version)
            .and_then(|()| request.encode(&mut body, version))
            .map_err(|err| anyhow!("cannot encode {api} v{version}: {err}"))?;
        let mut frame = Vec::with_capacity(body.len() + 4);
        frame.extend_from_slice(&(body.len() as i32).to_be_bytes());
        frame.extend_from_slice(&body);
        self.stream
            .write_all(&frame)
            .and_then(|()| self.stream.flush())
            .with_context(|| format!("{}: sending {api}", self.address))?;
        let mut response = self.read_frame(&api)?;
        let response_header =
            ResponseHeader::decode(&mut response, R::Response::header_version(version))
                .map_err(|err| anyhow!("{}: a malformed {api} response: {err}", self.address))?;
        if response_header.correlation_id != self.correlation {
            bail!(
                "{}: the {api} response answers request {}, not {}",
                self.address,
                response_header.correlation_id,
                self.correlation
            );
        }
        R::Response::decode(&mut response, version)
            .map_err(|err| anyhow!("{}: a malformed {api} response: {err}", self.address))
    }

    fn read_frame(&mut self, api: &str) -> Result<bytes::Bytes> {
        let mut size = [0u8; 4];
        self.stream
            .read_exact(&mut size)
            .map_err(|err| anyhow!("{}: no answer to {api}: {}", self.address, io_reason(&err)))?;
        let size = i32::from_be_bytes(size);
        let size = usize::try_from(size)
            .ok()
            .filter(|&s| s <= MAX_RESPONSE)
            .ok_or_else(|| {
                anyhow!(
                    "{}: answered {api} with a frame of {size} bytes: is it a Kafka listener \
                     of the security protocol kfk uses?",
                    self.address
                )
            })?;
        let mut body = vec![0u8; size];
        self.stream
            .read_exact(&mut body)
            .map_err(|err| anyhow!("{}: reading {api}: {}", self.address, io_reason(&err)))?;
        Ok(bytes::Bytes::from(body))
    }
}

/// Connects to the first address `address` resolves to that accepts, within `timeout`
/// each; reads and writes then time out after `timeout` too.
fn connect_tcp(address: &str, timeout: Duration) -> Result<TcpStream> {
    let addresses: Vec<_> = address
        .to_socket_addrs()
        .with_context(|| format!("cannot resolve broker address '{address}'"))?
        .collect();
    let mut last = None;
    for socket in addresses {
        match TcpStream::connect_timeout(&socket, timeout) {
            Ok(stream) => {
                stream.set_read_timeout(Some(timeout))?;
                stream.set_write_timeout(Some(timeout))?;
                stream.set_nodelay(true)?;
                return Ok(stream);
            }
            Err(err) => last = Some(err),
        }
    }
    Err(match last {
        Some(err) if err.kind() == std::io::ErrorKind::ConnectionRefused => {
            anyhow!("cannot connect to {address} (connection refused); is a broker running there?")
        }
        Some(err) => anyhow!("cannot connect to {address}: {}", io_reason(&err)),
        None => anyhow!("broker address '{address}' resolves to nothing"),
    })
}

/// An I/O error as a user reads it: a timeout says so.
fn io_reason(err: &std::io::Error) -> String {
    match err.kind() {
        std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut => {
            "timed out (--timeout)".to_string()
        }
        std::io::ErrorKind::UnexpectedEof | std::io::ErrorKind::ConnectionReset => {
            "the broker closed the connection; if the brokers need TLS or SASL, check \
             --security-protocol"
                .to_string()
        }
        _ => err.to_string(),
    }
}

/// The protocol's name of an API, e.g. "DescribeQuorum".
pub fn api_name(key: i16) -> String {
    ApiKey::try_from(key).map_or_else(|_| format!("API {key}"), |api| format!("{api:?}"))
}
