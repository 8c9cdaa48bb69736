//! The shows to review, newest first, each with its GMV once entered.

use leptos::prelude::*;
use leptos_router::components::A;
use livedesk_core::format;
use livedesk_core::model::Id;

use super::review::review_href;
use crate::i18n::use_i18n;
use crate::state::use_app_state;

#[component]
pub fn ReviewList() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let t = move || i18n.kpi();
    let rows = Memo::new(move |_| {
        state.workspace.with(|ws| {
            let mut shows: Vec<(Id, String, String, Option<f64>)> = ws
                .shows
                .iter()
                .map(|s| {
                    (
                        s.id.clone(),
                        s.starts_at.format("%Y-%m-%d %H:%M").to_string(),
                        s.title.clone(),
                        s.actuals.as_ref().map(|a| a.gmv),
                    )
                })
                .collect();
            shows.sort_by(|a, b| b.1.cmp(&a.1));
            shows
        })
    });
    view! {
        <div class="card" data-testid="reviews">
            <h2>{move || t().reviews_heading}</h2>
            {move || {
                let rows = rows.get();
                if rows.is_empty() {
                    return view! { <p class="muted">{t().reviews_empty}</p> }.into_any();
                }
                view! {
                    <ul class="item-list">
                        {rows.into_iter().map(|(id, when, title, gmv)| view! {
                            <li>
                                <span class="item-name">{when} " · " {title}</span>
                                <span class="muted">{gmv.map(format::money)}</span>
                                <A href=review_href(&id) attr:class="button">{move || t().review}</A>
                            </li>
                        }).collect_view()}
                    </ul>
                }
                .into_any()
            }}
        </div>
    }
}
