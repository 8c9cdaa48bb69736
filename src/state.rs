//! The one reactive copy of the workspace, in context, and its sync with
//! storage: loaded once at start, saved (debounced) after changes, reloaded
//! when another tab saves, replaced only through [`AppState::replace`] which
//! keeps a backup first. Pages read it through signals and change it only
//! through core functions.

use std::time::Duration;

use chrono::{DateTime, Utc};
use leptos::prelude::*;
use livedesk_core::document::{Document, Payload, QuickRead};
use livedesk_core::model::{Id, Workspace};
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
    OtherTabSaved,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Saving {
    On,
    /// Never write: the stored copy is from a newer version, or unreadable
    /// text could not be moved aside and would be overwritten.
    Off,
}

/// Writes this tab's copy of the workspace, saved at the given time.
type Write = fn(&Workspace, DateTime<Utc>) -> Result<(), NotSaved>;

/// How this tab's copy meets the stored one: the whole workspace, or the
/// presenter's one show. Chosen by the constructor, so the presenter's wasm
/// links neither the whole workspace's reader nor its writer.
struct Sync {
    write: Write,
    /// Reads another tab's save.
    read: Box<dyn Fn(&str) -> QuickRead>,
}

impl Sync {
    fn whole() -> Sync {
        Sync {
            write: |ws, saved_at| {
                storage::save_workspace(&Document::workspace(saved_at, ws.clone()))
                    .map_err(NotSaved::Storage)
            },
            read: Box::new(Document::read_workspace_quickly),
        }
    }

    /// The presenter alone holds one show and what it needs, never the whole
    /// workspace: a save writes that show's timer into the stored copy.
    fn one_show(show_id: Id) -> Sync {
        Sync {
            write: |ws, saved_at| match ws.shows.first() {
                Some(show) => storage::save_show_timer(&show.id, show.timer.as_ref(), saved_at),
                // The show went in another tab: the presenter hands over.
                None => Err(NotSaved::NotHere),
            },
            read: Box::new(move |text| Document::read_show_quickly(text, &show_id)),
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
    /// Set when the next workspace change must not be saved (it came from storage).
    skip_next_save: StoredValue<bool>,
    pending_save: StoredValue<Option<TimeoutHandle>>,
}

/// What the app starts with.
struct Start {
    workspace: Workspace,
    sync: Sync,
    notices: Vec<Notice>,
    saving: Saving,
    /// Nothing was stored: save the first-run workspace at once.
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
        let document = storage::load_show(show_id)?;
        let Payload::Workspace(workspace) = document.payload else {
            return None;
        };
        Some(AppState::provide_from(Start {
            workspace,
            sync: Sync::one_show(show_id.clone()),
            notices: Vec::new(),
            saving: Saving::On,
            first_run: false,
        }))
    }

    fn provide_from(start: Start) -> AppState {
        let Start {
            workspace,
            sync,
            notices,
            saving,
            first_run,
        } = start;
        let state = AppState {
            workspace: RwSignal::new(workspace),
            notices: RwSignal::new(notices),
            last_saved: RwSignal::new(None),
            saving: StoredValue::new(saving),
            write: sync.write,
            skip_next_save: StoredValue::new(false),
            pending_save: StoredValue::new(None),
        };
        provide_context(state);
        if first_run {
            state.save_now();
        }
        state.save_after_changes();
        state.flush_when_leaving();
        state.follow_other_tabs(sync.read);
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
        self.skip_next_save.set_value(true);
        self.workspace.set(workspace);
        self.save_now();
        Ok(())
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
        let saved_at = clock::now_utc();
        let saved = self
            .workspace
            .with_untracked(|ws| (self.write)(ws, saved_at));
        span.end();
        match saved {
            Ok(()) => {
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

    /// A save in another tab fires a `storage` event here: adopt that copy
    /// instead of later overwriting it with this tab's older one.
    fn follow_other_tabs(self, read: Box<dyn Fn(&str) -> QuickRead>) {
        let handle = window_event_listener(leptos::ev::storage, move |event| {
            if event.key().as_deref() != Some(WORKSPACE_KEY) {
                return;
            }
            let Some(text) = event.new_value() else {
                return;
            };
            // Another tab of this version wrote it: the quick read takes it.
            match read(&text) {
                QuickRead::Read(Document {
                    payload: Payload::Workspace(ws),
                    saved_at,
                }) => {
                    self.cancel_pending_save();
                    self.skip_next_save.set_value(true);
                    self.workspace.set(ws);
                    self.last_saved.set(Some(saved_at));
                    self.push_notice(Notice::OtherTabSaved);
                }
                QuickRead::Newer { .. } => {
                    self.saving.set_value(Saving::Off);
                    self.push_notice(Notice::NewerVersion);
                }
                // Anything else is not a save this tab should adopt.
                _ => {}
            }
        });
        on_cleanup(move || handle.remove());
    }
}

/// The workspace to start with, the notices to show, and whether saving is allowed.
fn initial(lang: Lang) -> Start {
    let first_run = || samples::first_run_workspace(lang, clock::today_local(), &mut RandomIds);
    let start = |workspace, notices, saving, first_run| Start {
        workspace,
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
            let saving = if recovery_key.is_some() {
                Saving::On
            } else {
                Saving::Off
            };
            start(restored.unwrap_or_default(), vec![notice], saving, false)
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
