//! Partition reassignment plans, in the JSON format of Apache's
//! `kafka-reassign-partitions` (so plans travel between the tools), and the planner that
//! moves replicas onto a set of brokers: balanced, with as few moves as balance allows,
//! and rack-aware.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::election::PartitionPlacement;

/// {"version": 1, "partitions": [{"topic", "partition", "replicas", "log_dirs"}]}.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    pub version: i32,
    pub partitions: Vec<PlannedPartition>,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct PlannedPartition {
    pub topic: String,
    pub partition: i32,
    pub replicas: Vec<i32>,
    /// Apache's per-replica log directory, "any" for the broker's choice; kfk moves
    /// replicas between brokers only, so it accepts "any" alone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_dirs: Option<Vec<String>>,
}

/// A broker a plan may place replicas on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BrokerSlot {
    pub id: i32,
    pub rack: Option<String>,
}

impl Plan {
    pub fn new(partitions: Vec<PlannedPartition>) -> Plan {
        Plan {
            version: 1,
            partitions,
        }
    }

    /// Reads a plan, or says what is wrong with it and where.
    pub fn parse(text: &str) -> Result<Plan, String> {
        let plan: Plan = serde_json::from_str(text).map_err(|err| format!("not a plan: {err}"))?;
        if plan.version != 1 {
            return Err(format!("plan version {} is not 1", plan.version));
        }
        let mut seen = BTreeSet::new();
        for p in &plan.partitions {
            let at = format!("{}-{}", p.topic, p.partition);
            if !seen.insert((&p.topic, p.partition)) {
                return Err(format!("{at} is in the plan twice"));
            }
            if p.replicas.is_empty() {
                return Err(format!("{at} has no replicas"));
            }
            let distinct: BTreeSet<i32> = p.replicas.iter().copied().collect();
            if distinct.len() != p.replicas.len() {
                return Err(format!("{at} names a broker twice: {:?}", p.replicas));
            }
            if let Some(dirs) = &p.log_dirs {
                if dirs.len() != p.replicas.len() || dirs.iter().any(|d| d != "any") {
                    return Err(format!(
                        "{at}: kfk moves replicas between brokers only; its log_dirs must \
                         be \"any\" for each replica"
                    ));
                }
            }
        }
        Ok(plan)
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The plan that puts `current` back as it is.
    pub fn of(current: &[PartitionPlacement]) -> Plan {
        Plan::new(
            current
                .iter()
                .map(|p| PlannedPartition {
                    topic: p.topic.clone(),
                    partition: p.partition,
                    replicas: p.replicas.clone(),
                    log_dirs: Some(vec!["any".to_string(); p.replicas.len()]),
                })
                .collect(),
        )
    }
}

/// One partition a plan moves: its replicas now and after.
#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct Move {
    pub topic: String,
    pub partition: i32,
    pub current: Vec<i32>,
    pub proposed: Vec<i32>,
}

impl Move {
    /// The replicas the move creates (copied from the leader).
    pub fn adding(&self) -> Vec<i32> {
        let mut adding: Vec<i32> = self
            .proposed
            .iter()
            .filter(|b| !self.current.contains(b))
            .copied()
            .collect();
        adding.sort_unstable();
        adding
    }
}

/// The partitions `plan` changes, against `current`; an error names a partition the
/// cluster does not have.
pub fn moves(current: &[PartitionPlacement], plan: &Plan) -> Result<Vec<Move>, String> {
    let mut moves = Vec::new();
    for p in &plan.partitions {
        let Some(now) = current
            .iter()
            .find(|c| c.topic == p.topic && c.partition == p.partition)
        else {
            return Err(format!(
                "the cluster has no partition {}-{}",
                p.topic, p.partition
            ));
        };
        if now.replicas != p.replicas {
            moves.push(Move {
                topic: p.topic.clone(),
                partition: p.partition,
                current: now.replicas.clone(),
                proposed: p.replicas.clone(),
            });
        }
    }
    Ok(moves)
}

/// The throttled-replica lists Kafka limits during `moves`, per topic:
/// `leader.replication.throttled.replicas` names every current replica (where copies come
/// from), `follower.replication.throttled.replicas` every replica being added.
pub fn throttled_replicas(moves: &[Move]) -> BTreeMap<String, (String, String)> {
    let mut lists: BTreeMap<String, (Vec<String>, Vec<String>)> = BTreeMap::new();
    for m in moves {
        let entry = lists.entry(m.topic.clone()).or_default();
        entry
            .0
            .extend(m.current.iter().map(|b| format!("{}:{b}", m.partition)));
        entry
            .1
            .extend(m.adding().iter().map(|b| format!("{}:{b}", m.partition)));
    }
    lists
        .into_iter()
        .map(|(topic, (leaders, followers))| (topic, (leaders.join(","), followers.join(","))))
        .collect()
}

/// The brokers on either side of `moves`, whose replication the throttle rate limits.
pub fn brokers_of(moves: &[Move]) -> BTreeSet<i32> {
    moves
        .iter()
        .flat_map(|m| m.current.iter().chain(&m.proposed))
        .copied()
        .collect()
}

/// The dynamic broker configs that cap replication bytes per second during a move.
pub const THROTTLE_RATES: [&str; 2] = [
    "leader.replication.throttled.rate",
    "follower.replication.throttled.rate",
];
/// The topic configs that name which replicas the throttle applies to.
pub const THROTTLED_REPLICAS: [&str; 2] = [
    "leader.replication.throttled.replicas",
    "follower.replication.throttled.replicas",
];

/// A reassignment the controller is carrying out.
#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct Ongoing {
    pub topic: String,
    pub partition: i32,
    pub replicas: Vec<i32>,
    pub adding: Vec<i32>,
    pub removing: Vec<i32>,
}

pub use super::reassignment_planner::generate;
