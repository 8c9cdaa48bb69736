//! Planned against actual time per segment, from the timer's log: a chart
//! and its table.

use leptos::prelude::*;
use livedesk_core::format;
use livedesk_core::model::Show;
use livedesk_core::review::segment_log;

use crate::charts::review::segments_chart;
use crate::charts::ChartView;
use crate::i18n::use_i18n;

/// Planned against actual time per segment, from the timer's log.
#[component]
pub(super) fn SegmentLog(show: Memo<Option<Show>>) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.kpi();
    let rows = Memo::new(move |_| {
        show.with(|s| {
            let s = s.as_ref()?;
            s.timer.as_ref()?;
            Some(segment_log(s.segments(), s.timer.as_ref()))
        })
    });
    let chart = Signal::derive(move || rows.with(|rows| Some(segments_chart(rows.as_ref()?, t()))));
    view! {
        <div class="card" data-testid="segment-log">
            <h2>{move || t().segments_heading}</h2>
            <ChartView id="segments-chart" caption=Signal::derive(move || t().segments_caption.to_owned()) chart>
            {move || match rows.get() {
                None => view! { <p class="muted">{t().no_timer_log}</p> }.into_any(),
                Some(rows) => view! {
                    <table class="figures">
                        <thead>
                            <tr>
                                <th scope="col">"#"</th>
                                <th scope="col">{t().planned_col}</th>
                                <th scope="col">{t().ran_col}</th>
                                <th scope="col">{t().difference_col}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {rows.into_iter().map(|row| {
                                let over = row.overrun_seconds();
                                view! {
                                    <tr class:over=over.is_some_and(|s| s > 0)>
                                        <th scope="row">{format!("{}. {}", row.index + 1, row.title)}</th>
                                        <td>{format::duration(u64::from(row.planned_seconds))}</td>
                                        <td>{row.actual_seconds.map(format::duration).unwrap_or_else(|| "—".into())}</td>
                                        <td>{over.map(format::signed_duration).unwrap_or_default()}</td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                }
                .into_any(),
            }}
            </ChartView>
        </div>
    }
}
