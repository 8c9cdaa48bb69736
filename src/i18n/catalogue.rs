//! The list of every text the UI shows: one field each, so that a language
//! missing a text is a compile error, not a blank on the anchor's screen.

use livedesk_core::model::{Counts, Emergency, Role, SegmentKind};
use livedesk_core::presenter::KeyAction;

/// A page's heading, what it is for, and what it says while it is empty.
#[derive(Debug)]
pub struct PageTexts {
    pub title: &'static str,
    pub purpose: &'static str,
    pub empty: &'static str,
}

#[derive(Debug)]
pub struct Texts {
    pub app_name: &'static str,
    /// Label of the language switch: names the language it switches *to*.
    pub switch_lang: &'static str,
    pub switch_lang_hint: &'static str,
    pub nav_label: &'static str,
    pub nav_home: &'static str,
    pub nav_plans: &'static str,
    pub nav_scripts: &'static str,
    pub nav_timer: &'static str,
    pub nav_kpi: &'static str,
    pub nav_data: &'static str,
    pub home: PageTexts,
    pub plans: PageTexts,
    pub scripts: PageTexts,
    pub timer: PageTexts,
    pub kpi: PageTexts,
    pub data: PageTexts,
    pub not_found: PageTexts,
    pub back_home: &'static str,
    pub notices: NoticeTexts,
    pub timer_page: TimerTexts,
    pub app_life: AppLifeTexts,
    /// Shared by the plans, scripts and timer screens (the presenter's own
    /// wasm links only what it uses, so what it shows lives here or in
    /// [`TimerTexts`], not in another screen's texts).
    pub emergency_heading: &'static str,
    /// Name of an emergency situation.
    pub situation: fn(Emergency) -> &'static str,
    pub edit_script: &'static str,
    /// Name of a team role.
    pub role: fn(Role) -> &'static str,
    /// Name of a segment kind.
    pub segment_kind: fn(SegmentKind) -> &'static str,
}

/// The timer list and the presenter screen.
#[derive(Debug)]
pub struct TimerTexts {
    pub choose_show: &'static str,
    pub open: &'static str,
    /// "8 segments, 120 min".
    pub script_summary: fn(usize, u32) -> String,
    pub no_script: &'static str,
    pub status_ready: &'static str,
    pub status_running: &'static str,
    pub status_paused: &'static str,
    pub status_finished: &'static str,
    pub start: &'static str,
    pub pause: &'static str,
    pub resume: &'static str,
    pub next: &'static str,
    pub previous: &'static str,
    pub add_minute: &'static str,
    pub remove_minute: &'static str,
    pub finish: &'static str,
    pub reset: &'static str,
    pub confirm_finish: &'static str,
    pub confirm_reset: &'static str,
    /// "Segment 3 of 8".
    pub segment_of: fn(usize, usize) -> String,
    pub next_up: &'static str,
    pub last_segment: &'static str,
    pub cue_now: &'static str,
    pub cue_next: &'static str,
    pub selling_points: &'static str,
    pub lines: &'static str,
    pub offer: &'static str,
    pub live_price: &'static str,
    pub behind: &'static str,
    pub ahead: &'static str,
    pub on_time: &'static str,
    pub expected_end: &'static str,
    pub wake_on: &'static str,
    pub wake_off: &'static str,
    pub wake_unsupported: &'static str,
    pub wake_refused: &'static str,
    /// In the presenter's bar while saving fails: a reload would lose the run.
    pub not_saved: &'static str,
    pub fullscreen: &'static str,
    pub hide_controls: &'static str,
    pub show_controls: &'static str,
    pub help: &'static str,
    pub help_title: &'static str,
    pub close: &'static str,
    pub exit: &'static str,
    pub finished_title: &'static str,
    pub not_found: &'static str,
    /// What a key binding does, for the help overlay.
    pub key_action: fn(KeyAction) -> &'static str,
}

/// Banners about storage: what happened and what to do.
#[derive(Debug)]
pub struct NoticeTexts {
    pub dismiss: &'static str,
    pub blocked: &'static str,
    pub quota: &'static str,
    pub write_failed: &'static str,
    pub unreadable: &'static str,
    pub recovery_kept: &'static str,
    pub recovery_not_moved: &'static str,
    pub restored_backup: &'static str,
    pub started_empty: &'static str,
    pub newer_version: &'static str,
    /// Heads the list of conflicts another window's save decided.
    pub merged: &'static str,
    /// "yours" before this window's replaced value, "kept" before the other's.
    pub yours: &'static str,
    pub kept: &'static str,
    pub reordered: &'static str,
    pub kept_deleted_here: &'static str,
    pub kept_deleted_there: &'static str,
    pub put_back: &'static str,
    pub put_back_gone: &'static str,
    pub put_back_invalid: &'static str,
    pub set_aside: &'static str,
    pub set_aside_lost: &'static str,
    pub go_to_data: &'static str,
}

/// The installed app: a new version on offer, and whether the browser keeps the data.
#[derive(Debug)]
pub struct AppLifeTexts {
    pub update_ready: &'static str,
    pub update_now: &'static str,
    pub update_later: &'static str,
    pub storage_heading: &'static str,
    pub storage_persistent: &'static str,
    pub storage_best_effort: &'static str,
    pub storage_unknown: &'static str,
}

/// The data page: export, import, backups, recovery copies.
#[derive(Debug)]
pub struct DataPageTexts {
    pub summary_heading: &'static str,
    /// "2 plans, 5 shows, 4 templates, 6 products".
    pub counts: fn(&Counts) -> String,
    pub last_saved: &'static str,
    pub not_saved_yet: &'static str,
    pub export_heading: &'static str,
    pub export_backup: &'static str,
    pub export_plan: &'static str,
    pub export_template: &'static str,
    pub no_plans: &'static str,
    pub no_templates: &'static str,
    pub import_heading: &'static str,
    pub import_hint: &'static str,
    pub choose_file: &'static str,
    pub preview_heading: &'static str,
    pub file_kind: &'static str,
    pub file_saved_at: &'static str,
    pub mode_label: &'static str,
    pub mode_copy: &'static str,
    pub mode_copy_hint: &'static str,
    pub mode_replace: &'static str,
    pub mode_replace_workspace_hint: &'static str,
    pub mode_replace_item_hint: &'static str,
    pub before: &'static str,
    pub after: &'static str,
    pub will_replace: &'static str,
    pub backup_first: &'static str,
    pub confirm_import: &'static str,
    pub confirm_replace: &'static str,
    pub cancel: &'static str,
    pub imported: &'static str,
    pub import_failed: &'static str,
    pub backup_failed: &'static str,
    pub backups_heading: &'static str,
    pub backups_hint: &'static str,
    pub no_backups: &'static str,
    pub restore: &'static str,
    pub unreadable_backup: &'static str,
    pub recovery_heading: &'static str,
    pub recovery_hint: &'static str,
    pub download: &'static str,
    pub delete: &'static str,
    pub confirm_delete: &'static str,
    pub characters: &'static str,
    pub timer_settings_heading: &'static str,
    pub timer_settings_hint: &'static str,
    pub warning_at: &'static str,
    pub danger_at: &'static str,
    pub seconds_left: &'static str,
    pub flash: &'static str,
    pub chime: &'static str,
}
