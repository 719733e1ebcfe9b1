//! The settings kfk itself sets on every client, by meaning: the Kafka layer names the
//! librdkafka property each becomes (kafka/settings.rs). Properties a profile or `-X`
//! passes through keep the name the user gave.

/// A setting kfk knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Setting {
    ClientId,
    SecurityProtocol,
    SaslMechanism,
    SaslUsername,
    SaslPassword,
    CaCert,
    ClientCert,
    ClientKey,
    /// librdkafka's debug contexts, for -v.
    Debug,
    OauthMethod,
    OauthTokenEndpoint,
    OauthClientId,
    OauthClientSecret,
    OauthScope,
    OauthExtensions,
    KerberosServiceName,
    KerberosPrincipal,
    KerberosKeytab,
    KerberosKinitCmd,
}

/// A client property: one of kfk's settings, or one passed through by name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Key {
    Setting(Setting),
    Named(String),
}
