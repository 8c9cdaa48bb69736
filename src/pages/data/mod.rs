//! The data page: what is stored, export, import with a preview, automatic
//! backups and recovery copies. Every step that replaces data shows what will
//! change and asks first; every replace keeps a backup.

mod backups;
mod export;
mod import;
mod persistence;
mod recovery;
mod timer_settings;

use leptos::prelude::*;

use crate::i18n::use_i18n;
use crate::state::use_app_state;
use import::{ImportPanel, Pending};

#[component]
pub fn DataPage() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    // The document waiting for confirmation, from a file or a backup.
    let pending = RwSignal::new(None::<Pending>);
    let t = move || i18n.data();
    let counts = move || (t().counts)(&state.workspace.with(|ws| ws.counts()));
    let saved = move || match state.last_saved.get() {
        Some(at) => at
            .with_timezone(&chrono::Local)
            .format("%Y-%m-%d %H:%M:%S")
            .to_string(),
        None => t().not_saved_yet.to_owned(),
    };
    view! {
        <section class="page data-page" data-section="/data">
            <h1>{move || i18n.t().data.title}</h1>
            <p class="page-purpose">{move || i18n.t().data.purpose}</p>
            <div class="card">
                <h2>{move || t().summary_heading}</h2>
                <p class="data-counts">{counts}</p>
                <p class="muted">{move || t().last_saved} <span class="last-saved">{saved}</span></p>
            </div>
            <persistence::PersistencePanel />
            <export::ExportPanel />
            <ImportPanel pending=pending />
            <backups::BackupsPanel pending=pending />
            <recovery::RecoveryPanel />
            <timer_settings::TimerSettingsPanel />
        </section>
    }
}
