//! DescribeClientQuotas and AlterClientQuotas (a broker forwards both to the controller).

use anyhow::{bail, Result};
use kafka_protocol::messages::alter_client_quotas_request::{EntityData, EntryData, OpData};
use kafka_protocol::messages::describe_client_quotas_request::ComponentData;
use kafka_protocol::messages::{AlterClientQuotasRequest, DescribeClientQuotasRequest};
use kafka_protocol::protocol::StrBytes;

use super::{describe_error, Wire};
use crate::model::quotas::{Name, QuotaEntity, QuotaEntry};

const USER: &str = "user";
const CLIENT_ID: &str = "client-id";
/// DescribeClientQuotas match types.
const MATCH_EXACT: i8 = 0;
const MATCH_DEFAULT: i8 = 1;

/// A change to one quota key: a new value, or None to remove it.
pub type QuotaOp = (String, Option<f64>);

impl Wire {
    /// The quotas of every entity `filter` matches: each part it names must match (a
    /// named one exactly, a default one the default); parts it leaves out match anything.
    pub fn describe_quotas(&self, filter: &QuotaEntity) -> Result<Vec<QuotaEntry>> {
        let component = |kind: &'static str, name: &Name| {
            let data = ComponentData::default().with_entity_type(StrBytes::from_static_str(kind));
            match name {
                Name::Named(name) => data
                    .with_match_type(MATCH_EXACT)
                    .with_match(Some(StrBytes::from_string(name.clone()))),
                Name::Default => data.with_match_type(MATCH_DEFAULT).with_match(None),
            }
        };
        let mut components = Vec::new();
        if let Some(user) = &filter.user {
            components.push(component(USER, user));
        }
        if let Some(client) = &filter.client_id {
            components.push(component(CLIENT_ID, client));
        }
        let request = DescribeClientQuotasRequest::default().with_components(components);
        let answer = self.any()?.call(&request)?;
        if answer.error_code != 0 {
            bail!(
                "describing client quotas failed: {}",
                describe_error(answer.error_code, answer.error_message.as_deref())
            );
        }
        let mut entries: Vec<QuotaEntry> = answer
            .entries
            .unwrap_or_default()
            .into_iter()
            .map(|entry| {
                let mut entity = QuotaEntity {
                    user: None,
                    client_id: None,
                };
                for part in &entry.entity {
                    let name = part
                        .entity_name
                        .as_ref()
                        .map_or(Name::Default, |n| Name::Named(n.to_string()));
                    match part.entity_type.as_str() {
                        USER => entity.user = Some(name),
                        CLIENT_ID => entity.client_id = Some(name),
                        _ => {}
                    }
                }
                let quotas = entry
                    .values
                    .iter()
                    .map(|v| (v.key.to_string(), v.value))
                    .collect();
                QuotaEntry { entity, quotas }
            })
            .filter(|entry| entry.entity.user.is_some() || entry.entity.client_id.is_some())
            .collect();
        entries.sort_by(|a, b| a.entity.cmp(&b.entity));
        Ok(entries)
    }

    /// Sets and removes quotas of one entity; with `validate_only` the broker only
    /// checks the change.
    pub fn alter_quotas(
        &self,
        entity: &QuotaEntity,
        ops: &[QuotaOp],
        validate_only: bool,
    ) -> Result<()> {
        let part = |kind: &'static str, name: &Name| {
            EntityData::default()
                .with_entity_type(StrBytes::from_static_str(kind))
                .with_entity_name(match name {
                    Name::Named(name) => Some(StrBytes::from_string(name.clone())),
                    Name::Default => None,
                })
        };
        let mut parts = Vec::new();
        if let Some(user) = &entity.user {
            parts.push(part(USER, user));
        }
        if let Some(client) = &entity.client_id {
            parts.push(part(CLIENT_ID, client));
        }
        let ops = ops
            .iter()
            .map(|(key, value)| {
                OpData::default()
                    .with_key(StrBytes::from_string(key.clone()))
                    .with_value(value.unwrap_or_default())
                    .with_remove(value.is_none())
            })
            .collect();
        let request = AlterClientQuotasRequest::default()
            .with_entries(vec![EntryData::default().with_entity(parts).with_ops(ops)])
            .with_validate_only(validate_only);
        let answer = self.any()?.call(&request)?;
        for entry in &answer.entries {
            if entry.error_code != 0 {
                bail!(
                    "the broker refused the quotas of {entity}: {}",
                    describe_error(entry.error_code, entry.error_message.as_deref())
                );
            }
        }
        Ok(())
    }
}
