//! A show's post-show review (`/kpi/review/<show>`): its figures as entered,
//! every metric against the plan's targets in the four dimensions with the
//! likely cause of each miss, the improvement actions, and the timer's log
//! of planned against actual segment times.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;
use livedesk_core::format::{self, parse_number};
use livedesk_core::kpi::{likely_cause, review, Dimension, Figure};
use livedesk_core::model::{Id, Show};
use livedesk_core::plans::pace::shows_in_month;
use livedesk_core::review::segment_log;

use crate::components::fields::{AreaField, Field};
use crate::components::status_line::{Status, StatusLine};
use crate::i18n::use_i18n;
use crate::pages::plans::report;
use crate::routes::Section;
use crate::state::use_app_state;

/// The link to a show's review.
pub fn review_href(show_id: &Id) -> String {
    format!("{}/review/{show_id}", Section::Kpi.href())
}

const DIMENSIONS: [Dimension; 4] = [
    Dimension::Traffic,
    Dimension::Conversion,
    Dimension::Interaction,
    Dimension::Cost,
];

#[component]
pub fn ReviewPage() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let t = move || &i18n.t().kpi_page;
    let params = use_params_map();
    let show_id = Memo::new(move |_| params.with(|p| p.get("show_id").and_then(Id::new)));
    let show = Memo::new(move |_| {
        let id = show_id.get()?;
        state.workspace.with(|ws| ws.show(&id).cloned())
    });
    let status: Status = RwSignal::new(None);
    let change = move |f: Box<dyn FnOnce(&mut Show)>| {
        let Some(id) = show_id.get_untracked() else {
            return;
        };
        report(
            status,
            state.try_change(|ws| ws.update_show(&id, f)).map(|()| None),
        );
    };
    view! {
        <Show
            when=move || show.with(Option::is_some)
            fallback=move || view! {
                <section class="page"><p class="empty-state">{move || t().show_missing}</p></section>
            }
        >
            <section class="page review-page" data-section="/kpi">
                <A href=Section::Kpi.href() attr:class="back-link">{move || i18n.t().kpi.title}</A>
                <h1>{move || (t().review_heading)(&show.with(|s| s.as_ref().map(|s| s.title.clone()).unwrap_or_default()))}</h1>
                <StatusLine status />
                <Figures show status change />
                <Metrics show />
                <div class="card">
                    <h2>{move || t().actions_heading}</h2>
                    <AreaField
                        label=Signal::derive(move || t().actions_hint)
                        rows=5
                        value=move || show.with(|s| s.as_ref().map(|s| s.review_notes.clone()).unwrap_or_default())
                        on_commit=move |v: String| change(Box::new(move |s| s.review_notes = v))
                    />
                </div>
                <SegmentLog show />
            </section>
        </Show>
    }
}

/// The show's figures, one field each; the first one entered creates them.
#[component]
fn Figures(
    show: Memo<Option<Show>>,
    status: Status,
    change: impl Fn(Box<dyn FnOnce(&mut Show)>) + Copy + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || &i18n.t().kpi_page;
    view! {
        <div class="card figures-card">
            <h2>{move || t().figures_heading}</h2>
            <p class="hint">{move || t().figures_hint}</p>
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

/// Every metric against its per-show target, by dimension; misses in red
/// with their likely cause.
#[component]
fn Metrics(show: Memo<Option<Show>>) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let t = move || &i18n.t().kpi_page;
    let lines = Memo::new(move |_| {
        let show = show.get()?;
        let actuals = show.actuals.clone()?;
        let plan_id = show.plan_id.clone();
        state.workspace.with(|ws| {
            let plan = plan_id.as_ref().and_then(|id| ws.plan(id));
            let targets = plan.map(|p| p.targets.clone()).unwrap_or_default();
            let in_month = plan_id.as_ref().map_or(0, |id| {
                shows_in_month(ws.plan_shows(id), show.starts_at.date())
            });
            Some(review(&actuals, &targets, in_month))
        })
    });
    view! {
        <div class="card metrics-card" data-testid="metrics">
            <h2>{move || t().metrics_heading}</h2>
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
        </div>
    }
}

/// Planned against actual time per segment, from the timer's log.
#[component]
fn SegmentLog(show: Memo<Option<Show>>) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || &i18n.t().kpi_page;
    let rows = Memo::new(move |_| {
        show.with(|s| {
            let s = s.as_ref()?;
            s.timer.as_ref()?;
            let segments = s.script.as_ref().map_or(&[][..], |script| &script.segments);
            Some(segment_log(segments, s.timer.as_ref()))
        })
    });
    view! {
        <div class="card" data-testid="segment-log">
            <h2>{move || t().segments_heading}</h2>
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
        </div>
    }
}
