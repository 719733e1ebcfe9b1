//! The consumer-group and offset admin calls rust-rdkafka does not wrap (ListConsumerGroups,
//! DescribeConsumerGroups, ListConsumerGroupOffsets, AlterConsumerGroupOffsets, ListOffsets),
//! over librdkafka's C API. Every call is one batched request (per broker, as librdkafka
//! splits it), waits at most `timeout`, returns owned data, and maps errors to text.
//! All calls block: run them with `Context::blocking`.

use std::ffi::{CStr, CString};
use std::os::raw::c_char;
use std::ptr;
use std::time::Duration;

use anyhow::{anyhow, bail, Result};
use rdkafka::bindings as rd;
use rdkafka::client::Client;
use rdkafka::types::RDKafkaErrorCode;
use rdkafka::{ClientContext, TopicPartitionList};

/// A partition of a topic with an offset (or a timestamp, for time lookups).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct PartitionOffset {
    pub topic: String,
    pub partition: i32,
    pub offset: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupListing {
    pub group: String,
    pub state: String,
    pub simple: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupDescription {
    pub group: String,
    pub state: String,
    pub assignor: String,
    pub coordinator: Option<String>,
    pub members: Vec<MemberDescription>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberDescription {
    pub consumer_id: String,
    pub host: String,
    pub client_id: String,
    pub assignment: Vec<(String, i32)>,
}

/// Which end of a partition's log ListOffsets should find.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OffsetQuery {
    Earliest,
    Latest,
}

fn text(raw: *const c_char) -> String {
    if raw.is_null() {
        String::new()
    } else {
        // SAFETY: librdkafka returns NUL-terminated strings that live as long as the
        // result object, which outlives this call.
        unsafe { CStr::from_ptr(raw) }
            .to_string_lossy()
            .into_owned()
    }
}

fn c_string(value: &str) -> Result<CString> {
    CString::new(value).map_err(|_| anyhow!("'{value}' contains a NUL byte"))
}

/// Owns the queue, options and result event of one admin request.
struct Request {
    queue: *mut rd::rd_kafka_queue_t,
    options: *mut rd::rd_kafka_AdminOptions_t,
    event: *mut rd::rd_kafka_event_t,
}

impl Drop for Request {
    fn drop(&mut self) {
        // SAFETY: each pointer was created by librdkafka for this request and is freed once.
        unsafe {
            if !self.event.is_null() {
                rd::rd_kafka_event_destroy(self.event);
            }
            if !self.options.is_null() {
                rd::rd_kafka_AdminOptions_destroy(self.options);
            }
            if !self.queue.is_null() {
                rd::rd_kafka_queue_destroy(self.queue);
            }
        }
    }
}

impl Request {
    fn new<C: ClientContext>(
        client: &Client<C>,
        op: rd::rd_kafka_admin_op_t,
        timeout: Duration,
    ) -> Result<Request> {
        let rk = client.native_ptr();
        // SAFETY: rk is a live client handle for the duration of the request.
        let request = unsafe {
            Request {
                queue: rd::rd_kafka_queue_new(rk),
                options: rd::rd_kafka_AdminOptions_new(rk, op),
                event: ptr::null_mut(),
            }
        };
        if request.queue.is_null() || request.options.is_null() {
            bail!("librdkafka could not set up the request");
        }
        let mut errstr = [0 as c_char; 256];
        let millis = timeout.as_millis().min(i32::MAX as u128) as i32;
        // SAFETY: options is valid; errstr is a writable buffer of the given size.
        let err = unsafe {
            rd::rd_kafka_AdminOptions_set_request_timeout(
                request.options,
                millis,
                errstr.as_mut_ptr(),
                errstr.len(),
            )
        };
        if err != rd::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR_NO_ERROR {
            bail!("{}", text(errstr.as_ptr()));
        }
        Ok(request)
    }

    /// Waits for the result event (a little past the request timeout, which librdkafka
    /// enforces itself) and checks its top-level error.
    fn wait(&mut self, timeout: Duration, what: &str) -> Result<*mut rd::rd_kafka_event_t> {
        let millis = (timeout + Duration::from_secs(1))
            .as_millis()
            .min(i32::MAX as u128) as i32;
        // SAFETY: queue is valid; the returned event is owned by self and destroyed on drop.
        self.event = unsafe { rd::rd_kafka_queue_poll(self.queue, millis) };
        if self.event.is_null() {
            bail!(
                "{what}: no answer within {}",
                humantime::format_duration(timeout)
            );
        }
        // SAFETY: event is valid.
        let err = unsafe { rd::rd_kafka_event_error(self.event) };
        if err != rd::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR_NO_ERROR {
            let reason = text(unsafe { rd::rd_kafka_event_error_string(self.event) });
            bail!("{what}: {reason}");
        }
        Ok(self.event)
    }
}

fn error_text(error: *const rd::rd_kafka_error_t) -> Option<String> {
    // SAFETY: a non-null error belongs to a live result.
    (!error.is_null()).then(|| text(unsafe { rd::rd_kafka_error_string(error) }))
}

/// Reads a C topic-partition list into owned rows; per-partition errors become `Err`.
fn partitions(
    list: *const rd::rd_kafka_topic_partition_list_t,
) -> Vec<(PartitionOffset, Option<String>)> {
    if list.is_null() {
        return Vec::new();
    }
    // SAFETY: list points to a valid list whose elems array holds cnt entries.
    let list = unsafe { &*list };
    let elems: &[rd::rd_kafka_topic_partition_t] = if list.cnt <= 0 || list.elems.is_null() {
        &[]
    } else {
        unsafe { std::slice::from_raw_parts(list.elems, list.cnt as usize) }
    };
    elems
        .iter()
        .map(|elem| {
            let error = (elem.err != rd::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR_NO_ERROR)
                .then(|| RDKafkaErrorCode::from(elem.err).to_string());
            (
                PartitionOffset {
                    topic: text(elem.topic),
                    partition: elem.partition,
                    offset: elem.offset,
                },
                error,
            )
        })
        .collect()
}

fn state_name(state: rd::rd_kafka_consumer_group_state_t) -> String {
    // SAFETY: returns a static string for any state value.
    text(unsafe { rd::rd_kafka_consumer_group_state_name(state) })
}

/// Every consumer group the cluster knows.
pub fn list_groups<C: ClientContext>(
    client: &Client<C>,
    timeout: Duration,
) -> Result<Vec<GroupListing>> {
    let mut request = Request::new(
        client,
        rd::rd_kafka_admin_op_t::RD_KAFKA_ADMIN_OP_LISTCONSUMERGROUPS,
        timeout,
    )?;
    // SAFETY: handles are valid; librdkafka copies what it needs.
    unsafe { rd::rd_kafka_ListConsumerGroups(client.native_ptr(), request.options, request.queue) };
    let event = request.wait(timeout, "listing consumer groups")?;
    // SAFETY: the event is a ListConsumerGroups result; arrays live as long as the event.
    unsafe {
        let result = rd::rd_kafka_event_ListConsumerGroups_result(event);
        let mut errors = 0;
        let error_list = rd::rd_kafka_ListConsumerGroups_result_errors(result, &mut errors);
        if errors > 0 && !error_list.is_null() {
            let first = error_text(*error_list).unwrap_or_default();
            if rd::rd_kafka_ListConsumerGroups_result_valid(result, &mut 0).is_null() {
                bail!("listing consumer groups: {first}");
            }
        }
        let mut count = 0;
        let listings = rd::rd_kafka_ListConsumerGroups_result_valid(result, &mut count);
        let listings: &[*const rd::rd_kafka_ConsumerGroupListing_t] = if listings.is_null() {
            &[]
        } else {
            std::slice::from_raw_parts(listings, count)
        };
        let mut groups: Vec<GroupListing> = listings
            .iter()
            .map(|&listing| GroupListing {
                group: text(rd::rd_kafka_ConsumerGroupListing_group_id(listing)),
                state: state_name(rd::rd_kafka_ConsumerGroupListing_state(listing)),
                simple: rd::rd_kafka_ConsumerGroupListing_is_simple_consumer_group(listing) != 0,
            })
            .collect();
        groups.sort_by(|a, b| a.group.cmp(&b.group));
        Ok(groups)
    }
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
    let mut described = describe_batch(client, groups, timeout)?;
    if described.iter().filter(|d| d.is_err()).count() > 1 {
        for (group, slot) in groups.iter().zip(described.iter_mut()) {
            if slot.is_err() {
                if let Ok(Some(again)) =
                    describe_batch(client, std::slice::from_ref(group), timeout)
                        .map(|mut one| one.pop())
                {
                    *slot = again;
                }
            }
        }
    }
    Ok(described)
}

fn describe_batch<C: ClientContext>(
    client: &Client<C>,
    groups: &[String],
    timeout: Duration,
) -> Result<Vec<Described>> {
    if groups.is_empty() {
        return Ok(Vec::new());
    }
    let names: Vec<CString> = groups.iter().map(|g| c_string(g)).collect::<Result<_>>()?;
    let mut pointers: Vec<*const c_char> = names.iter().map(|n| n.as_ptr()).collect();
    let mut request = Request::new(
        client,
        rd::rd_kafka_admin_op_t::RD_KAFKA_ADMIN_OP_DESCRIBECONSUMERGROUPS,
        timeout,
    )?;
    // SAFETY: names outlive the call; librdkafka copies them.
    unsafe {
        rd::rd_kafka_DescribeConsumerGroups(
            client.native_ptr(),
            pointers.as_mut_ptr(),
            pointers.len(),
            request.options,
            request.queue,
        )
    };
    let event = request.wait(timeout, "describing consumer groups")?;
    // SAFETY: the event is a DescribeConsumerGroups result; everything read lives as long
    // as the event.
    unsafe {
        let result = rd::rd_kafka_event_DescribeConsumerGroups_result(event);
        let mut count = 0;
        let descriptions = rd::rd_kafka_DescribeConsumerGroups_result_groups(result, &mut count);
        let descriptions: &[*const rd::rd_kafka_ConsumerGroupDescription_t] =
            if descriptions.is_null() {
                &[]
            } else {
                std::slice::from_raw_parts(descriptions, count)
            };
        let mut described: Vec<(String, Described)> = descriptions
            .iter()
            .map(|&description| {
                let group = text(rd::rd_kafka_ConsumerGroupDescription_group_id(description));
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
                        return (group, Ok(dead));
                    }
                    let reason = error_text(error).unwrap_or_default();
                    return (group, Err(reason));
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
                let members = (0..rd::rd_kafka_ConsumerGroupDescription_member_count(description))
                    .map(|i| {
                        let member = rd::rd_kafka_ConsumerGroupDescription_member(description, i);
                        let assignment = rd::rd_kafka_MemberDescription_assignment(member);
                        let assigned = if assignment.is_null() {
                            Vec::new()
                        } else {
                            partitions(rd::rd_kafka_MemberAssignment_partitions(assignment))
                                .into_iter()
                                .map(|(p, _)| (p.topic, p.partition))
                                .collect()
                        };
                        MemberDescription {
                            consumer_id: text(rd::rd_kafka_MemberDescription_consumer_id(member)),
                            host: text(rd::rd_kafka_MemberDescription_host(member)),
                            client_id: text(rd::rd_kafka_MemberDescription_client_id(member)),
                            assignment: assigned,
                        }
                    })
                    .collect();
                let found = GroupDescription {
                    group: group.clone(),
                    state: state_name(rd::rd_kafka_ConsumerGroupDescription_state(description)),
                    assignor: text(rd::rd_kafka_ConsumerGroupDescription_partition_assignor(
                        description,
                    )),
                    coordinator,
                    members,
                };
                (group, Ok(found))
            })
            .collect();
        Ok(groups
            .iter()
            .map(|group| {
                described
                    .iter()
                    .position(|(name, _)| name == group)
                    .map(|at| described.swap_remove(at).1)
                    .unwrap_or_else(|| Err("the broker did not describe it".into()))
            })
            .collect())
    }
}

