//! One window's side of the shared stored copy: the base it merges from.
//! The shell keeps one [`Replica`] beside its reactive workspace and calls
//! [`Replica::absorb`] whenever it meets a stored copy it has not seen (a
//! `storage` event, or a different copy found when it is about to save), and
//! [`Replica::saved`] after each write. The same protocol serves the whole
//! app and the presenter's slice of one show.

use super::{merge, Conflict, Merged};
use crate::model::Workspace;

/// The copy this window last loaded, saved or merged with.
#[derive(Debug, Clone, PartialEq)]
pub struct Replica {
    base: Workspace,
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
}

impl Replica {
    /// A window that loaded `loaded` from storage (or wrote it first).
    pub fn new(loaded: Workspace) -> Replica {
        Replica { base: loaded }
    }

    pub fn base(&self) -> &Workspace {
        &self.base
    }

    /// Merges this window's `local` state with the `stored` copy another
    /// window saved; the stored copy becomes the base.
    pub fn absorb(&mut self, local: &Workspace, stored: Workspace) -> Absorbed {
        let Merged {
            workspace,
            conflicts,
            set_aside,
        } = if *local == self.base {
            // Nothing of this window's to keep: the stored copy as it is.
            Merged {
                workspace: stored.clone(),
                conflicts: Vec::new(),
                set_aside: None,
            }
        } else {
            merge(&self.base, local, &stored)
        };
        let unsaved = workspace != stored;
        self.base = stored;
        Absorbed {
            workspace,
            conflicts,
            set_aside,
            unsaved,
        }
    }

    /// This window wrote `saved`: the stored copy is now exactly that.
    pub fn saved(&mut self, saved: Workspace) {
        self.base = saved;
    }
}
