//! Widgets shared by several screens.

pub mod chime;
pub mod download;
pub mod fullscreen;
pub mod lang_switch;
pub mod notices;
pub mod shell;
pub mod wake_lock;
