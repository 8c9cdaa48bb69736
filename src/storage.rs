//! The only code that touches `localStorage`. Everything else asks this module,
//! and this module never panics: a browser with storage blocked (private mode,
//! a sandboxed frame, cookies off) still runs LiveDesk in memory.
//!
//! Keys: the workspace document, three rotating backups taken before anything
//! replaces it, recovery copies of stored text that could not be read, and the
//! device's preferences. One key per document, so a write is atomic.

use chrono::{DateTime, Utc};
use gloo_storage::{LocalStorage, Storage};
use livedesk_core::document::{Document, Kind, QuickRead, Revision, Unwritable};
use livedesk_core::model::Id;
use livedesk_core::problem::ReadError;
use livedesk_core::timer::TimerState;
use livedesk_core::Prefs;
use wasm_bindgen::{JsCast, JsValue};

/// Key of this device's preferences (the UI language).
pub const PREFS_KEY: &str = "livedesk.prefs";
/// Key of the workspace document.
pub const WORKSPACE_KEY: &str = "livedesk.workspace";
/// Backup slots, newest first.
pub const BACKUP_KEYS: [&str; 3] = [
    "livedesk.backup.1",
    "livedesk.backup.2",
    "livedesk.backup.3",
];
/// Recovery copies are stored under this prefix plus the time they were moved.
pub const RECOVERY_PREFIX: &str = "livedesk.recovery.";

/// Why storage could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageFailure {
    /// The browser refuses access to localStorage altogether.
    Blocked,
    /// The quota is full.
    QuotaExceeded,
    /// A write was refused for another reason (the DOMException's name).
    WriteRefused(String),
}

/// What was found in storage at start-up.
#[derive(Debug, Clone, PartialEq)]
pub enum Loaded {
    /// Nothing stored yet: a first visit.
    Empty,
    /// The stored workspace, read and validated.
    Workspace(Document),
    /// The stored text could not be read. It was moved to `recovery_key`;
    /// `fallback` is the newest backup that reads, if any.
    Unreadable {
        error: ReadError,
        recovery_key: Option<String>,
        fallback: Option<Document>,
    },
    /// Stored by a newer LiveDesk: left untouched, and must not be overwritten.
    Newer { error: ReadError },
    /// Storage is blocked.
    Blocked,
}

fn storage() -> Option<web_sys::Storage> {
    // gloo's `LocalStorage::raw()` panics when storage is blocked: probe first.
    let available = web_sys::window()
        .and_then(|window| window.local_storage().ok().flatten())
        .is_some();
    available.then(LocalStorage::raw)
}

/// True when localStorage can be reached.
pub fn is_available() -> bool {
    storage().is_some()
}

fn read_raw(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

fn write_raw(key: &str, value: &str) -> Result<(), StorageFailure> {
    let storage = storage().ok_or(StorageFailure::Blocked)?;
    storage
        .set_item(key, value)
        .map_err(|err| match error_name(&err).as_str() {
            "QuotaExceededError" => StorageFailure::QuotaExceeded,
            other => StorageFailure::WriteRefused(other.to_owned()),
        })
}

fn remove_raw(key: &str) {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(key);
    }
}

/// The DOMException's name, e.g. `QuotaExceededError`.
fn error_name(err: &JsValue) -> String {
    err.dyn_ref::<web_sys::DomException>()
        .map(web_sys::DomException::name)
        .unwrap_or_else(|| "UnknownError".to_owned())
}

/// This device's preferences; the defaults when none are stored or readable.
pub fn load_prefs() -> Prefs {
    Prefs::from_stored(read_raw(PREFS_KEY).as_deref())
}

/// Remembers this device's preferences.
pub fn save_prefs(prefs: Prefs) -> Result<(), StorageFailure> {
    write_raw(PREFS_KEY, &prefs.to_stored())
}

/// Reads the stored workspace. Unreadable text is moved aside under a
/// recovery key (never deleted) before anything else may be written.
/// `now_ms` names the recovery key.
pub fn load_workspace(now_ms: i64) -> Loaded {
    if !is_available() {
        return Loaded::Blocked;
    }
    let Some(text) = read_raw(WORKSPACE_KEY) else {
        return Loaded::Empty;
    };
    let error = match Document::read_kind(&text, Kind::Workspace) {
        Ok(document) => return Loaded::Workspace(document),
        Err(error @ ReadError::NewerSchema { .. }) => return Loaded::Newer { error },
        Err(error) => error,
    };
    let recovery_key = keep_recovery_copy(&text, now_ms);
    // With no room to move it, it stays where it is; the app will not save
    // over it (see `state.rs`), so it is still there to download.
    if recovery_key.is_some() {
        remove_raw(WORKSPACE_KEY);
    }
    let fallback = BACKUP_KEYS.iter().find_map(|key| {
        let text = read_raw(key)?;
        Document::read_kind(&text, Kind::Workspace).ok()
    });
    Loaded::Unreadable {
        error,
        recovery_key,
        fallback,
    }
}

