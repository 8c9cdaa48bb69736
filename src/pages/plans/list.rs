//! The plans page: every plan with its next show, a form to start a new one,
//! and delete with undo (a plan takes its shows with it, and brings them back).

use std::rc::Rc;

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;
use livedesk_core::model::{Id, Platform};
use livedesk_core::samples;

use super::{plan_href, report, PlanTab};
use crate::clock;
use crate::components::choice_select::ChoiceSelect;
use crate::components::status_line::{Status, StatusLine};
use crate::components::undo_bar::{UndoBar, Undoable};
use crate::i18n::use_i18n;
use crate::ids::RandomIds;
use crate::state::use_app_state;

pub const PLATFORMS: [Platform; 5] = [
    Platform::Douyin,
    Platform::Kuaishou,
    Platform::TaobaoLive,
    Platform::WechatChannels,
    Platform::Other,
];

#[derive(Clone, PartialEq, Eq, Hash)]
struct PlanRow {
    id: Id,
    name: String,
    platform: Platform,
    shows: usize,
    next_show: Option<String>,
}

#[component]
pub fn PlansPage() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let t = move || i18n.plans();
    let status: Status = RwSignal::new(None);
    let undo = RwSignal::new_local(None::<Undoable>);
    let rows = Memo::new(move |_| {
        let now = clock::now_local();
        state.workspace.with(|ws| {
            ws.plans
                .iter()
                .map(|plan| PlanRow {
                    id: plan.id.clone(),
                    name: plan.name.clone(),
                    platform: plan.platform,
                    shows: ws.plan_shows(&plan.id).len(),
                    next_show: ws
                        .next_show(&plan.id, now)
                        .map(|s| s.starts_at.format("%m-%d %H:%M").to_string()),
                })
                .collect::<Vec<_>>()
        })
    });
    let delete = move |id: Id| {
        let result = state.try_change(|ws| ws.remove_plan(&id));
        if let Ok(removed) = &result {
            let message = (t().plan_deleted)(&removed.plan.name, removed.shows.len());
            let removed = Rc::new(removed.clone());
            undo.set(Some(Undoable {
                message,
                undo: Rc::new(move || {
                    let removed = (*removed).clone();
                    state
                        .try_change(|ws| {
                            ws.restore_plan(removed);
                            Ok::<(), ()>(())
                        })
                        .ok();
                }),
            }));
        }
        report(status, result.map(|_| None));
    };
    view! {
        <section class="page plans-page" data-section="/plans">
            <h1>{move || i18n.t().plans.title}</h1>
            <p class="page-purpose">{move || i18n.t().plans.purpose}</p>
            <StatusLine status />
            <UndoBar pending=undo undo_label=Signal::derive(move || t().undo) />
            <NewPlanForm status />
            <Show
                when=move || !rows.with(Vec::is_empty)
                fallback=move || view! {
                    <div class="empty-state" role="status"><p>{move || i18n.t().plans.empty}</p></div>
                }
            >
                <ul class="plan-list">
                    <For each=move || rows.get() key=|row| row.clone() let:row>
                        {
                            let href = plan_href(&row.id, PlanTab::Overview);
                            let calendar = plan_href(&row.id, PlanTab::Calendar);
                            let id = row.id.clone();
                            let platform = row.platform;
                            let shows = row.shows;
                            let next = row.next_show.clone();
                            view! {
                                <li class="plan-row">
                                    <div class="plan-row-main">
                                        <A href=href><strong>{row.name.clone()}</strong></A>
                                        <span class="chip">{move || (t().platform)(platform)}</span>
                                        <span class="muted">{move || (t().plan_summary)(shows, next.as_deref())}</span>
                                    </div>
                                    <div class="row-actions">
                                        <A href=calendar attr:class="button">{move || t().tab_calendar}</A>
                                        <button type="button" class="button danger" on:click=move |_| delete(id.clone())>
                                            {move || t().delete}
                                        </button>
                                    </div>
                                </li>
                            }
                        }
                    </For>
                </ul>
            </Show>
        </section>
    }
}

/// Name and platform, then straight to the new plan's page.
#[component]
fn NewPlanForm(status: Status) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let t = move || i18n.plans();
    let navigate = use_navigate();
    let name = RwSignal::new(String::new());
    let platform = RwSignal::new(Platform::Douyin);
    let create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed = name.get_untracked().trim().to_owned();
        let name = if typed.is_empty() {
            t().new_plan_name.to_owned()
        } else {
            typed
        };
        let plan = samples::new_plan(i18n.lang(), name, platform.get_untracked(), &mut RandomIds);
        let href = plan_href(&plan.id, PlanTab::Overview);
        if report(
            status,
            state.try_change(|ws| ws.add_plan(plan)).map(|()| None),
        ) {
            navigate(&href, Default::default());
        }
    };
    view! {
        <form class="card new-plan" on:submit=create>
            <h2>{move || t().new_plan}</h2>
            <div class="form-row">
                <label class="field">
                    <span class="field-label">{move || t().name_label}</span>
                    <input
                        type="text"
                        name="plan-name"
                        maxlength="200"
                        placeholder=move || t().new_plan_name
                        prop:value=move || name.get()
                        on:input=move |ev| name.set(event_target_value(&ev))
                    />
                </label>
                <ChoiceSelect
                    field_label=Signal::derive(move || t().platform_label)
                    choices=&PLATFORMS
                    label=move |p| (i18n.plans().platform)(p)
                    current=Signal::derive(move || Some(platform.get()))
                    on_pick=move |p| if let Some(p) = p { platform.set(p) }
                />
                <button type="submit" class="button primary">{move || t().create}</button>
            </div>
        </form>
    }
}
