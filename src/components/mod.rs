//! Widgets shared by several screens.

pub mod lang_switch;
pub mod shell;
