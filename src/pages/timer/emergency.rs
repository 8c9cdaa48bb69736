//! The show plan's emergency plans over the presenter, one tap away: when the
//! network drops or a price is misspoken, the anchor reads what to do and
//! who does it without leaving the timer.

use leptos::prelude::*;
use livedesk_core::model::{EmergencyPlan, Show};

use crate::components::dialog::Dialog;
use crate::i18n::use_i18n;
use crate::state::use_app_state;

/// The emergency plans of the plan a show belongs to (none without a plan).
pub fn emergency_plans(show: Memo<Option<Show>>) -> Memo<Vec<EmergencyPlan>> {
    let state = use_app_state();
    Memo::new(move |_| {
        let plan_id = show.with(|s| s.as_ref().and_then(|s| s.plan_id.clone()));
        state.workspace.with(|ws| {
            plan_id
                .and_then(|plan_id| ws.plan(&plan_id))
                .map(|plan| plan.emergency_plans.clone())
                .unwrap_or_default()
        })
    })
}

#[component]
pub fn EmergencyOverlay(open: RwSignal<bool>, plans: Memo<Vec<EmergencyPlan>>) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.t();
    view! {
        <Dialog
            open
            id="emergency-title"
            class="emergency-card"
            title=Signal::derive(move || t().emergency_heading)
            close_label=Signal::derive(move || t().timer_page.close)
        >
            <dl class="emergency-list">
                {move || plans.get().into_iter().map(|plan| view! {
                    <dt>
                        {(t().situation)(plan.situation)}
                        {plan.owner.map(|role| view! {
                            " · " <span class="owner">{(t().role)(role)}</span>
                        })}
                    </dt>
                    <dd>{plan.action}</dd>
                }).collect_view()}
            </dl>
        </Dialog>
    }
}
