//! The one reactive copy of the workspace, in context, and its sync with
//! storage: loaded once at start, saved (debounced) after changes, merged
//! with every other window's save (the core's three-way merge, so no window's
//! edit is lost), replaced only through [`AppState::replace`] which keeps a
//! backup first. Pages read it through signals and change it only through
//! core functions.

use std::time::Duration;

use chrono::{DateTime, Utc};
use leptos::prelude::*;
use livedesk_core::document::{Document, Payload, QuickRead, Revision};
use livedesk_core::merge::{self, Absorbed, Conflict, MergeRule, PutBackError, Replica};
use livedesk_core::model::{Id, IdSource, Workspace};
use livedesk_core::problem::ReadError;
use livedesk_core::{samples, Lang};

use crate::ids::RandomIds;
use crate::storage::{self, Loaded, NotSaved, StorageFailure};
use crate::{clock, storage::WORKSPACE_KEY};

/// Quiet time after the last change before saving: typing does not write on
/// every keystroke, and nothing is ever saved from a timer tick.
const SAVE_DEBOUNCE: Duration = Duration::from_millis(400);

/// Something the user must know about their data, shown as a banner.
#[derive(Debug, Clone, PartialEq)]
pub enum Notice {
    StorageBlocked,
    QuotaExceeded,
    WriteFailed(String),
    Unreadable {
        error: ReadError,
        recovery_kept: bool,
        restored_backup: bool,
    },
    NewerVersion,
    /// Another window saved changes to the same things as this one: its
    /// later save was kept; each conflict can be put back.
    Merged(Vec<Conflict>),
    /// This window's changes could not be merged with another window's save
    /// into a valid workspace: they were kept as a recovery copy instead
    /// (`None`: there was no room to keep them).
    SetAside(Option<String>),
}

