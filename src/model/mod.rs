//! What kfk reasons about, knowing nothing of Kafka clients or clap: records, positions
//! and offsets, times as users type them, the picture of a consumer group and its lag,
//! reset plans, and topic configs and plans to change them.

pub mod alert;
pub mod config_plan;
pub mod configs;
pub mod election;
pub mod filter;
pub mod generate;
pub mod group;
pub mod group_epochs;
pub mod lag;
pub mod log_dirs;
pub mod offset_translation;
pub mod offsets;
pub mod partitioner;
pub mod position;
pub mod quorum;
pub mod quotas;
pub mod reassignment;
mod reassignment_planner;
pub mod record;
pub mod reset_plan;
pub mod share_groups;
pub mod timespec;
pub mod topic_config_schema;
pub mod transactions;
