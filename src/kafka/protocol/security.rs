//! TLS and SASL for kfk's own connections, read from the same librdkafka properties every
//! other client gets (flags, environment, profile and `-X` merged as usual), so a command
//! that speaks the protocol itself reaches the cluster the way `kfk consume` does.

use std::net::TcpStream;

use anyhow::{anyhow, bail, Context as _, Result};
use bytes::Bytes;
use kafka_protocol::messages::{SaslAuthenticateRequest, SaslHandshakeRequest};
use kafka_protocol::protocol::StrBytes;
use openssl::pkey::PKey;
use openssl::ssl::{SslConnector, SslFiletype, SslMethod, SslVerifyMode};
use openssl::x509::X509;

use super::connection::Connection;
use super::scram::{Scram, ScramHash};
use crate::config::Settings;

/// How to reach and log in to each broker.
pub struct Security {
    pub tls: Option<Tls>,
    pub sasl: Option<Sasl>,
    pub client_id: String,
}

pub struct Tls {
    connector: SslConnector,
    verify_host: bool,
}

pub enum Sasl {
    Plain { user: String, password: String },
    Scram(ScramHash, String, String),
    OauthBearer { token: String },
}

impl Security {
    pub fn from_settings(settings: &Settings) -> Result<Security> {
        let protocol = settings
            .effective("security.protocol")
            .unwrap_or("plaintext")
            .to_ascii_lowercase();
        let (tls, sasl) = match protocol.as_str() {
            "plaintext" => (false, false),
            "ssl" => (true, false),
            "sasl_plaintext" => (false, true),
            "sasl_ssl" => (true, true),
            other => bail!("unknown security protocol '{other}'"),
        };
        Ok(Security {
            tls: tls.then(|| Tls::from_settings(settings)).transpose()?,
            sasl: sasl.then(|| Sasl::from_settings(settings)).transpose()?,
            client_id: settings.effective("client.id").unwrap_or("kfk").to_string(),
        })
    }
}

impl Tls {
    fn from_settings(settings: &Settings) -> Result<Tls> {
        let mut builder = SslConnector::builder(SslMethod::tls_client())?;
        if let Some(ca) = settings.effective("ssl.ca.location") {
            if std::path::Path::new(ca).is_dir() {
                let lookup = builder
                    .cert_store_mut()
                    .add_lookup(openssl::x509::store::X509Lookup::hash_dir())?;
                lookup.add_dir(ca, SslFiletype::PEM)?;
            } else {
                builder
                    .set_ca_file(ca)
                    .with_context(|| format!("cannot read the CA certificates in {ca}"))?;
            }
        }
        if let Some(pem) = settings.effective("ssl.ca.pem") {
            for cert in X509::stack_from_pem(pem.as_bytes()).context("ssl.ca.pem")? {
                builder.cert_store_mut().add_cert(cert)?;
            }
        }
        if let Some(path) = settings.effective("ssl.certificate.location") {
            builder
                .set_certificate_chain_file(path)
                .with_context(|| format!("cannot read the client certificate in {path}"))?;
        }
        if let Some(pem) = settings.effective("ssl.certificate.pem") {
            let certificate = X509::from_pem(pem.as_bytes()).context("ssl.certificate.pem")?;
            builder.set_certificate(&certificate)?;
        }
        let key = match settings.effective("ssl.key.location") {
            Some(path) => Some(
                std::fs::read(path)
                    .with_context(|| format!("cannot read the client key in {path}"))?,
            ),
            None => settings
                .effective("ssl.key.pem")
                .map(|pem| pem.as_bytes().to_vec()),
        };
        if let Some(key) = key {
            let key = match settings.effective("ssl.key.password") {
                Some(password) => PKey::private_key_from_pem_passphrase(&key, password.as_bytes()),
                None => PKey::private_key_from_pem(&key),
            }
            .context("cannot read the client key (a PEM private key)")?;
            builder.set_private_key(&key)?;
        }
        if settings.effective("enable.ssl.certificate.verification") == Some("false") {
            builder.set_verify(SslVerifyMode::NONE);
        }
        let verify_host = settings
            .effective("ssl.endpoint.identification.algorithm")
            .is_none_or(|algorithm| !algorithm.eq_ignore_ascii_case("none"));
        Ok(Tls {
            connector: builder.build(),
            verify_host,
        })
    }

    /// The TLS session over `tcp` to `host`, its certificate checked as librdkafka would.
    pub(super) fn wrap(
        &self,
        address: &str,
        tcp: TcpStream,
    ) -> Result<openssl::ssl::SslStream<TcpStream>> {
        let host = address.rsplit_once(':').map_or(address, |(host, _)| host);
        let session = self
            .connector
            .configure()?
            .verify_hostname(self.verify_host);
        session.connect(host, tcp).map_err(|err| {
            let reason = match &err {
                openssl::ssl::HandshakeError::Failure(stream) => {
                    let verify = stream.ssl().verify_result();
                    match verify {
                        openssl::x509::X509VerifyResult::OK => stream.error().to_string(),
                        failed => format!("certificate verify failed: {}", failed.error_string()),
                    }
                }
                other => other.to_string(),
            };
            anyhow!("TLS connection to {address} failed: {reason}")
        })
    }
}