impl Notice {
    /// Whether the user's data is at risk (an alert), or it is information.
    pub fn severe(&self) -> bool {
        !matches!(self, Notice::Merged(_))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Saving {
    On,
    /// Never write: the stored copy is from a newer version, or unreadable
    /// text could not be moved aside and would be overwritten.
    Off,
}

/// Writes this window's copy over the stored text as it is now (`None`
/// when nothing is stored), saved at the given time as the given revision;
/// gives the text written.
type Write = fn(&Workspace, Option<&str>, DateTime<Utc>, &Revision) -> Result<String, NotSaved>;

/// Reads a stored text as this window holds the workspace.
type Read = Box<dyn Fn(&str) -> QuickRead>;

/// How this window's copy meets the stored one: the whole workspace, or the
/// presenter's one show. Chosen by the constructor, so the presenter's wasm
/// links neither the whole workspace's reader nor its writer.
struct Sync {
    write: Write,
    /// Reads another window's save.
    read: Read,
    /// Merges another window's save with this window's state.
    rule: MergeRule,
}

impl Sync {
    fn whole() -> Sync {
        Sync {
            write: |ws, _, saved_at, revision| {
                let text = Document::workspace(saved_at, ws.clone()).to_stored_json(revision);
                storage::write_workspace_text(&text).map_err(NotSaved::Storage)?;
                Ok(text)
            },
            read: Box::new(Document::read_workspace_quickly),
            rule: merge::merge,
        }
    }

    /// The presenter alone holds one show and what it needs, never the whole
    /// workspace: a save writes that show's timer into the stored copy.
    fn one_show(show_id: Id) -> Sync {
        Sync {
            write: |ws, stored, saved_at, revision| match (ws.shows.first(), stored) {
                (Some(show), Some(stored)) => storage::save_show_timer(
                    stored,
                    &show.id,
                    show.timer.as_ref(),
                    saved_at,
                    revision,
                ),
                // The show (or the whole copy) went in another window: the
                // presenter hands over.
                _ => Err(NotSaved::NotHere),
            },
            read: Box::new(move |text| Document::read_show_quickly(text, &show_id)),
            // It changes nothing but its show's timer.
            rule: merge::merge_timers,
        }
    }
}

#[derive(Debug, Clone, Copy)]
pub struct AppState {
    pub workspace: RwSignal<Workspace>,
    pub notices: RwSignal<Vec<Notice>>,
    pub last_saved: RwSignal<Option<DateTime<Utc>>>,
    saving: StoredValue<Saving>,
    write: Write,
    read: StoredValue<Read, LocalStorage>,
    rule: MergeRule,
    /// The stored copy this window last loaded, saved or merged with, as
    /// the core's merge base and as the text it was stored as (a different
    /// text in storage means another window saved since).
    replica: StoredValue<Replica>,
    base_text: StoredValue<Option<String>>,
    /// Set when the next workspace change must not be saved (it came from storage).
    skip_next_save: StoredValue<bool>,
    pending_save: StoredValue<Option<TimeoutHandle>>,
}

/// What the app starts with.
struct Start {
    workspace: Workspace,
    /// The stored text the workspace was read from.
    text: Option<String>,
    sync: Sync,
    notices: Vec<Notice>,
    saving: Saving,
    /// Save at once: nothing was stored (the first run), or what is shown
    /// replaces a copy that could not be read.
    first_run: bool,
}

impl AppState {
    /// Loads the workspace whatever storage holds (recovering what it must),
    /// puts the state in context, and starts syncing.
    pub fn provide(lang: Lang) -> AppState {
        AppState::provide_from(initial(lang))
    }

    /// The presenter's start: the show `show_id` and what it needs from a
    /// stored workspace this version wrote, read quickly. `None` (nothing put
    /// in context) when the whole app must start instead, which also keeps
    /// sample data and the full reader out of the presenter's wasm.
    pub fn provide_show(show_id: &Id) -> Option<AppState> {
        let (document, text) = storage::load_show(show_id)?;
        let Payload::Workspace(workspace) = document.payload else {
            return None;
        };
        Some(AppState::provide_from(Start {
            workspace,
            text: Some(text),
            sync: Sync::one_show(show_id.clone()),
            notices: Vec::new(),
            saving: Saving::On,
            first_run: false,
        }))
    }

    fn provide_from(start: Start) -> AppState {
        let Start {
            workspace,
            text,
            sync,
            notices,
            saving,
            first_run,
        } = start;
        let state = AppState {
            replica: StoredValue::new(Replica::new(
                workspace.clone(),
                text.as_deref().and_then(Document::revision_of),
            )),
            workspace: RwSignal::new(workspace),
            notices: RwSignal::new(notices),
            last_saved: RwSignal::new(None),
            saving: StoredValue::new(saving),
            write: sync.write,
            read: StoredValue::new_local(sync.read),
            rule: sync.rule,
            base_text: StoredValue::new(text),
            skip_next_save: StoredValue::new(false),
            pending_save: StoredValue::new(None),
        };
        provide_context(state);
        if first_run {
            state.save_now();
        }
        state.save_after_changes();
        state.flush_when_leaving();
        state.follow_other_windows();
        state
    }

    /// True while the last save failed (storage blocked, full or refusing):
    /// the workspace lives only in this tab.
    pub fn saving_fails(self) -> bool {
        self.notices.with(|list| {
            list.iter().any(|n| {
                matches!(
                    n,
                    Notice::StorageBlocked | Notice::QuotaExceeded | Notice::WriteFailed(_)
                )
            })
        })
    }

    pub fn push_notice(self, notice: Notice) {
        self.notices.update(|list| {
            if !list.contains(&notice) {
                list.push(notice);
            }
        });
    }

    pub fn dismiss(self, notice: &Notice) {
        self.notices.update(|list| list.retain(|n| n != notice));
    }

    /// Replaces the whole workspace (import, restore) after keeping the stored
    /// copy as a backup. If the backup cannot be written, nothing changes.
    pub fn replace(self, workspace: Workspace) -> Result<(), StorageFailure> {
        self.flush();
        if self.saving.get_value() == Saving::On {
            storage::push_backup()?;
        }
        // The replacement is what the user chose: it is written over the
        // stored copy as it is now, not merged with it.
        self.base_text.set_value(storage::workspace_text());
        self.skip_next_save.set_value(true);
        self.workspace.set(workspace);
        self.save_now();
        Ok(())
    }

    /// Puts this window's side of a merge conflict back (see
    /// [`Conflict::put_back`]) and saves it; the conflict leaves the banner.
    pub fn put_back(self, conflict: &Conflict) -> Result<(), PutBackError> {
        let restored = self.workspace.with_untracked(|ws| conflict.put_back(ws))?;
        self.update_and_save(|ws| *ws = restored);
        self.forget_conflict(conflict);
        Ok(())
    }

    /// Takes a conflict off the banner (put back, or accepted as merged).
    pub fn forget_conflict(self, conflict: &Conflict) {
        self.notices.update(|list| {
            for notice in list.iter_mut() {
                if let Notice::Merged(conflicts) = notice {
                    conflicts.retain(|c| c != conflict);
                }
            }
            list.retain(|n| !matches!(n, Notice::Merged(c) if c.is_empty()));
        });
    }

    /// Cancels the debounced save, if one is waiting; true if there was one.
    fn cancel_pending_save(self) -> bool {
        match self.pending_save.try_update_value(Option::take).flatten() {
            Some(handle) => {
                handle.clear();
                true
            }
            None => false,
        }
    }

    /// Changes the workspace and saves at once, not debounced: for control
    /// actions such as the timer's, which must survive a reload a second later.
    pub fn update_and_save(self, change: impl FnOnce(&mut Workspace)) {
        self.cancel_pending_save();
        // This save covers the change; the save Effect need not schedule another.
        self.skip_next_save.set_value(true);
        self.workspace.update(change);
        self.save_now();
    }

    /// Runs a core command that either changes the workspace or refuses and
    /// changes nothing; only a change notifies the views and is saved (debounced).
    pub fn try_change<T, E>(
        self,
        change: impl FnOnce(&mut Workspace) -> Result<T, E>,
    ) -> Result<T, E> {
        let result = self
            .workspace
            .try_update_untracked(change)
            .expect("the workspace signal lives as long as the app");
        if result.is_ok() {
            self.workspace.notify();
        }
        result
    }

    /// Saves a pending change at once.
    pub fn flush(self) {
        if self.cancel_pending_save() {
            self.save_now();
        }
    }

    fn save_now(self) {
        if self.saving.get_value() == Saving::Off {
            return;
        }
        let span = clock::Span::start("livedesk:save");
        // Another window's save this one has not heard of yet is merged
        // first, so this write cannot throw it away.
        let stored = storage::workspace_text();
        if stored != self.base_text.get_value() {
            if let Some(text) = &stored {
                self.absorb(text);
            }
            if self.saving.get_value() == Saving::Off {
                span.end();
                return;
            }
        }
        let saved_at = clock::now_utc();
        let revision = self
            .replica
            .with_value(|replica| replica.next_revision(RandomIds.next_id()));
        let saved = self
            .workspace
            .with_untracked(|ws| (self.write)(ws, stored.as_deref(), saved_at, &revision));
        span.end();
        match saved {
            Ok(text) => {
                self.base_text.set_value(Some(text));
                let saved = self.workspace.get_untracked();
                self.replica
                    .update_value(|replica| replica.saved(saved, revision));
                self.last_saved.set(Some(saved_at));
                self.notices.update(|list| {
                    list.retain(|n| !matches!(n, Notice::QuotaExceeded | Notice::WriteFailed(_)))
                });
            }
            Err(NotSaved::Storage(StorageFailure::Blocked)) => {
                self.push_notice(Notice::StorageBlocked)
            }
            Err(NotSaved::Storage(StorageFailure::QuotaExceeded)) => {
                self.push_notice(Notice::QuotaExceeded)
            }
            Err(NotSaved::Storage(StorageFailure::WriteRefused(name))) => {
                self.push_notice(Notice::WriteFailed(name))
            }
            Err(NotSaved::Newer) => {
                self.saving.set_value(Saving::Off);
                self.push_notice(Notice::NewerVersion);
            }
            // Named as a DOMException would be, like the other write failures.
            Err(NotSaved::NotHere) => {
                self.push_notice(Notice::WriteFailed("NotFoundError".to_owned()))
            }
        }
    }

    fn save_after_changes(self) {
        Effect::new(move |first: Option<()>| {
            self.workspace.track();
            // The first run only subscribes: loading is not a change.
            if first.is_none() {
                return;
            }
            if self.skip_next_save.get_value() {
                self.skip_next_save.set_value(false);
                return;
            }
            self.cancel_pending_save();
            let handle = set_timeout_with_handle(
                move || {
                    self.pending_save.set_value(None);
                    self.save_now();
                },
                SAVE_DEBOUNCE,
            )
            .ok();
            self.pending_save.set_value(handle);
        });
    }

    /// Closing, reloading or hiding the tab within the debounce window must
    /// not lose the last edit: save it at once.
    fn flush_when_leaving(self) {
        let hide = window_event_listener(leptos::ev::pagehide, move |_| self.flush());
        let hidden = window_event_listener(leptos::ev::visibilitychange, move |_| {
            if document().visibility_state() == web_sys::VisibilityState::Hidden {
                self.flush();
            }
        });
        on_cleanup(move || {
            hide.remove();
            hidden.remove();
        });
    }

    /// A save in another window fires a `storage` event here. The stored
    /// copy is read as it is now (the event may be older than what this
    /// window has already merged or written) and merged with this window's
    /// state; edits of this window the merge leaves unsaved are saved at once.
    fn follow_other_windows(self) {
        let handle = window_event_listener(leptos::ev::storage, move |event| {
            if event.key().as_deref() != Some(WORKSPACE_KEY) {
                return;
            }
            let Some(text) = storage::workspace_text() else {
                return;
            };
            if Some(&text) == self.base_text.get_value().as_ref() {
                return;
            }
            if self.absorb(&text) {
                self.cancel_pending_save();
                self.save_now();
            }
        });
        on_cleanup(move || handle.remove());
    }

    /// Merges the stored `text` (another window's save) into this window's
    /// state; true when edits of this window are left to save.
    fn absorb(self, text: &str) -> bool {
        let read = self.read.with_value(|read| read(text));
        let stored = match read {
            QuickRead::Read(Document {
                payload: Payload::Workspace(ws),
                saved_at,
            }) => {
                self.last_saved.set(Some(saved_at));
                ws
            }
            QuickRead::Newer { .. } => {
                self.saving.set_value(Saving::Off);
                self.push_notice(Notice::NewerVersion);
                return false;
            }
            // Not a save of this version's (another tool's, or damaged): it
            // is not merged; this window's next save writes over it as before.
            _ => return false,
        };
        let revision = Document::revision_of(text);
        let span = clock::Span::start("livedesk:absorb");
        let Absorbed {
            workspace,
            conflicts,
            set_aside,
            unsaved,
            merged,
        } = self.workspace.with_untracked(|local| {
            self.replica
                .try_update_value(|replica| {
                    replica.absorb_by(self.rule, local, stored, revision.as_ref())
                })
                .expect("the replica lives as long as the app")
        });
        // Timed apart: a three-way merge, or taking the stored copy as it is.
        span.end_as(match merged {
            true => "livedesk:merge",
            false => "livedesk:adopt",
        });
        self.base_text.set_value(Some(text.to_owned()));
        if self.workspace.with_untracked(|local| *local != workspace) {
            self.skip_next_save.set_value(true);
            self.workspace.set(workspace);
        }
        if !conflicts.is_empty() {
            self.report_conflicts(conflicts);
        }
        if let Some(mine) = set_aside {
            let key = storage::keep_recovery_copy(
                &Document::workspace(clock::now_utc(), mine).to_json(),
                clock::now_epoch_ms(),
            );
            self.push_notice(Notice::SetAside(key));
        }
        unsaved
    }

    fn report_conflicts(self, conflicts: Vec<Conflict>) {
        self.notices.update(|list| {
            match list.iter_mut().find_map(|n| match n {
                Notice::Merged(known) => Some(known),
                _ => None,
            }) {
                Some(known) => known.extend(conflicts),
                None => list.push(Notice::Merged(conflicts)),
            }
        });
    }
}

/// The workspace to start with, the notices to show, and whether saving is allowed.
fn initial(lang: Lang) -> Start {
    let first_run = || samples::first_run_workspace(lang, clock::today_local(), &mut RandomIds);
    let start = |workspace, notices, saving, first_run| Start {
        workspace,
        // What the load left stored (unreadable text was moved aside).
        text: storage::workspace_text(),
        sync: Sync::whole(),
        notices,
        saving,
        first_run,
    };
    match storage::load_workspace(clock::now_epoch_ms()) {
        Loaded::Empty => start(first_run(), Vec::new(), Saving::On, true),
        Loaded::Workspace(document) => match document.payload {
            Payload::Workspace(ws) => start(ws, Vec::new(), Saving::On, false),
            // `load_workspace` reads with `Kind::Workspace`: no other payload arrives.
            _ => start(Workspace::default(), Vec::new(), Saving::On, false),
        },
        Loaded::Unreadable {
            error,
            recovery_key,
            fallback,
        } => {
            let restored = fallback.and_then(|doc| match doc.payload {
                Payload::Workspace(ws) => Some(ws),
                _ => None,
            });
            let notice = Notice::Unreadable {
                error,
                recovery_kept: recovery_key.is_some(),
                restored_backup: restored.is_some(),
            };
            // Once the unreadable text is kept aside, what is shown is saved
            // as the workspace at once, so a reload shows it again.
            let (saving, save_at_once) = if recovery_key.is_some() {
                (Saving::On, true)
            } else {
                (Saving::Off, false)
            };
            start(
                restored.unwrap_or_default(),
                vec![notice],
                saving,
                save_at_once,
            )
        }
        Loaded::Newer { .. } => start(
            Workspace::default(),
            vec![Notice::NewerVersion],
            Saving::Off,
            false,
        ),
        Loaded::Blocked => start(
            first_run(),
            vec![Notice::StorageBlocked],
            Saving::Off,
            false,
        ),
    }
}

/// The app state; panics only if the app forgot [`AppState::provide`].
pub fn use_app_state() -> AppState {
    expect_context::<AppState>()
}
