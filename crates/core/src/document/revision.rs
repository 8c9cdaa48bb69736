//! Which save a stored copy is, and which stored copies it descends from.
//! Windows of one browser see each other's saves a few milliseconds late,
//! so a window can write a copy merged from an older one than it overwrites;
//! the ancestors tell the window that hears such a copy which base to merge
//! it from (see `merge::Replica`). Written only into the browser's own
//! stored copy (schema 3), never into exported files, and ignored on import.

use serde::{Deserialize, Serialize};

use super::Document;
use crate::model::Id;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Revision {
    /// This save's own id (random, made by the shell).
    pub id: Id,
    /// The revisions this copy descends from, newest first: the copy it was
    /// merged from (its parent), that copy's parent, and so on, at most
    /// [`Revision::ANCESTORS`]; none for a first save.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ancestors: Vec<Id>,
}

impl Revision {
    /// How many ancestors a revision names: more than the saves that can be
    /// in flight between the windows of one browser.
    pub const ANCESTORS: usize = 8;

    /// The revision `id` of a copy merged from the copy `parent` was.
    pub fn after(id: Id, parent: Option<&Revision>) -> Revision {
        let ancestors = parent
            .map(|p| {
                std::iter::once(&p.id)
                    .chain(&p.ancestors)
                    .take(Revision::ANCESTORS)
                    .cloned()
                    .collect()
            })
            .unwrap_or_default();
        Revision { id, ancestors }
    }
}

/// Only the revision, any other keys skipped.
#[derive(Deserialize)]
struct RevisionOnly {
    #[serde(default)]
    revision: Option<Revision>,
}

impl Document {
    /// The revision of a stored text, if it has a readable one.
    pub fn revision_of(text: &str) -> Option<Revision> {
        serde_json::from_str::<RevisionOnly>(text).ok()?.revision
    }
}
