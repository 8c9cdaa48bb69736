//! LiveDesk's browser shell: renders the core's state and sends the user's
//! intent back to it. Business rules live in `livedesk-core`, not here.

pub mod app;
pub mod app_life;
pub mod charts;
pub mod clock;
pub mod components;
pub mod i18n;
pub mod ids;
pub mod pages;
pub mod routes;
pub mod sheet_files;
pub mod state;
pub mod storage;

pub use app::App;