/// The presenter's start: the show `show_id`, its plan, the products and the
/// settings of a stored workspace this version wrote, read quickly (see
/// [`Document::read_show_quickly`]); `None` for anything the whole app must
/// deal with (nothing stored, storage blocked, an unreadable, older or newer
/// copy), which [`load_workspace`] reads in full. Changes nothing.
/// Also gives the text it read.
pub fn load_show(show_id: &Id) -> Option<(Document, String)> {
    let text = read_raw(WORKSPACE_KEY)?;
    match Document::read_show_quickly(&text, show_id) {
        QuickRead::Read(document) => Some((document, text)),
        QuickRead::Newer { .. } | QuickRead::Explain => None,
    }
}

/// The stored workspace's text as it is now, unread; `None` when there is
/// none (or storage is blocked).
pub fn workspace_text() -> Option<String> {
    read_raw(WORKSPACE_KEY)
}

/// Writes a workspace document's text. On failure the previous copy stays.
pub fn write_workspace_text(text: &str) -> Result<(), StorageFailure> {
    write_raw(WORKSPACE_KEY, text)
}

/// Keeps `text` aside as a recovery copy named by `now_ms`; the key, or
/// `None` when storage had no room for it.
pub fn keep_recovery_copy(text: &str, now_ms: i64) -> Option<String> {
    let key = format!("{RECOVERY_PREFIX}{now_ms}");
    write_raw(&key, text).ok().map(|()| key)
}

/// Why a save did not happen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotSaved {
    Storage(StorageFailure),
    /// The stored copy is from a newer version: it must not be overwritten.
    Newer,
    /// The stored copy no longer holds the show (deleted in another tab), or
    /// is not one this version wrote.
    NotHere,
}

/// Writes the show's timer into `stored`, the stored workspace's text as it
/// is at this moment (already merged with): every other item stays as
/// stored, whichever window saved it. Gives the text written; on failure
/// the stored copy stays as it was.
pub fn save_show_timer(
    stored: &str,
    show_id: &Id,
    timer: Option<&TimerState>,
    saved_at: DateTime<Utc>,
    revision: &Revision,
) -> Result<String, NotSaved> {
    let text =
        Document::with_show_timer(stored, show_id, timer, saved_at, revision).map_err(|why| {
            match why {
                Unwritable::Newer { .. } => NotSaved::Newer,
                Unwritable::NotHere => NotSaved::NotHere,
            }
        })?;
    write_raw(WORKSPACE_KEY, &text).map_err(NotSaved::Storage)?;
    Ok(text)
}

/// Writes the workspace document. On failure the previous copy stays as it was.
pub fn save_workspace(document: &Document) -> Result<(), StorageFailure> {
    write_raw(WORKSPACE_KEY, &document.to_json())
}

/// Keeps the stored workspace as the newest backup, shifting older ones down
/// and dropping the oldest. Call before anything replaces the workspace.
pub fn push_backup() -> Result<(), StorageFailure> {
    let Some(current) = read_raw(WORKSPACE_KEY) else {
        return Ok(());
    };
    for pair in (0..BACKUP_KEYS.len() - 1).rev() {
        if let Some(older) = read_raw(BACKUP_KEYS[pair]) {
            write_raw(BACKUP_KEYS[pair + 1], &older)?;
        }
    }
    write_raw(BACKUP_KEYS[0], &current)
}

/// A backup slot as the data page lists it.
#[derive(Debug, Clone, PartialEq)]
pub struct Backup {
    pub key: &'static str,
    pub document: Result<Document, ReadError>,
}

/// The backups that exist, newest first.
pub fn backups() -> Vec<Backup> {
    BACKUP_KEYS
        .iter()
        .filter_map(|key| {
            let text = read_raw(key)?;
            Some(Backup {
                key,
                document: Document::read_kind(&text, Kind::Workspace),
            })
        })
        .collect()
}

/// Recovery copies: (key, text), oldest first.
pub fn recovery_copies() -> Vec<(String, String)> {
    let Some(storage) = storage() else {
        return Vec::new();
    };
    let len = storage.length().unwrap_or(0);
    let mut copies: Vec<(String, String)> = (0..len)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|key| key.starts_with(RECOVERY_PREFIX))
        .filter_map(|key| read_raw(&key).map(|text| (key, text)))
        .collect();
    copies.sort();
    copies
}

/// Deletes a recovery copy (after the user confirmed it).
pub fn delete_recovery_copy(key: &str) {
    if key.starts_with(RECOVERY_PREFIX) {
        remove_raw(key);
    }
}
