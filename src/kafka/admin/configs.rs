//! DescribeConfigs, and IncrementalAlterConfigs (KIP-339), which rust-rdkafka does not
//! wrap: set, delete, append to or subtract from single entries of a topic's or a
//! broker's configuration, leaving the others as they are.

use std::ptr;
use std::time::Duration;

use anyhow::{bail, Result};
use rdkafka::bindings as rd;
use rdkafka::client::Client;
use rdkafka::ClientContext;

use super::{array, c_string, call, error_text, text};
use crate::kafka::configs::{ConfigChange, ConfigEntry, ConfigOp, ConfigTarget};

/// Applies `changes` to `target` in one request. The broker validates every change of a
/// resource before applying any, so a refused change leaves the configuration as it was.
pub fn alter_configs<C: ClientContext>(
    client: &Client<C>,
    target: &ConfigTarget,
    changes: &[ConfigChange],
    timeout: Duration,
) -> Result<()> {
    let resource = Resource::new(target)?;
    for change in changes {
        resource.add(change)?;
    }
    let mut resources = [resource.0];
    call(
        client,
        rd::rd_kafka_admin_op_t::RD_KAFKA_ADMIN_OP_INCREMENTALALTERCONFIGS,
        timeout,
        &format!("changing the configuration of {target}"),
        // SAFETY: handles are valid for the call; librdkafka copies the resource.
        |rk, options, queue| unsafe {
            rd::rd_kafka_IncrementalAlterConfigs(rk, resources.as_mut_ptr(), 1, options, queue)
        },
        |event| {
            // SAFETY: the event is an IncrementalAlterConfigs result; what is read lives as long.
            unsafe {
                let result = rd::rd_kafka_event_IncrementalAlterConfigs_result(event);
                let mut count = 0;
                let answers =
                    rd::rd_kafka_IncrementalAlterConfigs_result_resources(result, &mut count);
                if answers.is_null() || count == 0 {
                    bail!("the broker returned no result for {target}");
                }
                let answer = *answers;
                let code = rd::rd_kafka_ConfigResource_error(answer);
                if code != rd::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR_NO_ERROR {
                    let reason = text(rd::rd_kafka_ConfigResource_error_string(answer));
                    let code = rdkafka::types::RDKafkaErrorCode::from(code);
                    bail!(
                    "the broker refused the change to {target}: {code} ({reason}); nothing was changed"
                );
                }
            }
            Ok(())
        },
    )
}

/// An owned `rd_kafka_ConfigResource_t`.
struct Resource(*mut rd::rd_kafka_ConfigResource_t);

impl Resource {
    fn new(target: &ConfigTarget) -> Result<Resource> {
        let (kind, name) = match target {
            ConfigTarget::Topic(topic) => (
                rd::rd_kafka_ResourceType_t::RD_KAFKA_RESOURCE_TOPIC,
                topic.clone(),
            ),
            ConfigTarget::Broker(id) => (
                rd::rd_kafka_ResourceType_t::RD_KAFKA_RESOURCE_BROKER,
                id.to_string(),
            ),
        };
        let name = c_string(&name)?;
        // SAFETY: librdkafka copies the name.
        let raw = unsafe { rd::rd_kafka_ConfigResource_new(kind, name.as_ptr()) };
        if raw.is_null() {
            bail!("librdkafka could not set up the request for {target}");
        }
        Ok(Resource(raw))
    }

    fn add(&self, change: &ConfigChange) -> Result<()> {
        let name = c_string(&change.name)?;
        let value = change.value.as_deref().map(c_string).transpose()?;
        let op = match change.op {
            ConfigOp::Set => rd::rd_kafka_AlterConfigOpType_t::RD_KAFKA_ALTER_CONFIG_OP_TYPE_SET,
            ConfigOp::Delete => {
                rd::rd_kafka_AlterConfigOpType_t::RD_KAFKA_ALTER_CONFIG_OP_TYPE_DELETE
            }
            ConfigOp::Append => {
                rd::rd_kafka_AlterConfigOpType_t::RD_KAFKA_ALTER_CONFIG_OP_TYPE_APPEND
            }
            ConfigOp::Subtract => {
                rd::rd_kafka_AlterConfigOpType_t::RD_KAFKA_ALTER_CONFIG_OP_TYPE_SUBTRACT
            }
        };
        // SAFETY: the resource is live; librdkafka copies name and value; a returned
        // error is owned here and destroyed.
        unsafe {
            let error = rd::rd_kafka_ConfigResource_add_incremental_config(
                self.0,
                name.as_ptr(),
                op,
                value.as_ref().map_or(ptr::null(), |v| v.as_ptr()),
            );
            if !error.is_null() {
                let reason = error_text(error).unwrap_or_default();
                rd::rd_kafka_error_destroy(error);
                bail!("'{}': {reason}", change.name);
            }
        }
        Ok(())
    }
}

impl Drop for Resource {
    fn drop(&mut self) {
        // SAFETY: created by rd_kafka_ConfigResource_new and freed once.
        unsafe { rd::rd_kafka_ConfigResource_destroy(self.0) }
    }
}