impl Sasl {
    fn from_settings(settings: &Settings) -> Result<Sasl> {
        let mechanism = settings
            .effective("sasl.mechanisms")
            .or_else(|| settings.effective("sasl.mechanism"))
            .unwrap_or("GSSAPI")
            .to_ascii_uppercase();
        let user = settings.effective("sasl.username").unwrap_or_default();
        let password = settings.effective("sasl.password").unwrap_or_default();
        let credentials = (user.to_string(), password.to_string());
        Ok(match mechanism.as_str() {
            "PLAIN" => Sasl::Plain {
                user: credentials.0,
                password: credentials.1,
            },
            "SCRAM-SHA-256" => Sasl::Scram(ScramHash::Sha256, credentials.0, credentials.1),
            "SCRAM-SHA-512" => Sasl::Scram(ScramHash::Sha512, credentials.0, credentials.1),
            "OAUTHBEARER" => Sasl::OauthBearer {
                token: crate::kafka::oauth::fetch_token(settings)?,
            },
            other => bail!(
                "kfk's own Kafka connection (which this command needs: librdkafka has no \
                 API for it) logs in with PLAIN, SCRAM-SHA-256, SCRAM-SHA-512 or OAUTHBEARER, \
                 not {other}"
            ),
        })
    }

    fn mechanism(&self) -> &'static str {
        match self {
            Sasl::Plain { .. } => "PLAIN",
            Sasl::Scram(ScramHash::Sha256, ..) => "SCRAM-SHA-256",
            Sasl::Scram(ScramHash::Sha512, ..) => "SCRAM-SHA-512",
            Sasl::OauthBearer { .. } => "OAUTHBEARER",
        }
    }
}

/// SaslHandshake, then the mechanism's SaslAuthenticate exchanges.
pub(super) fn log_in(connection: &mut Connection, sasl: &Sasl) -> Result<()> {
    let mechanism = sasl.mechanism();
    let handshake =
        SaslHandshakeRequest::default().with_mechanism(StrBytes::from_static_str(mechanism));
    let answer = connection.exchange(&handshake, 1)?;
    if answer.error_code != 0 {
        let mut offered: Vec<&str> = answer.mechanisms.iter().map(|m| m.as_str()).collect();
        offered.sort_unstable();
        bail!(
            "authentication failed at {}: the listener does not take SASL {mechanism}; it \
             takes {}",
            connection.address,
            offered.join(", ")
        );
    }
    match sasl {
        Sasl::Plain { user, password } => {
            authenticate(
                connection,
                mechanism,
                format!("\0{user}\0{password}").into(),
            )?;
        }
        Sasl::OauthBearer { token } => {
            let message = format!("n,,\x01auth=Bearer {token}\x01\x01");
            let challenge = authenticate(connection, mechanism, message.into())?;
            if !challenge.is_empty() {
                // RFC 7628 3.2.2: a refusal comes as a challenge (the reason, in JSON);
                // the client answers with a lone separator and the broker fails the login.
                let reason = String::from_utf8_lossy(&challenge).into_owned();
                authenticate(connection, mechanism, Bytes::from_static(b"\x01"))?;
                bail!(
                    "authentication failed at {}: SASL {mechanism} authentication error: {reason}",
                    connection.address
                );
            }
        }
        Sasl::Scram(hash, user, password) => {
            let scram = Scram::new(*hash, user, password)?;
            let server_first = authenticate(connection, mechanism, scram.client_first())?;
            let (client_final, server_signature) = scram.client_final(&server_first)?;
            let server_final = authenticate(connection, mechanism, client_final)?;
            scram
                .check_server_final(&server_final, &server_signature)
                .with_context(|| format!("authentication failed at {}", connection.address))?;
        }
    }
    Ok(())
}

/// One SaslAuthenticate round: our bytes, the broker's answer.
fn authenticate(connection: &mut Connection, mechanism: &str, bytes: Bytes) -> Result<Bytes> {
    let request = SaslAuthenticateRequest::default().with_auth_bytes(bytes);
    let answer = connection.call(&request)?;
    if answer.error_code != 0 {
        let reason = answer
            .error_message
            .map(|m| m.to_string())
            .or_else(|| super::error_of(answer.error_code).map(|e| e.to_string()))
            .unwrap_or_default();
        bail!(
            "authentication failed at {}: SASL {mechanism} authentication error: {reason}",
            connection.address
        );
    }
    Ok(answer.auth_bytes)
}
