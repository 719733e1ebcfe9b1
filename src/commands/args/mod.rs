//! Argument types that several commands and the top-level command line share: durations
//! with bounds, KEY=VALUE properties, the producer's flags, and the command-line names of
//! the Kafka layer's options. They sit below `cli`, so that both it and the commands can
//! use them.

pub mod choices;
pub mod duration;
pub mod producer;

/// Splits `key=value` on the first `=`, so values may themselves contain `=`.
pub fn parse_property(raw: &str) -> Result<(String, String), String> {
    match raw.split_once('=') {
        Some((key, value)) if !key.trim().is_empty() => {
            Ok((key.trim().to_string(), value.to_string()))
        }
        _ => Err(format!("expected KEY=VALUE, got '{raw}'")),
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(crate::fuzz_config())]
        #[test]
        fn properties_split_on_the_first_equals(key in "[a-z.]{1,20}", value in ".{0,30}") {
            prop_assert_eq!(parse_property(&format!("{key}={value}")), Ok((key, value)));
        }

        #[test]
        fn properties_never_panic(raw in ".{0,40}") {
            let _ = parse_property(&raw);
        }
    }

    use super::*;

    #[test]
    fn property_splits_on_first_equals() {
        assert_eq!(
            parse_property("oauth.config=a=b").unwrap(),
            ("oauth.config".into(), "a=b".into())
        );
        assert_eq!(parse_property("a.b=").unwrap(), ("a.b".into(), "".into()));
        assert!(parse_property("a.b").is_err());
        assert!(parse_property("=1").is_err());
    }
}