/// The group's committed offsets for every partition it has committed, in one request.
pub fn committed_offsets<C: ClientContext>(
    client: &Client<C>,
    group: &str,
    timeout: Duration,
) -> Result<Vec<PartitionOffset>> {
    read_committed_offsets(client, group, false, timeout)
}

/// `committed_offsets` that waits for pending transactional offsets to be committed or
/// aborted (librdkafka retries while the broker says the offsets are unstable).
pub fn stable_committed_offsets<C: ClientContext>(
    client: &Client<C>,
    group: &str,
    timeout: Duration,
) -> Result<Vec<PartitionOffset>> {
    read_committed_offsets(client, group, true, timeout)
}

fn read_committed_offsets<C: ClientContext>(
    client: &Client<C>,
    group: &str,
    stable: bool,
    timeout: Duration,
) -> Result<Vec<PartitionOffset>> {
    let name = c_string(group)?;
    let mut request = Request::new(
        client,
        rd::rd_kafka_admin_op_t::RD_KAFKA_ADMIN_OP_LISTCONSUMERGROUPOFFSETS,
        timeout,
    )?;
    if stable {
        // SAFETY: options is valid; a returned error is owned here and destroyed.
        unsafe {
            let error = rd::rd_kafka_AdminOptions_set_require_stable_offsets(request.options, 1);
            if !error.is_null() {
                let reason = error_text(error).unwrap_or_default();
                rd::rd_kafka_error_destroy(error);
                bail!("{reason}");
            }
        }
    }
    // SAFETY: a null partition list asks for all committed partitions; the request object
    // is copied by librdkafka and freed here.
    unsafe {
        let mut list = rd::rd_kafka_ListConsumerGroupOffsets_new(name.as_ptr(), ptr::null());
        rd::rd_kafka_ListConsumerGroupOffsets(
            client.native_ptr(),
            &mut list,
            1,
            request.options,
            request.queue,
        );
        rd::rd_kafka_ListConsumerGroupOffsets_destroy(list);
    }
    let event = request.wait(timeout, &format!("reading the offsets of group '{group}'"))?;
    // SAFETY: the event is a ListConsumerGroupOffsets result.
    let rows = unsafe {
        let result = rd::rd_kafka_event_ListConsumerGroupOffsets_result(event);
        let mut count = 0;
        let groups = rd::rd_kafka_ListConsumerGroupOffsets_result_groups(result, &mut count);
        group_result(groups, count)
    }?;
    let mut offsets: Vec<PartitionOffset> = rows
        .into_iter()
        .filter(|(row, error)| error.is_none() && row.offset >= 0)
        .map(|(row, _)| row)
        .collect();
    offsets.sort();
    Ok(offsets)
}

