//! Listing, describing and deleting consumer groups.

use std::ffi::CString;
use std::os::raw::c_char;
use std::time::{Duration, Instant};

use anyhow::Result;
use rdkafka::bindings as rd;
use rdkafka::client::Client;
use rdkafka::ClientContext;

use super::*;
use rdkafka::types::RDKafkaErrorCode;

/// Every consumer group the cluster knows.
pub fn list_groups<C: ClientContext>(
    client: &Client<C>,
    timeout: Duration,
) -> Result<Vec<GroupListing>> {
    call(
        client,
        rd::rd_kafka_admin_op_t::RD_KAFKA_ADMIN_OP_LISTCONSUMERGROUPS,
        timeout,
        "listing consumer groups",
        // SAFETY: handles are valid; librdkafka copies what it needs.
        |rk, options, queue| unsafe { rd::rd_kafka_ListConsumerGroups(rk, options, queue) },
        |event| {
            // SAFETY: the event is a ListConsumerGroups result; arrays live as long as the event.
            unsafe {
                let result = rd::rd_kafka_event_ListConsumerGroups_result(event);
                let mut errors = 0;
                let error_list = rd::rd_kafka_ListConsumerGroups_result_errors(result, &mut errors);
                if errors > 0 && !error_list.is_null() {
                    let first = error_text(*error_list).unwrap_or_default();
                    if rd::rd_kafka_ListConsumerGroups_result_valid(result, &mut 0).is_null() {
                        let code = RDKafkaErrorCode::from(rd::rd_kafka_error_code(*error_list));
                        return Err(AdminFailure {
                            code,
                            message: format!("listing consumer groups: {first}"),
                        }
                        .into());
                    }
                }
                let mut count = 0;
                let listings = rd::rd_kafka_ListConsumerGroups_result_valid(result, &mut count);
                let listings = array(listings, count);
                let mut groups: Vec<GroupListing> = listings
                    .iter()
                    .map(|&listing| GroupListing {
                        group: text(rd::rd_kafka_ConsumerGroupListing_group_id(listing)),
                        state: state_name(rd::rd_kafka_ConsumerGroupListing_state(listing)),
                        kind: text(rd::rd_kafka_consumer_group_type_name(
                            rd::rd_kafka_ConsumerGroupListing_type(listing),
                        ))
                        .to_lowercase(),
                        simple: rd::rd_kafka_ConsumerGroupListing_is_simple_consumer_group(listing)
                            != 0,
                    })
                    .collect();
                groups.sort_by(|a, b| a.group.cmp(&b.group));
                Ok(groups)
            }
        },
    )
}

/// A group's description, or why it could not be read.
pub type Described = std::result::Result<GroupDescription, String>;

/// State, assignor, coordinator and members of each group, in input order, in one
/// request. A group that cannot be read does not hide the others: it is asked again
/// alone (a broker that drops the connection over one group fails every request in
/// flight on it), and if it still fails, its entry says why.
pub fn describe_groups<C: ClientContext>(
    client: &Client<C>,
    groups: &[String],
    timeout: Duration,
) -> Result<Vec<Described>> {
    let mut described = describe_until_settled(client, groups, timeout)?;
    if described.iter().filter(|d| d.is_err()).count() > 1 {
        for (group, slot) in groups.iter().zip(described.iter_mut()) {
            if slot.is_err() {
                if let Ok(Some(again)) =
                    describe_until_settled(client, std::slice::from_ref(group), timeout)
                        .map(|mut one| one.pop())
                {
                    *slot = again;
                }
            }
        }
    }
    Ok(described)
}

/// `describe_batch`, asking again for the groups whose coordinator was loading or had
/// just moved (as Apache's admin client does), until the timeout.
fn describe_until_settled<C: ClientContext>(
    client: &Client<C>,
    groups: &[String],
    timeout: Duration,
) -> Result<Vec<Described>> {
    let deadline = Instant::now() + timeout;
    let mut attempts = describe_batch(client, groups, timeout)?;
    let mut backoff = Duration::from_millis(50);
    loop {
        let waiting: Vec<usize> = (0..attempts.len()).filter(|&i| attempts[i].1).collect();
        if waiting.is_empty() || Instant::now() + backoff >= deadline {
            break;
        }
        std::thread::sleep(backoff);
        backoff = (backoff * 2).min(Duration::from_secs(1));
        let names: Vec<String> = waiting.iter().map(|&i| groups[i].clone()).collect();
        let again = describe_batch(
            client,
            &names,
            deadline.saturating_duration_since(Instant::now()),
        )?;
        for (i, attempt) in waiting.into_iter().zip(again) {
            attempts[i] = attempt;
        }
    }
    Ok(attempts
        .into_iter()
        .map(|(described, _)| described)
        .collect())
}

