//! A plan's overview: name, platform, themes, notes, its targets, and the
//! month's GMV pace against the monthly target.

use leptos::prelude::*;
use livedesk_core::format::{self, parse_number};
use livedesk_core::model::{Show, Targets};
use livedesk_core::plans::pace::month_pace;
use livedesk_core::review::{reviews_csv, CsvHeadings};

use super::list::PLATFORMS;
use super::PlanContext;
use crate::clock;
use crate::components::choice_select::ChoiceSelect;
use crate::components::download::download_text;
use crate::components::fields::{AreaField, Field};
use crate::i18n::{use_i18n, PlanTexts};
use crate::state::use_app_state;

#[component]
pub fn OverviewTab(ctx: PlanContext) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.plans();
    view! {
        <div class="plan-overview">
            <PaceCard ctx />
            <ExportReviews ctx />
            <div class="card">
                <div class="form-grid">
                    <Field
                        label=Signal::derive(move || t().name_label)
                        value=move || ctx.read(|p| p.name.clone())
                        on_commit=move |v: String| { ctx.update(|p| p.name = v.trim().to_owned()); }
                    />
                    <ChoiceSelect
                        field_label=Signal::derive(move || t().platform_label)
                        choices=&PLATFORMS
                        label=move |p| (i18n.plans().platform)(p)
                        current=Signal::derive(move || ctx.plan.with(|p| p.as_ref().map(|p| p.platform)))
                        on_pick=move |p| if let Some(p) = p { ctx.update(|plan| plan.platform = p); }
                    />
                </div>
                <AreaField
                    label=Signal::derive(move || t().themes_label)
                    value=move || ctx.read(|p| p.themes.join("\n"))
                    on_commit=move |v: String| { ctx.update(|p| p.themes = format::list_lines(&v)); }
                />
                <p class="hint">{move || t().themes_hint}</p>
                <AreaField
                    label=Signal::derive(move || t().notes_label)
                    value=move || ctx.read(|p| p.notes.clone())
                    on_commit=move |v: String| { ctx.update(|p| p.notes = v); }
                />
            </div>
            <TargetsCard ctx />
        </div>
    }
}

/// One target field: how it reads from and writes to the targets, and the
/// factor between stored and shown values (100 for rates shown in %).
struct TargetField {
    label: fn(&PlanTexts) -> &'static str,
    read: fn(&Targets) -> Option<f64>,
    write: fn(&mut Targets, Option<f64>),
    shown_per_stored: f64,
}

const TARGET_FIELDS: [TargetField; 7] = [
    TargetField {
        label: |t| t.target_gmv,
        read: |x| x.monthly_gmv,
        write: |x, v| x.monthly_gmv = v,
        shown_per_stored: 1.0,
    },
    TargetField {
        label: |t| t.target_followers,
        read: |x| x.followers.map(|v| v as f64),
        write: |x, v| x.followers = v.map(|v| v.round().max(0.0) as u64),
        shown_per_stored: 1.0,
    },
    TargetField {
        label: |t| t.target_viewers,
        read: |x| x.avg_viewers_per_show.map(|v| v as f64),
        write: |x, v| x.avg_viewers_per_show = v.map(|v| v.round().max(0.0) as u64),
        shown_per_stored: 1.0,
    },
    TargetField {
        label: |t| t.target_ctr,
        read: |x| x.click_through_rate,
        write: |x, v| x.click_through_rate = v,
        shown_per_stored: 100.0,
    },
    TargetField {
        label: |t| t.target_conversion,
        read: |x| x.conversion_rate,
        write: |x, v| x.conversion_rate = v,
        shown_per_stored: 100.0,
    },
    TargetField {
        label: |t| t.target_aov,
        read: |x| x.average_order_value,
        write: |x, v| x.average_order_value = v,
        shown_per_stored: 1.0,
    },
    TargetField {
        label: |t| t.target_favourability,
        read: |x| x.favourability,
        write: |x, v| x.favourability = v,
        shown_per_stored: 100.0,
    },
];

