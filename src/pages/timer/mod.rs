//! The timer section: a list of shows to time, and the presenter screen the
//! anchor runs beside the camera (`presenter.rs`).

mod controls;
mod emergency;
mod face;
mod help;
pub mod presenter;

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;
use livedesk_core::timer::Status;

use presenter::Presenter;

use crate::i18n::use_i18n;
use crate::routes::Section;
use crate::state::use_app_state;

/// The link to a show's presenter screen.
pub fn presenter_href(show_id: &str) -> String {
    format!("{}/{show_id}", Section::Timer.href())
}

/// The presenter at `/timer/:show_id` in the whole app.
#[component]
pub fn PresenterRoute() -> impl IntoView {
    let params = use_params_map();
    let show_id = Signal::derive(move || params.with(|p| p.get("show_id").unwrap_or_default()));
    view! { <Presenter show_id /> }
}

/// Shows with a script, soonest first, each opening its presenter screen.
#[component]
pub fn TimerIndex() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let t = move || &i18n.t().timer_page;
    let shows = Memo::new(move |_| {
        state.workspace.with(|ws| {
            let mut shows: Vec<_> = ws
                .shows
                .iter()
                .filter_map(|show| {
                    let script = show.script.as_ref().filter(|s| !s.segments.is_empty())?;
                    let status = show.timer.as_ref().map_or(Status::Ready, |t| t.status);
                    Some((
                        show.starts_at,
                        show.id.to_string(),
                        show.title.clone(),
                        script.segments.len(),
                        show.planned_minutes,
                        status,
                    ))
                })
                .collect();
            shows.sort();
            shows
        })
    });
    let status_text = move |status: Status| match status {
        Status::Ready => t().status_ready,
        Status::Running => t().status_running,
        Status::Paused => t().status_paused,
        Status::Finished => t().status_finished,
    };
    view! {
        <section class="page" data-section="/timer">
            <h1>{move || i18n.t().timer.title}</h1>
            <p class="page-purpose">{move || i18n.t().timer.purpose}</p>
            <Show
                when=move || !shows.with(Vec::is_empty)
                fallback=move || view! {
                    <div class="empty-state" role="status"><p>{move || i18n.t().timer.empty}</p></div>
                }
            >
                <h2>{move || t().choose_show}</h2>
                <ul class="tiles">
                    <For
                        each=move || shows.get()
                        key=|row| row.clone()
                        children=move |(starts_at, id, title, segments, minutes, status)| view! {
                            <li>
                                <A href=presenter_href(&id)>
                                    <span class="tile">
                                        <span class="tile-title">{title}</span>
                                        <span class="tile-text">{starts_at.format("%Y-%m-%d %H:%M").to_string()}</span>
                                        <span class="tile-text">{move || (t().script_summary)(segments, minutes)}</span>
                                        <span class=format!("status-pill status-{status:?}").to_lowercase()>{move || status_text(status)}</span>
                                        <span class="button primary">{move || t().open}</span>
                                    </span>
                                </A>
                            </li>
                        }
                    />
                </ul>
            </Show>
        </section>
    }
}
