//! Target decomposition: a monthly GMV target split over the month's shows
//! and walked back through the funnel (orders, clicks, viewers per show),
//! then "what if" sliders over the four factors and solving for any one.

use leptos::prelude::*;
use livedesk_core::format;
use livedesk_core::kpi::{decompose, Factor, Funnel};
use livedesk_core::model::Id;
use livedesk_core::plans::pace::shows_in_month;

use super::NumberField;
use crate::clock;
use crate::components::status_line::Status;
use crate::i18n::{use_i18n, KpiTexts};
use crate::state::use_app_state;

/// The calculator's inputs, filled from a plan or typed.
#[derive(Clone, Copy)]
struct Inputs {
    monthly_gmv: RwSignal<f64>,
    shows: RwSignal<f64>,
    ctr: RwSignal<f64>,
    conversion: RwSignal<f64>,
    aov: RwSignal<f64>,
    /// The plan's average viewers per show, to check the targets agree.
    plan_viewers: RwSignal<Option<f64>>,
}

impl Inputs {
    fn new() -> Inputs {
        // The seed plan's figures, until a plan fills them in.
        Inputs {
            monthly_gmv: RwSignal::new(5_000_000.0),
            shows: RwSignal::new(16.0),
            ctr: RwSignal::new(0.05),
            conversion: RwSignal::new(0.03),
            aov: RwSignal::new(200.0),
            plan_viewers: RwSignal::new(None),
        }
    }

    /// Takes a plan's targets, and its number of shows this month when it has any.
    fn fill_from(self, plan_id: &Id) {
        let state = use_app_state();
        state.workspace.with_untracked(|ws| {
            let Some(plan) = ws.plan(plan_id) else {
                return;
            };
            let t = &plan.targets;
            if let Some(v) = t.monthly_gmv {
                self.monthly_gmv.set(v);
            }
            if let Some(v) = t.click_through_rate {
                self.ctr.set(v);
            }
            if let Some(v) = t.conversion_rate {
                self.conversion.set(v);
            }
            if let Some(v) = t.average_order_value {
                self.aov.set(v);
            }
            self.plan_viewers
                .set(t.avg_viewers_per_show.map(|v| v as f64));
            let shows = shows_in_month(ws.plan_shows(plan_id), clock::today_local());
            if shows > 0 {
                self.shows.set(shows as f64);
            }
        });
    }
}

#[component]
pub fn Decomposition(status: Status) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let t = move || i18n.kpi();
    let inputs = Inputs::new();
    let plans = Memo::new(move |_| {
        state.workspace.with(|ws| {
            ws.plans
                .iter()
                .map(|p| (p.id.clone(), p.name.clone()))
                .collect::<Vec<_>>()
        })
    });
    if let Some((first, _)) = plans.get_untracked().first() {
        inputs.fill_from(first);
    }
    let result = Memo::new(move |_| {
        decompose(
            inputs.monthly_gmv.get(),
            inputs.shows.get().round() as u32,
            inputs.ctr.get(),
            inputs.conversion.get(),
            inputs.aov.get(),
        )
    });
    let figure = move |value: Option<f64>, money: bool| match value {
        Some(v) if money => format::money(v),
        Some(v) => format::count_up(v),
        None => t().cannot_compute.to_owned(),
    };
    // Whether the plan's viewer target and its rates can reach the GMV a show needs.
    let agreement = move || {
        let viewers = inputs.plan_viewers.get()?;
        let needed = result.get()?.gmv_per_show;
        let funnel = Funnel {
            viewers,
            click_through_rate: inputs.ctr.get(),
            conversion_rate: inputs.conversion.get(),
            average_order_value: inputs.aov.get(),
        };
        let reach = funnel.reach(needed);
        Some(if reach.enough {
            (false, (t().targets_agree)(&format::grouped(viewers as u64)))
        } else {
            (
                true,
                (t().targets_disagree)(
                    &format::grouped(viewers as u64),
                    &format::money(reach.brings),
                    &format::percent(reach.share),
                ),
            )
        })
    };
    view! {
        <div class="card decomposition" data-testid="decomposition">
            <h2>{move || t().decompose_heading}</h2>
            <p class="hint">{move || t().decompose_hint}</p>
            <label class="field plan-pick">
                <span class="field-label">{move || t().from_plan}</span>
                <select on:change=move |ev| {
                    if let Some(id) = Id::new(event_target_value(&ev)) {
                        inputs.fill_from(&id);
                    } else {
                        inputs.plan_viewers.set(None);
                    }
                }>
                    {move || plans.get().into_iter().enumerate().map(|(i, (id, name))| view! {
                        <option value=id.to_string() selected=i == 0>{name}</option>
                    }).collect_view()}
                    <option value="">{move || t().no_plan}</option>
                </select>
            </label>
            <div class="form-grid">
                <NumberField label=Signal::derive(move || t().monthly_gmv) value=inputs.monthly_gmv status />
                <NumberField label=Signal::derive(move || t().shows_per_month) value=inputs.shows status />
                <NumberField label=Signal::derive(move || t().ctr) value=inputs.ctr shown_per_stored=100.0 status />
                <NumberField label=Signal::derive(move || t().conversion) value=inputs.conversion shown_per_stored=100.0 status />
                <NumberField label=Signal::derive(move || t().aov) value=inputs.aov status />
            </div>
            <h3>{move || t().per_show_heading}</h3>
            <table class="figures per-show">
                <thead>
                    <tr>
                        <th scope="col">{move || t().gmv_per_show}</th>
                        <th scope="col">{move || t().orders_per_show}</th>
                        <th scope="col">{move || t().clicks_per_show}</th>
                        <th scope="col">{move || t().viewers_per_show}</th>
                    </tr>
                </thead>
                <tbody>
                    <tr>
                        <td data-testid="gmv-per-show">{move || figure(result.get().map(|d| d.gmv_per_show), true)}</td>
                        <td data-testid="orders-per-show">{move || figure(result.get().and_then(|d| d.orders_per_show), false)}</td>
                        <td data-testid="clicks-per-show">{move || figure(result.get().and_then(|d| d.clicks_per_show), false)}</td>
                        <td data-testid="viewers-per-show">{move || figure(result.get().and_then(|d| d.viewers_per_show), false)}</td>
                    </tr>
                </tbody>
            </table>
            {move || agreement().map(|(warn, text)| view! {
                <p class:warn=warn class:ok=!warn data-testid="agreement">{text}</p>
            })}
            <WhatIf inputs gmv_needed=Signal::derive(move || result.get().map(|d| d.gmv_per_show)) />
        </div>
    }
}

