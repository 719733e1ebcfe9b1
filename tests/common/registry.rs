//! A Schema Registry for tests, speaking the documented REST subset kfk and Confluent's
//! serializers use: `POST /subjects/{s}/versions`, `POST /subjects/{s}` (look up),
//! `GET /subjects/{s}/versions/{v|latest}` and `GET /schemas/ids/{id}`, with references.
//! Like Confluent's, it gives one schema the same id under every subject. With
//! KFK_TEST_SCHEMA_REGISTRY set, tests use that registry instead.

use std::io::BufReader;
use std::net::TcpListener;
use std::sync::{Arc, Mutex};

use serde_json::{json, Value};

use super::http::read_request;

#[derive(Default)]
struct Store {
    /// By id - 1: (schema, schemaType, references).
    schemas: Vec<(String, String, Value)>,
    /// (subject, ids by version - 1).
    subjects: Vec<(String, Vec<usize>)>,
}

pub struct TestRegistry {
    pub url: String,
}

impl TestRegistry {
    /// The registry KFK_TEST_SCHEMA_REGISTRY names, or one of this test's own.
    pub fn start() -> TestRegistry {
        if let Some(url) = std::env::var("KFK_TEST_SCHEMA_REGISTRY")
            .ok()
            .filter(|u| !u.is_empty())
        {
            return TestRegistry { url };
        }
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let url = format!("http://{}", listener.local_addr().expect("addr"));
        let store = Arc::new(Mutex::new(Store::default()));
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let store = store.clone();
                std::thread::spawn(move || serve(stream, &store));
            }
        });
        TestRegistry { url }
    }
}

fn serve(stream: std::net::TcpStream, store: &Mutex<Store>) {
    let mut reader = BufReader::new(stream);
    while let Some(request) = read_request(&mut reader) {
        let (status, answer) = {
            let mut store = store.lock().expect("store");
            route(&mut store, request.method(), request.path(), &request.body)
        };
        let text = answer.to_string();
        let content_type = "application/vnd.schemaregistry.v1+json";
        if super::http::answer(&mut reader, status, content_type, &text).is_err() {
            return;
        }
    }
}

fn not_found(what: &str) -> (&'static str, Value) {
    (
        "404 Not Found",
        json!({"error_code": 40403, "message": format!("{what} not found")}),
    )
}

fn described(store: &Store, id: usize) -> Value {
    let (schema, kind, references) = &store.schemas[id - 1];
    let mut answer = json!({"schema": schema, "references": references});
    if kind != "AVRO" {
        answer["schemaType"] = json!(kind);
    }
    answer
}

/// (schema, schemaType, references) of a registration or lookup request.
fn entry_of(request: &Value) -> (String, String, Value) {
    (
        request["schema"].as_str().unwrap_or_default().to_string(),
        request["schemaType"].as_str().unwrap_or("AVRO").to_string(),
        request.get("references").cloned().unwrap_or(json!([])),
    )
}

type Answer = (&'static str, Value);

fn route(store: &mut Store, method: &str, path: &str, body: &[u8]) -> Answer {
    let parts: Vec<String> = path
        .trim_matches('/')
        .split('/')
        .map(|p| p.replace("%2F", "/").replace("%3A", ":"))
        .collect();
    let parts: Vec<&str> = parts.iter().map(String::as_str).collect();
    let request = || serde_json::from_slice::<Value>(body).ok();
    match (method, parts.as_slice()) {
        ("GET", ["schemas", "ids", id]) => match id.parse::<usize>() {
            Ok(id) if id >= 1 && id <= store.schemas.len() => ("200 OK", described(store, id)),
            _ => not_found("Schema"),
        },
        ("GET", ["subjects", subject, "versions", version]) => version_of(store, subject, version),
        ("POST", ["subjects", subject]) => match request() {
            Some(request) => lookup(store, subject, &request),
            None => invalid_schema(),
        },
        ("POST", ["subjects", subject, "versions"]) => match request() {
            Some(request) => register(store, subject, &request),
            None => invalid_schema(),
        },
        _ => not_found("Route"),
    }
}

fn invalid_schema() -> Answer {
    (
        "422 Unprocessable Entity",
        json!({"error_code": 42201, "message": "Invalid schema"}),
    )
}

/// GET /subjects/{subject}/versions/{version}: a version number or `latest`.
fn version_of(store: &Store, subject: &str, version: &str) -> Answer {
    let Some((_, ids)) = store.subjects.iter().find(|(s, _)| s == subject) else {
        return not_found("Subject");
    };
    let index = match version {
        "latest" => ids.len(),
        v => v.parse().unwrap_or(0),
    };
    match ids.get(index.wrapping_sub(1)) {
        Some(&id) => {
            let mut answer = described(store, id);
            answer["subject"] = json!(subject);
            answer["version"] = json!(index);
            answer["id"] = json!(id);
            ("200 OK", answer)
        }
        None => not_found("Version"),
    }
}

/// POST /subjects/{subject}: the id and version of a schema already under the subject.
fn lookup(store: &Store, subject: &str, request: &Value) -> Answer {
    let entry = entry_of(request);
    let found = store
        .schemas
        .iter()
        .position(|known| *known == entry)
        .map(|i| i + 1);
    let versions = store
        .subjects
        .iter()
        .find(|(s, _)| s == subject)
        .map(|(_, ids)| ids);
    match (found, versions) {
        (Some(id), Some(ids)) if ids.contains(&id) => {
            let version = ids.iter().position(|i| *i == id).unwrap_or(0) + 1;
            (
                "200 OK",
                json!({"subject": subject, "id": id, "version": version, "schema": entry.0}),
            )
        }
        (_, None) => not_found("Subject"),
        _ => not_found("Schema"),
    }
}

/// POST /subjects/{subject}/versions: registers the schema (once) under the subject.
fn register(store: &mut Store, subject: &str, request: &Value) -> Answer {
    let entry = entry_of(request);
    let id = match store.schemas.iter().position(|known| *known == entry) {
        Some(index) => index + 1,
        None => {
            store.schemas.push(entry);
            store.schemas.len()
        }
    };
    match store.subjects.iter_mut().find(|(s, _)| s == subject) {
        Some((_, ids)) if ids.contains(&id) => {}
        Some((_, ids)) => ids.push(id),
        None => store.subjects.push((subject.to_string(), vec![id])),
    }
    ("200 OK", json!({"id": id}))
}

/// Runs tests/interop/serde.py (Confluent's own serializers) with `args`; its stdout.
pub fn serde_script(args: &[&str]) -> String {
    let python =
        std::env::var_os("KFK_TEST_PYTHON").expect("KFK_TEST_PYTHON (scripts/test sets it up)");
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/interop/serde.py");
    let output = std::process::Command::new(python)
        .arg(script)
        .args(args)
        .output()
        .expect("python");
    assert!(
        output.status.success(),
        "serde.py {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}
