//! The planner of `kfk reassign generate`: the replicas of some partitions onto a set of
//! brokers, each broker ending with the same number of replicas give or take one, moving
//! only what balance requires: a replica stays where it is when its broker is in the set
//! and not over its share. Rack-aware: while the brokers span at least as many racks as
//! a partition has replicas, no two of its replicas share a rack. A kept replica keeps
//! its position, so a partition whose leader stays keeps its preferred leader; the
//! others take the replica that leads the fewest partitions so far.

use std::collections::{BTreeMap, BTreeSet};

use super::election::PartitionPlacement;
use super::reassignment::{BrokerSlot, Plan, PlannedPartition};

struct Planner<'a> {
    brokers: &'a [BrokerSlot],
    rack_aware: bool,
    /// Replicas each broker holds in the plan so far.
    load: BTreeMap<i32, usize>,
}

impl Planner<'_> {
    fn rack(&self, id: i32) -> String {
        let rack = self
            .brokers
            .iter()
            .find(|b| b.id == id)
            .and_then(|b| b.rack.clone());
        match rack {
            Some(rack) if self.rack_aware => rack,
            _ => format!("#{id}"),
        }
    }

    fn racks(&self) -> usize {
        let racks: BTreeSet<String> = self.brokers.iter().map(|b| self.rack(b.id)).collect();
        racks.len()
    }

    /// Whether `candidate` may join `replicas` (the partition's other replicas): not one
    /// of them, and on a rack of its own where the racks allow.
    fn fits(&self, candidate: i32, replicas: &[Option<i32>], spread: bool) -> bool {
        let others: Vec<i32> = replicas.iter().flatten().copied().collect();
        !others.contains(&candidate)
            && (!spread || others.iter().all(|&o| self.rack(o) != self.rack(candidate)))
    }

    fn load(&self, id: i32) -> usize {
        self.load.get(&id).copied().unwrap_or(0)
    }

    fn adjust(&mut self, id: i32, up: bool) {
        let load = self.load.entry(id).or_insert(0);
        *load = if up {
            *load + 1
        } else {
            load.saturating_sub(1)
        };
    }
}

/// The plan for `current`'s partitions onto `brokers`; every partition of `current` is
/// in it, moved or not.
pub fn generate(
    current: &[PartitionPlacement],
    brokers: &[BrokerSlot],
    rack_aware: bool,
) -> Result<Plan, String> {
    if brokers.is_empty() {
        return Err("no brokers to place replicas on".into());
    }
    for p in current {
        if p.replicas.len() > brokers.len() {
            return Err(format!(
                "{}-{} has {} replicas, more than the {} brokers given",
                p.topic,
                p.partition,
                p.replicas.len(),
                brokers.len()
            ));
        }
    }
    let mut planner = Planner {
        brokers,
        rack_aware,
        load: brokers.iter().map(|b| (b.id, 0)).collect(),
    };
    let total: usize = current.iter().map(|p| p.replicas.len()).sum();
    let (low, high) = (total / brokers.len(), total.div_ceil(brokers.len()));
    let racks = planner.racks();
    let spreads: Vec<bool> = current.iter().map(|p| racks >= p.replicas.len()).collect();
    let mut slots = keep(&mut planner, current, &spreads);
    shed(&mut planner, &mut slots, high);
    fill(&mut planner, &mut slots, &spreads)?;
    level(&mut planner, &mut slots, &spreads, low);
    let leaders = choose_leaders(current, &mut slots);
    Ok(Plan::new(
        current
            .iter()
            .zip(leaders)
            .map(|(p, replicas)| PlannedPartition {
                topic: p.topic.clone(),
                partition: p.partition,
                log_dirs: Some(vec!["any".to_string(); replicas.len()]),
                replicas,
            })
            .collect(),
    ))
}

/// Each partition's replicas that may stay (on a broker of the set, on a rack of their
/// own where that is required); the others are empty slots.
fn keep(
    planner: &mut Planner<'_>,
    current: &[PartitionPlacement],
    spreads: &[bool],
) -> Vec<Vec<Option<i32>>> {
    let mut slots = Vec::new();
    for (p, &spread) in current.iter().zip(spreads) {
        let mut kept: Vec<Option<i32>> = Vec::new();
        for &replica in &p.replicas {
            let stays = planner.brokers.iter().any(|b| b.id == replica)
                && planner.fits(replica, &kept, spread);
            kept.push(stays.then_some(replica));
            if stays {
                planner.adjust(replica, true);
            }
        }
        slots.push(kept);
    }
    slots
}

