//! Describing the cluster: its id, its controller, and each broker with its rack.

use std::time::Duration;

use anyhow::Result;
use rdkafka::bindings as rd;
use rdkafka::client::Client;
use rdkafka::ClientContext;
use serde::Serialize;

use super::{array, call, text};

/// What DescribeCluster says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ClusterDescription {
    pub cluster_id: Option<String>,
    pub controller: Option<i32>,
    pub brokers: Vec<Node>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Node {
    pub id: i32,
    pub host: String,
    pub port: u16,
    pub rack: Option<String>,
}

/// The cluster's id, controller and brokers, in one request.
pub fn describe_cluster<C: ClientContext>(
    client: &Client<C>,
    timeout: Duration,
) -> Result<ClusterDescription> {
    call(
        client,
        rd::rd_kafka_admin_op_t::RD_KAFKA_ADMIN_OP_DESCRIBECLUSTER,
        timeout,
        "describing the cluster",
        // SAFETY: handles are valid for the call; librdkafka copies what it needs.
        |rk, options, queue| unsafe { rd::rd_kafka_DescribeCluster(rk, options, queue) },
        // SAFETY: the event is a DescribeCluster result; what is read lives as long as it.
        |event| unsafe {
            let result = rd::rd_kafka_event_DescribeCluster_result(event);
            let id = rd::rd_kafka_DescribeCluster_result_cluster_id(result);
            let controller = rd::rd_kafka_DescribeCluster_result_controller(result);
            let mut count = 0;
            let nodes = rd::rd_kafka_DescribeCluster_result_nodes(result, &mut count);
            let mut brokers: Vec<Node> = array(nodes, count)
                .iter()
                .map(|&node| read_node(node))
                .collect();
            brokers.sort_by_key(|b| b.id);
            Ok(ClusterDescription {
                cluster_id: (!id.is_null()).then(|| text(id)),
                controller: (!controller.is_null()).then(|| rd::rd_kafka_Node_id(controller)),
                brokers,
            })
        },
    )
}

/// # Safety
/// `node` must be a live node of a result.
unsafe fn read_node(node: *const rd::rd_kafka_Node_t) -> Node {
    // SAFETY: the caller upholds this function's `# Safety` contract.
    unsafe {
        let rack = rd::rd_kafka_Node_rack(node);
        Node {
            id: rd::rd_kafka_Node_id(node),
            host: text(rd::rd_kafka_Node_host(node)),
            port: rd::rd_kafka_Node_port(node),
            rack: (!rack.is_null())
                .then(|| text(rack))
                .filter(|r| !r.is_empty()),
        }
    }
}