/// The partitions a group request failed for, with why.
fn failures(rows: Vec<(PartitionOffset, Option<String>)>) -> Vec<(PartitionOffset, String)> {
    rows.into_iter()
        .filter_map(|(row, error)| error.map(|e| (row, e)))
        .collect()
}

/// The partitions of the first group result, or its error.
unsafe fn group_result(
    groups: *mut *const rd::rd_kafka_group_result_t,
    count: usize,
) -> Result<Vec<(PartitionOffset, Option<String>)>> {
    if groups.is_null() || count == 0 {
        bail!("the broker returned no result for the group");
    }
    let group = *groups;
    if let Some(error) = error_text(rd::rd_kafka_group_result_error(group)) {
        bail!("{error}");
    }
    Ok(partitions(rd::rd_kafka_group_result_partitions(group)))
}

/// Sets the group's committed offsets, all in one OffsetCommit request: the broker applies
/// them together. Returns per-partition errors, if any.
pub fn alter_offsets<C: ClientContext>(
    client: &Client<C>,
    group: &str,
    offsets: &[PartitionOffset],
    timeout: Duration,
) -> Result<Vec<(PartitionOffset, String)>> {
    let name = c_string(group)?;
    let mut list = TopicPartitionList::new();
    for row in offsets {
        list.add_partition_offset(
            &row.topic,
            row.partition,
            rdkafka::Offset::Offset(row.offset),
        )?;
    }
    let mut request = Request::new(
        client,
        rd::rd_kafka_admin_op_t::RD_KAFKA_ADMIN_OP_ALTERCONSUMERGROUPOFFSETS,
        timeout,
    )?;
    // SAFETY: librdkafka copies the group name and the list.
    unsafe {
        let mut alter = rd::rd_kafka_AlterConsumerGroupOffsets_new(name.as_ptr(), list.ptr());
        rd::rd_kafka_AlterConsumerGroupOffsets(
            client.native_ptr(),
            &mut alter,
            1,
            request.options,
            request.queue,
        );
        rd::rd_kafka_AlterConsumerGroupOffsets_destroy(alter);
    }
    let event = request.wait(timeout, &format!("committing offsets for group '{group}'"))?;
    // SAFETY: the event is an AlterConsumerGroupOffsets result.
    let rows = unsafe {
        let result = rd::rd_kafka_event_AlterConsumerGroupOffsets_result(event);
        let mut count = 0;
        let groups = rd::rd_kafka_AlterConsumerGroupOffsets_result_groups(result, &mut count);
        group_result(groups, count)
    }?;
    Ok(failures(rows))
}

