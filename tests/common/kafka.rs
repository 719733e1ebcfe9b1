//! Apache Kafka clusters for the tests, as specified and started (the running nodes are
//! in nodes.rs): KRaft nodes that are broker and controller in one JVM, run from the jars
//! `scripts/test` fetched (`KFK_TEST_KAFKA_LIBS`), with storage formatted in a temporary
//! folder and every port a free loopback port. Each node is stopped by its pid: when its
//! `Cluster` drops, and in any case when the test binary exits.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

pub use super::nodes::{Cluster, Node};
use super::{free_port, remove_at_exit};

/// The folder of jars (broker, tools, log4j2) that `scripts/test` fetched with Maven.
pub fn kafka_libs() -> PathBuf {
    match std::env::var_os("KFK_TEST_KAFKA_LIBS") {
        Some(path) => PathBuf::from(path),
        None => panic!(
            "no Apache Kafka: run the tests with scripts/test (it fetches Kafka and sets \
             KFK_TEST_KAFKA_LIBS), or set KFK_TEST_BROKERS to a cluster's bootstrap address"
        ),
    }
}

/// Runs one of Apache's tools (a class of the fetched jars) against `bootstrap`, and
/// returns what it printed; it must succeed.
pub fn apache_tool(bootstrap: &str, class: &str, args: &[&str]) -> String {
    let output = std::process::Command::new("java")
        .args(["-Xmx256m", "-XX:+UseSerialGC", "-Dlog4j2.level=OFF", "-cp"])
        .arg(format!("{}/*", kafka_libs().display()))
        .arg(class)
        .args(["--bootstrap-server", bootstrap])
        .args(args)
        .output()
        .expect("java");
    assert!(
        output.status.success(),
        "{class} {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// A listener besides the PLAINTEXT one every node has (the suite's admin door).
#[derive(Clone)]
pub(super) struct Listener {
    pub(super) name: String,
    pub(super) protocol: String,
    /// The host name advertised to clients (`localhost` for TLS hostname checks).
    pub(super) host: String,
}

/// What a cluster is made of; `start` makes it.
#[derive(Clone)]
pub struct KafkaSpec {
    nodes: usize,
    listeners: Vec<Listener>,
    properties: Vec<(String, String)>,
    jvm_options: Vec<String>,
    format_options: Vec<String>,
}

impl KafkaSpec {
    /// `nodes` combined broker-controllers; internal topics replicated on all of them.
    pub fn nodes(nodes: usize) -> KafkaSpec {
        KafkaSpec {
            nodes,
            listeners: Vec::new(),
            properties: Vec::new(),
            jvm_options: Vec::new(),
            format_options: Vec::new(),
        }
    }

    /// Another listener, e.g. `("SASL", "SASL_PLAINTEXT", "127.0.0.1")`.
    pub fn listener(mut self, name: &str, protocol: &str, host: &str) -> KafkaSpec {
        self.listeners.push(Listener {
            name: name.into(),
            protocol: protocol.into(),
            host: host.into(),
        });
        self
    }

    /// A server property; given twice, the later one wins.
    pub fn property(mut self, key: &str, value: &str) -> KafkaSpec {
        self.properties.push((key.into(), value.into()));
        self
    }

    pub fn jvm_option(mut self, option: &str) -> KafkaSpec {
        self.jvm_options.push(option.into());
        self
    }

    /// An option of `kafka-storage format`, e.g. `-S`, `SCRAM-SHA-256=[name=a,password=b]`.
    pub fn format_option(mut self, option: &str) -> KafkaSpec {
        self.format_options.push(option.into());
        self
    }

    /// A SASL_PLAINTEXT listener `name` taking `mechanisms` (PLAIN, SCRAM-SHA-256,
    /// SCRAM-SHA-512); PLAIN checks `plain_users` (name, password).
    pub fn sasl_listener(
        self,
        name: &str,
        mechanisms: &[&str],
        plain_users: &[(&str, &str)],
    ) -> KafkaSpec {
        let prefix = format!("listener.name.{}", name.to_lowercase());
        let mut spec = self.listener(name, "SASL_PLAINTEXT", "127.0.0.1").property(
            &format!("{prefix}.sasl.enabled.mechanisms"),
            &mechanisms.join(","),
        );
        for mechanism in mechanisms {
            let jaas = match *mechanism {
                "PLAIN" => {
                    let users: String = plain_users
                        .iter()
                        .map(|(user, password)| format!(" user_{user}=\"{password}\""))
                        .collect();
                    format!(
                        "org.apache.kafka.common.security.plain.PlainLoginModule required{users};"
                    )
                }
                _ => {
                    "org.apache.kafka.common.security.scram.ScramLoginModule required;".to_string()
                }
            };
            let key = format!("{prefix}.{}.sasl.jaas.config", mechanism.to_lowercase());
            spec = spec.property(&key, &jaas);
        }
        spec
    }

    /// A SCRAM credential made when the storage is formatted.
    pub fn scram_user(self, mechanism: &str, user: &str, password: &str) -> KafkaSpec {
        self.format_option("--add-scram")
            .format_option(&format!("{mechanism}=[name={user},password={password}]"))
    }

    /// The standard authorizer: a principal without an ACL is refused, except the super
    /// users `User:admin` and `User:ANONYMOUS` (the PLAINTEXT listener, the suite's door).
    pub fn authorizer(self) -> KafkaSpec {
        self.property(
            "authorizer.class.name",
            "org.apache.kafka.metadata.authorizer.StandardAuthorizer",
        )
        .property("super.users", "User:admin;User:ANONYMOUS")
        .property("allow.everyone.if.no.acl.found", "false")
    }

    /// Formats and starts every node in `dir`, and returns once the cluster lists all its
    /// brokers. The ports are checked free just before the nodes bind them; if another
    /// process takes one in between, the nodes that cannot bind exit, and the cluster is
    /// made again on new ports (up to three times) rather than failing the test.
    pub fn start(self, dir: &Path) -> Cluster {
        let mut attempt = 1;
        loop {
            let cluster = self.start_once(dir);
            match cluster.await_brokers(cluster.nodes.len()) {
                Ok(()) => return cluster,
                Err(_) if attempt < 3 && cluster.port_was_taken() => {
                    eprintln!("a test cluster port was taken; starting on new ports");
                    drop(cluster);
                    for id in 1..=self.nodes {
                        let _ = std::fs::remove_dir_all(dir.join(format!("node-{id}")));
                    }
                    attempt += 1;
                }
                Err(failure) => panic!("{failure}"),
            }
        }
    }

    fn start_once(&self, dir: &Path) -> Cluster {
        let ids: Vec<u32> = (1..=self.nodes as u32).collect();
        let mut ports: Vec<Vec<(String, u16)>> = Vec::new();
        for _ in &ids {
            let mut node_ports = vec![
                ("PLAINTEXT".to_string(), free_port()),
                ("CONTROLLER".to_string(), free_port()),
            ];
            for listener in &self.listeners {
                node_ports.push((listener.name.clone(), free_port()));
            }
            ports.push(node_ports);
        }
        let voters: Vec<String> = ids
            .iter()
            .zip(&ports)
            .map(|(id, p)| format!("{id}@127.0.0.1:{}", port_of(p, "CONTROLLER")))
            .collect();
        let cluster_id = random_cluster_id();
        let nodes: Vec<Node> = ids
            .iter()
            .zip(ports)
            .map(|(&id, ports)| {
                let node_dir = dir.join(format!("node-{id}"));
                std::fs::create_dir_all(&node_dir).expect("node directory");
                let properties = self.server_properties(id, &ports, &voters.join(","), &node_dir);
                std::fs::write(node_dir.join("server.properties"), properties)
                    .expect("server.properties");
                std::fs::write(
                    node_dir.join("log4j2.properties"),
                    log4j2_properties(&node_dir),
                )
                .expect("log4j2.properties");
                Node {
                    id,
                    ports,
                    dir: node_dir,
                    jvm_options: self.jvm_options.clone(),
                    pid: Mutex::new(None),
                }
            })
            .collect();
        // Formatting is a JVM of its own per node: run them side by side.
        std::thread::scope(|scope| {
            for node in &nodes {
                let format_options = &self.format_options;
                let cluster_id = &cluster_id;
                scope.spawn(move || node.format(cluster_id, format_options));
            }
        });
        for node in &nodes {
            node.start();
        }
        Cluster {
            bootstrap: bootstrap_of(&nodes, "PLAINTEXT", "127.0.0.1"),
            listeners: self.listeners.clone(),
            nodes,
        }
    }

    fn server_properties(
        &self,
        id: u32,
        ports: &[(String, u16)],
        voters: &str,
        dir: &Path,
    ) -> String {
        let replicas = self.nodes.min(3);
        let (listeners, advertised, protocols) = self.listener_lists(ports);
        let mut properties: Vec<(String, String)> = [
            ("process.roles", "broker,controller".to_string()),
            ("node.id", id.to_string()),
            ("controller.quorum.voters", voters.to_string()),
            ("listeners", listeners),
            ("advertised.listeners", advertised),
            ("controller.listener.names", "CONTROLLER".into()),
            ("inter.broker.listener.name", "PLAINTEXT".into()),
            ("listener.security.protocol.map", protocols),
            ("log.dirs", dir.join("data").display().to_string()),
            ("offsets.topic.replication.factor", replicas.to_string()),
            // Few partitions for the internal topics: each one is loaded at start.
            ("offsets.topic.num.partitions", "4".into()),
            (
                "transaction.state.log.replication.factor",
                replicas.to_string(),
            ),
            ("transaction.state.log.min.isr", replicas.min(2).to_string()),
            ("transaction.state.log.num.partitions", "4".into()),
            (
                "share.coordinator.state.topic.replication.factor",
                replicas.to_string(),
            ),
            ("share.coordinator.state.topic.min.isr", "1".into()),
            ("share.coordinator.state.topic.num.partitions", "4".into()),
            ("group.initial.rebalance.delay.ms", "0".into()),
            ("log.cleaner.dedupe.buffer.size", "8388608".into()),
            ("num.network.threads", "2".into()),
            ("num.io.threads", "4".into()),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect();
        for (key, value) in &self.properties {
            properties.retain(|(k, _)| k != key);
            properties.push((key.clone(), value.clone()));
        }
        properties
            .iter()
            .map(|(k, v)| format!("{k}={v}\n"))
            .collect()
    }
}

impl KafkaSpec {
    /// `listeners`, `advertised.listeners` and `listener.security.protocol.map` of a node
    /// with these ports.
    fn listener_lists(&self, ports: &[(String, u16)]) -> (String, String, String) {
        let mut listeners = Vec::new();
        let mut advertised = Vec::new();
        let mut protocols = vec![
            "PLAINTEXT:PLAINTEXT".to_string(),
            "CONTROLLER:PLAINTEXT".to_string(),
        ];
        for (name, port) in ports {
            listeners.push(format!("{name}://127.0.0.1:{port}"));
            let host = self
                .listeners
                .iter()
                .find(|l| &l.name == name)
                .map_or("127.0.0.1", |l| l.host.as_str());
            if name != "CONTROLLER" {
                advertised.push(format!("{name}://{host}:{port}"));
            }
        }
        for listener in &self.listeners {
            protocols.push(format!("{}:{}", listener.name, listener.protocol));
        }
        (
            listeners.join(","),
            advertised.join(","),
            protocols.join(","),
        )
    }
}

/// Starts a cluster in a temporary folder of its own that goes when the binary exits,
/// for a cluster that lives as long as the test binary.
pub fn start_in_temp(spec: KafkaSpec) -> Cluster {
    let dir = tempfile::Builder::new()
        .prefix("kfk-test-kafka-")
        .tempdir()
        .expect("temporary folder")
        .keep();
    remove_at_exit(&dir);
    spec.start(&dir)
}

pub(super) fn port_of(ports: &[(String, u16)], listener: &str) -> u16 {
    ports
        .iter()
        .find(|(name, _)| name == listener)
        .map(|(_, port)| *port)
        .unwrap_or_else(|| panic!("no listener {listener}"))
}

pub(super) fn bootstrap_of(nodes: &[Node], listener: &str, host: &str) -> String {
    nodes
        .iter()
        .map(|n| format!("{host}:{}", n.port(listener)))
        .collect::<Vec<_>>()
        .join(",")
}

/// A Kafka cluster id: 16 random bytes in URL-safe base64 without padding, not starting
/// with '-' (which the format command would take for an option).
fn random_cluster_id() -> String {
    use base64::Engine;
    let mut file = std::fs::File::open("/dev/urandom").expect("/dev/urandom");
    loop {
        let mut bytes = [0u8; 16];
        std::io::Read::read_exact(&mut file, &mut bytes).expect("random bytes");
        let id = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes);
        if !id.starts_with('-') {
            return id;
        }
    }
}

fn log4j2_properties(dir: &Path) -> String {
    format!(
        "appender.file.type=File\n\
         appender.file.name=file\n\
         appender.file.fileName={}\n\
         appender.file.layout.type=PatternLayout\n\
         appender.file.layout.pattern=[%d] %p %m (%c)%n\n\
         rootLogger.level=INFO\n\
         rootLogger.appenderRef.file.ref=file\n",
        dir.join("server.log").display()
    )
}
