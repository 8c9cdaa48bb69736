//! The scripts section's words: the library, the editor, the checks, the
//! spreadsheet import and the run sheet. One struct, filled once per language.

mod en;
mod zh_cn;

use livedesk_core::model::{CueKind, InteractionKind, Tier};
use livedesk_core::scripts::checks::Finding;
use livedesk_core::scripts::edit::EditError;
use livedesk_core::Lang;

pub use en::TEXTS as EN;
pub use zh_cn::TEXTS as ZH_CN;

#[derive(Debug)]
pub struct ScriptTexts {
    pub my_templates: &'static str,
    pub templates_empty: &'static str,
    pub new_blank: &'static str,
    pub new_blank_name: &'static str,
    pub builtin_heading: &'static str,
    pub builtin_hint: &'static str,
    pub add_builtin: &'static str,
    /// "8 segments · 120 min".
    pub summary: fn(usize, u64) -> String,
    pub edit: &'static str,
    pub duplicate: &'static str,
    pub export: &'static str,
    pub delete: &'static str,
    pub print: &'static str,
    /// The name a duplicate gets.
    pub copy_name: fn(&str) -> String,
    /// "Deleted “…”" with an undo button beside it.
    pub deleted: fn(&str) -> String,
    pub undo: &'static str,
    pub shows_heading: &'static str,
    pub shows_empty: &'static str,
    pub no_script: &'static str,
    pub import_heading: &'static str,
    pub import_hint: &'static str,
    pub choose_file: &'static str,
    pub reading: &'static str,
    pub imported: fn(&str) -> String,
    pub not_a_template: &'static str,
    pub worker_failed: &'static str,
    pub mapping_heading: &'static str,
    pub mapping_hint: fn(usize) -> String,
    pub column_none: &'static str,
    /// "Column C · 话术".
    pub column_option: fn(&str, &str) -> String,
    pub preview_heading: fn(usize) -> String,
    pub errors_heading: &'static str,
    pub warnings_heading: &'static str,
    pub template_name: &'static str,
    pub import_confirm: &'static str,
    pub cancel: &'static str,
    pub back: &'static str,
    pub name_label: &'static str,
    pub description_label: &'static str,
    pub segments_heading: &'static str,
    pub segments_empty: &'static str,
    pub reorder_hint: &'static str,
    pub add_segment: &'static str,
    pub kind_label: &'static str,
    pub title_label: &'static str,
    pub minutes_label: &'static str,
    pub product_label: &'static str,
    pub no_product: &'static str,
    pub missing_product: &'static str,
    pub interaction_label: &'static str,
    pub none: &'static str,
    pub selling_points_label: &'static str,
    pub lines_label: &'static str,
    pub offer_label: &'static str,
    pub owner_label: &'static str,
    pub notes_label: &'static str,
    pub cues_label: &'static str,
    pub cue_at_label: &'static str,
    pub cue_kind_label: &'static str,
    pub cue_text_label: &'static str,
    pub bad_cue_at: &'static str,
    pub add_cue: &'static str,
    pub remove_cue: &'static str,
    pub move_up: &'static str,
    pub move_down: &'static str,
    pub remove_segment: &'static str,
    pub open_segment: &'static str,
    pub close_segment: &'static str,
    pub segment_removed: fn(&str) -> String,
    pub untitled: &'static str,
    /// A segment's length: "15 min".
    pub minutes: fn(u32) -> String,
    /// "Total 1:55 of a 2:00 show".
    pub total: fn(&str, Option<&str>) -> String,
    pub checks_heading: &'static str,
    pub checks_ok: &'static str,
    /// A check's finding; the second argument names the product it is about.
    pub finding: fn(&Finding, &str) -> String,
    pub apply_heading: &'static str,
    pub apply_hint: &'static str,
    pub apply_button: &'static str,
    pub apply_confirm: fn(&str) -> String,
    pub applied: fn(&str) -> String,
    pub from_template: fn(&str) -> String,
    pub timer_locked: &'static str,
    pub open_timer: &'static str,
    pub not_found: &'static str,
    pub print_heading: &'static str,
    pub print_hint: &'static str,
    /// A lineup tier, as a product option's suffix.
    pub tier: fn(Tier) -> &'static str,
    pub interaction: fn(InteractionKind) -> &'static str,
    pub cue_kind: fn(CueKind) -> &'static str,
    pub edit_error: fn(&EditError, Lang) -> String,
}
