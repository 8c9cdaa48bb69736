//! Widgets shared by several screens.

pub mod download;
pub mod lang_switch;
pub mod notices;
pub mod shell;
