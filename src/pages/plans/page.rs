//! A plan's page: its name, the tab bar, and the open tab. The tab lives in
//! the address (`/plans/<id>/calendar`), so a reload or a shared link opens
//! the same tab.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;
use livedesk_core::model::Id;

use super::budget::BudgetTab;
use super::calendar::CalendarTab;
use super::checklist::ChecklistTab;
use super::lineup::LineupTab;
use super::overview::OverviewTab;
use super::phases::PhasesTab;
use super::risks::RisksTab;
use super::team::TeamTab;
use super::{plan_href, PlanContext, PlanTab};
use crate::components::status_line::{Status, StatusLine};
use crate::i18n::{use_i18n, PlanTexts};
use crate::routes::Section;

fn tab_label(tab: PlanTab, t: &PlanTexts) -> &'static str {
    match tab {
        PlanTab::Overview => t.tab_overview,
        PlanTab::Calendar => t.tab_calendar,
        PlanTab::Phases => t.tab_phases,
        PlanTab::Lineup => t.tab_lineup,
        PlanTab::Team => t.tab_team,
        PlanTab::Checklist => t.tab_checklist,
        PlanTab::Risks => t.tab_risks,
        PlanTab::Budget => t.tab_budget,
    }
}

#[component]
pub fn PlanPage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.with(|p| p.get("id").and_then(Id::new));
    let tab = Memo::new(move |_| {
        params.with(|p| PlanTab::from_slug(p.get("tab").as_deref().unwrap_or("")))
    });
    // A new plan id (following a link from one plan to another) builds a new context.
    move || match (id(), tab.get()) {
        (Some(id), Some(_)) => view! { <PlanView id tab /> }.into_any(),
        _ => view! { <PlanMissing /> }.into_any(),
    }
}

#[component]
fn PlanView(id: Id, tab: Memo<Option<PlanTab>>) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.plans();
    let status: Status = RwSignal::new(None);
    let ctx = PlanContext::new(id.clone(), status);
    // A message belongs to the tab it was shown on.
    Effect::new(move |_| {
        tab.track();
        status.set(None);
    });
    let exists = move || ctx.plan.with(Option::is_some);
    let name = move || ctx.read(|p| p.name.clone());
    view! {
        <Show when=exists fallback=PlanMissing>
            <section class="page plan-page" data-section="/plans">
                <A href=Section::Plans.href() attr:class="back-link">{move || t().all_plans}</A>
                <h1>{name}</h1>
                <nav class="tabs" aria-label=move || i18n.t().nav_plans>
                    {PlanTab::ALL
                        .into_iter()
                        .map(|item| {
                            let href = plan_href(&id, item);
                            view! {
                                <A
                                    href=href
                                    exact=true
                                    attr:class="tab"
                                    attr:aria-current=move || (tab.get() == Some(item)).then_some("page")
                                >
                                    {move || tab_label(item, t())}
                                </A>
                            }
                        })
                        .collect_view()}
                </nav>
                <StatusLine status />
                {move || match tab.get() {
                    Some(PlanTab::Overview) | None => view! { <OverviewTab ctx /> }.into_any(),
                    Some(PlanTab::Calendar) => view! { <CalendarTab ctx /> }.into_any(),
                    Some(PlanTab::Phases) => view! { <PhasesTab ctx /> }.into_any(),
                    Some(PlanTab::Lineup) => view! { <LineupTab ctx /> }.into_any(),
                    Some(PlanTab::Team) => view! { <TeamTab ctx /> }.into_any(),
                    Some(PlanTab::Checklist) => view! { <ChecklistTab ctx /> }.into_any(),
                    Some(PlanTab::Risks) => view! { <RisksTab ctx /> }.into_any(),
                    Some(PlanTab::Budget) => view! { <BudgetTab ctx /> }.into_any(),
                }}
            </section>
        </Show>
    }
}

#[component]
pub fn PlanMissing() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="page" data-section="/plans">
            <div class="empty-state" role="status">
                <p>{move || i18n.plans().plan_missing}</p>
                <A href=Section::Plans.href() attr:class="button">{move || i18n.plans().all_plans}</A>
            </div>
        </section>
    }
}
