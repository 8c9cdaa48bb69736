//! Widgets shared by several screens.

pub mod chime;
pub mod choice_select;
pub mod download;
pub mod file_input;
pub mod fullscreen;
pub mod lang_switch;
pub mod notices;
pub mod shell;
pub mod wake_lock;
