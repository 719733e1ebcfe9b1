//! What kfk reasons about, apart from how it talks to brokers: positions and times as
//! users type them, the picture of a consumer group, and reset plans.

pub mod config_plan;
pub mod configs;
pub mod filter;
pub mod group;
pub mod lag;
pub mod offsets;
pub mod position;
pub mod record;
pub mod reset_plan;
pub mod timespec;
pub mod topic_config_schema;
