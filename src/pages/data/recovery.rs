//! Recovery copies: stored text that could not be read, kept exactly as it was,
//! to download or (after confirmation) delete.

use leptos::prelude::*;

use crate::components::download::download_text;
use crate::i18n::use_i18n;
use crate::storage;

#[component]
pub fn RecoveryPanel() -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.data();
    let version = RwSignal::new(0u32);
    let copies = move || {
        version.track();
        storage::recovery_copies()
    };
    view! {
        <Show when=move || !copies().is_empty()>
            <div class="card recovery">
                <h2>{move || t().recovery_heading}</h2>
                <p class="muted">{move || t().recovery_hint}</p>
                <ul class="item-list">
                    {move || copies().into_iter().map(|(key, text)| {
                        let size = text.chars().count();
                        let file = format!("{}.json", key.replace('.', "-"));
                        let download = move |_| { download_text(&file, &text); };
                        let delete_key = key.clone();
                        let delete = move |_| {
                            let sure = window().confirm_with_message(t().confirm_delete).unwrap_or(false);
                            if sure {
                                storage::delete_recovery_copy(&delete_key);
                                version.update(|v| *v += 1);
                            }
                        };
                        view! {
                            <li>
                                <span class="item-name"><code>{key}</code><br /><small>{size} " " {move || t().characters}</small></span>
                                <button type="button" class="button" on:click=download>{move || t().download}</button>
                                <button type="button" class="button danger" on:click=delete>{move || t().delete}</button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </div>
        </Show>
    }
}
