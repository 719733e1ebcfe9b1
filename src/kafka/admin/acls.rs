//! CreateAcls, DescribeAcls and DeleteAcls, which rust-rdkafka does not wrap.

use std::os::raw::c_char;
use std::ptr;
use std::time::Duration;

use anyhow::{anyhow, bail, Result};
use rdkafka::bindings as rd;
use rdkafka::client::Client;
use rdkafka::ClientContext;

use super::{array, c_string, call, error_text, text};
use crate::kafka::acl::{
    Acl, AclFilter, Operation, PatternType, Permission, ResourceType, CLUSTER_RESOURCE,
};

/// Creates `acls` in one request; each ACL's error, if the broker refused it.
pub fn create_acls<C: ClientContext>(
    client: &Client<C>,
    acls: &[Acl],
    timeout: Duration,
) -> Result<Vec<Option<String>>> {
    let mut bindings = acls
        .iter()
        .map(|acl| Binding::new(&acl.as_filter(), false))
        .collect::<Result<Vec<Binding>>>()?;
    let mut raw: Vec<*mut rd::rd_kafka_AclBinding_t> = bindings.iter_mut().map(|b| b.0).collect();
    call(
        client,
        rd::rd_kafka_admin_op_t::RD_KAFKA_ADMIN_OP_CREATEACLS,
        timeout,
        "creating ACLs (kfk acls list shows which exist)",
        // SAFETY: handles are valid for the call; librdkafka copies the bindings.
        |rk, options, queue| unsafe {
            rd::rd_kafka_CreateAcls(rk, raw.as_mut_ptr(), raw.len(), options, queue)
        },
        |event| {
            // SAFETY: the event is a CreateAcls result; what is read lives as long as it.
            unsafe {
                let result = rd::rd_kafka_event_CreateAcls_result(event);
                let mut count = 0;
                let answers = rd::rd_kafka_CreateAcls_result_acls(result, &mut count);
                if answers.is_null() || count != acls.len() {
                    bail!("the broker answered for {count} of {} ACLs", acls.len());
                }
                Ok(array(answers, count)
                    .iter()
                    .map(|&answer| error_text(rd::rd_kafka_acl_result_error(answer)))
                    .collect())
            }
        },
    )
}

/// The ACLs that match `filter`.
pub fn describe_acls<C: ClientContext>(
    client: &Client<C>,
    filter: &AclFilter,
    timeout: Duration,
) -> Result<Vec<Acl>> {
    let binding = Binding::new(filter, true)?;
    call(
        client,
        rd::rd_kafka_admin_op_t::RD_KAFKA_ADMIN_OP_DESCRIBEACLS,
        timeout,
        "listing ACLs",
        // SAFETY: handles are valid for the call; librdkafka copies the filter.
        |rk, options, queue| unsafe { rd::rd_kafka_DescribeAcls(rk, binding.0, options, queue) },
        |event| {
            // SAFETY: the event is a DescribeAcls result; what is read lives as long as it.
            let mut acls = unsafe {
                let result = rd::rd_kafka_event_DescribeAcls_result(event);
                let mut count = 0;
                let found = rd::rd_kafka_DescribeAcls_result_acls(result, &mut count);
                read_bindings(found, count)
            };
            acls.sort();
            Ok(acls)
        },
    )
}

/// Deletes the ACLs that match `filter`; the ones deleted.
pub fn delete_acls<C: ClientContext>(
    client: &Client<C>,
    filter: &AclFilter,
    timeout: Duration,
) -> Result<Vec<Acl>> {
    let binding = Binding::new(filter, true)?;
    let mut raw = [binding.0];
    call(
        client,
        rd::rd_kafka_admin_op_t::RD_KAFKA_ADMIN_OP_DELETEACLS,
        timeout,
        "deleting ACLs",
        // SAFETY: handles are valid for the call; librdkafka copies the filter.
        |rk, options, queue| unsafe {
            rd::rd_kafka_DeleteAcls(rk, raw.as_mut_ptr(), 1, options, queue)
        },
        |event| {
            // SAFETY: the event is a DeleteAcls result; what is read lives as long as it.
            unsafe {
                let result = rd::rd_kafka_event_DeleteAcls_result(event);
                let mut count = 0;
                let responses = rd::rd_kafka_DeleteAcls_result_responses(result, &mut count);
                if responses.is_null() || count == 0 {
                    bail!("the broker returned no result for the filter");
                }
                let response = *responses;
                if let Some(error) =
                    error_text(rd::rd_kafka_DeleteAcls_result_response_error(response))
                {
                    bail!("{error}");
                }
                let mut matching = 0;
                let deleted =
                    rd::rd_kafka_DeleteAcls_result_response_matching_acls(response, &mut matching);
                let mut acls = read_bindings(deleted, matching);
                acls.sort();
                Ok(acls)
            }
        },
    )
}

