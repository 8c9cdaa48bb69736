//! "Apply a template" on a show's script: copies the template's segments into
//! the show, asking first when that replaces segments the show already has.

use leptos::prelude::*;
use livedesk_core::model::Id;

use crate::components::status_line::Status;
use crate::i18n::use_i18n;
use crate::ids::RandomIds;
use crate::state::use_app_state;

#[component]
pub fn ShowTemplatePicker(show_id: Id, status: Status, locked: Signal<bool>) -> impl IntoView {
    let state = use_app_state();
    let i18n = use_i18n();
    let t = move || i18n.scripts();
    let templates = Memo::new(move |_| {
        state.workspace.with(|ws| {
            ws.templates
                .iter()
                .map(|tpl| (tpl.id.clone(), tpl.name.clone()))
                .collect::<Vec<_>>()
        })
    });
    let chosen = RwSignal::new(None::<Id>);
    // The template waiting for "replace?" to be answered.
    let confirming = RwSignal::new(None::<(Id, String)>);
    let has_segments = {
        let show_id = show_id.clone();
        move || {
            state.workspace.with_untracked(|ws| {
                ws.show(&show_id)
                    .and_then(|s| s.script.as_ref())
                    .is_some_and(|s| !s.segments.is_empty())
            })
        }
    };
    let apply = move |template_id: Id, name: String| {
        let result =
            state.try_change(|ws| ws.apply_template(&show_id, &template_id, &mut RandomIds));
        confirming.set(None);
        status.set(Some(match result {
            Ok(()) => (false, (t().applied)(&name)),
            Err(e) => (true, (t().edit_error)(&e, i18n.lang())),
        }));
    };
    let apply_now = apply.clone();
    let on_apply = move |_| {
        let template_id = chosen
            .get_untracked()
            .or_else(|| templates.with_untracked(|list| list.first().map(|(id, _)| id.clone())));
        let Some(template_id) = template_id else {
            return;
        };
        let name = templates
            .with_untracked(|list| {
                list.iter()
                    .find(|(id, _)| id == &template_id)
                    .map(|(_, n)| n.clone())
            })
            .unwrap_or_default();
        if has_segments() {
            confirming.set(Some((template_id, name)));
        } else {
            apply_now(template_id, name);
        }
    };
    view! {
        <div class="apply-template">
            <h2>{move || t().apply_heading}</h2>
            <p class="muted">{move || t().apply_hint}</p>
            <div class="button-row">
                <select
                    aria-label=move || t().apply_heading
                    on:change=move |ev| chosen.set(Id::new(event_target_value(&ev)))
                >
                    <For
                        each=move || templates.get()
                        key=|row| row.clone()
                        children=move |(id, name)| view! { <option value=id.to_string()>{name}</option> }
                    />
                </select>
                <button
                    type="button"
                    class="button"
                    on:click=on_apply
                    disabled=move || locked.get() || templates.with(Vec::is_empty)
                >
                    {move || t().apply_button}
                </button>
            </div>
            {move || confirming.get().map(|(template_id, name)| {
                let apply = apply.clone();
                let question = (t().apply_confirm)(&name);
                view! {
                    <div class="confirm" role="alertdialog" aria-label=question.clone()>
                        <p>{question.clone()}</p>
                        <div class="button-row">
                            <button type="button" class="button danger" on:click=move |_| apply(template_id.clone(), name.clone())>
                                {move || t().apply_button}
                            </button>
                            <button type="button" class="button" on:click=move |_| confirming.set(None)>
                                {move || t().cancel}
                            </button>
                        </div>
                    </div>
                }
            })}
        </div>
    }
}
