//! Access control lists as users type and read them: the resource (type, name and how
//! the name matches), the principal and host, the operation and the permission. A
//! filter leaves any part open. Names are Kafka's (kafka-acls.sh and the protocol),
//! accepted in any case, with '-' or '_' between words.

use std::fmt;
use std::str::FromStr;

use serde::Serialize;

macro_rules! named_enum {
    ($(#[$doc:meta])* $name:ident { $($variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
        pub enum $name { $($variant),+ }

        impl Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl $name {
            pub const NAMES: &'static [&'static str] = &[$($text),+];
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl FromStr for $name {
            type Err = String;
            fn from_str(raw: &str) -> Result<Self, String> {
                let wanted = normalize(raw);
                $name::ALL
                    .iter()
                    .copied()
                    .find(|v| normalize(v.as_str()) == wanted)
                    .ok_or_else(|| format!(
                        "unknown {} '{raw}': expected one of {}",
                        kind_name(stringify!($name)),
                        $name::NAMES.join(", ")
                    ))
            }
        }
    };
}

named_enum!(
    /// What an ACL protects.
    ResourceType {
        Any = "any",
        Topic = "topic",
        Group = "group",
        Cluster = "cluster",
        TransactionalId = "transactional-id",
    }
);

named_enum!(
    /// How an ACL's resource name matches: `literal` and `prefixed` are stored; `match`
    /// (a filter only) finds the ACLs that apply to one name, wildcards and prefixes
    /// included; `any` finds every pattern.
    PatternType {
        Any = "any",
        Match = "match",
        Literal = "literal",
        Prefixed = "prefixed",
    }
);

named_enum!(
    Operation {
        Any = "any",
        All = "all",
        Read = "read",
        Write = "write",
        Create = "create",
        Delete = "delete",
        Alter = "alter",
        Describe = "describe",
        ClusterAction = "cluster-action",
        DescribeConfigs = "describe-configs",
        AlterConfigs = "alter-configs",
        IdempotentWrite = "idempotent-write",
    }
);

named_enum!(
    Permission {
        Any = "any",
        Allow = "allow",
        Deny = "deny",
    }
);

/// "ReadConfigs", "READ_CONFIGS" and "read-configs" are one name.
fn normalize(raw: &str) -> String {
    raw.chars()
        .filter(|c| *c != '-' && *c != '_')
        .flat_map(char::to_lowercase)
        .collect()
}

fn kind_name(type_name: &str) -> &'static str {
    match type_name {
        "ResourceType" => "resource type",
        "PatternType" => "pattern type",
        "Operation" => "operation",
        _ => "permission",
    }
}

/// One ACL, as stored on the cluster.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Acl {
    pub principal: String,
    pub host: String,
    pub operation: Operation,
    pub permission: Permission,
    pub resource_type: ResourceType,
    pub resource_name: String,
    pub pattern_type: PatternType,
}

/// Which ACLs to list or delete: `None` or an `Any` leaves that part open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AclFilter {
    pub resource_type: ResourceType,
    pub resource_name: Option<String>,
    pub pattern_type: PatternType,
    pub principal: Option<String>,
    pub host: Option<String>,
    pub operation: Operation,
    pub permission: Permission,
}

impl Acl {
    /// The filter that matches this ACL alone.
    pub fn as_filter(&self) -> AclFilter {
        AclFilter {
            resource_type: self.resource_type,
            resource_name: Some(self.resource_name.clone()),
            pattern_type: self.pattern_type,
            principal: Some(self.principal.clone()),
            host: Some(self.host.clone()),
            operation: self.operation,
            permission: self.permission,
        }
    }

    /// Why this ACL cannot be created, if it cannot: Kafka stores concrete values only.
    pub fn check(&self) -> Result<(), String> {
        if self.resource_type == ResourceType::Any {
            return Err(
                "an ACL needs a resource type: topic, group, cluster or transactional-id".into(),
            );
        }
        if !matches!(
            self.pattern_type,
            PatternType::Literal | PatternType::Prefixed
        ) {
            return Err(format!(
                "an ACL's pattern type is literal or prefixed, not {}",
                self.pattern_type
            ));
        }
        if self.operation == Operation::Any {
            return Err("an ACL needs an operation (all grants every one)".into());
        }
        if self.permission == Permission::Any {
            return Err("an ACL's permission is allow or deny".into());
        }
        if self.resource_name.is_empty() {
            return Err("an ACL needs a resource name ('*' for every resource)".into());
        }
        if !self.principal.contains(':') {
            return Err(format!(
                "principal '{}' has no type: write it as User:{}",
                self.principal, self.principal
            ));
        }
        Ok(())
    }
}

/// The name Kafka gives the cluster resource.
pub const CLUSTER_RESOURCE: &str = "kafka-cluster";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_parse_in_any_spelling() {
        assert_eq!("DescribeConfigs".parse(), Ok(Operation::DescribeConfigs));
        assert_eq!("describe_configs".parse(), Ok(Operation::DescribeConfigs));
        assert_eq!("IDEMPOTENT-WRITE".parse(), Ok(Operation::IdempotentWrite));
        assert_eq!("TransactionalId".parse(), Ok(ResourceType::TransactionalId));
        assert_eq!("Prefixed".parse(), Ok(PatternType::Prefixed));
        assert_eq!("ALLOW".parse(), Ok(Permission::Allow));
        assert_eq!(
            "raed".parse::<Operation>(),
            Err(
                "unknown operation 'raed': expected one of any, all, read, write, create, \
                 delete, alter, describe, cluster-action, describe-configs, alter-configs, \
                 idempotent-write"
                    .into()
            )
        );
    }

    #[test]
    fn only_concrete_acls_can_be_created() {
        let acl = Acl {
            principal: "User:alice".into(),
            host: "*".into(),
            operation: Operation::Read,
            permission: Permission::Allow,
            resource_type: ResourceType::Topic,
            resource_name: "orders".into(),
            pattern_type: PatternType::Literal,
        };
        assert_eq!(acl.check(), Ok(()));
        let with = |change: fn(&mut Acl)| {
            let mut acl = acl.clone();
            change(&mut acl);
            acl.check().unwrap_err()
        };
        assert!(with(|a| a.principal = "alice".into()).contains("write it as User:alice"));
        assert!(with(|a| a.pattern_type = PatternType::Match).contains("literal or prefixed"));
        assert!(with(|a| a.operation = Operation::Any).contains("needs an operation"));
        assert!(with(|a| a.resource_type = ResourceType::Any).contains("resource type"));
    }
}
