//! The scripts section: the template library with the shows' own scripts
//! (`library`), the segment editor (`editor`, `segment_card`, `checks`), the
//! spreadsheet and file import (`import`), and the printable run sheet (`print`).

mod apply;
mod checks;
pub mod editor;
mod import;
mod library;
pub mod print;
mod segment_card;

pub use apply::ShowTemplatePicker;
pub use library::ScriptsPage;

use livedesk_core::scripts::edit::ScriptRef;

use crate::routes::Section;

/// The link to a script's editor.
pub fn editor_href(script: &ScriptRef) -> String {
    match script {
        ScriptRef::Template(id) => format!("{}/template/{id}", Section::Scripts.href()),
        ScriptRef::Show(id) => format!("{}/show/{id}", Section::Scripts.href()),
    }
}

/// The link to a script's printable run sheet.
pub fn print_href(script: &ScriptRef) -> String {
    format!("{}/print", editor_href(script))
}
