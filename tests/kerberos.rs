//! Kerberos (SASL/GSSAPI) end to end: MIT's KDC, started here on loopback with a
//! throwaway realm, issues the ticket kfk's kinit asks for, and Apache Kafka, holding the
//! key of kafka/127.0.0.1 in a keytab, accepts it on its GSSAPI listener. A listener that
//! offers no GSSAPI refuses the handshake, in one line.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use common::*;

const REALM: &str = "KFK.TEST";

struct Kdc {
    dir: tempfile::TempDir,
    /// A broker that requires SASL but offers only SCRAM.
    brokers: String,
    /// A broker listener that takes GSSAPI.
    gssapi: String,
    _cluster: Cluster,
}

impl Kdc {
    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn principal(name: &str) -> String {
        format!("{name}@{REALM}")
    }
}

fn krb5(dir: &Path, program: &str, args: &[&str]) {
    let output = Command::new(program)
        .args(args)
        .env("KRB5_CONFIG", dir.join("krb5.conf"))
        .env("KRB5_KDC_PROFILE", dir.join("kdc.conf"))
        .output()
        .unwrap_or_else(|err| {
            panic!("{program} (Debian packages krb5-kdc, krb5-admin-server): {err}")
        });
    assert!(
        output.status.success(),
        "{program} {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// A KDC for KFK.TEST with its principals, each with a keytab of its own, and a Kafka
/// cluster that trusts it.
fn kdc() -> &'static Kdc {
    static KDC: OnceLock<Kdc> = OnceLock::new();
    KDC.get_or_init(|| {
        let dir = tempfile::tempdir().expect("dir");
        let d = dir.path();
        let port = free_port();
        write_realm_configuration(d, port);
        krb5(
            d,
            "kdb5_util",
            &["create", "-s", "-r", REALM, "-P", "kfk-master-pw"],
        );
        for (name, keytab) in [
            ("kfk-client", "client.keytab"),
            ("someone-else", "other.keytab"),
            ("kafka/127.0.0.1", "kafka.keytab"),
        ] {
            let principal = Kdc::principal(name);
            let keytab = d.join(keytab);
            let add = format!("addprinc -randkey {principal}");
            krb5(d, "kadmin.local", &["-q", &add]);
            let export = format!("ktadd -k {} {principal}", keytab.display());
            krb5(d, "kadmin.local", &["-q", &export]);
        }
        let mut kdc = Command::new("krb5kdc");
        kdc.arg("-n")
            .env("KRB5_CONFIG", d.join("krb5.conf"))
            .env("KRB5_KDC_PROFILE", d.join("kdc.conf"))
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null());
        let pid = spawn_guarded(kdc);
        wait_for_port(port, d, pid);
        let cluster = kerberized_kafka(d);
        Kdc {
            brokers: cluster.bootstrap_on("SASL"),
            gssapi: cluster.bootstrap_on("GSS"),
            dir,
            _cluster: cluster,
        }
    })
}

/// The realm's krb5.conf (for clients) and kdc.conf (for the KDC on `port`).
fn write_realm_configuration(d: &Path, port: u16) {
    std::fs::write(
        d.join("krb5.conf"),
        format!(
            "[libdefaults]\n default_realm = {REALM}\n dns_lookup_kdc = false\n \
             dns_lookup_realm = false\n rdns = false\n dns_canonicalize_hostname = false\n udp_preference_limit = 1\n\
             [realms]\n {REALM} = {{\n  kdc = 127.0.0.1:{port}\n }}\n"
        ),
    )
    .expect("krb5.conf");
    std::fs::write(
        d.join("kdc.conf"),
        format!(
            "[kdcdefaults]\n kdc_ports = {port}\n kdc_tcp_ports = {port}\n\
             [realms]\n {REALM} = {{\n  database_name = {db}\n  key_stash_file = {stash}\n  \
             acl_file = {acl}\n }}\n[logging]\n kdc = FILE:{log}\n",
            db = d.join("principal").display(),
            stash = d.join("stash").display(),
            acl = d.join("kadm5.acl").display(),
            log = d.join("kdc.log").display(),
        ),
    )
    .expect("kdc.conf");
}

/// One listener offers SCRAM only; the other GSSAPI, as the service principal
/// kafka/127.0.0.1 whose key is in kafka.keytab.
fn kerberized_kafka(d: &Path) -> Cluster {
    let jaas = format!(
        "com.sun.security.auth.module.Krb5LoginModule required useKeyTab=true \
         storeKey=true keyTab=\"{}\" principal=\"{}\";",
        d.join("kafka.keytab").display(),
        Kdc::principal("kafka/127.0.0.1")
    );
    KafkaSpec::nodes(1)
        .sasl_listener("SASL", &["SCRAM-SHA-256"], &[])
        .listener("GSS", "SASL_PLAINTEXT", "127.0.0.1")
        .property("listener.name.gss.sasl.enabled.mechanisms", "GSSAPI")
        .property("listener.name.gss.gssapi.sasl.jaas.config", &jaas)
        .property("sasl.kerberos.service.name", "kafka")
        .jvm_option(&format!(
            "-Djava.security.krb5.conf={}",
            d.join("krb5.conf").display()
        ))
        .start(&d.join("kafka"))
}

