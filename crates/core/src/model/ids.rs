//! Identifiers of stored things. They are opaque strings so that files written
//! by other tools can use their own scheme; LiveDesk itself writes UUIDs, made
//! by the shell (the core has no source of randomness, by design).

use serde::{Deserialize, Serialize};
use std::fmt;

/// An identifier: 1 to 64 characters from `A-Z a-z 0-9 - _`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Id(String);

impl Id {
    pub const MAX_LEN: usize = 64;

    /// An id from a string, if it has the allowed shape.
    pub fn new(raw: impl Into<String>) -> Option<Id> {
        let raw = raw.into();
        Id::is_well_formed(&raw).then_some(Id(raw))
    }

    pub fn is_well_formed(raw: &str) -> bool {
        !raw.is_empty()
            && raw.len() <= Id::MAX_LEN
            && raw
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Where new ids come from. The shell passes random UUIDs; tests pass a counter.
pub trait IdSource {
    fn next_id(&mut self) -> Id;
}

impl<F: FnMut() -> Id> IdSource for F {
    fn next_id(&mut self) -> Id {
        self()
    }
}

/// Numbered ids (`prefix-1`, `prefix-2`…): deterministic, for samples and tests.
#[derive(Debug, Clone)]
pub struct SequentialIds {
    prefix: &'static str,
    next: u64,
}

impl SequentialIds {
    pub fn new(prefix: &'static str) -> SequentialIds {
        SequentialIds { prefix, next: 1 }
    }
}

impl IdSource for SequentialIds {
    fn next_id(&mut self) -> Id {
        let id = Id(format!("{}-{}", self.prefix, self.next));
        self.next += 1;
        id
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_uuids_and_slugs_and_refuses_the_rest() {
        assert!(Id::new("0b6f3a52-1c1e-4c1b-9a57-3f0c1d2e4b5a").is_some());
        assert!(Id::new("plan_1").is_some());
        for bad in ["", "a b", "__proto__<", "x/y", &"a".repeat(65), "计划"] {
            assert!(Id::new(bad).is_none(), "{bad:?}");
        }
    }

    #[test]
    fn sequential_ids_count_up() {
        let mut ids = SequentialIds::new("t");
        assert_eq!(ids.next_id().as_str(), "t-1");
        assert_eq!(ids.next_id().as_str(), "t-2");
    }
}