/// # Safety
/// `bindings` must hold `count` live bindings of a result.
unsafe fn read_bindings(bindings: *mut *const rd::rd_kafka_AclBinding_t, count: usize) -> Vec<Acl> {
    // SAFETY: the caller upholds this function's `# Safety` contract.
    unsafe {
        array(bindings, count)
            .iter()
            .map(|&binding| Acl {
                principal: text(rd::rd_kafka_AclBinding_principal(binding)),
                host: text(rd::rd_kafka_AclBinding_host(binding)),
                operation: from_native(
                    Operation::ALL,
                    operation_to,
                    rd::rd_kafka_AclBinding_operation(binding),
                    Operation::Any,
                ),
                permission: from_native(
                    Permission::ALL,
                    permission_to,
                    rd::rd_kafka_AclBinding_permission_type(binding),
                    Permission::Any,
                ),
                resource_type: from_native(
                    ResourceType::ALL,
                    resource_to,
                    rd::rd_kafka_AclBinding_restype(binding),
                    ResourceType::Any,
                ),
                resource_name: text(rd::rd_kafka_AclBinding_name(binding)),
                pattern_type: from_native(
                    PatternType::ALL,
                    pattern_to,
                    rd::rd_kafka_AclBinding_resource_pattern_type(binding),
                    PatternType::Any,
                ),
            })
            .collect()
    }
}

/// An owned `rd_kafka_AclBinding_t` (a binding or a filter).
struct Binding(*mut rd::rd_kafka_AclBinding_t);

impl Binding {
    fn new(filter: &AclFilter, is_filter: bool) -> Result<Binding> {
        let name = match (filter.resource_type, &filter.resource_name) {
            // Kafka knows the cluster by one name; users need not type it.
            (ResourceType::Cluster, None) if !is_filter => Some(CLUSTER_RESOURCE.to_string()),
            (_, name) => name.clone(),
        };
        let name = name.as_deref().map(c_string).transpose()?;
        let principal = filter.principal.as_deref().map(c_string).transpose()?;
        let host = filter.host.as_deref().map(c_string).transpose()?;
        let optional =
            |value: &Option<std::ffi::CString>| value.as_ref().map_or(ptr::null(), |v| v.as_ptr());
        let mut errstr = [0 as c_char; 512];
        let make = if is_filter {
            rd::rd_kafka_AclBindingFilter_new
        } else {
            rd::rd_kafka_AclBinding_new
        };
        // SAFETY: the strings outlive the call, which copies them; errstr is writable.
        let raw = unsafe {
            make(
                resource_to(filter.resource_type),
                optional(&name),
                pattern_to(filter.pattern_type),
                optional(&principal),
                optional(&host),
                operation_to(filter.operation),
                permission_to(filter.permission),
                errstr.as_mut_ptr(),
                errstr.len(),
            )
        };
        if raw.is_null() {
            return Err(anyhow!("{}", text(errstr.as_ptr())));
        }
        Ok(Binding(raw))
    }
}

impl Drop for Binding {
    fn drop(&mut self) {
        // SAFETY: created by rd_kafka_AclBinding(Filter)_new and freed once.
        unsafe { rd::rd_kafka_AclBinding_destroy(self.0) }
    }
}

fn resource_to(kind: ResourceType) -> rd::rd_kafka_ResourceType_t {
    use rd::rd_kafka_ResourceType_t::*;
    match kind {
        ResourceType::Any => RD_KAFKA_RESOURCE_ANY,
        ResourceType::Topic => RD_KAFKA_RESOURCE_TOPIC,
        ResourceType::Group => RD_KAFKA_RESOURCE_GROUP,
        ResourceType::Cluster => RD_KAFKA_RESOURCE_BROKER,
        ResourceType::TransactionalId => RD_KAFKA_RESOURCE_TRANSACTIONAL_ID,
    }
}

