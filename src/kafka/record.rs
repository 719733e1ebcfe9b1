//! librdkafka's messages as kfk's `Record`s.

use rdkafka::message::{BorrowedHeaders, BorrowedMessage, Headers, Message, OwnedMessage};
use rdkafka::Timestamp;

use super::batch::Polled;
use crate::model::record::{Header, Record, RecordTime};

fn record_time(timestamp: Timestamp) -> RecordTime {
    match timestamp {
        Timestamp::NotAvailable => RecordTime::NotAvailable,
        Timestamp::CreateTime(ms) => RecordTime::CreateTime(ms),
        Timestamp::LogAppendTime(ms) => RecordTime::LogAppendTime(ms),
    }
}

/// `Record` for a type that implements rdkafka's `Message`.
macro_rules! record_of_message {
    ($($ty:ty),*) => {$(
        impl Record for $ty {
            fn topic(&self) -> &str {
                Message::topic(self)
            }
            fn partition(&self) -> i32 {
                Message::partition(self)
            }
            fn offset(&self) -> i64 {
                Message::offset(self)
            }
            fn timestamp(&self) -> RecordTime {
                record_time(Message::timestamp(self))
            }
            fn key(&self) -> Option<&[u8]> {
                Message::key(self)
            }
            fn value(&self) -> Option<&[u8]> {
                Message::payload(self)
            }
            fn headers(&self) -> impl Iterator<Item = Header<'_>> {
                Message::headers(self).into_iter().flat_map(|headers| {
                    headers.iter().map(|h| Header {
                        key: h.key,
                        value: h.value,
                    })
                })
            }
        }
    )*};
}

record_of_message!(Polled<'_>, BorrowedMessage<'_>, OwnedMessage);

/// A record copied out of librdkafka's buffers, kept after later polls.
pub struct OwnedRecord(OwnedMessage);

impl Record for OwnedRecord {
    fn topic(&self) -> &str {
        Record::topic(&self.0)
    }
    fn partition(&self) -> i32 {
        Record::partition(&self.0)
    }
    fn offset(&self) -> i64 {
        Record::offset(&self.0)
    }
    fn timestamp(&self) -> RecordTime {
        Record::timestamp(&self.0)
    }
    fn key(&self) -> Option<&[u8]> {
        Record::key(&self.0)
    }
    fn value(&self) -> Option<&[u8]> {
        Record::value(&self.0)
    }
    fn headers(&self) -> impl Iterator<Item = Header<'_>> {
        Record::headers(&self.0)
    }
}

impl Polled<'_> {
    /// A copy that outlives this record.
    pub fn to_owned_record(&self) -> OwnedRecord {
        OwnedRecord(OwnedMessage::new(
            Message::payload(self).map(<[u8]>::to_vec),
            Message::key(self).map(<[u8]>::to_vec),
            Message::topic(self).to_string(),
            Message::timestamp(self),
            Message::partition(self),
            Message::offset(self),
            Message::headers(self).map(BorrowedHeaders::detach),
        ))
    }
}
