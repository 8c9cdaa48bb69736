//! The shell's source of fresh ids: random v4 UUIDs. The core takes ids from
//! an [`IdSource`] so it stays deterministic under test.

use livedesk_core::model::{Id, IdSource};

/// Random UUIDs, from the browser's crypto.getRandomValues.
pub struct RandomIds;

impl IdSource for RandomIds {
    fn next_id(&mut self) -> Id {
        // A hyphenated UUID is 36 characters of [0-9a-f-]: always a valid Id.
        Id::new(uuid::Uuid::new_v4().to_string()).expect("a UUID is a well-formed id")
    }
}
