use anyhow::Result;
use clap::Args;
use serde::Serialize;

use crate::config::{display_value, Source};
use crate::context::Context;
use crate::io::output;
use crate::io::output::OutputFormat;

/// Show the effective settings after merging flags, environment, profile and defaults:
/// every librdkafka property kfk will set and where it came from. Secrets are redacted.
///
/// Commands add their own properties on top (a producer's acks, a consumer's group.id);
/// -X properties are applied after those and always win.
#[derive(Args, Debug)]
#[command(after_help = "Examples:
  kfk config show
  kfk --profile prod config show --output json
  KFK_BROKERS=k1:9092 kfk -X linger.ms=50 config show")]
pub struct ShowArgs {}

#[derive(Serialize)]
struct Row {
    setting: String,
    value: String,
    source: String,
}

fn row(setting: &str, value: String, source: &Source) -> Row {
    Row {
        setting: setting.to_string(),
        value,
        source: source.to_string(),
    }
}

pub fn run(ctx: &Context, _args: ShowArgs) -> Result<()> {
    let settings = &ctx.settings;
    let mut rows = vec![row(
        "brokers",
        settings.brokers.value.clone(),
        &settings.brokers.source,
    )];
    match &settings.profile {
        Some(profile) => rows.push(row("profile", profile.value.clone(), &profile.source)),
        None => rows.push(row("profile", "-".into(), &Source::Default)),
    }
    match &settings.config_file {
        Some(file) => rows.push(row(
            "config file",
            file.value.display().to_string(),
            &file.source,
        )),
        None => rows.push(row("config file", "-".into(), &Source::Default)),
    }
    rows.push(row(
        "timeout",
        humantime::format_duration(settings.timeout.value).to_string(),
        &settings.timeout.source,
    ));
    for (key, prop) in &settings.effective_properties() {
        rows.push(row(key, display_value(key, &prop.value), &prop.source));
    }
    for (key, prop) in &settings.registry {
        let name = format!("schema_registry.{key}");
        rows.push(row(&name, display_value(&name, &prop.value), &prop.source));
    }
    match ctx.output {
        OutputFormat::Json | OutputFormat::Yaml | OutputFormat::Csv => {
            output::print_data(ctx.output, &rows)
        }
        OutputFormat::Table => {
            let mut table = output::table(&["SETTING", "VALUE", "SOURCE"]);
            for row in rows {
                table.add_row(vec![row.setting, row.value, row.source]);
            }
            output::print_table(&table)
        }
    }
}
