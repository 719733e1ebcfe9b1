//! A Schema Registry client for the documented REST subset kfk needs: a schema by id,
//! a subject's version, and registering a schema. Every schema is fetched once per run.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Duration;

use anyhow::{anyhow, bail, Result};
use serde::Deserialize;

use crate::io::http;

/// How to reach the registry.
#[derive(Debug, Clone)]
pub struct RegistrySettings {
    pub url: String,
    pub username: Option<String>,
    pub password: Option<String>,
    pub ca_cert: Option<String>,
    pub timeout: Duration,
}

/// A schema as the registry stores it.
#[derive(Debug, Clone, Deserialize)]
pub struct Schema {
    pub schema: String,
    #[serde(rename = "schemaType", default = "avro")]
    pub kind: String,
    #[serde(default)]
    pub references: Vec<Reference>,
    /// Given when the schema is asked for by subject.
    #[serde(default)]
    pub id: Option<u32>,
}

fn avro() -> String {
    "AVRO".into()
}

#[derive(Debug, Clone, Deserialize, serde::Serialize)]
pub struct Reference {
    pub name: String,
    pub subject: String,
    pub version: i64,
}

pub struct Registry {
    settings: RegistrySettings,
    by_id: Mutex<HashMap<u32, Schema>>,
    by_subject: Mutex<HashMap<(String, String), Schema>>,
}

impl Registry {
    pub fn new(settings: RegistrySettings) -> Registry {
        Registry {
            settings,
            by_id: Mutex::default(),
            by_subject: Mutex::default(),
        }
    }

    /// The schema with this id (GET /schemas/ids/{id}).
    pub fn schema(&self, id: u32) -> Result<Schema> {
        if let Some(found) = self.by_id.lock().ok().and_then(|c| c.get(&id).cloned()) {
            return Ok(found);
        }
        let schema: Schema = self.get(&format!("/schemas/ids/{id}"))?;
        if let Ok(mut cache) = self.by_id.lock() {
            cache.insert(id, schema.clone());
        }
        Ok(schema)
    }

    /// A subject's version, or "latest" (GET /subjects/{s}/versions/{v}).
    pub fn version(&self, subject: &str, version: &str) -> Result<Schema> {
        let key = (subject.to_string(), version.to_string());
        if let Some(found) = self
            .by_subject
            .lock()
            .ok()
            .and_then(|c| c.get(&key).cloned())
        {
            return Ok(found);
        }
        let path = format!("/subjects/{}/versions/{version}", encode(subject));
        let schema: Schema = self.get(&path)?;
        if let Ok(mut cache) = self.by_subject.lock() {
            cache.insert(key, schema.clone());
        }
        Ok(schema)
    }

    /// The texts of every schema `references` names, transitively, by reference name.
    pub fn referenced(&self, references: &[Reference]) -> Result<Vec<(String, Schema)>> {
        let mut found: Vec<(String, Schema)> = Vec::new();
        let mut pending: Vec<Reference> = references.to_vec();
        while let Some(reference) = pending.pop() {
            if found.iter().any(|(name, _)| *name == reference.name) {
                continue;
            }
            let version = match reference.version {
                -1 => "latest".to_string(),
                v => v.to_string(),
            };
            let schema = self.version(&reference.subject, &version)?;
            pending.extend(schema.references.iter().cloned());
            found.push((reference.name.clone(), schema));
        }
        Ok(found)
    }

    /// Registers a schema under a subject (POST /subjects/{s}/versions); its id.
    pub fn register(&self, subject: &str, schema: &Schema) -> Result<u32> {
        let path = format!("/subjects/{}/versions", encode(subject));
        Ok(self.request::<Registered>(&path, Some(body_of(schema)))?.id)
    }

    /// The id a schema has under a subject (POST /subjects/{s}).
    pub fn lookup(&self, subject: &str, schema: &Schema) -> Result<u32> {
        let path = format!("/subjects/{}", encode(subject));
        Ok(self.request::<Registered>(&path, Some(body_of(schema)))?.id)
    }

    fn get<T: serde::de::DeserializeOwned>(&self, path: &str) -> Result<T> {
        self.request(path, None)
    }

    fn request<T: serde::de::DeserializeOwned>(
        &self,
        path: &str,
        post: Option<String>,
    ) -> Result<T> {
        let url = format!("{}{path}", self.settings.url.trim_end_matches('/'));
        let settings = &self.settings;
        let mut headers =
            vec!["Accept: application/vnd.schemaregistry.v1+json, application/json".to_string()];
        if post.is_some() {
            headers.push("Content-Type: application/vnd.schemaregistry.v1+json".to_string());
        }
        let request = http::Request {
            url: &url,
            body: post.as_deref().map(str::as_bytes),
            headers: &headers,
            basic: settings
                .username
                .as_deref()
                .map(|user| (user, settings.password.as_deref().unwrap_or_default())),
            ca_cert: settings.ca_cert.as_deref(),
            timeout: settings.timeout,
        };
        let (status, body) = http::send(&request)
            .map_err(|reason| anyhow!("the schema registry {} {reason}", settings.url))?;
        if !(200..300).contains(&status) {
            // The registry explains itself: {"error_code": 40403, "message": "Schema not found"}.
            let message = serde_json::from_str::<serde_json::Value>(&body)
                .ok()
                .and_then(|v| v["message"].as_str().map(str::to_string))
                .unwrap_or_else(|| body.trim().chars().take(200).collect());
            bail!("the schema registry answered {path} with HTTP {status}: {message}");
        }
        serde_json::from_str(&body).map_err(|err| {
            anyhow!("the schema registry's answer to {path} is not what kfk expects: {err}")
        })
    }
}

#[derive(Deserialize)]
struct Registered {
    id: u32,
}

/// A schema as the registry takes it.
fn body_of(schema: &Schema) -> String {
    let mut body = serde_json::json!({ "schema": schema.schema });
    if schema.kind != "AVRO" {
        body["schemaType"] = schema.kind.clone().into();
    }
    if !schema.references.is_empty() {
        body["references"] = serde_json::json!(schema.references);
    }
    body.to_string()
}

/// A subject name as a URL path segment.
fn encode(subject: &str) -> String {
    subject
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}