#[component]
fn TargetsCard(ctx: PlanContext) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.plans();
    view! {
        <div class="card">
            <h2>{move || t().targets_heading}</h2>
            <div class="form-grid targets">
                {TARGET_FIELDS
                    .iter()
                    .map(|field| {
                        let shown = move || {
                            ctx.read(|p| (field.read)(&p.targets))
                                .map(|v| format::plain(v * field.shown_per_stored))
                                .unwrap_or_default()
                        };
                        let commit = move |text: String| match parse_number(&text) {
                            Ok(value) => {
                                let stored = value.map(|v| v / field.shown_per_stored);
                                ctx.update(|p| (field.write)(&mut p.targets, stored));
                            }
                            Err(_) => ctx.status.set(Some((true, t().not_a_number.to_owned()))),
                        };
                        view! {
                            <Field
                                label=Signal::derive(move || (field.label)(t()))
                                value=shown
                                on_commit=commit
                                numeric=true
                            />
                        }
                    })
                    .collect_view()}
            </div>
        </div>
    }
}

/// The month's GMV so far against the target, and what each show left needs.
#[component]
fn PaceCard(ctx: PlanContext) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let t = move || i18n.plans();
    let pace = Memo::new(move |_| {
        let target = ctx.read(|p| p.targets.monthly_gmv)?;
        let id = ctx.id.get_value();
        let shows: Vec<Show> = state
            .workspace
            .with(|ws| ws.plan_shows(&id).into_iter().cloned().collect());
        Some(month_pace(target, &shows, clock::today_local()))
    });
    view! {
        <div class="card pace" data-testid="pace">
            <h2>{move || t().pace_heading}</h2>
            {move || match pace.get() {
                None => view! { <p class="muted">{t().pace_no_target}</p> }.into_any(),
                Some(pace) => {
                    let share = pace.share();
                    let needed = match pace.needed_per_show {
                        _ if pace.met() => t().pace_met.to_owned(),
                        Some(needed) => (t().pace_needed)(pace.remaining_shows, &format::money(needed)),
                        None => t().pace_missed.to_owned(),
                    };
                    view! {
                        <p class="pace-figure">
                            {(t().pace_to_date)(
                                &format::money(pace.gmv_to_date),
                                &format::money(pace.target),
                                &format::percent(share),
                            )}
                        </p>
                        <progress max="1" value=share.min(1.0)></progress>
                        <p class:ok=pace.met() class:warn=!pace.met()>{needed}</p>
                    }
                    .into_any()
                }
            }}
        </div>
    }
}

/// The plan's reviewed shows as a CSV file, for a spreadsheet.
#[component]
fn ExportReviews(ctx: PlanContext) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let export = move |_| {
        let (kpi, plans) = (i18n.kpi(), i18n.plans());
        let id = ctx.id.get_value();
        let figure = |f| (kpi.figure)(f);
        let metric = |m| (kpi.metric)(m);
        let headings = CsvHeadings {
            start: plans.show_time,
            title: plans.title_label,
            theme: plans.theme_label,
            figure: &figure,
            metric: &metric,
            notes: kpi.actions_heading,
        };
        let (count, text, name) = state.workspace.with_untracked(|ws| {
            let shows = ws.plan_shows(&id);
            let count = shows.iter().filter(|s| s.actuals.is_some()).count();
            let name = ws.plan(&id).map(|p| p.name.clone()).unwrap_or_default();
            (count, reviews_csv(&shows, &headings), name)
        });
        if count == 0 {
            ctx.status
                .set(Some((true, kpi.nothing_to_export.to_owned())));
        } else if download_text(&format!("{name}.reviews.csv"), &text) {
            ctx.status.set(Some((false, (kpi.exported_reviews)(count))));
        }
    };
    view! {
        <div class="row-actions">
            <button type="button" class="button" on:click=export>{move || i18n.kpi().export_reviews}</button>
        </div>
    }
}