/// Log starts or ends for many partitions at once (one ListOffsets request per leader).
/// Time lookups go through `offsets::offsets_for_times`, which checks the broker's answer.
pub fn list_offsets<C: ClientContext>(
    client: &Client<C>,
    queries: &[(String, i32, OffsetQuery)],
    timeout: Duration,
) -> Result<Vec<PartitionOffset>> {
    if queries.is_empty() {
        return Ok(Vec::new());
    }
    let mut list = TopicPartitionList::new();
    for (topic, partition, query) in queries {
        let spec = match query {
            OffsetQuery::Earliest => {
                rd::rd_kafka_OffsetSpec_t::RD_KAFKA_OFFSET_SPEC_EARLIEST as i64
            }
            OffsetQuery::Latest => rd::rd_kafka_OffsetSpec_t::RD_KAFKA_OFFSET_SPEC_LATEST as i64,
        };
        list.add_partition(topic, *partition);
        // SAFETY: the list is valid; the partition was just added.
        unsafe {
            let topic = c_string(topic)?;
            rd::rd_kafka_topic_partition_list_set_offset(
                list.ptr(),
                topic.as_ptr(),
                *partition,
                spec,
            );
        }
    }
    let mut request = Request::new(
        client,
        rd::rd_kafka_admin_op_t::RD_KAFKA_ADMIN_OP_LISTOFFSETS,
        timeout,
    )?;
    // SAFETY: librdkafka copies the list.
    unsafe {
        rd::rd_kafka_ListOffsets(
            client.native_ptr(),
            list.ptr(),
            request.options,
            request.queue,
        )
    };
    let event = request.wait(timeout, "listing offsets")?;
    // SAFETY: the event is a ListOffsets result.
    unsafe {
        let result = rd::rd_kafka_event_ListOffsets_result(event);
        let mut count = 0;
        let infos = rd::rd_kafka_ListOffsets_result_infos(result, &mut count);
        let infos: &[*const rd::rd_kafka_ListOffsetsResultInfo_t] = if infos.is_null() {
            &[]
        } else {
            std::slice::from_raw_parts(infos, count)
        };
        let mut rows = Vec::with_capacity(infos.len());
        for &info in infos {
            let elem = &*rd::rd_kafka_ListOffsetsResultInfo_topic_partition(info);
            let topic = text(elem.topic);
            if elem.err != rd::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR_NO_ERROR {
                bail!(
                    "listing offsets of {topic} [{}]: {}",
                    elem.partition,
                    RDKafkaErrorCode::from(elem.err)
                );
            }
            rows.push(PartitionOffset {
                topic,
                partition: elem.partition,
                offset: elem.offset,
            });
        }
        rows.sort();
        Ok(rows)
    }
}

