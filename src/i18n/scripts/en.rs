//! The scripts section in English.

use livedesk_core::model::{CueKind, InteractionKind, Tier};
use livedesk_core::scripts::checks::Finding;
use livedesk_core::scripts::edit::EditError;

use super::ScriptTexts;

pub static TEXTS: ScriptTexts = ScriptTexts {
    my_templates: "My templates",
    templates_empty: "No templates yet: start from a built-in one below, or create a blank one.",
    new_blank: "New blank template",
    new_blank_name: "New template",
    builtin_heading: "Built-in templates",
    builtin_hint: "Script structures written for each trade. Add a copy to My templates and change it as you like.",
    add_builtin: "Add to my templates",
    summary: |segments, minutes| {
        let s = if segments == 1 { "" } else { "s" };
        format!("{segments} segment{s} · {minutes} min")
    },
    edit: "Edit",
    duplicate: "Duplicate",
    export: "Export",
    delete: "Delete",
    print: "Print",
    copy_name: |name| format!("{name} (copy)"),
    deleted: |name| format!("Deleted “{name}”."),
    undo: "Undo",
    shows_heading: "Show scripts",
    shows_empty: "No shows yet. Shows are scheduled in Plans.",
    no_script: "No script yet",
    import_heading: "Import a script",
    import_hint: "Choose a LiveDesk template file (.json) or a spreadsheet (.csv / .xlsx): each row is one segment; next you say what each column holds.",
    choose_file: "Choose a file",
    reading: "Reading…",
    imported: |name| format!("Imported the template “{name}”."),
    not_a_template: "This file is not a script template: import full backups and plans on the Data page.",
    worker_failed: "The Excel reader could not be loaded. Check the network and try again, or save the sheet as CSV and import that.",
    mapping_heading: "What does each column hold?",
    mapping_hint: |row| format!("Guessed from the header in row {row}; please check. A Segment or Product column is needed."),
    column_none: "(not imported)",
    column_option: |letter, header| format!("Column {letter} · {header}"),
    preview_heading: |n| {
        let s = if n == 1 { "" } else { "s" };
        format!("Preview: {n} segment{s}")
    },
    errors_heading: "Fix these in the sheet, then choose the file again:",
    warnings_heading: "Notes (the import can go ahead):",
    template_name: "Name of the new template",
    import_confirm: "Import as a new template",
    cancel: "Cancel",
    back: "Back to scripts",
    name_label: "Name",
    description_label: "Description",
    segments_heading: "Segments",
    segments_empty: "No segments yet. Add the first one, an opening for instance.",
    reorder_hint: "Drag a segment, or use Move up / Move down, to change the order.",
    add_segment: "Add a segment",
    kind_label: "Kind",
    title_label: "Title",
    minutes_label: "Length (minutes)",
    product_label: "Product",
    no_product: "(no product)",
    missing_product: "(product no longer in the catalogue)",
    interaction_label: "Interaction",
    none: "(none)",
    selling_points_label: "Selling points (one per line)",
    lines_label: "Lines (one per line)",
    offer_label: "Offer",
    owner_label: "Owner",
    notes_label: "Notes",
    cues_label: "Cues",
    cue_at_label: "From (min:sec)",
    cue_kind_label: "Kind",
    cue_text_label: "What",
    bad_cue_at: "Write the time as min:sec, e.g. 8:00.",
    add_cue: "Add a cue",
    remove_cue: "Remove cue",
    move_up: "Move up",
    move_down: "Move down",
    remove_segment: "Delete segment",
    open_segment: "Open",
    close_segment: "Close",
    segment_removed: |title| format!("Deleted the segment “{title}”."),
    minutes: |m| format!("{m} min"),
    untitled: "(untitled)",
    total: |total, show| match show {
        Some(show) => format!("Total {total} of a {show} show"),
        None => format!("Total {total}"),
    },
    checks_heading: "Script checks",
    checks_ok: "All checks pass.",
    finding: |finding, product| match finding {
        Finding::LengthMismatch { script_seconds, show_seconds } => {
            let (script, show) = (script_seconds / 60, show_seconds / 60);
            if script_seconds > show_seconds {
                format!("The segments add up to {script} min, {} min more than the show's {show} min.", script - show)
            } else {
                format!("The segments add up to {script} min, {} min less than the show's {show} min.", show - script)
            }
        }
        Finding::NoOpeningHook => "No hook in the first 5 minutes: give the opening a flash sale, an offer or a follow-for-a-coupon cue.".into(),
        Finding::LongExplanation { seconds, .. } => format!(
            "The product is explained for {} min before interaction or the close; keep it to 8 min.",
            seconds.div_ceil(60)
        ),
        Finding::NoCloseAfterExplanation { .. } => {
            "No close after the explanation: add a close-the-sale cue, or follow with a closing segment.".into()
        }
        Finding::LongSegment { seconds, .. } => format!(
            "This segment runs {} min, past the 15-minute node; viewers drift away.",
            seconds.div_ceil(60)
        ),
        Finding::ProductNeverExplained { .. } => {
            format!("“{product}” is in the lineup but no segment explains it.")
        }
    },
    apply_heading: "Apply a template",
    apply_hint: "Copies the template's segments into this show. Later edits of the template leave this show as it is.",
    apply_button: "Apply",
    apply_confirm: |name| format!("Replace all of this show's segments with “{name}”?"),
    applied: |name| format!("Applied “{name}”."),
    from_template: |name| format!("From the template “{name}”"),
    timer_locked: "This show's timer has started: words and lengths can change, but segments cannot be added, removed or reordered (the timer's log follows their order). Reset the timer first to do that.",
    open_timer: "Open the timer",
    not_found: "This script cannot be found; it may have been deleted.",
    print_heading: "Run sheet",
    print_hint: "Print, or save as PDF, with the browser's print command.",
    tier: |tier| match tier {
        Tier::TrafficDriver => "traffic driver",
        Tier::Profit => "profit",
        Tier::Strategic => "strategic",
    },
    interaction: |kind| match kind {
        InteractionKind::LuckyDraw => "Lucky draw",
        InteractionKind::QAndA => "Q&A",
        InteractionKind::Vote => "Vote",
        InteractionKind::LikeGoal => "Like goal",
    },
    cue_kind: |kind| match kind {
        CueKind::Explain => "Explain",
        CueKind::Interact => "Interact",
        CueKind::CloseSale => "Close the sale",
        CueKind::Offer => "Offer",
        CueKind::Other => "Other",
    },
    edit_error: |error, lang| match error {
        EditError::NotFound => "This script no longer exists (deleted in another tab?).".into(),
        EditError::NoSuchSegment => "This segment no longer exists; reload and try again.".into(),
        EditError::TimerStarted => "This show's timer has started: segments cannot be added, removed or reordered. Reset the timer first.".into(),
        EditError::TooMany { max } => format!("At most {max}."),
        EditError::Invalid(errors) => errors
            .iter()
            .map(|e| e.message(lang))
            .collect::<Vec<_>>()
            .join("; "),
    },
};