/// Empties slots of brokers over `high` replicas until none is: followers before
/// leaders, and one slot per partition before a second, so that a partition keeps as
/// many of its replicas as it can.
fn shed(planner: &mut Planner<'_>, slots: &mut [Vec<Option<i32>>], high: usize) {
    let ids: Vec<i32> = planner.brokers.iter().map(|b| b.id).collect();
    let widest = slots.iter().map(Vec::len).max().unwrap_or(0);
    for id in ids {
        for only_whole in [true, false] {
            for position in (0..widest).rev() {
                for partition in slots.iter_mut() {
                    if planner.load(id) <= high {
                        break;
                    }
                    let whole = partition.iter().all(Option::is_some);
                    if partition.get(position) == Some(&Some(id)) && (whole || !only_whole) {
                        partition[position] = None;
                        planner.adjust(id, false);
                    }
                }
            }
        }
    }
}

/// Fills every empty slot with the least-loaded broker that fits.
fn fill(
    planner: &mut Planner<'_>,
    slots: &mut [Vec<Option<i32>>],
    spreads: &[bool],
) -> Result<(), String> {
    for (partition, &spread) in slots.iter_mut().zip(spreads) {
        for position in 0..partition.len() {
            if partition[position].is_some() {
                continue;
            }
            let chosen = planner
                .brokers
                .iter()
                .map(|b| b.id)
                .filter(|&id| planner.fits(id, partition, spread))
                .min_by_key(|&id| (planner.load(id), id))
                .ok_or("no broker fits a replica: too few brokers or racks")?;
            partition[position] = Some(chosen);
            planner.adjust(chosen, true);
        }
    }
    Ok(())
}

/// Moves replicas from brokers above `low` to brokers below it (a broker added to the
/// set starts empty), one at a time, until no move helps.
fn level(planner: &mut Planner<'_>, slots: &mut [Vec<Option<i32>>], spreads: &[bool], low: usize) {
    loop {
        let Some(under) = planner
            .brokers
            .iter()
            .map(|b| b.id)
            .filter(|&id| planner.load(id) < low)
            .min_by_key(|&id| (planner.load(id), id))
        else {
            return;
        };
        let mut moved = false;
        'search: for (partition, &spread) in slots.iter_mut().zip(spreads) {
            for position in (0..partition.len()).rev() {
                let Some(over) = partition[position] else {
                    continue;
                };
                if planner.load(over) <= low {
                    continue;
                }
                partition[position] = None;
                if planner.fits(under, partition, spread) {
                    partition[position] = Some(under);
                    planner.adjust(over, false);
                    planner.adjust(under, true);
                    moved = true;
                    break 'search;
                }
                partition[position] = Some(over);
            }
        }
        if !moved {
            return;
        }
    }
}

/// The replica lists, each led by its old leader where that stayed, else by the replica
/// that leads the fewest partitions so far.
fn choose_leaders(current: &[PartitionPlacement], slots: &mut [Vec<Option<i32>>]) -> Vec<Vec<i32>> {
    let mut leads: BTreeMap<i32, usize> = BTreeMap::new();
    let mut lists: Vec<Option<Vec<i32>>> = vec![None; slots.len()];
    // Leaders that stayed count first, so that the others balance around them.
    for (i, (p, partition)) in current.iter().zip(slots.iter()).enumerate() {
        let replicas: Vec<i32> = partition.iter().flatten().copied().collect();
        if p.replicas.first() == replicas.first() {
            *leads.entry(replicas[0]).or_insert(0) += 1;
            lists[i] = Some(replicas);
        }
    }
    for (i, partition) in slots.iter().enumerate() {
        if lists[i].is_some() {
            continue;
        }
        let mut replicas: Vec<i32> = partition.iter().flatten().copied().collect();
        if let Some(best) = (0..replicas.len())
            .min_by_key(|&at| (leads.get(&replicas[at]).copied().unwrap_or(0), at))
        {
            let leader = replicas.remove(best);
            replicas.insert(0, leader);
            *leads.entry(leader).or_insert(0) += 1;
        }
        lists[i] = Some(replicas);
    }
    lists.into_iter().flatten().collect()
}

#[cfg(test)]
#[path = "reassignment_planner_tests.rs"]
mod tests;
