//! The show's figures as entered after the show, one field each.

use leptos::prelude::*;
use livedesk_core::format::{self, parse_number};
use livedesk_core::kpi::Figure;
use livedesk_core::model::Show;

use crate::components::fields::Field;
use crate::components::status_line::Status;
use crate::i18n::use_i18n;

use super::figure_tools::FigureTools;

/// The show's figures, one field each; the first one entered creates them.
#[component]
pub(super) fn Figures(
    show: Memo<Option<Show>>,
    status: Status,
    change: impl Fn(Box<dyn FnOnce(&mut Show)>) + Copy + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.kpi();
    view! {
        <div class="card figures-card">
            <h2>{move || t().figures_heading}</h2>
            <p class="hint">{move || t().figures_hint}</p>
            <FigureTools show status change />
            <div class="form-grid">
                {Figure::ALL
                    .into_iter()
                    .map(|figure| {
                        let value = move || {
                            show.with(|s| {
                                s.as_ref()
                                    .and_then(|s| s.actuals.as_ref())
                                    .map(|a| format::plain(figure.get(a)))
                                    .unwrap_or_default()
                            })
                        };
                        view! {
                            <Field
                                label=Signal::derive(move || (t().figure)(figure))
                                numeric=true
                                value
                                on_commit=move |text: String| match parse_number(&text) {
                                    Ok(number) => change(Box::new(move |s| {
                                        figure.set(s.actuals.get_or_insert_with(Default::default), number.unwrap_or(0.0))
                                    })),
                                    Err(_) => status.set(Some((true, t().not_a_number.to_owned()))),
                                }
                            />
                        }
                    })
                    .collect_view()}
            </div>
        </div>
    }
}
