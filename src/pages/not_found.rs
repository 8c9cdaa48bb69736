//! Shown for an address that matches no screen: says so and offers the way home.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::use_i18n;
use crate::routes::Section;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="page" data-section="not-found">
            <h1>{move || i18n.t().not_found.title}</h1>
            <p class="page-purpose">{move || i18n.t().not_found.purpose}</p>
            <A href=Section::Home.href()>{move || i18n.t().back_home}</A>
        </section>
    }
}
