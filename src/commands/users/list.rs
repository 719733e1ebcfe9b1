use anyhow::Result;
use clap::Args;
use serde::Serialize;

use crate::context::Context;
use crate::error::PartialFailure;
use crate::io::output::{self, OutputFormat};
use crate::kafka::admin::{self, ScramCredential};

/// List SCRAM users (DescribeUserScramCredentials): each user's mechanisms and
/// iteration counts. Nothing secret is stored in a form the broker could return.
///
/// JSON output: [{"user", "credentials": [{"mechanism", "iterations"}], "error"}].
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  kfk users list
  kfk users list alice bob --output json")]
pub struct ListArgs {
    /// Only these users (default: every user)
    pub users: Vec<String>,
}

#[derive(Serialize)]
struct Row {
    user: String,
    credentials: Vec<ScramCredential>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

pub async fn run(ctx: &Context, args: ListArgs) -> Result<()> {
    let users = args.users.clone();
    let found = ctx
        .kafka
        .with_admin(move |client, timeout| admin::describe_scram_users(client, &users, timeout))
        .await?;
    let rows: Vec<Row> = found
        .into_iter()
        .map(|user| match user.credentials {
            Ok(credentials) => Row {
                user: user.user,
                credentials,
                error: None,
            },
            Err(error) => Row {
                user: user.user,
                credentials: Vec::new(),
                error: Some(error),
            },
        })
        .collect();
    match ctx.output {
        OutputFormat::Json | OutputFormat::Yaml | OutputFormat::Csv => {
            output::print_data(ctx.output, &rows)?
        }
        OutputFormat::Table if rows.is_empty() => output::note("no SCRAM users"),
        OutputFormat::Table => {
            let mut table = output::table(&["USER", "MECHANISM", "ITERATIONS"]);
            for row in &rows {
                for credential in &row.credentials {
                    table.add_row(vec![
                        row.user.clone(),
                        credential.mechanism.to_string(),
                        credential.iterations.to_string(),
                    ]);
                }
                if let Some(error) = &row.error {
                    table.add_row(vec![
                        row.user.clone(),
                        format!("error: {error}"),
                        "-".into(),
                    ]);
                }
            }
            output::print_table(&table)?;
        }
    }
    let failed: Vec<String> = rows
        .iter()
        .filter_map(|r| r.error.as_ref().map(|e| format!("'{}' ({e})", r.user)))
        .collect();
    if failed.is_empty() {
        return Ok(());
    }
    Err(PartialFailure(format!(
        "{} of {} could not be read: {}",
        failed.len(),
        crate::io::output::count(rows.len() as u64, "user"),
        failed.join(", ")
    ))
    .into())
}
