//! IncrementalAlterConfigs (KIP-339), which rust-rdkafka does not wrap: set, delete,
//! append to or subtract from single entries of a topic's or a broker's configuration,
//! leaving the others as they are.

use std::ptr;
use std::time::Duration;

use anyhow::{bail, Result};
use rdkafka::bindings as rd;
use rdkafka::client::Client;
use rdkafka::ClientContext;

use super::{c_string, call, error_text, text};
use crate::kafka::configs::{ConfigChange, ConfigOp, ConfigTarget};

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
