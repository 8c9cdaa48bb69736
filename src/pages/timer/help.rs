//! The overlay listing what each key and clicker button does.

use leptos::prelude::*;
use livedesk_core::presenter::BINDINGS;

use crate::components::dialog::Dialog;
use crate::i18n::use_i18n;

#[component]
pub fn HelpOverlay(open: RwSignal<bool>) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || &i18n.t().timer_page;
    view! {
        <Dialog
            open
            id="help-title"
            title=Signal::derive(move || t().help_title)
            close_label=Signal::derive(move || t().close)
        >
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
        </Dialog>
    }
}
