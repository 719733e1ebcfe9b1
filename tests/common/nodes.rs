//! The running side of a test cluster: its nodes (one JVM each, stopped by pid) and the
//! cluster they make, which waits for its brokers, kills and restarts nodes, and stops
//! them all when dropped.

use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use rdkafka::config::ClientConfig;
use rdkafka::consumer::{BaseConsumer, Consumer};

use super::kafka::{bootstrap_of, kafka_libs, port_of, Listener};
use super::{kill_by_pid, reap_if_exited, spawn_guarded};

/// One broker-controller process.
pub struct Node {
    pub id: u32,
    pub(super) ports: Vec<(String, u16)>,
    pub(super) dir: PathBuf,
    pub(super) jvm_options: Vec<String>,
    pub(super) pid: Mutex<Option<i32>>,
}

impl Node {
    fn java(&self, class: &str) -> Command {
        let mut command = Command::new("java");
        command
            .args([
                "-Xms64m",
                "-Xmx384m",
                "-XX:+UseSerialGC",
                "-Djava.awt.headless=true",
            ])
            .arg(format!(
                "-Dlog4j2.configurationFile={}",
                self.dir.join("log4j2.properties").display()
            ))
            .args(&self.jvm_options)
            .arg("-cp")
            .arg(format!("{}/*", kafka_libs().display()))
            .arg(class)
            .current_dir(&self.dir)
            .stdin(Stdio::null());
        command
    }

    pub(super) fn format(&self, cluster_id: &str, options: &[String]) {
        let output = self
            .java("kafka.tools.StorageTool")
            .args(["format", "-t", cluster_id, "-c", "server.properties"])
            .args(options)
            .output()
            .expect("cannot run java: is a JDK installed?");
        assert!(
            output.status.success(),
            "formatting node {} failed:\n{}{}",
            self.id,
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
    }

    /// Starts the node's JVM (again, after `kill`); does not wait for it.
    pub(super) fn start(&self) {
        let out = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(self.dir.join("stdout.log"))
            .expect("stdout.log");
        let mut command = self.java("kafka.Kafka");
        command
            .arg("server.properties")
            .stdout(out.try_clone().expect("log handle"))
            .stderr(out);
        *self.pid.lock().expect("pid") = Some(spawn_guarded(command));
    }

    pub fn port(&self, listener: &str) -> u16 {
        port_of(&self.ports, listener)
    }

    fn log_tail(&self) -> String {
        let mut text = String::new();
        for file in ["stdout.log", "server.log"] {
            let content = std::fs::read_to_string(self.dir.join(file)).unwrap_or_default();
            let lines: Vec<&str> = content.lines().collect();
            let start = lines.len().saturating_sub(40);
            // The first errors say why a node stopped; the tail is often its shutdown.
            let errors: Vec<&str> = lines[..start]
                .iter()
                .filter(|line| line.contains("ERROR") || line.contains("FATAL"))
                .take(5)
                .copied()
                .collect();
            text += &format!(
                "--- node {} {file}:\n{}{}\n",
                self.id,
                errors
                    .iter()
                    .map(|line| format!("{line}\n...\n"))
                    .collect::<String>(),
                lines[start..].join("\n")
            );
        }
        text
    }
}

/// A running cluster; its nodes are killed when it drops.
pub struct Cluster {
    pub nodes: Vec<Node>,
    /// The PLAINTEXT bootstrap address of every node.
    pub bootstrap: String,
    pub(super) listeners: Vec<Listener>,
}

impl Cluster {
    /// Bootstrap address of every node on a listener, with the host it advertises.
    pub fn bootstrap_on(&self, listener: &str) -> String {
        let host = self
            .listeners
            .iter()
            .find(|l| l.name == listener)
            .map_or("127.0.0.1", |l| l.host.as_str());
        bootstrap_of(&self.nodes, listener, host)
    }

    pub fn node(&self, id: u32) -> &Node {
        self.nodes
            .iter()
            .find(|n| n.id == id)
            .unwrap_or_else(|| panic!("no node {id}"))
    }

    /// SIGKILLs one node, as a crash would.
    pub fn kill(&self, id: u32) {
        if let Some(pid) = self.node(id).pid.lock().expect("pid").take() {
            kill_by_pid(pid);
        }
    }

    /// Starts a killed node again and waits until the cluster lists all its brokers.
    pub fn restart(&self, id: u32) {
        self.node(id).start();
        self.wait_for_brokers(self.nodes.len());
    }

    /// Waits until a metadata request lists `count` brokers.
    pub fn wait_for_brokers(&self, count: usize) {
        if let Err(failure) = self.await_brokers(count) {
            panic!("{failure}");
        }
    }

    /// Waits until a metadata request lists `count` brokers; the failure says which nodes
    /// exited or that the time ran out, with the tail of every node's log.
    pub(super) fn await_brokers(&self, count: usize) -> Result<(), String> {
        let client: BaseConsumer = ClientConfig::new()
            .set("bootstrap.servers", &self.bootstrap)
            .set("log_level", "0")
            .create()
            .expect("metadata client");
        let deadline = Instant::now() + Duration::from_secs(60);
        while Instant::now() < deadline {
            if let Ok(metadata) = client.fetch_metadata(None, Duration::from_secs(1)) {
                if metadata.brokers().len() >= count {
                    return Ok(());
                }
            }
            let exited: Vec<u32> = self
                .nodes
                .iter()
                .filter(|n| n.exited())
                .map(|n| n.id)
                .collect();
            if !exited.is_empty() {
                return Err(format!(
                    "Kafka node(s) {exited:?} exited:\n{}",
                    self.log_tails()
                ));
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        Err(format!(
            "Kafka did not list {count} brokers within 60s:\n{}",
            self.log_tails()
        ))
    }

    fn log_tails(&self) -> String {
        self.nodes.iter().map(Node::log_tail).collect()
    }

    /// Whether a node failed to bind a port (another process took it after it was
    /// checked free).
    pub(super) fn port_was_taken(&self) -> bool {
        self.nodes.iter().any(|node| {
            ["stdout.log", "server.log"].iter().any(|file| {
                std::fs::read_to_string(node.dir.join(file))
                    .is_ok_and(|log| log.contains("Address already in use"))
            })
        })
    }
}

impl Node {
    /// Whether the node's JVM has exited (reaped and forgotten if so).
    fn exited(&self) -> bool {
        let mut pid = self.pid.lock().expect("pid");
        match *pid {
            Some(running) if reap_if_exited(running) => {
                *pid = None;
                true
            }
            _ => false,
        }
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        for node in &self.nodes {
            if let Some(pid) = node.pid.lock().map(|mut p| p.take()).unwrap_or(None) {
                kill_by_pid(pid);
            }
        }
    }
}
