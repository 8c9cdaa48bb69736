//! The KPI section: each show's post-show review (`reviews`, `review`) and
//! the calculators (`decompose`: a monthly target split per
//! show and "what if"; `roi`: return on spend and break-even). The formulas
//! are the core's (`livedesk_core::kpi`); these pages only read and show.

mod decompose;
pub mod review;
mod reviews;
mod roi;

use leptos::prelude::*;
use livedesk_core::format::{self, parse_number};

use crate::components::fields::Field;
use crate::components::status_line::{Status, StatusLine};
use crate::i18n::use_i18n;

#[component]
pub fn KpiPage() -> impl IntoView {
    let i18n = use_i18n();
    let status: Status = RwSignal::new(None);
    view! {
        <section class="page kpi-page" data-section="/kpi">
            <h1>{move || i18n.t().kpi.title}</h1>
            <p class="page-purpose">{move || i18n.t().kpi.purpose}</p>
            <StatusLine status />
            <reviews::ReviewList />
            <decompose::Decomposition status />
            <roi::RoiCalculator status />
        </section>
    }
}

/// A number field bound to a signal; `shown_per_stored` is 100 for rates
/// typed in percent. Text that is not a number is refused in the status line.
#[component]
pub fn NumberField(
    #[prop(into)] label: Signal<&'static str>,
    value: RwSignal<f64>,
    #[prop(default = 1.0)] shown_per_stored: f64,
    status: Status,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Field
            label
            numeric=true
            value=move || format::plain(value.get() * shown_per_stored)
            on_commit=move |text: String| match parse_number(&text) {
                Ok(number) => {
                    status.set(None);
                    value.set(number.unwrap_or(0.0).max(0.0) / shown_per_stored);
                }
                Err(_) => status.set(Some((true, i18n.kpi().not_a_number.to_owned()))),
            }
        />
    }
}
