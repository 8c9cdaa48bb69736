//! The scripts page: the user's templates, the built-in ones to start from,
//! the import panel and each show's own script.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;
use livedesk_core::model::{Id, IdSource, ScriptTemplate, SequentialIds};
use livedesk_core::samples::builtin_templates;
use livedesk_core::scripts::edit::ScriptRef;
use livedesk_core::scripts::schedule;
use livedesk_core::transfer;

use super::import::ImportPanel;
use super::{editor_href, print_href};
use crate::clock;
use crate::components::download::download_text;
use crate::components::status_line::{Status, StatusLine};
use crate::components::undo_bar::{UndoBar, Undoable};
use crate::i18n::use_i18n;
use crate::ids::RandomIds;
use crate::state::use_app_state;

#[component]
pub fn ScriptsPage() -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.scripts();
    let status: Status = RwSignal::new(None);
    let undo = RwSignal::new_local(None::<Undoable>);
    view! {
        <section class="page scripts-page" data-section="/scripts">
            <h1>{move || i18n.t().scripts.title}</h1>
            <p class="page-purpose">{move || i18n.t().scripts.purpose}</p>
            <StatusLine status />
            <UndoBar pending=undo undo_label=Signal::derive(move || t().undo) />
            <MyTemplates status undo />
            <ShowScripts />
            <ImportPanel status />
            <BuiltinTemplates status />
        </section>
    }
}

