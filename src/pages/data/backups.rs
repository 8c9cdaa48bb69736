//! The automatic backups: when each was taken and what it holds, with a
//! restore that goes through the same preview as an import.

use leptos::prelude::*;
use livedesk_core::document::Payload;

use super::import::Pending;
use crate::i18n::use_i18n;
use crate::state::use_app_state;
use crate::storage;

#[component]
pub fn BackupsPanel(pending: RwSignal<Option<Pending>>) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let t = move || i18n.data();
    // Re-read after every save: a replace adds a backup.
    let backups = move || {
        state.last_saved.track();
        storage::backups()
    };
    view! {
        <div class="card">
            <h2>{move || t().backups_heading}</h2>
            <p class="muted">{move || t().backups_hint}</p>
            {move || {
                let list = backups();
                if list.is_empty() {
                    return view! { <p class="muted">{move || t().no_backups}</p> }.into_any();
                }
                view! {
                    <ul class="item-list backups">
                        {list.into_iter().map(|backup| match backup.document {
                            Ok(document) => {
                                let when = document.saved_at.with_timezone(&chrono::Local).format("%Y-%m-%d %H:%M:%S").to_string();
                                let counts = match &document.payload {
                                    Payload::Workspace(ws) => Some(ws.counts()),
                                    _ => None,
                                };
                                let restore = move |_| pending.set(Some(Pending { document: document.clone(), from_backup: true }));
                                view! {
                                    <li>
                                        <span class="item-name">
                                            <strong>{when}</strong><br />
                                            <small>{move || counts.map(|c| (t().counts)(&c))}</small>
                                        </span>
                                        <button type="button" class="button" on:click=restore>{move || t().restore}</button>
                                    </li>
                                }.into_any()
                            }
                            Err(error) => view! {
                                <li class="error">{move || t().unreadable_backup}{error.message(i18n.lang())}</li>
                            }.into_any(),
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </div>
    }
}
