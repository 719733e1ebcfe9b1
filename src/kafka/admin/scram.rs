//! SCRAM credentials (KIP-554): DescribeUserScramCredentials and
//! AlterUserScramCredentials, which rust-rdkafka does not wrap. Passwords go to
//! librdkafka, which salts and hashes them before they leave the process.

use std::fmt;
use std::ptr;
use std::str::FromStr;
use std::time::Duration;

use anyhow::{bail, Result};
use rdkafka::bindings as rd;
use rdkafka::client::Client;
use rdkafka::ClientContext;
use serde::Serialize;

use super::{array, c_string, call, error_text, text};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ScramMechanism {
    Sha256,
    Sha512,
}

impl ScramMechanism {
    pub fn as_str(self) -> &'static str {
        match self {
            ScramMechanism::Sha256 => "SCRAM-SHA-256",
            ScramMechanism::Sha512 => "SCRAM-SHA-512",
        }
    }

    fn native(self) -> rd::rd_kafka_ScramMechanism_t {
        match self {
            ScramMechanism::Sha256 => {
                rd::rd_kafka_ScramMechanism_t::RD_KAFKA_SCRAM_MECHANISM_SHA_256
            }
            ScramMechanism::Sha512 => {
                rd::rd_kafka_ScramMechanism_t::RD_KAFKA_SCRAM_MECHANISM_SHA_512
            }
        }
    }
}

impl fmt::Display for ScramMechanism {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for ScramMechanism {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl FromStr for ScramMechanism {
    type Err = String;
    fn from_str(raw: &str) -> Result<Self, String> {
        let digits: String = raw.chars().filter(char::is_ascii_digit).collect();
        let upper = raw.to_ascii_uppercase();
        let named = upper.is_empty()
            || upper == digits
            || upper.trim_start_matches("SCRAM-").starts_with("SHA");
        match (named, digits.as_str()) {
            (true, "256") => Ok(ScramMechanism::Sha256),
            (true, "512") => Ok(ScramMechanism::Sha512),
            _ => Err(format!(
                "unknown mechanism '{raw}': expected SCRAM-SHA-256 or SCRAM-SHA-512"
            )),
        }
    }
}

/// One mechanism a user has a credential for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ScramCredential {
    pub mechanism: ScramMechanism,
    pub iterations: i32,
}

/// What the broker says about one user: their credentials, or why it could not say.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScramUser {
    pub user: String,
    pub credentials: Result<Vec<ScramCredential>, String>,
}

/// A change to one user's credential for one mechanism.
pub enum ScramChange {
    Set {
        user: String,
        mechanism: ScramMechanism,
        iterations: i32,
        password: String,
    },
    Delete {
        user: String,
        mechanism: ScramMechanism,
    },
}

// The password never appears in debug output.
impl fmt::Debug for ScramChange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ScramChange::Set {
                user,
                mechanism,
                iterations,
                ..
            } => {
                write!(f, "Set({user}, {mechanism}, {iterations} iterations)")
            }
            ScramChange::Delete { user, mechanism } => write!(f, "Delete({user}, {mechanism})"),
        }
    }
}

/// The credentials of `users`, or of every user when `users` is empty.
pub fn describe_scram_users<C: ClientContext>(
    client: &Client<C>,
    users: &[String],
    timeout: Duration,
) -> Result<Vec<ScramUser>> {
    let names = users
        .iter()
        .map(|u| c_string(u))
        .collect::<Result<Vec<_>>>()?;
    let mut pointers: Vec<*const std::os::raw::c_char> = names.iter().map(|n| n.as_ptr()).collect();
    call(
        client,
        rd::rd_kafka_admin_op_t::RD_KAFKA_ADMIN_OP_DESCRIBEUSERSCRAMCREDENTIALS,
        timeout,
        "reading SCRAM credentials",
        // SAFETY: handles and names are valid for the call; librdkafka copies the names.
        |rk, options, queue| unsafe {
            rd::rd_kafka_DescribeUserScramCredentials(
                rk,
                if pointers.is_empty() {
                    ptr::null_mut()
                } else {
                    pointers.as_mut_ptr()
                },
                pointers.len(),
                options,
                queue,
            )
        },
        |event| {
            // SAFETY: the event is a DescribeUserScramCredentials result; what is read lives as
            // long as it.
            let mut found = unsafe {
                let result = rd::rd_kafka_event_DescribeUserScramCredentials_result(event);
                let mut count = 0;
                let descriptions = rd::rd_kafka_DescribeUserScramCredentials_result_descriptions(
                    result, &mut count,
                );
                array(descriptions, count)
                    .iter()
                    .map(|&d| read_user(d))
                    .collect::<Vec<_>>()
            };
            found.sort_by(|a, b| a.user.cmp(&b.user));
            Ok(found)
        },
    )
}

