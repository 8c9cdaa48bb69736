//! A section's page while its feature is not built yet: its title, what it is
//! for, and an honest empty state (no sample figures).

use leptos::prelude::*;

use crate::i18n::{use_i18n, Texts};
use crate::routes::Section;

/// The texts of a section's page.
pub fn page_texts(section: Section, t: &'static Texts) -> &'static crate::i18n::PageTexts {
    match section {
        Section::Home => &t.home,
        Section::Plans => &t.plans,
        Section::Scripts => &t.scripts,
        Section::Timer => &t.timer,
        Section::Kpi => &t.kpi,
        Section::Data => &t.data,
    }
}

/// The page of `section`, showing its empty state.
#[component]
pub fn SectionPage(section: Section) -> impl IntoView {
    let i18n = use_i18n();
    let texts = move || page_texts(section, i18n.t());
    view! {
        <section class="page" data-section=section.path()>
            <h1>{move || texts().title}</h1>
            <p class="page-purpose">{move || texts().purpose}</p>
            <div class="empty-state" role="status">
                <span class="empty-icon" aria-hidden="true">{section.icon()}</span>
                <p>{move || texts().empty}</p>
            </div>
        </section>
    }
}