/// The value among `all` that `to_native` maps to `native`; `any` when none does.
fn from_native<T: Copy, N: PartialEq>(all: &[T], to_native: fn(T) -> N, native: N, any: T) -> T {
    all.iter()
        .copied()
        .find(|value| to_native(*value) == native)
        .unwrap_or(any)
}

fn pattern_to(pattern: PatternType) -> rd::rd_kafka_ResourcePatternType_t {
    use rd::rd_kafka_ResourcePatternType_t::*;
    match pattern {
        PatternType::Any => RD_KAFKA_RESOURCE_PATTERN_ANY,
        PatternType::Match => RD_KAFKA_RESOURCE_PATTERN_MATCH,
        PatternType::Literal => RD_KAFKA_RESOURCE_PATTERN_LITERAL,
        PatternType::Prefixed => RD_KAFKA_RESOURCE_PATTERN_PREFIXED,
    }
}

fn operation_to(operation: Operation) -> rd::rd_kafka_AclOperation_t {
    use rd::rd_kafka_AclOperation_t::*;
    match operation {
        Operation::Any => RD_KAFKA_ACL_OPERATION_ANY,
        Operation::All => RD_KAFKA_ACL_OPERATION_ALL,
        Operation::Read => RD_KAFKA_ACL_OPERATION_READ,
        Operation::Write => RD_KAFKA_ACL_OPERATION_WRITE,
        Operation::Create => RD_KAFKA_ACL_OPERATION_CREATE,
        Operation::Delete => RD_KAFKA_ACL_OPERATION_DELETE,
        Operation::Alter => RD_KAFKA_ACL_OPERATION_ALTER,
        Operation::Describe => RD_KAFKA_ACL_OPERATION_DESCRIBE,
        Operation::ClusterAction => RD_KAFKA_ACL_OPERATION_CLUSTER_ACTION,
        Operation::DescribeConfigs => RD_KAFKA_ACL_OPERATION_DESCRIBE_CONFIGS,
        Operation::AlterConfigs => RD_KAFKA_ACL_OPERATION_ALTER_CONFIGS,
        Operation::IdempotentWrite => RD_KAFKA_ACL_OPERATION_IDEMPOTENT_WRITE,
    }
}

fn permission_to(permission: Permission) -> rd::rd_kafka_AclPermissionType_t {
    use rd::rd_kafka_AclPermissionType_t::*;
    match permission {
        Permission::Any => RD_KAFKA_ACL_PERMISSION_TYPE_ANY,
        Permission::Allow => RD_KAFKA_ACL_PERMISSION_TYPE_ALLOW,
        Permission::Deny => RD_KAFKA_ACL_PERMISSION_TYPE_DENY,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn acl() -> Acl {
        Acl {
            principal: "User:alice".into(),
            host: "*".into(),
            operation: Operation::DescribeConfigs,
            permission: Permission::Deny,
            resource_type: ResourceType::TransactionalId,
            resource_name: "billing-".into(),
            pattern_type: PatternType::Prefixed,
        }
    }

    #[test]
    fn a_binding_reads_back_as_it_was_built() {
        let binding = Binding::new(&acl().as_filter(), false).unwrap();
        let mut raw = [binding.0 as *const rd::rd_kafka_AclBinding_t];
        // SAFETY: the binding is live for the read.
        // SAFETY: `raw` holds one live binding, freed after the read.
        let read = unsafe { read_bindings(raw.as_mut_ptr(), 1) };
        assert_eq!(read, [acl()]);
    }

    #[test]
    fn a_cluster_binding_gets_the_cluster_name() {
        let mut cluster = acl().as_filter();
        cluster.resource_type = ResourceType::Cluster;
        cluster.resource_name = None;
        cluster.pattern_type = PatternType::Literal;
        let binding = Binding::new(&cluster, false).unwrap();
        let mut raw = [binding.0 as *const rd::rd_kafka_AclBinding_t];
        // SAFETY: `raw` holds one live binding, freed after the read.
        let read = unsafe { read_bindings(raw.as_mut_ptr(), 1) };
        assert_eq!(read[0].resource_type, ResourceType::Cluster);
        assert_eq!(read[0].resource_name, CLUSTER_RESOURCE);
    }

    #[test]
    fn librdkafka_refuses_an_open_binding() {
        let mut open = acl().as_filter();
        open.operation = Operation::Any;
        let err = Binding::new(&open, false).err().expect("refused");
        assert!(!err.to_string().is_empty());
        assert!(Binding::new(&open, true).is_ok());
    }
}
