//! Import: read a file through the core's one validated path, preview what it
//! would change, and replace the workspace only on confirmation.

use leptos::prelude::*;
use livedesk_core::document::{Document, Kind};
use livedesk_core::problem::ReadError;
use livedesk_core::transfer::{self, prepare_import, ImportError, ImportMode, ImportPreview};
use wasm_bindgen_futures::spawn_local;

use crate::components::file_input::{too_large, FileButton, JSON_FILES};
use crate::i18n::use_i18n;
use crate::ids::RandomIds;
use crate::sheet_files::file_bytes;
use crate::state::use_app_state;

/// A read document awaiting the user's decision.
#[derive(Debug, Clone, PartialEq)]
pub struct Pending {
    pub document: Document,
    /// A restore from a backup replaces everything; there is no mode to pick.
    pub from_backup: bool,
}

/// What the panel shows below the file picker.
#[derive(Debug, Clone, PartialEq)]
enum Outcome {
    None,
    Failed(ReadError),
    BackupFailed,
    Imported,
}

async fn read_file(file: web_sys::File) -> Result<Document, ReadError> {
    let span = crate::clock::Span::start("livedesk:import-read");
    let read = read_text(file).await;
    span.end();
    read
}

async fn read_text(file: web_sys::File) -> Result<Document, ReadError> {
    if let Some(error) = too_large(&file) {
        return Err(error);
    }
    // The bytes, decoded by the core as every import decodes them (the
    // browser's `file.text()` would take UTF-8 only and hide bad bytes).
    // A file the browser cannot read at all is no JSON either.
    let bytes = file_bytes(&file).await.unwrap_or_default();
    Document::read_file(&bytes)
}

#[component]
pub fn ImportPanel(pending: RwSignal<Option<Pending>>) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let t = move || i18n.data();
    let outcome = RwSignal::new(Outcome::None);
    let mode = RwSignal::new(ImportMode::AddAsCopy);

    let on_file = move |file: web_sys::File| {
        spawn_local(async move {
            match read_file(file).await {
                Ok(document) => {
                    outcome.set(Outcome::None);
                    mode.set(ImportMode::AddAsCopy);
                    pending.set(Some(Pending {
                        document,
                        from_backup: false,
                    }));
                }
                Err(error) => {
                    pending.set(None);
                    outcome.set(Outcome::Failed(error));
                }
            }
        });
    };

    // Recomputed when the choice or the workspace changes; nothing is stored.
    let preview = Memo::new(move |_| {
        let pending = pending.get()?;
        let mode = if pending.from_backup {
            ImportMode::Replace
        } else {
            mode.get()
        };
        Some(
            state
                .workspace
                .with(|ws| prepare_import(ws, &pending.document, mode, &mut RandomIds)),
        )
    });

    let confirm = move || {
        let Some(Ok(preview)) = preview.get_untracked() else {
            return;
        };
        match state.replace(preview.result) {
            Ok(()) => {
                pending.set(None);
                outcome.set(Outcome::Imported);
            }
            Err(_) => outcome.set(Outcome::BackupFailed),
        }
    };
    let cancel = move || pending.set(None);

    let outcome_view = move || {
        let t = t();
        match outcome.get() {
            Outcome::None => None,
            Outcome::Imported => {
                Some(view! { <p class="ok" role="status">{t.imported}</p> }.into_any())
            }
            Outcome::BackupFailed => {
                Some(view! { <p class="error" role="alert">{t.backup_failed}</p> }.into_any())
            }
            Outcome::Failed(error) => Some(
                view! {
                    <div class="error" role="alert">
                        <strong>{t.import_failed}</strong>
                        <p class="error-detail">{error.message(i18n.lang())}</p>
                    </div>
                }
                .into_any(),
            ),
        }
    };

    view! {
        <div class="card import-panel">
            <h2>{move || t().import_heading}</h2>
            <p class="muted">{move || t().import_hint}</p>
            <FileButton label=Signal::derive(move || t().choose_file) accept=JSON_FILES primary=true on_file />
            {outcome_view}
            // Rebuilt only when another file or backup is chosen, so the mode
            // choice keeps its focus while the preview below it changes.
            {move || pending.get().map(|pending| view! {
                <PendingCard pending preview mode on_confirm=confirm on_cancel=cancel />
            })}
        </div>
    }
}

