//! The printable run sheet (流程单): one table row per segment with its time,
//! product, selling points, lines, offer and owner, for paper beside the desk.
//! The print stylesheet drops the app's chrome.

use chrono::NaiveDateTime;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;
use livedesk_core::model::{Id, Segment};
use livedesk_core::scripts::edit::ScriptRef;
use livedesk_core::scripts::schedule;
use livedesk_core::sheet::Field;

use super::editor_href;
use crate::i18n::use_i18n;
use crate::state::use_app_state;

/// What the run sheet shows: heading, sub-heading, start, segments.
type Sheet = Option<(String, String, Option<NaiveDateTime>, Vec<Segment>)>;

#[component]
pub fn PrintTemplatePage() -> impl IntoView {
    print_page(ScriptRef::Template)
}

#[component]
pub fn PrintShowPage() -> impl IntoView {
    print_page(ScriptRef::Show)
}

fn print_page(to_ref: fn(Id) -> ScriptRef) -> impl IntoView {
    let params = use_params_map();
    let state = use_app_state();
    let i18n = use_i18n();
    let t = move || i18n.scripts();
    let script = Memo::new(move |_| params.with(|p| p.get("id").and_then(Id::new)).map(to_ref));
    let sheet: Memo<Sheet> = Memo::new(move |_| {
        let script = script.get()?;
        state.workspace.with(|ws| match &script {
            ScriptRef::Template(id) => ws.template(id).map(|tpl| {
                (
                    tpl.name.clone(),
                    tpl.description.clone(),
                    None,
                    tpl.segments.clone(),
                )
            }),
            ScriptRef::Show(id) => ws.show(id).map(|show| {
                let segments = show
                    .script
                    .as_ref()
                    .map(|s| s.segments.clone())
                    .unwrap_or_default();
                let when = show.starts_at.format("%Y-%m-%d %H:%M").to_string();
                (show.title.clone(), when, Some(show.starts_at), segments)
            }),
        })
    });
    let print = move |_| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    };
    view! {
        <section class="page run-sheet" data-section="/scripts">
            <div class="no-print button-row">
                {move || script.get().map(|s| view! { <A href=editor_href(&s) attr:class="back-link">{move || t().back}</A> })}
                <button type="button" class="button primary" on:click=print>{move || t().print}</button>
                <span class="muted">{move || t().print_hint}</span>
            </div>
            {move || match sheet.get() {
                None => view! { <p class="empty-state" role="alert">{move || t().not_found}</p> }.into_any(),
                Some((title, subtitle, starts_at, segments)) => view! { <RunSheet title subtitle starts_at segments /> }.into_any(),
            }}
        </section>
    }
}

#[component]
fn RunSheet(
    title: String,
    subtitle: String,
    starts_at: Option<NaiveDateTime>,
    segments: Vec<Segment>,
) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let t = i18n.scripts();
    let offsets = schedule::offsets(&segments);
    let total = schedule::format_offset(offsets.last().copied().unwrap_or(0));
    let time = move |offset: u64| match starts_at {
        Some(at) => schedule::time_of_day(at, offset)
            .format("%H:%M")
            .to_string(),
        None => schedule::format_offset(offset),
    };
    let product_name = move |id: &Id| {
        state
            .workspace
            .with(|ws| ws.product(id).map(|p| p.name.clone()))
    };
    let rows = segments
        .into_iter()
        .enumerate()
        .map(|(index, segment)| {
            let slot = format!("{}–{}", time(offsets[index]), time(offsets[index + 1]));
            let product = segment.product_id.as_ref().and_then(product_name);
            let cues = segment
                .cues
                .iter()
                .map(|cue| format!("{} {}", schedule::format_cue_at(cue.at_seconds), cue.label))
                .collect::<Vec<_>>();
            view! {
                <tr>
                    <td class="nowrap">{index + 1}</td>
                    <td class="nowrap">{slot}<br /><span class="muted">{(t.minutes)(segment.planned_seconds.div_ceil(60))}</span></td>
                    <td>
                        <strong>{(i18n.t().segment_kind)(segment.kind)}</strong><br />{segment.title}
                        <ul class="plain">{cues.into_iter().map(|c| view! { <li class="muted">{c}</li> }).collect_view()}</ul>
                    </td>
                    <td>{product}</td>
                    <td><ul class="plain">{segment.selling_points.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul></td>
                    <td><ul class="plain">{segment.lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul></td>
                    <td>{segment.offer}</td>
                    <td>{segment.owner.map(i18n.t().role)}</td>
                    <td>{segment.notes}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <h1>{t.print_heading} " · " {title}</h1>
        <p class="muted">{subtitle} " · " {(t.total)(&total, None)}</p>
        <table class="run-sheet-table">
            <thead>
                <tr>
                    <th scope="col">"#"</th>
                    {[Field::TimeSlot, Field::Segment, Field::Product, Field::SellingPoints, Field::Lines, Field::Offer, Field::Owner, Field::Notes]
                        .map(|field| view! { <th scope="col">{field.label(i18n.lang())}</th> })
                        .collect_view()}
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}
