//! Whether this browser promised to keep the data, with the reminder that a
//! backup file is the copy that survives anything.

use leptos::prelude::*;

use crate::app_life::{use_persistence, Persistence};
use crate::i18n::use_i18n;

#[component]
pub(super) fn PersistencePanel() -> impl IntoView {
    let i18n = use_i18n();
    let persistence = use_persistence();
    let t = move || &i18n.t().app_life;
    let text = move || match persistence.get() {
        Persistence::Persistent => t().storage_persistent,
        Persistence::BestEffort => t().storage_best_effort,
        Persistence::Unknown => t().storage_unknown,
    };
    let state = move || match persistence.get() {
        Persistence::Persistent => "persistent",
        Persistence::BestEffort => "best-effort",
        Persistence::Unknown => "unknown",
    };
    view! {
        <div class="card" data-testid="persistence" data-state=state>
            <h2>{move || t().storage_heading}</h2>
            <p>{text}</p>
        </div>
    }
}