/// Each group's description or error, in input order, with whether the error is one
/// that passes once the coordinator settles.
fn describe_batch<C: ClientContext>(
    client: &Client<C>,
    groups: &[String],
    timeout: Duration,
) -> Result<Vec<(Described, bool)>> {
    if groups.is_empty() {
        return Ok(Vec::new());
    }
    let names: Vec<CString> = groups.iter().map(|g| c_string(g)).collect::<Result<_>>()?;
    let mut pointers: Vec<*const c_char> = names.iter().map(|n| n.as_ptr()).collect();
    call(
        client,
        rd::rd_kafka_admin_op_t::RD_KAFKA_ADMIN_OP_DESCRIBECONSUMERGROUPS,
        timeout,
        "describing consumer groups",
        // SAFETY: names outlive the call; librdkafka copies them.
        |rk, options, queue| unsafe {
            rd::rd_kafka_DescribeConsumerGroups(
                rk,
                pointers.as_mut_ptr(),
                pointers.len(),
                options,
                queue,
            )
        },
        |event| {
            // SAFETY: the event is a DescribeConsumerGroups result; everything read lives as long
            // as the event.
            unsafe {
                let result = rd::rd_kafka_event_DescribeConsumerGroups_result(event);
                let mut count = 0;
                let descriptions =
                    rd::rd_kafka_DescribeConsumerGroups_result_groups(result, &mut count);
                let descriptions = array(descriptions, count);
                let mut described: Vec<(String, (Described, bool))> = descriptions
                    .iter()
                    .map(|&description| {
                        let group =
                            text(rd::rd_kafka_ConsumerGroupDescription_group_id(description));
                        let error = rd::rd_kafka_ConsumerGroupDescription_error(description);
                        if !error.is_null() {
                            // A group that does not exist is a dead group: nothing committed, no one in it.
                            if rd::rd_kafka_error_code(error)
                                == rd::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR_GROUP_ID_NOT_FOUND
                            {
                                let dead = GroupDescription {
                                    group: group.clone(),
                                    state: "Dead".into(),
                                    assignor: String::new(),
                                    coordinator: None,
                                    members: Vec::new(),
                                };
                                return (group, (Ok(dead), false));
                            }
                            let transient = coordinator_settling(rd::rd_kafka_error_code(error));
                            let reason = error_text(error).unwrap_or_default();
                            return (group, (Err(reason), transient));
                        }
                        let node = rd::rd_kafka_ConsumerGroupDescription_coordinator(description);
                        let coordinator = (!node.is_null()).then(|| {
                            format!(
                                "{}:{} (id {})",
                                text(rd::rd_kafka_Node_host(node)),
                                rd::rd_kafka_Node_port(node),
                                rd::rd_kafka_Node_id(node)
                            )
                        });
                        let members =
                            (0..rd::rd_kafka_ConsumerGroupDescription_member_count(description))
                                .map(|i| {
                                    let member = rd::rd_kafka_ConsumerGroupDescription_member(
                                        description,
                                        i,
                                    );
                                    let assignment =
                                        rd::rd_kafka_MemberDescription_assignment(member);
                                    let assigned = if assignment.is_null() {
                                        Vec::new()
                                    } else {
                                        partitions(rd::rd_kafka_MemberAssignment_partitions(
                                            assignment,
                                        ))
                                        .into_iter()
                                        .map(|(p, _)| (p.topic, p.partition))
                                        .collect()
                                    };
                                    MemberDescription {
                                        consumer_id: text(
                                            rd::rd_kafka_MemberDescription_consumer_id(member),
                                        ),
                                        host: text(rd::rd_kafka_MemberDescription_host(member)),
                                        client_id: text(rd::rd_kafka_MemberDescription_client_id(
                                            member,
                                        )),
                                        assignment: assigned,
                                    }
                                })
                                .collect();
                        let found = GroupDescription {
                            group: group.clone(),
                            state: state_name(rd::rd_kafka_ConsumerGroupDescription_state(
                                description,
                            )),
                            assignor: text(
                                rd::rd_kafka_ConsumerGroupDescription_partition_assignor(
                                    description,
                                ),
                            ),
                            coordinator,
                            members,
                        };
                        (group, (Ok(found), false))
                    })
                    .collect();
                Ok(groups
                    .iter()
                    .map(|group| {
                        described
                            .iter()
                            .position(|(name, _)| name == group)
                            .map(|at| described.swap_remove(at).1)
                            .unwrap_or_else(|| {
                                (Err("the broker did not describe it".into()), false)
                            })
                    })
                    .collect())
            }
        },
    )
}

