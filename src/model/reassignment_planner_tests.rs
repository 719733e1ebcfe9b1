use std::collections::BTreeMap;

use super::*;
use crate::model::reassignment::{moves, Plan};

fn placed(partitions: &[&[i32]]) -> Vec<PartitionPlacement> {
    partitions
        .iter()
        .enumerate()
        .map(|(i, replicas)| PartitionPlacement {
            topic: "t".into(),
            partition: i as i32,
            leader: replicas[0],
            replicas: replicas.to_vec(),
            isr: replicas.to_vec(),
        })
        .collect()
}

fn brokers(ids: &[i32]) -> Vec<BrokerSlot> {
    ids.iter()
        .map(|&id| BrokerSlot { id, rack: None })
        .collect()
}

fn loads(plan: &Plan) -> BTreeMap<i32, usize> {
    let mut loads = BTreeMap::new();
    for p in &plan.partitions {
        for &b in &p.replicas {
            *loads.entry(b).or_insert(0) += 1;
        }
    }
    loads
}

/// Replicas that land on a broker that did not hold them.
fn replicas_moved(current: &[PartitionPlacement], plan: &Plan) -> usize {
    current
        .iter()
        .zip(&plan.partitions)
        .map(|(c, p)| {
            p.replicas
                .iter()
                .filter(|b| !c.replicas.contains(b))
                .count()
        })
        .sum()
}

#[test]
fn replicas_leave_a_broker_and_nothing_else_moves() {
    let current = placed(&[&[1, 2], &[2, 3], &[3, 1], &[1, 2], &[2, 1], &[3, 2]]);
    let plan = generate(&current, &brokers(&[1, 2]), true).expect("plan");
    assert_eq!(loads(&plan), BTreeMap::from([(1, 6), (2, 6)]));
    // Only the three replicas on broker 3 moved; partitions without one kept their order.
    assert_eq!(replicas_moved(&current, &plan), 3);
    assert_eq!(plan.partitions[0].replicas, [1, 2]);
    assert_eq!(plan.partitions[4].replicas, [2, 1]);
    assert_eq!(moves(&current, &plan).expect("moves").len(), 3);
}

#[test]
fn a_new_broker_takes_its_share_with_the_fewest_moves() {
    let all: &[i32] = &[1, 2, 3];
    let current = placed(&[all; 6]);
    let plan = generate(&current, &brokers(&[1, 2, 3, 4]), true).expect("plan");
    let loads = loads(&plan);
    assert!(loads.values().all(|&n| n == 4 || n == 5), "{loads:?}");
    // 18 replicas over 4 brokers: broker 4 needs 4, and exactly 4 move.
    assert_eq!(loads[&4], 4);
    assert_eq!(replicas_moved(&current, &plan), 4);
    for p in &plan.partitions {
        let distinct: std::collections::BTreeSet<_> = p.replicas.iter().collect();
        assert_eq!(distinct.len(), 3, "{p:?}");
    }
}

#[test]
fn a_balanced_assignment_is_left_alone() {
    let current = placed(&[&[1, 2], &[2, 3], &[3, 1]]);
    let plan = generate(&current, &brokers(&[1, 2, 3]), true).expect("plan");
    assert_eq!(moves(&current, &plan).expect("moves"), []);
}

#[test]
fn replicas_of_a_partition_spread_over_racks() {
    let racked = |id, rack: &str| BrokerSlot {
        id,
        rack: Some(rack.into()),
    };
    let brokers = [
        racked(1, "a"),
        racked(2, "a"),
        racked(3, "b"),
        racked(4, "b"),
    ];
    // Both replicas of each partition start on rack a.
    let current = placed(&[&[1, 2], &[2, 1], &[1, 2], &[2, 1]]);
    let plan = generate(&current, &brokers, true).expect("plan");
    let rack = |id: i32| if id <= 2 { "a" } else { "b" };
    for p in &plan.partitions {
        assert_ne!(rack(p.replicas[0]), rack(p.replicas[1]), "{p:?}");
    }
    assert!(loads(&plan).values().all(|&n| n == 2), "{:?}", loads(&plan));
    // Without rack awareness nothing needs to move onto rack b but balance.
    let blind = generate(&current, &brokers, false).expect("plan");
    assert!(loads(&blind).values().all(|&n| n == 2));
}

#[test]
fn leaders_spread_over_the_brokers() {
    let current = placed(&[&[3, 1], &[3, 2], &[3, 1], &[3, 2]]);
    let plan = generate(&current, &brokers(&[1, 2]), true).expect("plan");
    let mut leads = BTreeMap::new();
    for p in &plan.partitions {
        *leads.entry(p.replicas[0]).or_insert(0) += 1;
    }
    assert_eq!(leads, BTreeMap::from([(1, 2), (2, 2)]));
}

#[test]
fn more_replicas_than_brokers_is_refused() {
    let current = placed(&[&[1, 2, 3]]);
    assert_eq!(
        generate(&current, &brokers(&[1, 2]), true).unwrap_err(),
        "t-0 has 3 replicas, more than the 2 brokers given"
    );
}

#[test]
fn plans_are_read_as_apache_writes_them_and_checked() {
    let text = r#"{"version":1,"partitions":[{"topic":"t","partition":0,"replicas":[1,2],"log_dirs":["any","any"]}]}"#;
    let plan = Plan::parse(text).expect("plan");
    assert_eq!(plan.to_json(), text);
    let wrong = |text: &str| Plan::parse(text).unwrap_err();
    assert_eq!(
        wrong(r#"{"version":1,"partitions":[{"topic":"t","partition":0,"replicas":[1,1]}]}"#),
        "t-0 names a broker twice: [1, 1]"
    );
    assert_eq!(
        wrong(
            r#"{"version":1,"partitions":[{"topic":"t","partition":0,"replicas":[1]},{"topic":"t","partition":0,"replicas":[2]}]}"#
        ),
        "t-0 is in the plan twice"
    );
    assert!(wrong(r#"{"version":1,"partitions":[{"topic":"t","partition":0,"replicas":[1],"log_dirs":["/data"]}]}"#)
        .contains("log_dirs must be \"any\""));
    assert_eq!(
        wrong(r#"{"version":2,"partitions":[]}"#),
        "plan version 2 is not 1"
    );
}
