//! The command-line names of the Kafka layer's and the model's options (which know nothing
//! of clap), and
//! value parsers that list them in --help and completions.

use std::str::FromStr;

use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};

use crate::kafka::options::{
    Acks, AssignmentStrategy, Compression, GroupProtocol, Isolation, Partitioner,
};
use crate::model::election::ElectionType;

/// A value among `names` (any case), parsed into `T`.
pub fn one_of<T>(names: &'static [&'static str]) -> impl TypedValueParser<Value = T>
where
    T: FromStr<Err = String> + Clone + Send + Sync + 'static,
{
    PossibleValuesParser::new(names.iter().copied()).try_map(|name| name.parse::<T>())
}

/// A value among the names of `table` (name, value, help), as the value it names.
fn choice<T>(table: &'static [(&'static str, T, &'static str)]) -> impl TypedValueParser<Value = T>
where
    T: Clone + Send + Sync + 'static,
{
    let values = table.iter().map(|(name, _, help)| match help.is_empty() {
        true => PossibleValue::new(*name),
        false => PossibleValue::new(*name).help(*help),
    });
    PossibleValuesParser::new(values).try_map(move |name: String| {
        table
            .iter()
            .find(|(known, _, _)| *known == name)
            .map(|(_, value, _)| value.clone())
            .ok_or_else(|| format!("unknown value '{name}'"))
    })
}

static ACKS: [(&str, Acks, &str); 3] = [
    ("all", Acks::All, "Every in-sync replica"),
    ("1", Acks::Leader, "The leader only"),
    ("0", Acks::None, "None"),
];

static COMPRESSION: [(&str, Compression, &str); 5] = [
    ("none", Compression::None, ""),
    ("gzip", Compression::Gzip, ""),
    ("snappy", Compression::Snappy, ""),
    ("lz4", Compression::Lz4, ""),
    ("zstd", Compression::Zstd, ""),
];

static PARTITIONER: [(&str, Partitioner, &str); 7] = [
    ("random", Partitioner::Random, ""),
    ("consistent", Partitioner::Consistent, ""),
    ("consistent_random", Partitioner::ConsistentRandom, ""),
    ("murmur2", Partitioner::Murmur2, ""),
    ("murmur2_random", Partitioner::Murmur2Random, ""),
    ("fnv1a", Partitioner::Fnv1a, ""),
    ("fnv1a_random", Partitioner::Fnv1aRandom, ""),
];

static ISOLATION: [(&str, Isolation, &str); 2] = [
    ("read_committed", Isolation::ReadCommitted, ""),
    ("read_uncommitted", Isolation::ReadUncommitted, ""),
];

static ASSIGNMENT: [(&str, AssignmentStrategy, &str); 3] = [
    ("range", AssignmentStrategy::Range, ""),
    ("roundrobin", AssignmentStrategy::Roundrobin, ""),
    (
        "cooperative-sticky",
        AssignmentStrategy::CooperativeSticky,
        "",
    ),
];

static GROUP_PROTOCOL: [(&str, GroupProtocol, &str); 2] = [
    ("classic", GroupProtocol::Classic, ""),
    ("consumer", GroupProtocol::Consumer, ""),
];

static ELECTION: [(&str, ElectionType, &str); 2] = [
    (
        "preferred",
        ElectionType::Preferred,
        "back to each partition's preferred replica",
    ),
    (
        "unclean",
        ElectionType::Unclean,
        "a leader for leaderless partitions, in sync or not (may lose records)",
    ),
];

pub fn acks() -> impl TypedValueParser<Value = Acks> {
    choice(&ACKS)
}

pub fn compression() -> impl TypedValueParser<Value = Compression> {
    choice(&COMPRESSION)
}

pub fn partitioner() -> impl TypedValueParser<Value = Partitioner> {
    choice(&PARTITIONER)
}

pub fn isolation() -> impl TypedValueParser<Value = Isolation> {
    choice(&ISOLATION)
}

pub fn assignment_strategy() -> impl TypedValueParser<Value = AssignmentStrategy> {
    choice(&ASSIGNMENT)
}

pub fn group_protocol() -> impl TypedValueParser<Value = GroupProtocol> {
    choice(&GROUP_PROTOCOL)
}

pub fn election() -> impl TypedValueParser<Value = ElectionType> {
    choice(&ELECTION)
}
