//! Widgets shared by several screens.

pub mod chime;
pub mod choice_select;
pub mod dialog;
pub mod download;
pub mod fields;
pub mod file_input;
pub mod fullscreen;
pub mod lang_switch;
pub mod merge_notice;
pub mod notices;
pub mod shell;
pub mod status_line;
pub mod undo_bar;
pub mod update_offer;
pub mod wake_lock;
