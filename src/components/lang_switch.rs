//! The button that switches the UI between Chinese and English and remembers
//! the choice on this device.

use leptos::prelude::*;
use livedesk_core::Prefs;

use crate::i18n::use_i18n;
use crate::storage;

/// Shows the name of the other language; a click switches to it.
#[component]
pub fn LangSwitch() -> impl IntoView {
    let i18n = use_i18n();
    let switch = move |_| {
        let lang = i18n.lang().other();
        i18n.set_lang(lang);
        // The switch still works in memory when storage is blocked or full;
        // the data page reports storage problems, a language change need not.
        if let Err(failure) = storage::save_prefs(Prefs { lang }) {
            leptos::logging::warn!("language not remembered: {failure:?}");
        }
    };
    view! {
        <button
            type="button"
            class="lang-switch"
            lang=move || i18n.lang().other().tag()
            title=move || i18n.t().switch_lang_hint
            aria-label=move || i18n.t().switch_lang_hint
            on:click=switch
        >
            {move || i18n.t().switch_lang}
        </button>
    }
}
