//! Flags for OAUTHBEARER/OIDC and Kerberos (GSSAPI). Each maps to one librdkafka
//! property and is also settable in a profile (`[profiles.NAME.oauth]`,
//! `[profiles.NAME.kerberos]`). The OIDC client secret has no flag, so that it never
//! shows in the process list: it comes from the environment, a profile, or a prompt.

use std::path::PathBuf;

use clap::Args;

use crate::config::Setting;

/// The environment variable that holds the OIDC client secret.
pub const CLIENT_SECRET_VAR: &str = "KFK_OAUTH_CLIENT_SECRET";

#[derive(Args, Debug, Clone, Default)]
#[command(next_help_heading = "OAUTHBEARER options")]
pub struct OauthArgs {
    /// How tokens are obtained: oidc (client credentials from a token endpoint; the client
    /// secret comes from KFK_OAUTH_CLIENT_SECRET, a profile or a prompt)
    #[arg(long, env = "KFK_OAUTH_METHOD", global = true, value_parser = ["oidc", "default"])]
    pub oauth_method: Option<String>,

    /// The OIDC token endpoint
    #[arg(
        long,
        env = "KFK_OAUTH_TOKEN_ENDPOINT",
        global = true,
        value_name = "URL"
    )]
    pub oauth_token_endpoint: Option<String>,

    /// The OIDC client id
    #[arg(long, env = "KFK_OAUTH_CLIENT_ID", global = true, value_name = "ID")]
    pub oauth_client_id: Option<String>,

    /// The scope to ask tokens for
    #[arg(long, env = "KFK_OAUTH_SCOPE", global = true)]
    pub oauth_scope: Option<String>,

    /// SASL extensions sent with the token, e.g. logicalCluster=lkc-1,identityPoolId=pool-2
    #[arg(
        long,
        env = "KFK_OAUTH_EXTENSIONS",
        global = true,
        value_name = "KEY=VALUE,..."
    )]
    pub oauth_extensions: Option<String>,
}

impl OauthArgs {
    /// (flag id, the setting, value)
    pub fn properties(&self) -> [(&'static str, Setting, Option<String>); 5] {
        [
            (
                "oauth_method",
                Setting::OauthMethod,
                self.oauth_method.clone(),
            ),
            (
                "oauth_token_endpoint",
                Setting::OauthTokenEndpoint,
                self.oauth_token_endpoint.clone(),
            ),
            (
                "oauth_client_id",
                Setting::OauthClientId,
                self.oauth_client_id.clone(),
            ),
            ("oauth_scope", Setting::OauthScope, self.oauth_scope.clone()),
            (
                "oauth_extensions",
                Setting::OauthExtensions,
                self.oauth_extensions.clone(),
            ),
        ]
    }
}

#[derive(Args, Debug, Clone, Default)]
#[command(next_help_heading = "Kerberos (GSSAPI) options")]
pub struct KerberosArgs {
    /// The brokers' Kerberos service name [default: kafka]
    #[arg(
        long,
        env = "KFK_KERBEROS_SERVICE_NAME",
        global = true,
        value_name = "NAME"
    )]
    pub kerberos_service_name: Option<String>,

    /// The client's principal, e.g. svc-orders@EXAMPLE.COM
    #[arg(
        long,
        env = "KFK_KERBEROS_PRINCIPAL",
        global = true,
        value_name = "PRINCIPAL"
    )]
    pub kerberos_principal: Option<String>,

    /// The keytab holding the principal's key; without one, kfk uses the ticket you
    /// already have (from kinit)
    #[arg(long, env = "KFK_KERBEROS_KEYTAB", global = true, value_name = "PATH")]
    pub kerberos_keytab: Option<PathBuf>,

    /// The command that gets a ticket from the keytab [default: librdkafka's kinit]
    #[arg(
        long,
        env = "KFK_KERBEROS_KINIT_CMD",
        global = true,
        value_name = "COMMAND"
    )]
    pub kerberos_kinit_cmd: Option<String>,
}

impl KerberosArgs {
    /// (flag id, the setting, value)
    pub fn properties(&self) -> [(&'static str, Setting, Option<String>); 4] {
        [
            (
                "kerberos_service_name",
                Setting::KerberosServiceName,
                self.kerberos_service_name.clone(),
            ),
            (
                "kerberos_principal",
                Setting::KerberosPrincipal,
                self.kerberos_principal.clone(),
            ),
            (
                "kerberos_keytab",
                Setting::KerberosKeytab,
                self.kerberos_keytab
                    .as_ref()
                    .map(|p| p.display().to_string()),
            ),
            (
                "kerberos_kinit_cmd",
                Setting::KerberosKinitCmd,
                self.kerberos_kinit_cmd.clone(),
            ),
        ]
    }
}