/// kfk with GSSAPI settings, the test realm's configuration and a ticket cache of its own.
fn kfk_with_kerberos(kdc: &Kdc, principal: &str, keytab: &Path, cache: &str) -> Command {
    kfk_with_kerberos_on(&kdc.brokers, kdc, principal, keytab, cache)
}

/// `kfk_with_kerberos` pointed at `brokers`.
fn kfk_with_kerberos_on(
    brokers: &str,
    kdc: &Kdc,
    principal: &str,
    keytab: &Path,
    cache: &str,
) -> Command {
    let mut command = kfk();
    command
        .env("KRB5_CONFIG", kdc.path("krb5.conf"))
        .env("KRB5CCNAME", format!("FILE:{}", kdc.path(cache).display()))
        .args(["-b", brokers, "--timeout", "5s"])
        .args([
            "--security-protocol",
            "sasl_plaintext",
            "--sasl-mechanism",
            "GSSAPI",
        ])
        .args(["--kerberos-principal", principal])
        .arg("--kerberos-keytab")
        .arg(keytab);
    command
}

/// The principal whose tickets the cache holds, as klist reports it.
fn cached_principal(kdc: &Kdc, cache: &str) -> Option<String> {
    let output = Command::new("klist")
        .arg("-c")
        .arg(format!("FILE:{}", kdc.path(cache).display()))
        .env("KRB5_CONFIG", kdc.path("krb5.conf"))
        .output()
        .expect("klist (Debian package krb5-user)");
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .find_map(|line| line.strip_prefix("Default principal: ").map(str::to_string))
}

#[test]
fn kinit_gets_a_ticket_then_a_broker_without_gssapi_refuses_in_one_line() {
    let kdc = kdc();
    let principal = Kdc::principal("kfk-client");
    let result = run(
        kfk_with_kerberos(kdc, &principal, &kdc.path("client.keytab"), "ok.cache")
            .args(["topics", "list"]),
    );
    assert_eq!(cached_principal(kdc, "ok.cache"), Some(principal));
    assert_eq!(result.code, 1, "{}", result.stderr);
    assert_eq!(result.stderr.lines().count(), 1, "{}", result.stderr);
    assert!(result.stderr.starts_with("error: "), "{}", result.stderr);
    assert!(result.stderr.contains("GSSAPI"), "{}", result.stderr);
}

#[test]
fn the_broker_accepts_a_ticket_from_the_keytab() {
    let kdc = kdc();
    let principal = Kdc::principal("kfk-client");
    let on_gssapi = || {
        let keytab = kdc.path("client.keytab");
        kfk_with_kerberos_on(&kdc.gssapi, kdc, &principal, &keytab, "gss.cache")
    };
    let topic = unique_topic("kerberos-topic");
    run_ok(on_gssapi().args(["topics", "create", &topic, "-p", "1", "-r", "1"]));
    let produced = run_with_stdin(
        on_gssapi().args(["produce", "-t", &topic]),
        b"with a ticket\n",
    );
    assert_eq!(produced.code, 0, "{}", produced.stderr);
    let read = run_ok(on_gssapi().args(["consume", "-t", &topic, "-e"]));
    assert_eq!(read.stdout, "with a ticket\n");
    assert_eq!(cached_principal(kdc, "gss.cache"), Some(principal));
}

/// The commands that speak the Kafka protocol themselves (librdkafka has no API for
/// them) cannot log in with GSSAPI: they say so in one line rather than fail later.
#[test]
fn the_commands_on_kfks_own_connection_name_gssapi_as_what_they_lack() {
    let kdc = kdc();
    let principal = Kdc::principal("kfk-client");
    let keytab = kdc.path("client.keytab");
    let quorum = run(
        kfk_with_kerberos_on(&kdc.gssapi, kdc, &principal, &keytab, "own.cache")
            .args(["cluster", "quorum"]),
    );
    assert_one_line_error(
        &quorum,
        "logs in with PLAIN, SCRAM-SHA-256, SCRAM-SHA-512 or OAUTHBEARER, not GSSAPI",
    );
}

#[test]
fn a_keytab_without_the_principal_is_one_error_naming_both() {
    let kdc = kdc();
    let principal = Kdc::principal("kfk-client");
    let keytab = kdc.path("other.keytab");
    let result =
        run(kfk_with_kerberos(kdc, &principal, &keytab, "wrong.cache").args(["topics", "list"]));
    assert_eq!(result.code, 1, "{}", result.stderr);
    assert_eq!(
        result.stderr.trim(),
        format!(
            "error: Kerberos: no ticket for principal '{principal}' from keytab '{}': kinit: \
             Keytab contains no suitable keys for {principal} while getting initial credentials",
            keytab.display()
        )
    );
    assert_eq!(cached_principal(kdc, "wrong.cache"), None);
}

#[test]
fn a_missing_keytab_is_a_usage_error_naming_the_file() {
    let kdc = kdc();
    let missing = kdc.path("no-such.keytab");
    let result = run(
        kfk_with_kerberos(kdc, &Kdc::principal("kfk-client"), &missing, "none.cache")
            .args(["topics", "list"]),
    );
    assert_eq!(result.code, 2, "{}", result.stderr);
    assert_eq!(
        result.stderr.trim(),
        format!(
            "error: cannot read the Kerberos keytab '{}': No such file or directory (os error 2)",
            missing.display()
        )
    );
}
