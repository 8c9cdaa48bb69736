//! Importing a script: a LiveDesk template file joins the library as a copy;
//! a spreadsheet (CSV or Excel) goes through a column-mapping step and a
//! preview, and becomes a new template only when nothing in it is wrong.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use livedesk_core::document::{Document, Kind};
use livedesk_core::limits::MAX_NAME_CHARS;
use livedesk_core::model::{IdSource, ScriptTemplate, SequentialIds};
use livedesk_core::problem::ReadError;
use livedesk_core::scripts::edit::ScriptRef;
use livedesk_core::sheet::{self, column_letter, header_row, ColumnMap, Field, Sheet};
use livedesk_core::transfer::{prepare_import, ImportMode};
use wasm_bindgen_futures::spawn_local;

use super::editor_href;
use crate::components::file_input::{too_large, FileButton, JSON_OR_SHEET_FILES};
use crate::components::status_line::Status;
use crate::i18n::use_i18n;
use crate::ids::RandomIds;
use crate::sheet_files::{self, SheetFileError};
use crate::state::use_app_state;

/// A sheet waiting for its columns to be mapped and the import confirmed.
#[derive(Debug, Clone, PartialEq)]
struct PendingSheet {
    sheet: Sheet,
    header_row: usize,
    name: String,
}

enum FileKind {
    Json,
    Csv,
    Xlsx,
}

fn kind_of(name: &str) -> FileKind {
    let lower = name.to_lowercase();
    if lower.ends_with(".xlsx") {
        FileKind::Xlsx
    } else if lower.ends_with(".csv") || lower.ends_with(".txt") {
        FileKind::Csv
    } else {
        FileKind::Json
    }
}

/// A file's name without its extension, cut to a name's length.
fn stem(name: &str) -> String {
    let stem = name.rsplit_once('.').map_or(name, |(stem, _)| stem);
    stem.chars().take(MAX_NAME_CHARS).collect()
}

#[component]
pub fn ImportPanel(status: Status) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let t = move || i18n.scripts();
    let pending = RwSignal::new(None::<PendingSheet>);
    let map = RwSignal::new(ColumnMap::default());
    let reading = RwSignal::new(false);
    let fail = move |text: String| status.set(Some((true, text)));

    let import_template_file = move |bytes: &[u8]| {
        let lang = i18n.lang();
        let document = match Document::read_file_kind(bytes, Kind::Template) {
            Ok(document) => document,
            Err(ReadError::WrongKind { .. }) => return fail(t().not_a_template.to_owned()),
            Err(error) => return fail(error.message(lang)),
        };
        let preview = state.workspace.with_untracked(|ws| {
            prepare_import(ws, &document, ImportMode::AddAsCopy, &mut RandomIds)
        });
        match preview {
            Ok(preview) => {
                let name = preview.title.clone();
                state.update_and_save(|ws| *ws = preview.result);
                status.set(Some((false, (t().imported)(&name))));
            }
            Err(error) => fail(error.message(lang)),
        }
    };
    let take_sheet = move |result: Result<Sheet, SheetFileError>, name: String| match result {
        Ok(sheet) => {
            let header = header_row(&sheet);
            map.set(ColumnMap::guess(&sheet.rows[header]));
            status.set(None);
            pending.set(Some(PendingSheet {
                sheet,
                header_row: header,
                name: stem(&name),
            }));
        }
        Err(SheetFileError::Sheet(error)) => fail(error.message(i18n.lang())),
        Err(SheetFileError::Unavailable) => fail(t().worker_failed.to_owned()),
    };
    let on_file = move |file: web_sys::File| {
        pending.set(None);
        if let Some(error) = too_large(&file) {
            return fail(error.message(i18n.lang()));
        }
        let name = file.name();
        reading.set(true);
        spawn_local(async move {
            let bytes = sheet_files::file_bytes(&file).await;
            let Some(bytes) = bytes else {
                reading.set(false);
                return fail(t().worker_failed.to_owned());
            };
            match kind_of(&name) {
                FileKind::Json => import_template_file(&bytes),
                FileKind::Csv => take_sheet(sheet_files::read_csv_bytes(&bytes), name),
                FileKind::Xlsx => take_sheet(sheet_files::read_xlsx_bytes(bytes).await, name),
            }
            reading.set(false);
        });
    };

    view! {
        <div class="card import-panel script-import">
            <h2>{move || t().import_heading}</h2>
            <p class="muted">{move || t().import_hint}</p>
            <FileButton label=Signal::derive(move || t().choose_file) accept=JSON_OR_SHEET_FILES primary=true on_file />
            <Show when=move || reading.get()>
                <p role="status" class="muted">{move || t().reading}</p>
            </Show>
            {move || pending.get().map(|p| view! { <SheetMapping pending=p map status on_done=move || pending.set(None) /> })}
        </div>
    }
}