/// Deletes groups (they must have no members); returns each group's error, if any.
pub fn delete_groups<C: ClientContext>(
    client: &Client<C>,
    groups: &[String],
    timeout: Duration,
) -> Result<Vec<(String, Option<String>)>> {
    let names: Vec<CString> = groups.iter().map(|g| c_string(g)).collect::<Result<_>>()?;
    let mut request = Request::new(
        client,
        rd::rd_kafka_admin_op_t::RD_KAFKA_ADMIN_OP_DELETEGROUPS,
        timeout,
    )?;
    // SAFETY: each DeleteGroup object is copied by librdkafka and freed here.
    unsafe {
        let mut objects: Vec<*mut rd::rd_kafka_DeleteGroup_t> = names
            .iter()
            .map(|n| rd::rd_kafka_DeleteGroup_new(n.as_ptr()))
            .collect();
        rd::rd_kafka_DeleteGroups(
            client.native_ptr(),
            objects.as_mut_ptr(),
            objects.len(),
            request.options,
            request.queue,
        );
        for object in objects {
            rd::rd_kafka_DeleteGroup_destroy(object);
        }
    }
    let event = request.wait(timeout, "deleting consumer groups")?;
    // SAFETY: the event is a DeleteGroups result.
    unsafe {
        let result = rd::rd_kafka_event_DeleteGroups_result(event);
        let mut count = 0;
        let results = rd::rd_kafka_DeleteGroups_result_groups(result, &mut count);
        let results: &[*const rd::rd_kafka_group_result_t] = if results.is_null() {
            &[]
        } else {
            std::slice::from_raw_parts(results, count)
        };
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
}

/// The log start and end of each partition: two ListOffsets requests per broker.
pub fn log_extents<C: ClientContext>(
    client: &Client<C>,
    partitions: &[(String, i32)],
    timeout: Duration,
) -> Result<Vec<crate::offsets::PartitionExtent>> {
    let query = |which| {
        partitions
            .iter()
            .map(|(t, p)| (t.clone(), *p, which))
            .collect::<Vec<_>>()
    };
    let starts = list_offsets(client, &query(OffsetQuery::Earliest), timeout)?;
    let ends = list_offsets(client, &query(OffsetQuery::Latest), timeout)?;
    Ok(starts
        .into_iter()
        .zip(ends)
        .map(|(start, end)| crate::offsets::PartitionExtent {
            topic: start.topic,
            partition: start.partition,
            low: start.offset,
            high: end.offset,
        })
        .collect())
}

/// Deletes a group's committed offsets for some partitions; returns per-partition errors.
pub fn delete_offsets<C: ClientContext>(
    client: &Client<C>,
    group: &str,
    partitions: &[(String, i32)],
    timeout: Duration,
) -> Result<Vec<(PartitionOffset, String)>> {
    let name = c_string(group)?;
    let mut list = TopicPartitionList::new();
    for (topic, partition) in partitions {
        list.add_partition(topic, *partition);
    }
    let mut request = Request::new(
        client,
        rd::rd_kafka_admin_op_t::RD_KAFKA_ADMIN_OP_DELETECONSUMERGROUPOFFSETS,
        timeout,
    )?;
    // SAFETY: librdkafka copies the group name and the list.
    unsafe {
        let mut delete = rd::rd_kafka_DeleteConsumerGroupOffsets_new(name.as_ptr(), list.ptr());
        rd::rd_kafka_DeleteConsumerGroupOffsets(
            client.native_ptr(),
            &mut delete,
            1,
            request.options,
            request.queue,
        );
        rd::rd_kafka_DeleteConsumerGroupOffsets_destroy(delete);
    }
    let event = request.wait(timeout, &format!("deleting offsets of group '{group}'"))?;
    // SAFETY: the event is a DeleteConsumerGroupOffsets result.
    let rows = unsafe {
        let result = rd::rd_kafka_event_DeleteConsumerGroupOffsets_result(event);
        let mut count = 0;
        let groups = rd::rd_kafka_DeleteConsumerGroupOffsets_result_groups(result, &mut count);
        group_result(groups, count)
    }?;
    Ok(failures(rows))
}

/// Leaves an admin client to the operating system instead of destroying it: librdkafka
/// 2.12.1 aborts the process (a queue refcount assertion) when a client whose
/// DeleteConsumerGroupOffsets request failed is destroyed. kfk exits soon after.
pub fn leave_after_failed_delete<T>(admin: T) {
    std::mem::forget(admin);
}

/// Why a transaction step failed, and whether the producer can go on.
#[derive(Debug)]
pub struct TxnFailure {
    pub fatal: bool,
    pub message: String,
}

impl std::fmt::Display for TxnFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

/// Adds consumed offsets to the producer's open transaction under `group`, with no member
/// or generation: for a copy across clusters, whose source group is unknown to the
/// destination's coordinator (rust-rdkafka only takes a consumer's own group metadata).
pub fn send_offsets_for_group<C: ClientContext>(
    producer: &Client<C>,
    offsets: &TopicPartitionList,
    group: &str,
    timeout: Duration,
) -> std::result::Result<(), TxnFailure> {
    let name = c_string(group).map_err(|err| TxnFailure {
        fatal: true,
        message: err.to_string(),
    })?;
    let millis = timeout.as_millis().min(i32::MAX as u128) as i32;
    // SAFETY: the metadata and error objects are created here and destroyed once.
    unsafe {
        let metadata = rd::rd_kafka_consumer_group_metadata_new(name.as_ptr());
        let error = rd::rd_kafka_send_offsets_to_transaction(
            producer.native_ptr(),
            offsets.ptr(),
            metadata,
            millis,
        );
        rd::rd_kafka_consumer_group_metadata_destroy(metadata);
        if error.is_null() {
            return Ok(());
        }
        let failure = TxnFailure {
            fatal: rd::rd_kafka_error_is_fatal(error) != 0,
            message: text(rd::rd_kafka_error_string(error)),
        };
        rd::rd_kafka_error_destroy(error);
        Err(failure)
    }
}
