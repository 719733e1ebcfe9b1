//! A metrics endpoint for Prometheus: GET /metrics serves the latest exposition, GET
//! /healthz says whether the latest refresh worked. Nothing else is answered, no request
//! body is read, and a client gets 5 s to send its request line and headers.

use std::net::SocketAddr;
use std::sync::{Arc, RwLock};
use std::time::Duration;

use anyhow::{Context as _, Result};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};

const REQUEST_TIMEOUT: Duration = Duration::from_secs(5);
const MAX_HEADER_BYTES: usize = 8 * 1024;
const PROMETHEUS_TYPE: &str = "text/plain; version=0.0.4; charset=utf-8";
const OPENMETRICS_TYPE: &str = "application/openmetrics-text; version=1.0.0; charset=utf-8";

/// What the endpoint serves: the text of the latest refresh, and whether it worked.
#[derive(Debug, Default)]
pub struct Exposition {
    pub text: String,
    /// Why the latest refresh failed; None when it worked. Before the first refresh
    /// the endpoint answers 503 "starting".
    pub failure: Option<String>,
    pub refreshed: bool,
}

pub type Shared = Arc<RwLock<Exposition>>;

/// Where to listen: "9308" or ":9308" is loopback's port 9308; "HOST:PORT" is as given,
/// so that serving beyond this machine is always asked for by name.
pub fn address(text: &str) -> Result<SocketAddr, String> {
    let port_only = text.strip_prefix(':').unwrap_or(text);
    if let Ok(port) = port_only.parse::<u16>() {
        return Ok(SocketAddr::from(([127, 0, 0, 1], port)));
    }
    let bad = || {
        format!(
            "'{text}' is not an address to listen on: give PORT, or HOST:PORT such as 0.0.0.0:9308"
        )
    };
    // A host name is looked up once, here: localhost:9308 listens where localhost is.
    std::net::ToSocketAddrs::to_socket_addrs(text)
        .map_err(|_| bad())?
        .next()
        .ok_or_else(bad)
}

/// Binds `address` and answers requests until the runtime ends.
pub async fn serve(address: SocketAddr, shared: Shared) -> Result<SocketAddr> {
    let listener = TcpListener::bind(address)
        .await
        .with_context(|| format!("cannot listen on {address}"))?;
    let bound = listener.local_addr()?;
    tokio::spawn(async move {
        loop {
            let Ok((stream, _)) = listener.accept().await else {
                continue;
            };
            let shared = shared.clone();
            tokio::spawn(async move {
                // A client that goes away or stalls costs only its own connection.
                let _ = tokio::time::timeout(REQUEST_TIMEOUT, answer(stream, &shared)).await;
            });
        }
    });
    Ok(bound)
}

async fn answer(stream: TcpStream, shared: &Shared) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream);
    let mut request_line = String::new();
    reader.read_line(&mut request_line).await?;
    let mut openmetrics = false;
    let mut read = request_line.len();
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).await? == 0 || line.trim().is_empty() {
            break;
        }
        read += line.len();
        if read > MAX_HEADER_BYTES {
            return respond(
                reader.get_mut(),
                "431 Request Header Fields Too Large",
                "text/plain",
                "",
            )
            .await;
        }
        let lower = line.to_ascii_lowercase();
        if lower.starts_with("accept:") && lower.contains("application/openmetrics-text") {
            openmetrics = true;
        }
    }
    let mut words = request_line.split_whitespace();
    let (method, target) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
    let path = target.split('?').next().unwrap_or("");
    let stream = reader.get_mut();
    match (method, path) {
        ("GET", "/metrics") => {
            let (kind, body) = {
                let exposition = shared.read().map_err(|_| std::io::ErrorKind::Other)?;
                match openmetrics {
                    true => (OPENMETRICS_TYPE, format!("{}# EOF\n", exposition.text)),
                    false => (PROMETHEUS_TYPE, exposition.text.clone()),
                }
            };
            respond(stream, "200 OK", kind, &body).await
        }
        ("GET", "/healthz") => {
            let health = {
                let exposition = shared.read().map_err(|_| std::io::ErrorKind::Other)?;
                match (&exposition.failure, exposition.refreshed) {
                    (_, false) => Err("starting: no refresh yet\n".to_string()),
                    (Some(failure), _) => Err(format!("the latest refresh failed: {failure}\n")),
                    (None, true) => Ok(()),
                }
            };
            match health {
                Ok(()) => respond(stream, "200 OK", "text/plain", "ok\n").await,
                Err(why) => respond(stream, "503 Service Unavailable", "text/plain", &why).await,
            }
        }
        (_, "/metrics" | "/healthz") => {
            respond(stream, "405 Method Not Allowed", "text/plain", "GET only\n").await
        }
        _ => {
            respond(
                stream,
                "404 Not Found",
                "text/plain",
                "/metrics or /healthz\n",
            )
            .await
        }
    }
}

async fn respond(
    stream: &mut TcpStream,
    status: &str,
    kind: &str,
    body: &str,
) -> std::io::Result<()> {
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes()).await?;
    stream.write_all(body.as_bytes()).await?;
    stream.shutdown().await
}

#[cfg(test)]
mod tests {
    use super::address;

    #[test]
    fn a_bare_port_is_loopback() {
        assert_eq!(address("9308").unwrap().to_string(), "127.0.0.1:9308");
        assert_eq!(address(":9308").unwrap().to_string(), "127.0.0.1:9308");
        assert_eq!(address("0.0.0.0:80").unwrap().to_string(), "0.0.0.0:80");
        assert_eq!(address("localhost:80").unwrap().port(), 80);
        assert!(address("localhost").unwrap_err().contains("HOST:PORT"));
    }
}