#[component]
fn SheetMapping(
    pending: PendingSheet,
    map: RwSignal<ColumnMap>,
    status: Status,
    on_done: impl Fn() + Copy + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let navigate = use_navigate();
    let t = move || i18n.scripts();
    let sheet = StoredValue::new(pending.sheet.clone());
    let header: Vec<String> = pending.sheet.rows[pending.header_row].clone();
    let width = pending.sheet.width();
    let name = RwSignal::new(pending.name.clone());
    let header_number = pending.sheet.row_numbers[pending.header_row];
    // The preview, with stand-in ids; the import itself makes fresh ones.
    let preview = Memo::new(move |_| {
        let map = map.get();
        state.workspace.with(|ws| {
            sheet.with_value(|sheet| {
                sheet::to_segments(
                    sheet,
                    &map,
                    &ws.products,
                    &mut SequentialIds::new("preview"),
                )
            })
        })
    });
    let errors = move || {
        preview.with(|p| {
            p.issues
                .iter()
                .filter(|i| i.is_error())
                .map(|i| i.message(i18n.lang()))
                .collect::<Vec<_>>()
        })
    };
    let warnings = move || {
        preview.with(|p| {
            p.issues
                .iter()
                .filter(|i| !i.is_error())
                .map(|i| i.message(i18n.lang()))
                .collect::<Vec<_>>()
        })
    };
    let confirm = move |_| {
        let import = state.workspace.with_untracked(|ws| {
            sheet.with_value(|sheet| {
                sheet::to_segments(sheet, &map.get_untracked(), &ws.products, &mut RandomIds)
            })
        });
        if !import.is_importable() {
            return;
        }
        let mut template_name = name.get_untracked().trim().to_owned();
        if template_name.is_empty() {
            template_name = t().new_blank_name.to_owned();
        }
        let template = ScriptTemplate {
            id: RandomIds.next_id(),
            name: template_name.clone(),
            description: String::new(),
            segments: import
                .segments
                .into_iter()
                .map(|(_, segment)| segment)
                .collect(),
        };
        let href = editor_href(&ScriptRef::Template(template.id.clone()));
        match state.try_change(|ws| ws.add_template(template)) {
            Ok(()) => {
                on_done();
                status.set(Some((false, (t().imported)(&template_name))));
                navigate(&href, Default::default());
            }
            Err(e) => status.set(Some((true, (t().edit_error)(&e, i18n.lang())))),
        }
    };
    let column_options = move || {
        (0..width)
            .map(|column| {
                let heading = header.get(column).cloned().unwrap_or_default();
                (
                    column,
                    (t().column_option)(&column_letter(column), &heading),
                )
            })
            .collect::<Vec<_>>()
    };
    view! {
        <div class="sheet-mapping" role="region" aria-label=move || t().mapping_heading>
            <h3>{move || t().mapping_heading}</h3>
            <p class="muted">{move || (t().mapping_hint)(header_number)}</p>
            <div class="mapping-grid">
                {Field::ALL.into_iter().map(|field| {
                    let options = column_options.clone();
                    view! {
                        <label class="field">
                            <span>{move || field.label(i18n.lang())}</span>
                            <select
                                data-field=format!("{field:?}")
                                on:change=move |ev| {
                                    let column = event_target_value(&ev).parse::<usize>().ok();
                                    map.update(|m| m.set(field, column));
                                }
                            >
                                <option value="" selected=move || map.with(|m| m.get(field).is_none())>{move || t().column_none}</option>
                                {move || options().into_iter().map(|(column, label)| view! {
                                    <option value=column.to_string() selected=move || map.with(|m| m.get(field) == Some(column))>{label}</option>
                                }).collect_view()}
                            </select>
                        </label>
                    }
                }).collect_view()}
            </div>
            <Show when=move || !errors().is_empty()>
                <div class="error" role="alert">
                    <p>{move || t().errors_heading}</p>
                    <ul class="sheet-errors">{move || errors().into_iter().map(|e| view! { <li>{e}</li> }).collect_view()}</ul>
                </div>
            </Show>
            <Show when=move || !warnings().is_empty()>
                <div class="notice-inline">
                    <p>{move || t().warnings_heading}</p>
                    <ul class="sheet-warnings">{move || warnings().into_iter().map(|e| view! { <li>{e}</li> }).collect_view()}</ul>
                </div>
            </Show>
            <h3>{move || (t().preview_heading)(preview.with(|p| p.segments.len()))}</h3>
            <div class="table-scroll">
                <table class="sheet-preview">
                    <thead>
                        <tr>
                            <th scope="col">"#"</th>
                            <th scope="col">{move || t().kind_label}</th>
                            <th scope="col">{move || t().title_label}</th>
                            <th scope="col">{move || t().minutes_label}</th>
                            <th scope="col">{move || t().product_label}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || {
                            preview.get().segments.into_iter().map(|(row, s)| {
                                let product = s.product_id.as_ref().and_then(|id| state.workspace.with(|ws| ws.product(id).map(|p| p.name.clone())));
                                view! {
                                    <tr>
                                        <td>{row}</td>
                                        <td>{(i18n.t().segment_kind)(s.kind)}</td>
                                        <td>{s.title}</td>
                                        <td>{s.planned_seconds.div_ceil(60)}</td>
                                        <td>{product}</td>
                                    </tr>
                                }
                            }).collect_view()
                        }}
                    </tbody>
                </table>
            </div>
            <label class="field wide">
                <span>{move || t().template_name}</span>
                <input type="text" class="import-name" maxlength="200" prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev)) />
            </label>
            <div class="button-row">
                <button type="button" class="button primary" disabled=move || !preview.with(|p| p.is_importable()) on:click=confirm>
                    {move || t().import_confirm}
                </button>
                <button type="button" class="button" on:click=move |_| on_done()>{move || t().cancel}</button>
            </div>
        </div>
    }
}
