//! The only code that touches `localStorage`. Everything else asks this module,
//! and this module never panics: a browser with storage blocked (private mode,
//! a sandboxed frame, cookies off) still runs LiveDesk in memory.

use gloo_storage::{LocalStorage, Storage};
use livedesk_core::Prefs;
use wasm_bindgen::{JsCast, JsValue};

/// Key of this device's preferences (the UI language).
pub const PREFS_KEY: &str = "livedesk.prefs";

/// Why storage could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageFailure {
    /// The browser refuses access to localStorage altogether.
    Blocked,
    /// A write was refused: usually the quota is full.
    WriteRefused(String),
}

/// True when localStorage can be reached. gloo's `LocalStorage::raw()` panics
/// when it cannot, so every gloo call below is guarded by this check.
pub fn is_available() -> bool {
    web_sys::window()
        .and_then(|window| window.local_storage().ok().flatten())
        .is_some()
}

fn read_raw(key: &str) -> Option<String> {
    if !is_available() {
        return None;
    }
    LocalStorage::raw().get_item(key).ok().flatten()
}

fn write_raw(key: &str, value: &str) -> Result<(), StorageFailure> {
    if !is_available() {
        return Err(StorageFailure::Blocked);
    }
    LocalStorage::raw()
        .set_item(key, value)
        .map_err(|err| StorageFailure::WriteRefused(error_name(&err)))
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
