//! The show's funnel, viewers → product clicks → orders: a chart and its
//! table, with the share of each step that reached the next.

use leptos::prelude::*;
use livedesk_core::format;
use livedesk_core::model::Show;
use livedesk_core::review::{funnel, Stage};

use crate::charts::review::funnel_chart;
use crate::charts::ChartView;
use crate::i18n::use_i18n;

#[component]
pub(super) fn FunnelCard(show: Memo<Option<Show>>) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.kpi();
    let stages = Memo::new(move |_| show.with(|s| s.as_ref()?.actuals.as_ref().map(funnel)));
    let chart = Signal::derive(move || stages.with(|s| Some(funnel_chart(s.as_ref()?, t()))));
    // "观看人数 → 商品点击 → 订单": the heading says what, the caption how.
    let caption = Signal::derive(move || {
        [Stage::Viewers, Stage::Clicks, Stage::Orders]
            .map(t().stage)
            .join(" → ")
    });
    view! {
        <Show when=move || stages.with(Option::is_some)>
            <div class="card" data-testid="funnel">
                <h2>{move || t().funnel_heading}</h2>
                <ChartView id="funnel-chart" caption chart>
                    <table class="figures">
                        <thead>
                            <tr>
                                <th scope="col">{move || t().stage_col}</th>
                                <th scope="col">{move || t().count_col}</th>
                                <th scope="col">{move || t().step_rate_col}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {move || stages.get().into_iter().flatten().map(|stage| view! {
                                <tr>
                                    <th scope="row">{(t().stage)(stage.stage)}</th>
                                    <td>{format::grouped(stage.count)}</td>
                                    <td>{stage.from_previous.map(format::percent).unwrap_or_default()}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </ChartView>
            </div>
        </Show>
    }
}
