//! The offer of a new app version, above every page. Updating reloads the
//! page, so the offer waits while any show's timer is on air, and "Later"
//! puts it away until the next visit.

use leptos::prelude::*;

use crate::app_life::use_app_update;
use crate::i18n::use_i18n;
use crate::state::use_app_state;

#[component]
pub fn UpdateOffer() -> impl IntoView {
    let i18n = use_i18n();
    let update = use_app_update();
    let state = use_app_state();
    let t = move || &i18n.t().app_life;
    let on_air = Memo::new(move |_| state.workspace.with(|ws| ws.timer_on_air()));
    let later = RwSignal::new(false);
    let offered = move || update.ready.get() && !on_air.get() && !later.get();
    view! {
        <Show when=offered>
            <div class="notice update-offer" role="status">
                <p class="notice-text">{move || t().update_ready}</p>
                <div class="notice-actions">
                    <button type="button" class="button primary" on:click=move |_| update.apply()>
                        {move || t().update_now}
                    </button>
                    <button type="button" class="button" on:click=move |_| later.set(true)>
                        {move || t().update_later}
                    </button>
                </div>
            </div>
        </Show>
    }
}
