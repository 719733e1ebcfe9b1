//! Kerberos tickets for SASL/GSSAPI. librdkafka runs its kinit command in a background
//! thread when each client starts, lets kinit print to stderr, only logs a failure, and
//! then fails the handshake with a GSSAPI error that does not say why. So kfk runs the same
//! command once itself, before any client, and stops with kinit's own reason when it
//! fails. Without a keytab, kfk uses the ticket the user already has and turns
//! librdkafka's kinit off (it would run with an empty keytab).

use std::io::Read;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use anyhow::{bail, Result};

use crate::config::{Key, SaslMechanism, Settings, Source, Sourced};
use crate::error::UsageError;

/// librdkafka's default `sasl.kerberos.kinit.cmd`: renew, else acquire from the keytab.
const LIBRDKAFKA_KINIT: &str = "kinit -R -t \"%{sasl.kerberos.keytab}\" -k \
                                %{sasl.kerberos.principal} || kinit -t \
                                \"%{sasl.kerberos.keytab}\" -k %{sasl.kerberos.principal}";

/// librdkafka's default principal.
const DEFAULT_PRINCIPAL: &str = "kafkaclient";

/// Gets a ticket before the first client when the settings use GSSAPI.
pub fn prepare(settings: &mut Settings) -> Result<()> {
    if !settings.uses_mechanism(SaslMechanism::Gssapi) {
        return Ok(());
    }
    let keytab = settings
        .effective("sasl.kerberos.keytab")
        .map(str::to_string);
    let kinit = settings
        .effective("sasl.kerberos.kinit.cmd")
        .map(str::to_string);
    let principal = settings
        .effective("sasl.kerberos.principal")
        .unwrap_or(DEFAULT_PRINCIPAL)
        .to_string();
    if keytab.is_none() && kinit.is_none() {
        settings.supply(
            Key::Named("sasl.kerberos.min.time.before.relogin".into()),
            Sourced {
                value: "0".into(),
                source: Source::Default,
            },
        );
        return Ok(());
    }
    if let Some(keytab) = &keytab {
        if let Err(err) = std::fs::File::open(keytab) {
            bail!(UsageError(format!(
                "cannot read the Kerberos keytab '{keytab}': {err}"
            )));
        }
    }
    let command = render(kinit.as_deref().unwrap_or(LIBRDKAFKA_KINIT), |name| {
        settings.effective(name)
    });
    let from = keytab.map_or(String::new(), |k| format!(" from keytab '{k}'"));
    match run(&command, settings.timeout.value) {
        Ok(()) => Ok(()),
        Err(reason) => bail!("Kerberos: no ticket for principal '{principal}'{from}: {reason}"),
    }
}

/// The command with each `%{property}` replaced by its value, as librdkafka does.
fn render<'a>(template: &str, value_of: impl Fn(&str) -> Option<&'a str>) -> String {
    let mut out = String::new();
    let mut rest = template;
    while let Some(start) = rest.find("%{") {
        out.push_str(&rest[..start]);
        let Some(len) = rest[start..].find('}') else {
            rest = &rest[start..];
            break;
        };
        let name = &rest[start + 2..start + len];
        let value = value_of(name).unwrap_or(match name {
            "sasl.kerberos.principal" => DEFAULT_PRINCIPAL,
            _ => "",
        });
        out.push_str(value);
        rest = &rest[start + len + 1..];
    }
    out.push_str(rest);
    out
}

/// Runs `command` with `sh -c`, within `timeout`; kinit's last complaint when it fails.
fn run(command: &str, timeout: Duration) -> Result<(), String> {
    let mut child = Command::new("sh")
        .args(["-c", command])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|err| format!("cannot run '{command}': {err}"))?;
    let mut stderr = child.stderr.take();
    let (done, finished) = mpsc::channel();
    let reader = std::thread::spawn(move || {
        let mut text = String::new();
        if let Some(stderr) = stderr.as_mut() {
            let _ = stderr.read_to_string(&mut text);
        }
        let _ = done.send(());
        text
    });
    // stderr closes when the command ends (or hands it to something that outlives it).
    if finished.recv_timeout(timeout).is_err() {
        let _ = child.kill();
        let _ = child.wait();
        return Err(format!(
            "'{command}' did not finish within {}",
            humantime::format_duration(timeout)
        ));
    }
    let status = child.wait().map_err(|err| err.to_string())?;
    let text = reader.join().unwrap_or_default();
    if status.success() {
        return Ok(());
    }
    let reason = text
        .lines()
        .rev()
        .map(str::trim)
        .find(|line| !line.is_empty())
        .unwrap_or("no reason given")
        .to_string();
    Err(match status.code() {
        Some(127) => format!("'{command}' could not run: {reason} (is kinit installed?)"),
        _ => reason,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_command_that_fails_gives_its_last_complaint() {
        let failed = run(
            "echo first >&2; echo 'kinit: no key' >&2; exit 1",
            Duration::from_secs(5),
        );
        assert_eq!(failed, Err("kinit: no key".to_string()));
        assert_eq!(run("true", Duration::from_secs(5)), Ok(()));
        let missing = run("no-such-kinit-kfk", Duration::from_secs(5)).unwrap_err();
        assert!(missing.contains("is kinit installed?"), "{missing}");
    }

    #[test]
    fn the_command_is_rendered_as_librdkafka_renders_it() {
        let keytab = |name: &str| (name == "sasl.kerberos.keytab").then_some("/k.keytab");
        assert_eq!(
            render(LIBRDKAFKA_KINIT, keytab),
            "kinit -R -t \"/k.keytab\" -k kafkaclient || kinit -t \"/k.keytab\" -k kafkaclient"
        );
        assert_eq!(render("x %{unknown} %{", keytab), "x  %{");
    }

    #[test]
    fn a_command_that_hangs_is_stopped() {
        let slow = run("sleep 5", Duration::from_millis(200)).unwrap_err();
        assert_eq!(slow, "'sleep 5' did not finish within 200ms");
    }
}