/// Each target's configuration, or why the broker would not give it, in the targets'
/// order: one DescribeConfigs request (librdkafka sends broker resources to their own
/// broker). A sensitive entry's value is never returned.
pub fn describe_configs<C: ClientContext>(
    client: &Client<C>,
    targets: &[ConfigTarget],
    timeout: Duration,
) -> Result<Vec<std::result::Result<Vec<ConfigEntry>, String>>> {
    let resources = targets
        .iter()
        .map(Resource::new)
        .collect::<Result<Vec<_>>>()?;
    let mut raw: Vec<_> = resources.iter().map(|r| r.0).collect();
    call(
        client,
        rd::rd_kafka_admin_op_t::RD_KAFKA_ADMIN_OP_DESCRIBECONFIGS,
        timeout,
        "reading configurations",
        // SAFETY: handles are valid for the call; librdkafka copies the resources.
        |rk, options, queue| unsafe {
            rd::rd_kafka_DescribeConfigs(rk, raw.as_mut_ptr(), raw.len(), options, queue)
        },
        |event| {
            // SAFETY: the event is a DescribeConfigs result; what is read lives as long.
            let answers = unsafe {
                let result = rd::rd_kafka_event_DescribeConfigs_result(event);
                let mut count = 0;
                let answers = rd::rd_kafka_DescribeConfigs_result_resources(result, &mut count);
                array(answers, count)
            };
            let mut by_target: Vec<_> = targets.iter().map(|_| None).collect();
            for &answer in answers {
                // SAFETY: a resource of the live result.
                let (kind, name) = unsafe {
                    (
                        rd::rd_kafka_ConfigResource_type(answer),
                        text(rd::rd_kafka_ConfigResource_name(answer)),
                    )
                };
                let position = targets.iter().position(|target| match target {
                    ConfigTarget::Topic(topic) => {
                        kind == rd::rd_kafka_ResourceType_t::RD_KAFKA_RESOURCE_TOPIC
                            && *topic == name
                    }
                    ConfigTarget::Broker(id) => {
                        kind == rd::rd_kafka_ResourceType_t::RD_KAFKA_RESOURCE_BROKER
                            && id.to_string() == name
                    }
                });
                if let Some(slot) = position.and_then(|at| by_target.get_mut(at)) {
                    // SAFETY: as above.
                    *slot = Some(unsafe { entries_of(answer) });
                }
            }
            Ok(by_target
                .into_iter()
                .zip(targets)
                .map(|(answer, target)| {
                    answer.unwrap_or_else(|| Err(format!("the broker said nothing of {target}")))
                })
                .collect())
        },
    )
}

/// The entries of one answered resource, by name, or its error.
///
/// # Safety
/// `answer` must be a resource of a live DescribeConfigs result.
unsafe fn entries_of(
    answer: *const rd::rd_kafka_ConfigResource_t,
) -> std::result::Result<Vec<ConfigEntry>, String> {
    // SAFETY: the caller vouches for `answer`; its entries live as long.
    unsafe {
        let code = rd::rd_kafka_ConfigResource_error(answer);
        if code != rd::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR_NO_ERROR {
            let code = rdkafka::types::RDKafkaErrorCode::from(code);
            let reason = text(rd::rd_kafka_ConfigResource_error_string(answer));
            return Err(match reason.is_empty() {
                true => code.to_string(),
                false => format!("{code} ({reason})"),
            });
        }
        let mut count = 0;
        let raw = rd::rd_kafka_ConfigResource_configs(answer, &mut count);
        let mut entries: Vec<ConfigEntry> = array(raw, count)
            .iter()
            .map(|&entry| {
                let sensitive = rd::rd_kafka_ConfigEntry_is_sensitive(entry) != 0;
                let value = rd::rd_kafka_ConfigEntry_value(entry);
                ConfigEntry {
                    name: text(rd::rd_kafka_ConfigEntry_name(entry)),
                    value: (!sensitive && !value.is_null()).then(|| text(value)),
                    source: source_name(rd::rd_kafka_ConfigEntry_source(entry)),
                    sensitive,
                    default: rd::rd_kafka_ConfigEntry_is_default(entry) != 0,
                }
            })
            .collect();
        entries.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(entries)
    }
}

fn source_name(source: rd::rd_kafka_ConfigSource_t) -> &'static str {
    use rd::rd_kafka_ConfigSource_t as Source;
    match source {
        Source::RD_KAFKA_CONFIG_SOURCE_DYNAMIC_TOPIC_CONFIG => "dynamic topic",
        Source::RD_KAFKA_CONFIG_SOURCE_DYNAMIC_BROKER_CONFIG => "dynamic broker",
        Source::RD_KAFKA_CONFIG_SOURCE_DYNAMIC_DEFAULT_BROKER_CONFIG => "dynamic default broker",
        Source::RD_KAFKA_CONFIG_SOURCE_STATIC_BROKER_CONFIG => "static broker",
        Source::RD_KAFKA_CONFIG_SOURCE_DEFAULT_CONFIG => "default",
        Source::RD_KAFKA_CONFIG_SOURCE_GROUP_CONFIG => "group",
        _ => "unknown",
    }
}