/// # Safety
/// `description` must be a live description of a result.
unsafe fn read_user(
    description: *const rd::rd_kafka_UserScramCredentialsDescription_t,
) -> ScramUser {
    // SAFETY: the caller upholds this function's `# Safety` contract.
    unsafe {
        let user = text(rd::rd_kafka_UserScramCredentialsDescription_user(
            description,
        ));
        if let Some(error) = error_text(rd::rd_kafka_UserScramCredentialsDescription_error(
            description,
        )) {
            return ScramUser {
                user,
                credentials: Err(error),
            };
        }
        let count =
            rd::rd_kafka_UserScramCredentialsDescription_scramcredentialinfo_count(description);
        let mut credentials: Vec<ScramCredential> = (0..count)
            .filter_map(|i| {
                let info = rd::rd_kafka_UserScramCredentialsDescription_scramcredentialinfo(
                    description,
                    i,
                );
                let mechanism = match rd::rd_kafka_ScramCredentialInfo_mechanism(info) {
                    rd::rd_kafka_ScramMechanism_t::RD_KAFKA_SCRAM_MECHANISM_SHA_256 => {
                        ScramMechanism::Sha256
                    }
                    rd::rd_kafka_ScramMechanism_t::RD_KAFKA_SCRAM_MECHANISM_SHA_512 => {
                        ScramMechanism::Sha512
                    }
                    _ => return None,
                };
                Some(ScramCredential {
                    mechanism,
                    iterations: rd::rd_kafka_ScramCredentialInfo_iterations(info),
                })
            })
            .collect();
        credentials.sort_by_key(|c| c.mechanism);
        ScramUser {
            user,
            credentials: Ok(credentials),
        }
    }
}

/// Applies `changes` in one request; for each, the broker's error if it refused it.
pub fn alter_scram_users<C: ClientContext>(
    client: &Client<C>,
    changes: &[ScramChange],
    timeout: Duration,
) -> Result<Vec<Option<String>>> {
    let mut alterations = changes
        .iter()
        .map(Alteration::new)
        .collect::<Result<Vec<_>>>()?;
    let mut raw: Vec<*mut rd::rd_kafka_UserScramCredentialAlteration_t> =
        alterations.iter_mut().map(|a| a.0).collect();
    call(
        client,
        rd::rd_kafka_admin_op_t::RD_KAFKA_ADMIN_OP_ALTERUSERSCRAMCREDENTIALS,
        timeout,
        "changing SCRAM credentials",
        // SAFETY: handles are valid for the call; librdkafka copies the alterations.
        |rk, options, queue| unsafe {
            rd::rd_kafka_AlterUserScramCredentials(rk, raw.as_mut_ptr(), raw.len(), options, queue)
        },
        |event| {
            // SAFETY: the event is an AlterUserScramCredentials result; what is read lives as
            // long as it. The broker answers per user, in any order.
            unsafe {
                let result = rd::rd_kafka_event_AlterUserScramCredentials_result(event);
                let mut count = 0;
                let responses =
                    rd::rd_kafka_AlterUserScramCredentials_result_responses(result, &mut count);
                if responses.is_null() || count == 0 {
                    bail!("the broker returned no result for the change");
                }
                let answers: Vec<(String, Option<String>)> = array(responses, count)
                    .iter()
                    .map(|&r| {
                        (
                            text(rd::rd_kafka_AlterUserScramCredentials_result_response_user(
                                r,
                            )),
                            error_text(
                                rd::rd_kafka_AlterUserScramCredentials_result_response_error(r),
                            ),
                        )
                    })
                    .collect();
                Ok(changes
                    .iter()
                    .map(|change| {
                        let user = match change {
                            ScramChange::Set { user, .. } | ScramChange::Delete { user, .. } => {
                                user
                            }
                        };
                        match answers.iter().find(|(answered, _)| answered == user) {
                            Some((_, error)) => error.clone(),
                            None => Some("the broker did not answer for this user".into()),
                        }
                    })
                    .collect())
            }
        },
    )
}

/// An owned `rd_kafka_UserScramCredentialAlteration_t`.
struct Alteration(*mut rd::rd_kafka_UserScramCredentialAlteration_t);

impl Alteration {
    fn new(change: &ScramChange) -> Result<Alteration> {
        // SAFETY: the strings outlive the calls, which copy them; a null salt makes
        // librdkafka draw a random one.
        let raw = unsafe {
            match change {
                ScramChange::Set {
                    user,
                    mechanism,
                    iterations,
                    password,
                } => {
                    let name = c_string(user)?;
                    rd::rd_kafka_UserScramCredentialUpsertion_new(
                        name.as_ptr(),
                        mechanism.native(),
                        *iterations,
                        password.as_ptr(),
                        password.len(),
                        ptr::null(),
                        0,
                    )
                }
                ScramChange::Delete { user, mechanism } => {
                    let name = c_string(user)?;
                    rd::rd_kafka_UserScramCredentialDeletion_new(name.as_ptr(), mechanism.native())
                }
            }
        };
        if raw.is_null() {
            bail!("librdkafka could not set up the change {change:?}");
        }
        Ok(Alteration(raw))
    }
}

impl Drop for Alteration {
    fn drop(&mut self) {
        // SAFETY: created by librdkafka and freed once.
        unsafe { rd::rd_kafka_UserScramCredentialAlteration_destroy(self.0) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mechanisms_parse_in_the_usual_spellings() {
        for raw in ["SCRAM-SHA-256", "scram-sha-256", "sha256", "SHA-256", "256"] {
            assert_eq!(raw.parse(), Ok(ScramMechanism::Sha256), "{raw}");
        }
        assert_eq!("SCRAM-SHA-512".parse(), Ok(ScramMechanism::Sha512));
        assert!("PLAIN".parse::<ScramMechanism>().is_err());
        assert!("SCRAM-SHA-1".parse::<ScramMechanism>().is_err());
    }

    #[test]
    fn a_change_never_shows_its_password() {
        let change = ScramChange::Set {
            user: "alice".into(),
            mechanism: ScramMechanism::Sha512,
            iterations: 8192,
            password: "hunter2".into(),
        };
        let shown = format!("{change:?}");
        assert_eq!(shown, "Set(alice, SCRAM-SHA-512, 8192 iterations)");
        assert!(Alteration::new(&change).is_ok());
    }
}
