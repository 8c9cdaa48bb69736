//! A show's post-show review (`/kpi/review/<show>`): its figures as entered,
//! every metric against the plan's targets in the four dimensions with the
//! likely cause of each miss, the funnel, the improvement actions, the
//! timer's log of planned against actual segment times, and the trend across
//! the plan's shows. Every chart comes with its table.

mod figure_tools;
mod figures;
mod funnel;
mod metrics;
mod segments;
mod trend;

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;
use livedesk_core::model::{Id, Show};

use crate::components::fields::AreaField;
use crate::components::status_line::{Status, StatusLine};
use crate::i18n::use_i18n;
use crate::pages::plans::report;
use crate::routes::Section;
use crate::state::use_app_state;

/// The link to a show's review.
pub fn review_href(show_id: &Id) -> String {
    format!("{}/review/{show_id}", Section::Kpi.href())
}

#[component]
pub fn ReviewPage() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let t = move || i18n.kpi();
    let params = use_params_map();
    let show_id = Memo::new(move |_| params.with(|p| p.get("show_id").and_then(Id::new)));
    let show = Memo::new(move |_| {
        let id = show_id.get()?;
        state.workspace.with(|ws| ws.show(&id).cloned())
    });
    let status: Status = RwSignal::new(None);
    let change = move |f: Box<dyn FnOnce(&mut Show)>| {
        let Some(id) = show_id.get_untracked() else {
            return;
        };
        report(
            status,
            state.try_change(|ws| ws.update_show(&id, f)).map(|()| None),
        );
    };
    view! {
        <Show
            when=move || show.with(Option::is_some)
            fallback=move || view! {
                <section class="page"><p class="empty-state">{move || t().show_missing}</p></section>
            }
        >
            <section class="page review-page" data-section="/kpi">
                <A href=Section::Kpi.href() attr:class="back-link">{move || i18n.t().kpi.title}</A>
                <h1>{move || (t().review_heading)(&show.with(|s| s.as_ref().map(|s| s.title.clone()).unwrap_or_default()))}</h1>
                <StatusLine status />
                <figures::Figures show status change />
                <metrics::Metrics show />
                <funnel::FunnelCard show />
                <div class="card">
                    <h2>{move || t().actions_heading}</h2>
                    <AreaField
                        label=Signal::derive(move || t().actions_hint)
                        rows=5
                        value=move || show.with(|s| s.as_ref().map(|s| s.review_notes.clone()).unwrap_or_default())
                        on_commit=move |v: String| change(Box::new(move |s| s.review_notes = v))
                    />
                </div>
                <segments::SegmentLog show />
                <trend::TrendCard show />
            </section>
        </Show>
    }
}
