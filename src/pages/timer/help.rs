//! The overlay listing what each key and clicker button does.

use leptos::prelude::*;
use livedesk_core::presenter::BINDINGS;

use crate::i18n::use_i18n;

#[component]
pub fn HelpOverlay(open: RwSignal<bool>) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || &i18n.t().timer_page;
    view! {
        <Show when=move || open.get()>
            <div class="help-overlay" role="dialog" aria-modal="true" aria-labelledby="help-title">
                <div class="help-card">
                    <h2 id="help-title">{move || t().help_title}</h2>
                    <table class="help-table">
                        <tbody>
                            {BINDINGS.iter().map(|binding| view! {
                                <tr>
                                    <td>{binding.keys.iter().map(|k| view! { <kbd>{*k}</kbd> " " }).collect_view()}</td>
                                    <td>{move || (t().key_action)(binding.action)}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                    <button type="button" class="button primary" on:click=move |_| open.set(false)>
                        {move || t().close}
                    </button>
                </div>
            </div>
        </Show>
    }
}
