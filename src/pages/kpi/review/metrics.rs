//! Every metric of a show against its per-show target, by dimension, with
//! the likely cause of each miss; above the tables, a chart of attainment.

use leptos::prelude::*;
use livedesk_core::format;
use livedesk_core::kpi::{likely_cause, Dimension};
use livedesk_core::model::Show;
use livedesk_core::review::show_review;

use crate::charts::review::attainment_chart;
use crate::charts::ChartView;
use crate::i18n::use_i18n;
use crate::state::use_app_state;

const DIMENSIONS: [Dimension; 4] = [
    Dimension::Traffic,
    Dimension::Conversion,
    Dimension::Interaction,
    Dimension::Cost,
];

/// Every metric against its per-show target, by dimension; misses in red
/// with their likely cause.
#[component]
pub(super) fn Metrics(show: Memo<Option<Show>>) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let t = move || i18n.kpi();
    let lines = Memo::new(move |_| {
        let show = show.get()?;
        state.workspace.with(|ws| show_review(ws, &show))
    });
    let chart =
        Signal::derive(move || lines.with(|lines| attainment_chart(lines.as_deref()?, t())));
    view! {
        <div class="card metrics-card" data-testid="metrics">
            <h2>{move || t().metrics_heading}</h2>
            <ChartView id="attainment-chart" caption=Signal::derive(move || t().attainment_caption.to_owned()) chart>
            {move || match lines.get() {
                None => view! { <p class="muted">{t().no_figures}</p> }.into_any(),
                Some(lines) => DIMENSIONS
                    .into_iter()
                    .map(|dimension| {
                        let rows = lines
                            .iter()
                            .filter(|l| l.metric.dimension() == dimension)
                            .map(|line| {
                                let unit = line.metric.unit();
                                let missed = line.missed() == Some(true);
                                let cause = if missed { likely_cause(line.metric) } else { None };
                                view! {
                                    <tr class:missed=missed data-metric=format!("{:?}", line.metric)>
                                        <th scope="row">{(t().metric)(line.metric)}</th>
                                        <td>{line.actual.map_or_else(|| "—".to_owned(), |v| unit.show(v))}</td>
                                        <td>{line.target.map_or_else(String::new, |v| unit.show(v))}</td>
                                        <td>
                                            {line.attainment().map(format::percent)}
                                            {missed.then(|| format!(" · {}", t().missed))}
                                            {cause.map(|c| view! { <span class="cause">{(t().cause)(c)}</span> })}
                                        </td>
                                    </tr>
                                }
                            })
                            .collect_view();
                        view! {
                            <h3>{(t().dimension)(dimension)}</h3>
                            <table class="figures review-table">
                                <thead>
                                    <tr>
                                        <th scope="col">{t().metric_col}</th>
                                        <th scope="col">{t().actual_col}</th>
                                        <th scope="col">{t().target_col}</th>
                                        <th scope="col">{t().attainment_col}</th>
                                    </tr>
                                </thead>
                                <tbody>{rows}</tbody>
                            </table>
                        }
                    })
                    .collect_view()
                    .into_any(),
            }}
            </ChartView>
        </div>
    }
}