/// Deletes groups (they must have no members); returns each group's error, if any.
pub fn delete_groups<C: ClientContext>(
    client: &Client<C>,
    groups: &[String],
    timeout: Duration,
) -> Result<Vec<(String, Option<String>)>> {
    let names: Vec<CString> = groups.iter().map(|g| c_string(g)).collect::<Result<_>>()?;
    call(
        client,
        rd::rd_kafka_admin_op_t::RD_KAFKA_ADMIN_OP_DELETEGROUPS,
        timeout,
        "deleting consumer groups",
        // SAFETY: each DeleteGroup object is copied by librdkafka and freed here.
        |rk, options, queue| unsafe {
            let mut objects: Vec<*mut rd::rd_kafka_DeleteGroup_t> = names
                .iter()
                .map(|n| rd::rd_kafka_DeleteGroup_new(n.as_ptr()))
                .collect();
            rd::rd_kafka_DeleteGroups(rk, objects.as_mut_ptr(), objects.len(), options, queue);
            for object in objects {
                rd::rd_kafka_DeleteGroup_destroy(object);
            }
        },
        |event| {
            // SAFETY: the event is a DeleteGroups result.
            unsafe {
                let result = rd::rd_kafka_event_DeleteGroups_result(event);
                let mut count = 0;
                let results = rd::rd_kafka_DeleteGroups_result_groups(result, &mut count);
                let results = array(results, count);
                Ok(results
                    .iter()
                    .map(|&r| {
                        (
                            text(rd::rd_kafka_group_result_name(r)),
                            error_text(rd::rd_kafka_group_result_error(r)),
                        )
                    })
                    .collect())
            }
        },
    )
}

/// Every group of the cluster, described: one ListGroups and one DescribeGroups naming
/// all its groups per broker, where describing groups one by one costs two requests each.
/// A group the broker could not describe gets the reason.
pub fn describe_all_groups<C: ClientContext>(
    client: &Client<C>,
    timeout: Duration,
) -> Result<Vec<(String, Described)>> {
    let millis = timeout.as_millis().min(i32::MAX as u128) as i32;
    let mut list: *const rd::rd_kafka_group_list = std::ptr::null();
    // SAFETY: the handle is live; on success librdkafka hands over a list that is freed
    // below with rd_kafka_group_list_destroy.
    let err = unsafe {
        rd::rd_kafka_list_groups(client.native_ptr(), std::ptr::null(), &mut list, millis)
    };
    if err != rd::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR_NO_ERROR || list.is_null() {
        let code = RDKafkaErrorCode::from(err);
        return Err(AdminFailure {
            code,
            message: format!("describing consumer groups: {code}"),
        }
        .into());
    }
    // SAFETY: the list and everything it points to live until it is destroyed below.
    let described = unsafe {
        let groups = array((*list).groups, (*list).group_cnt.max(0) as usize);
        let described = groups.iter().map(|info| group_info(info)).collect();
        rd::rd_kafka_group_list_destroy(list);
        described
    };
    Ok(described)
}

/// One group of a legacy group listing.
///
/// # Safety
/// `info` must belong to a live group list.
unsafe fn group_info(info: &rd::rd_kafka_group_info) -> (String, Described) {
    // SAFETY: the caller upholds this function's `# Safety` contract.
    unsafe {
        let group = text(info.group);
        if info.err != rd::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR_NO_ERROR {
            return (group, Err(RDKafkaErrorCode::from(info.err).to_string()));
        }
        let consumer = text(info.protocol_type) == "consumer";
        let members = array(info.members, info.member_cnt.max(0) as usize);
        let members = members
            .iter()
            .map(|member| {
                let bytes: &[u8] = match member.member_assignment.is_null() {
                    true => &[],
                    false => std::slice::from_raw_parts(
                        member.member_assignment as *const u8,
                        member.member_assignment_size.max(0) as usize,
                    ),
                };
                MemberDescription {
                    consumer_id: text(member.member_id),
                    host: text(member.client_host),
                    client_id: text(member.client_id),
                    assignment: consumer
                        .then(|| super::assignment::consumer_assignment(bytes))
                        .flatten()
                        .unwrap_or_default(),
                }
            })
            .collect();
        let description = GroupDescription {
            group: group.clone(),
            state: text(info.state),
            assignor: text(info.protocol),
            coordinator: Some(format!(
                "{}:{} (id {})",
                text(info.broker.host),
                info.broker.port,
                info.broker.id
            )),
            members,
        };
        (group, Ok(description))
    }
}
