//! Export: a full backup, or one plan or template, as a `.livedesk.json` file.

use leptos::prelude::*;
use livedesk_core::document::Document;
use livedesk_core::model::Id;
use livedesk_core::transfer;

use crate::clock;
use crate::components::download::download_text;
use crate::i18n::use_i18n;
use crate::state::use_app_state;

fn offer(document: Option<Document>) {
    if let Some(document) = document {
        download_text(&transfer::file_name(&document), &document.to_json());
    }
}

#[component]
pub fn ExportPanel() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let t = move || i18n.data();
    let export_all = move |_| {
        state.flush();
        offer(Some(state.workspace.with_untracked(|ws| {
            transfer::export_workspace(ws, clock::now_utc())
        })));
    };
    let plans = move || {
        state.workspace.with(|ws| {
            ws.plans
                .iter()
                .map(|p| (p.id.clone(), p.name.clone()))
                .collect::<Vec<_>>()
        })
    };
    let templates = move || {
        state.workspace.with(|ws| {
            ws.templates
                .iter()
                .map(|p| (p.id.clone(), p.name.clone()))
                .collect::<Vec<_>>()
        })
    };
    let export_plan = move |id: Id| {
        offer(
            state
                .workspace
                .with_untracked(|ws| transfer::export_plan(ws, &id, clock::now_utc())),
        );
    };
    let export_template = move |id: Id| {
        offer(
            state
                .workspace
                .with_untracked(|ws| transfer::export_template(ws, &id, clock::now_utc())),
        );
    };
    view! {
        <div class="card">
            <h2>{move || t().export_heading}</h2>
            <p>
                <button type="button" class="button primary" on:click=export_all>
                    {move || t().export_backup}
                </button>
            </p>
            <ItemExports
                items=Signal::derive(plans)
                empty=Signal::derive(move || t().no_plans)
                action=Signal::derive(move || t().export_plan)
                on_export=export_plan
            />
            <ItemExports
                items=Signal::derive(templates)
                empty=Signal::derive(move || t().no_templates)
                action=Signal::derive(move || t().export_template)
                on_export=export_template
            />
        </div>
    }
}

/// A list of named items, each with an export button.
#[component]
fn ItemExports(
    /// (id, name) of each item.
    items: Signal<Vec<(Id, String)>>,
    /// Shown when there are no items.
    empty: Signal<&'static str>,
    /// The button's label.
    action: Signal<&'static str>,
    on_export: impl Fn(Id) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <Show when=move || !items.with(Vec::is_empty) fallback=move || view! { <p class="muted">{empty}</p> }>
            <ul class="item-list">
                <For
                    each=move || items.get()
                    key=|(id, name)| (id.clone(), name.clone())
                    children=move |(id, name)| {
                        view! {
                            <li>
                                <span class="item-name">{name}</span>
                                <button type="button" class="button" on:click=move |_| on_export(id.clone())>
                                    {action}
                                </button>
                            </li>
                        }
                    }
                />
            </ul>
        </Show>
    }
}