/// A read file awaiting the user's decision: what it is, the choice of mode
/// (whenever its kind has modes, whatever the preview says), and then either
/// what the import would do or why it cannot, with the buttons.
#[component]
fn PendingCard(
    pending: Pending,
    preview: Memo<Option<Result<ImportPreview, ImportError>>>,
    mode: RwSignal<ImportMode>,
    on_confirm: impl Fn() + Copy + Send + Sync + 'static,
    on_cancel: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.data();
    let kind = pending.document.kind();
    let title = transfer::title(&pending.document).to_owned();
    let saved_at = pending
        .document
        .saved_at
        .with_timezone(&chrono::Local)
        .format("%Y-%m-%d %H:%M")
        .to_string();
    // A restore from a stored backup always replaces: no modes.
    let modes: &[ImportMode] = if pending.from_backup {
        &[]
    } else {
        ImportMode::offered(kind)
    };
    let mode_choice = (!modes.is_empty()).then(|| {
        let choices = modes
            .iter()
            .map(|&choice| {
                let label = move || match choice {
                    ImportMode::AddAsCopy => t().mode_copy,
                    ImportMode::Replace => t().mode_replace,
                };
                let hint = move || match choice {
                    ImportMode::AddAsCopy => t().mode_copy_hint,
                    ImportMode::Replace if kind == Kind::Workspace => {
                        t().mode_replace_workspace_hint
                    }
                    ImportMode::Replace => t().mode_replace_item_hint,
                };
                view! {
                    <label class="choice">
                        <input type="radio" name="import-mode" prop:checked=move || mode.get() == choice
                            on:change=move |_| mode.set(choice) />
                        <span><strong>{label}</strong><br /><small>{hint}</small></span>
                    </label>
                }
            })
            .collect_view();
        view! {
            <fieldset class="modes">
                <legend>{move || t().mode_label}</legend>
                {choices}
            </fieldset>
        }
    });
    let outcome = move || {
        preview.get().map(|result| match result {
            Ok(preview) => view! { <PreviewFacts preview on_confirm on_cancel /> }.into_any(),
            Err(error) => view! {
                <div class="error" role="alert">
                    <strong>{move || t().import_failed}</strong>
                    <p class="error-detail">{error.message(i18n.lang())}</p>
                </div>
                <div class="actions">
                    <button type="button" class="button" on:click=move |_| on_cancel()>{move || t().cancel}</button>
                </div>
            }
            .into_any(),
        })
    };
    view! {
        <div class="preview" role="region" aria-label=move || t().preview_heading>
            <h3>{move || t().preview_heading}</h3>
            <dl class="facts">
                <dt>{move || t().file_kind}</dt>
                <dd class="preview-kind">{move || kind.label(i18n.lang())} " " <strong>{title}</strong></dd>
                <dt>{move || t().file_saved_at}</dt>
                <dd>{saved_at}</dd>
            </dl>
            {mode_choice}
            {outcome}
        </div>
    }
}

/// What a possible import would do, and its buttons.
#[component]
fn PreviewFacts(
    preview: ImportPreview,
    on_confirm: impl Fn() + Copy + Send + Sync + 'static,
    on_cancel: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.data();
    let replacing = preview.mode == ImportMode::Replace;
    let destroys = preview.destroys_data();
    let shown: Vec<String> = preview.replaced.iter().take(12).cloned().collect();
    let more = preview.replaced.len().saturating_sub(shown.len());
    view! {
        <dl class="facts">
            <dt>{move || t().before}</dt>
            <dd class="count-before">{move || (t().counts)(&preview.before)}</dd>
            <dt>{move || t().after}</dt>
            <dd class="count-after">{move || (t().counts)(&preview.after)}</dd>
        </dl>
        {destroys.then(|| view! {
            <div class="warning">
                <strong>{move || t().will_replace}</strong>
                <ul class="replaced-list">
                    {shown.into_iter().map(|name| view! { <li>{name}</li> }).collect_view()}
                    {(more > 0).then(|| view! { <li>{format!("… +{more}")}</li> })}
                </ul>
            </div>
        })}
        <p class="muted">{move || t().backup_first}</p>
        <div class="actions">
            <button type="button" class="button" class:danger=destroys class:primary=!destroys on:click=move |_| on_confirm()>
                {move || if replacing { t().confirm_replace } else { t().confirm_import }}
            </button>
            <button type="button" class="button" on:click=move |_| on_cancel()>{move || t().cancel}</button>
        </div>
    }
}