/// One what-if slider: its factor, label, range and the factor between the
/// stored value and the shown one (100 for rates shown in %).
#[derive(Clone, Copy)]
struct Slider {
    factor: Factor,
    label: fn(&KpiTexts) -> &'static str,
    max: f64,
    step: f64,
    shown_per_stored: f64,
}

const SLIDERS: [Slider; 4] = [
    Slider {
        factor: Factor::Viewers,
        label: |t| t.viewers,
        max: 500_000.0,
        step: 500.0,
        shown_per_stored: 1.0,
    },
    Slider {
        factor: Factor::ClickThroughRate,
        label: |t| t.ctr,
        max: 20.0,
        step: 0.1,
        shown_per_stored: 100.0,
    },
    Slider {
        factor: Factor::ConversionRate,
        label: |t| t.conversion,
        max: 20.0,
        step: 0.1,
        shown_per_stored: 100.0,
    },
    Slider {
        factor: Factor::AverageOrderValue,
        label: |t| t.aov,
        max: 2_000.0,
        step: 1.0,
        shown_per_stored: 1.0,
    },
];

/// Sliders over the four factors, and the value one factor must reach.
#[component]
fn WhatIf(inputs: Inputs, gmv_needed: Signal<Option<f64>>) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.kpi();
    let funnel = RwSignal::new(Funnel {
        viewers: inputs.plan_viewers.get_untracked().unwrap_or(50_000.0),
        click_through_rate: inputs.ctr.get_untracked(),
        conversion_rate: inputs.conversion.get_untracked(),
        average_order_value: inputs.aov.get_untracked(),
    });
    let solve_for = RwSignal::new(Factor::Viewers);
    let month = move || funnel.get().gmv() * inputs.shows.get().round();
    let solved = move || {
        let needed = gmv_needed.get()?;
        let factor = solve_for.get();
        Some(match funnel.get().solve(factor, needed) {
            Some(value) => {
                let shown = match factor {
                    Factor::Viewers => format::count_up(value),
                    Factor::AverageOrderValue => format::money(value),
                    _ => format::percent(value),
                };
                (t().solved)(&format::money(needed), (t().factor)(factor), &shown)
            }
            None => t().unsolvable.to_owned(),
        })
    };
    view! {
        <div class="what-if">
            <h3>{move || t().whatif_heading}</h3>
            <p class="hint">{move || t().whatif_hint}</p>
            {SLIDERS
                .into_iter()
                .map(|Slider { factor, label, max, step, shown_per_stored }| {
                    let shown = move || funnel.get().get(factor) * shown_per_stored;
                    view! {
                        <label class="slider">
                            <span class="field-label">{move || label(t())}</span>
                            <input
                                type="range"
                                min="0"
                                max=max
                                step=step
                                prop:value=move || shown().to_string()
                                on:input=move |ev| {
                                    if let Ok(v) = event_target_value(&ev).parse::<f64>() {
                                        funnel.update(|f| *f = f.with(factor, v / shown_per_stored));
                                    }
                                }
                            />
                            <output>
                                {move || match factor {
                                    Factor::Viewers => format::grouped(shown().round() as u64),
                                    _ => format::plain((shown() * 100.0).round() / 100.0),
                                }}
                            </output>
                        </label>
                    }
                })
                .collect_view()}
            <p class="pace-figure" data-testid="whatif-gmv">
                {move || (t().gmv_result)(&format::money(funnel.get().gmv()), &format::money(month()))}
            </p>
            <label class="field solve">
                <span class="field-label">{move || t().solve_for}</span>
                <crate::components::choice_select::ChoiceSelect
                    choices=&Factor::ALL
                    label=move |f| (i18n.kpi().factor)(f)
                    current=Signal::derive(move || Some(solve_for.get()))
                    on_pick=move |f| if let Some(f) = f { solve_for.set(f) }
                />
            </label>
            <p data-testid="solved">{solved}</p>
        </div>
    }
}
