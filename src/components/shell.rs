//! The frame around every screen: the brand, the main navigation, the language
//! switch, and the page itself. One layout serves 1024×768 landscape and
//! 800×1280 portrait tablets (see `style/shell.css`).

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

use crate::components::lang_switch::LangSwitch;
use crate::components::merge_notice::MergeNotice;
use crate::components::notices::Notices;
use crate::components::update_offer::UpdateOffer;
use crate::i18n::use_i18n;
use crate::routes::Section;

/// Wraps the routed page (`children`) in the header and navigation.
#[component]
pub fn Shell(children: Children) -> impl IntoView {
    let i18n = use_i18n();
    let pathname = use_location().pathname;
    let on_data_page = Signal::derive(move || pathname.get().ends_with(Section::Data.path()));
    view! {
        <header class="shell-header">
            <A href=Section::Home.href() exact=true>
                <span class="brand">
                    <span class="brand-mark" aria-hidden="true">"●"</span>
                    <span class="brand-name">{move || i18n.t().app_name}</span>
                </span>
            </A>
            <nav class="shell-nav" aria-label=move || i18n.t().nav_label>
                {Section::NAV
                    .into_iter()
                    .map(|section| {
                        view! {
                            <A href=section.href()>
                                <span class="nav-icon" aria-hidden="true">{section.icon()}</span>
                                <span class="nav-label">{move || section.label(i18n.t())}</span>
                            </A>
                        }
                    })
                    .collect_view()}
            </nav>
            <LangSwitch />
        </header>
        <main class="shell-main" id="main">
            <UpdateOffer />
            <Notices on_data_page />
            <MergeNotice />
            {children()}
        </main>
    }
}
