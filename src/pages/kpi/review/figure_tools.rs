//! Above the figure fields: read them from the platform's data export (CSV
//! or Excel), or clear them all. Either can be undone from the bar it leaves,
//! since clearing unlocks the show's date and an import overwrites typing.

use std::rc::Rc;

use leptos::prelude::*;
use livedesk_core::model::{Show, ShowActuals};
use livedesk_core::review::read_figures;
use livedesk_core::sheet::Sheet;
use wasm_bindgen_futures::spawn_local;

use crate::components::file_input::{too_large, FileButton, SHEET_FILES};
use crate::components::status_line::Status;
use crate::components::undo_bar::{UndoBar, Undoable};
use crate::i18n::use_i18n;
use crate::sheet_files::{self, SheetFileError};

#[component]
pub(super) fn FigureTools(
    show: Memo<Option<Show>>,
    status: Status,
    change: impl Fn(Box<dyn FnOnce(&mut Show)>) + Copy + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.kpi();
    let reading = RwSignal::new(false);
    let undo = RwSignal::new_local(None::<Undoable>);
    let fail = move |message: String| status.set(Some((true, message)));

    // Replaces the actuals, and offers to put back what was there.
    let replace_actuals = move |actuals: Option<ShowActuals>, message: String| {
        let before = show.with_untracked(|s| s.as_ref().and_then(|s| s.actuals.clone()));
        change(Box::new(move |s| s.actuals = actuals));
        undo.set(Some(Undoable {
            message,
            undo: Rc::new(move || {
                let before = before.clone();
                change(Box::new(move |s| s.actuals = before));
            }),
        }));
    };

    let take_sheet = move |sheet: Result<Sheet, SheetFileError>| {
        let sheet = match sheet {
            Ok(sheet) => sheet,
            Err(SheetFileError::Sheet(error)) => return fail(error.message(i18n.lang())),
            Err(SheetFileError::Unavailable) => return fail(t().file_unreadable.to_owned()),
        };
        let Some(day) = show.with_untracked(|s| s.as_ref().map(|s| s.starts_at.date())) else {
            return;
        };
        match read_figures(&sheet, day) {
            Ok(found) => {
                let mut actuals = show
                    .with_untracked(|s| s.as_ref().and_then(|s| s.actuals.clone()))
                    .unwrap_or_default();
                found.apply(&mut actuals);
                let message =
                    (t().figures_imported)(found.figures.len(), &found.ignored.join("、"));
                status.set(None);
                replace_actuals(Some(actuals), message);
            }
            Err(error) => fail(error.message(i18n.lang(), t().figure)),
        }
    };

    let on_file = move |file: web_sys::File| {
        if let Some(error) = too_large(&file) {
            return fail(error.message(i18n.lang()));
        }
        let is_excel = file.name().to_lowercase().ends_with(".xlsx");
        reading.set(true);
        // The change reports through context (the language): run it under
        // this component's owner, which an async task does not carry.
        let owner = Owner::current();
        spawn_local(async move {
            let sheet = match sheet_files::file_bytes(&file).await {
                None => Err(SheetFileError::Unavailable),
                Some(bytes) if is_excel => sheet_files::read_xlsx_bytes(bytes).await,
                Some(bytes) => sheet_files::read_csv_bytes(&bytes),
            };
            match owner {
                Some(owner) => owner.with(|| take_sheet(sheet)),
                None => take_sheet(sheet),
            }
            reading.set(false);
        });
    };

    let has_figures = move || show.with(|s| s.as_ref().is_some_and(|s| s.actuals.is_some()));
    view! {
        <div class="figure-tools">
            <FileButton label=Signal::derive(move || t().import_figures) accept=SHEET_FILES on_file />
            // Hidden rather than left out: a <Show> would need a thread-safe `change`.
            <button
                type="button"
                class="button danger"
                hidden=move || !has_figures()
                on:click=move |_| replace_actuals(None, t().figures_cleared.to_owned())
            >
                {move || t().clear_figures}
            </button>
            <Show when=move || reading.get()>
                <span role="status" class="muted">{move || t().reading_file}</span>
            </Show>
        </div>
        <UndoBar pending=undo undo_label=Signal::derive(move || t().undo) />
    }
}
