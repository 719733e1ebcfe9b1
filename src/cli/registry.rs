//! Where the Schema Registry is. Its password has no flag: it comes from the
//! environment or a profile (`[profiles.NAME.schema_registry]`).

use clap::Args;

/// The environment variable that holds the registry's password.
pub const PASSWORD_VAR: &str = "KFK_SCHEMA_REGISTRY_PASSWORD";

#[derive(Args, Debug, Clone, Default)]
#[command(next_help_heading = "Schema Registry options")]
pub struct RegistryArgs {
    /// The Schema Registry's URL (decodes framed records in consume)
    #[arg(long, env = "KFK_SCHEMA_REGISTRY", global = true, value_name = "URL")]
    pub schema_registry: Option<String>,

    /// The registry's user for HTTP Basic authentication (the password comes from
    /// KFK_SCHEMA_REGISTRY_PASSWORD or a profile)
    #[arg(
        long,
        env = "KFK_SCHEMA_REGISTRY_USERNAME",
        global = true,
        value_name = "USER"
    )]
    pub schema_registry_username: Option<String>,

    /// A CA certificate (PEM) to verify the registry with
    #[arg(
        long,
        env = "KFK_SCHEMA_REGISTRY_CA",
        global = true,
        value_name = "PATH"
    )]
    pub schema_registry_ca: Option<std::path::PathBuf>,
}

impl RegistryArgs {
    /// (flag id, setting, value)
    pub fn settings(&self) -> [(&'static str, &'static str, Option<String>); 3] {
        [
            ("schema_registry", "url", self.schema_registry.clone()),
            (
                "schema_registry_username",
                "username",
                self.schema_registry_username.clone(),
            ),
            (
                "schema_registry_ca",
                "ca_cert",
                self.schema_registry_ca
                    .as_ref()
                    .map(|p| p.display().to_string()),
            ),
        ]
    }
}
