//! The landing page: what LiveDesk holds, and a large tile per section.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::use_i18n;
use crate::routes::Section;

#[component]
pub fn HomePage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="page" data-section="/">
            <h1>{move || i18n.t().home.title}</h1>
            <p class="page-purpose">{move || i18n.t().home.purpose}</p>
            <p>{move || i18n.t().home.empty}</p>
            <ul class="tiles">
                {Section::NAV
                    .into_iter()
                    .map(|section| {
                        let texts = move || section.texts(i18n.t());
                        view! {
                            <li>
                                <A href=section.href()>
                                    <span class="tile">
                                        <span class="tile-icon" aria-hidden="true">{section.icon()}</span>
                                        <span class="tile-title">{move || texts().title}</span>
                                        <span class="tile-text">{move || texts().purpose}</span>
                                    </span>
                                </A>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}
