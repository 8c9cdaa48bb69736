//! One metric across the reviewed shows of the show's plan, chosen from a
//! list: a line against the plan's per-show target, and its table.

use leptos::prelude::*;
use livedesk_core::kpi::Metric;
use livedesk_core::model::Show;
use livedesk_core::review::trend;

use crate::charts::review::trend_chart;
use crate::charts::ChartView;
use crate::components::choice_select::ChoiceSelect;
use crate::i18n::use_i18n;
use crate::state::use_app_state;

#[component]
pub(super) fn TrendCard(show: Memo<Option<Show>>) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let t = move || i18n.kpi();
    let metric = RwSignal::new(Metric::Gmv);
    let points = Memo::new(move |_| {
        let plan_id = show.with(|s| s.as_ref()?.plan_id.clone())?;
        let points = state.workspace.with(|ws| trend(ws, &plan_id, metric.get()));
        (!points.is_empty()).then_some(points)
    });
    let chart =
        Signal::derive(move || points.with(|p| Some(trend_chart(p.as_ref()?, metric.get(), t()))));
    let pick = move |picked: Option<Metric>| {
        if let Some(picked) = picked {
            metric.set(picked);
        }
    };
    let caption = Signal::derive(move || (t().trend_caption)((t().metric)(metric.get())));
    view! {
        <Show when=move || points.with(Option::is_some)>
            <div class="card" data-testid="trend">
                <h2>{move || t().trend_heading}</h2>
                <ChoiceSelect
                    choices=&Metric::ALL
                    label=move |m| (i18n.kpi().metric)(m)
                    current=Signal::derive(move || Some(metric.get()))
                    on_pick=pick
                    field_label=Signal::derive(move || t().trend_metric)
                />
                <ChartView id="trend-chart" caption chart>
                    <table class="figures">
                        <thead>
                            <tr>
                                <th scope="col">{move || t().show_col}</th>
                                <th scope="col">{move || t().date_col}</th>
                                <th scope="col">{move || t().actual_col}</th>
                                <th scope="col">{move || t().target_col}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {move || {
                                let unit = metric.get().unit();
                                points.get().into_iter().flatten().map(|p| view! {
                                    <tr>
                                        <th scope="row">{p.title}</th>
                                        <td>{p.starts_at.format("%Y-%m-%d").to_string()}</td>
                                        <td>{p.actual.map_or_else(|| "—".to_owned(), |v| unit.show(v))}</td>
                                        <td>{p.target.map(|v| unit.show(v)).unwrap_or_default()}</td>
                                    </tr>
                                }).collect_view()
                            }}
                        </tbody>
                    </table>
                </ChartView>
            </div>
        </Show>
    }
}
