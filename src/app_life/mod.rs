//! The installed app's life beyond one page load: the service worker that
//! keeps it working offline and offers (never forces) a new version, and the
//! request that the browser keep LiveDesk's data under storage pressure.

mod persistence;
mod updates;

pub use persistence::{use_persistence, Persistence};
pub use updates::{use_app_update, AppUpdate};

/// Starts both and puts them in context; called once by the app's root.
pub fn provide() {
    updates::provide();
    persistence::provide();
}