#[component]
fn MyTemplates(status: Status, undo: RwSignal<Option<Undoable>, LocalStorage>) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let t = move || i18n.scripts();
    let navigate = use_navigate();
    let templates = Memo::new(move |_| {
        state.workspace.with(|ws| {
            ws.templates
                .iter()
                .map(|tpl| {
                    let minutes = schedule::total_seconds(&tpl.segments).div_ceil(60);
                    (
                        tpl.id.clone(),
                        tpl.name.clone(),
                        tpl.description.clone(),
                        tpl.segments.len(),
                        minutes,
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    let report = move |result: Result<String, String>| match result {
        Ok(text) => status.set(Some((false, text))),
        Err(text) => status.set(Some((true, text))),
    };
    let edit_error = move |e| (t().edit_error)(&e, i18n.lang());
    let new_blank = move |_| {
        let template = ScriptTemplate {
            id: RandomIds.next_id(),
            name: t().new_blank_name.to_owned(),
            description: String::new(),
            segments: Vec::new(),
        };
        let href = editor_href(&ScriptRef::Template(template.id.clone()));
        match state.try_change(|ws| ws.add_template(template)) {
            Ok(()) => navigate(&href, Default::default()),
            Err(e) => report(Err(edit_error(e))),
        }
    };
    let duplicate = move |id: Id, name: String| {
        let copy_name = (t().copy_name)(&name);
        let result =
            state.try_change(|ws| ws.duplicate_template(&id, copy_name.clone(), &mut RandomIds));
        report(result.map(|_| copy_name).map_err(edit_error));
    };
    let export = move |id: Id| {
        state.flush();
        let document = state
            .workspace
            .with_untracked(|ws| transfer::export_template(ws, &id, clock::now_utc()));
        if let Some(document) = document {
            download_text(&transfer::file_name(&document), &document.to_json());
        }
    };
    let delete = move |id: Id| match state.try_change(|ws| ws.remove_template(&id)) {
        Ok(removed) => {
            status.set(None);
            let message = (t().deleted)(&removed.template.name);
            let removed = std::rc::Rc::new(removed);
            undo.set(Some(Undoable {
                message,
                undo: std::rc::Rc::new(move || {
                    let result = state.try_change(|ws| ws.restore_template((*removed).clone()));
                    if let Err(e) = result {
                        report(Err(edit_error(e)));
                    }
                }),
            }));
        }
        Err(e) => report(Err(edit_error(e))),
    };
    view! {
        <div class="card">
            <div class="card-head">
                <h2>{move || t().my_templates}</h2>
                <button type="button" class="button primary" on:click=new_blank>{move || t().new_blank}</button>
            </div>
            <Show
                when=move || !templates.with(Vec::is_empty)
                fallback=move || view! { <p class="empty-state">{move || t().templates_empty}</p> }
            >
                <ul class="script-list">
                    <For
                        each=move || templates.get()
                        key=|row| row.clone()
                        children=move |(id, name, description, segments, minutes)| {
                            let script = ScriptRef::Template(id.clone());
                            let (dup_id, dup_name) = (id.clone(), name.clone());
                            let (export_id, delete_id) = (id.clone(), id.clone());
                            view! {
                                <li class="script-item">
                                    <div class="script-item-text">
                                        <A href=editor_href(&script) attr:class="script-item-name">{name.clone()}</A>
                                        <span class="muted">{move || (t().summary)(segments, minutes)}</span>
                                        <span class="script-item-description">{description.clone()}</span>
                                    </div>
                                    <div class="button-row">
                                        <A href=editor_href(&script) attr:class="button">{move || t().edit}</A>
                                        <button type="button" class="button" on:click=move |_| duplicate(dup_id.clone(), dup_name.clone())>
                                            {move || t().duplicate}
                                        </button>
                                        <button type="button" class="button" on:click=move |_| export(export_id.clone())>
                                            {move || t().export}
                                        </button>
                                        <A href=print_href(&script) attr:class="button">{move || t().print}</A>
                                        <button type="button" class="button danger" on:click=move |_| delete(delete_id.clone())>
                                            {move || t().delete}
                                        </button>
                                    </div>
                                </li>
                            }
                        }
                    />
                </ul>
            </Show>
        </div>
    }
}

/// Each show with its script, soonest first.
#[component]
fn ShowScripts() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let t = move || i18n.scripts();
    let shows = Memo::new(move |_| {
        state.workspace.with(|ws| {
            let mut shows: Vec<_> = ws
                .shows
                .iter()
                .map(|show| {
                    let segments = show.segments();
                    let minutes = schedule::total_seconds(segments).div_ceil(60);
                    (
                        show.starts_at,
                        show.id.clone(),
                        show.title.clone(),
                        segments.len(),
                        minutes,
                    )
                })
                .collect();
            shows.sort();
            shows
        })
    });
    view! {
        <div class="card">
            <h2>{move || t().shows_heading}</h2>
            <Show
                when=move || !shows.with(Vec::is_empty)
                fallback=move || view! { <p class="empty-state">{move || t().shows_empty}</p> }
            >
                <ul class="script-list">
                    <For
                        each=move || shows.get()
                        key=|row| row.clone()
                        children=move |(starts_at, id, title, segments, minutes)| {
                            let href = editor_href(&ScriptRef::Show(id));
                            view! {
                                <li class="script-item">
                                    <div class="script-item-text">
                                        <A href=href.clone() attr:class="script-item-name">{title}</A>
                                        <span class="muted">{starts_at.format("%Y-%m-%d %H:%M").to_string()}</span>
                                        <span class="muted">
                                            {move || if segments == 0 { t().no_script.to_owned() } else { (t().summary)(segments, minutes) }}
                                        </span>
                                    </div>
                                    <A href=href attr:class="button">{move || i18n.t().edit_script}</A>
                                </li>
                            }
                        }
                    />
                </ul>
            </Show>
        </div>
    }
}

/// The built-in templates, each added to the library as a fresh copy.
#[component]
fn BuiltinTemplates(status: Status) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let t = move || i18n.scripts();
    // For display only; a copy added to the library gets fresh random ids.
    let gallery =
        Memo::new(move |_| builtin_templates(i18n.lang(), &mut SequentialIds::new("builtin")));
    let add = move |index: usize| {
        let Some(template) = builtin_templates(i18n.lang(), &mut RandomIds)
            .into_iter()
            .nth(index)
        else {
            return;
        };
        let name = template.name.clone();
        match state.try_change(|ws| ws.add_template(template)) {
            Ok(()) => status.set(Some((false, (t().imported)(&name)))),
            Err(e) => status.set(Some((true, (t().edit_error)(&e, i18n.lang())))),
        }
    };
    view! {
        <div class="card">
            <h2>{move || t().builtin_heading}</h2>
            <p class="muted">{move || t().builtin_hint}</p>
            <ul class="script-list builtin-list">
                {move || {
                    gallery
                        .get()
                        .into_iter()
                        .enumerate()
                        .map(|(index, template)| {
                            let minutes = schedule::total_seconds(&template.segments).div_ceil(60);
                            let segments = template.segments.len();
                            view! {
                                <li class="script-item">
                                    <div class="script-item-text">
                                        <span class="script-item-name">{template.name}</span>
                                        <span class="muted">{move || (t().summary)(segments, minutes)}</span>
                                        <span class="script-item-description">{template.description}</span>
                                    </div>
                                    <button type="button" class="button" on:click=move |_| add(index)>
                                        {move || t().add_builtin}
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </div>
    }
}
