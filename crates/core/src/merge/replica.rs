//! One window's side of the shared stored copy: the base it merges from.
//! The shell keeps one [`Replica`] beside its reactive workspace and calls
//! [`Replica::absorb`] whenever it meets a stored copy it has not seen (a
//! `storage` event, or a different copy found when it is about to save), and
//! [`Replica::saved`] after each write. The same protocol serves the whole
//! app and the presenter's slice of one show.
//!
//! Windows see each other's writes a few milliseconds late, so a window can
//! write a copy merged from an older copy than the one it overwrites, and
//! that write lacks the overwritten one's edits. Each stored copy names its
//! ancestors (the copy it was merged from, that copy's, …), and a replica
//! remembers the last few copies it merged or wrote: a copy is merged from
//! the newest of its ancestors this window knows, so edits its writer never
//! saw still count as this window's, not as something the writer removed.

use std::collections::VecDeque;

use super::{merge, Conflict, Merged};
use crate::document::Revision;
use crate::model::{Id, Workspace};

/// How many earlier stored copies a replica keeps as possible bases.
const REMEMBERED: usize = 8;

/// The copy this window last loaded, saved or merged with, and the few before.
#[derive(Debug, Clone, PartialEq)]
pub struct Replica {
    base: Workspace,
    base_revision: Option<Revision>,
    /// Earlier stored copies, newest last: each is an ancestor of this
    /// window's state, since it merged or wrote each one.
    earlier: VecDeque<(Id, Workspace)>,
}

/// What meeting another window's save made of this window's state.
#[derive(Debug, Clone, PartialEq)]
pub struct Absorbed {
    /// This window's state from now on.
    pub workspace: Workspace,
    pub conflicts: Vec<Conflict>,
    /// This window's copy, when no valid merge could keep its changes.
    pub set_aside: Option<Workspace>,
    /// The state differs from the stored copy: it holds edits of this
    /// window that must be saved.
    pub unsaved: bool,
    /// A three-way merge ran (this window had changes the stored copy lacks).
    pub merged: bool,
}

/// How a replica merges: [`merge`] for a window that edits anything, or a
/// narrower rule for one that edits less (the presenter: its timers).
pub type MergeRule = fn(&Workspace, &Workspace, &Workspace) -> Merged;

impl Replica {
    /// A window that loaded `loaded` (stored as `revision`, if it has one).
    pub fn new(loaded: Workspace, revision: Option<Revision>) -> Replica {
        Replica {
            base: loaded,
            base_revision: revision,
            earlier: VecDeque::new(),
        }
    }

    pub fn base(&self) -> &Workspace {
        &self.base
    }

    /// The revision of the base: the parent of this window's next save.
    pub fn base_revision(&self) -> Option<&Revision> {
        self.base_revision.as_ref()
    }

    /// The revision of this window's next save, `id`.
    pub fn next_revision(&self, id: Id) -> Revision {
        Revision::after(id, self.base_revision.as_ref())
    }

    /// Merges this window's `local` state with the `stored` copy another
    /// window saved as `revision` ([`merge`]); the stored copy becomes the base.
    pub fn absorb(
        &mut self,
        local: &Workspace,
        stored: Workspace,
        revision: Option<&Revision>,
    ) -> Absorbed {
        self.absorb_by(merge, local, stored, revision)
    }

    /// [`Replica::absorb`] by another merge rule.
    pub fn absorb_by(
        &mut self,
        rule: MergeRule,
        local: &Workspace,
        stored: Workspace,
        revision: Option<&Revision>,
    ) -> Absorbed {
        let base = match self.older_base(revision) {
            Some(older) => Some(older),
            // Nothing of this window's to keep: the stored copy as it is.
            None if *local == self.base => None,
            None => Some(&self.base),
        };
        let merged = base.is_some();
        let Merged {
            workspace,
            conflicts,
            set_aside,
        } = match base {
            Some(base) => rule(base, local, &stored),
            None => Merged {
                workspace: stored.clone(),
                conflicts: Vec::new(),
                set_aside: None,
            },
        };
        let unsaved = workspace != stored;
        self.advance(stored, revision.cloned());
        Absorbed {
            workspace,
            conflicts,
            set_aside,
            unsaved,
            merged,
        }
    }

    /// The copy a stored copy saved as `revision` must be merged from, when
    /// it is not this window's base: the newest of its ancestors this window
    /// merged or wrote before its base (its writer had not seen the base).
    /// `None`: the base, also when no ancestor is known.
    pub fn older_base(&self, revision: Option<&Revision>) -> Option<&Workspace> {
        let base = self.base_revision.as_ref().map(|r| &r.id);
        for ancestor in &revision?.ancestors {
            if Some(ancestor) == base {
                return None;
            }
            if let Some((_, copy)) = self.earlier.iter().find(|(id, _)| id == ancestor) {
                return Some(copy);
            }
        }
        None
    }

    /// This window wrote `saved` as `revision`: the stored copy is now exactly that.
    pub fn saved(&mut self, saved: Workspace, revision: Revision) {
        self.advance(saved, Some(revision));
    }

    fn advance(&mut self, base: Workspace, revision: Option<Revision>) {
        let previous = std::mem::replace(&mut self.base, base);
        if let Some(Revision { id, .. }) = std::mem::replace(&mut self.base_revision, revision) {
            if self.earlier.len() == REMEMBERED {
                self.earlier.pop_front();
            }
            self.earlier.push_back((id, previous));
        }
    }
}
