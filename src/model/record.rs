//! A record as kfk reads it, whichever way the Kafka layer got it (one poll, a batch, a
//! copy kept for later): the formats, filters and JSON writers take any `Record`.

/// When a record was made, and by whose clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordTime {
    NotAvailable,
    /// Set by the producer.
    CreateTime(i64),
    /// Set by the broker when it appended the record (`message.timestamp.type`).
    LogAppendTime(i64),
}

impl RecordTime {
    pub fn millis(self) -> Option<i64> {
        match self {
            RecordTime::NotAvailable => None,
            RecordTime::CreateTime(ms) | RecordTime::LogAppendTime(ms) => Some(ms),
        }
    }
}

/// One header: a name, and a value that may be null.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Header<'a> {
    pub key: &'a str,
    pub value: Option<&'a [u8]>,
}

/// A record read from a topic. A record not yet placed (one that failed to be produced)
/// has partition -1.
pub trait Record {
    fn topic(&self) -> &str;
    fn partition(&self) -> i32;
    fn offset(&self) -> i64;
    fn timestamp(&self) -> RecordTime;
    fn key(&self) -> Option<&[u8]>;
    fn value(&self) -> Option<&[u8]>;
    /// Parsed on first use, so a format that shows no headers pays nothing for them.
    fn headers(&self) -> impl Iterator<Item = Header<'_>>;
}
