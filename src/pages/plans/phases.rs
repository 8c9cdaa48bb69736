//! A plan's phases (preparation, trial, stable, sprint) with their dates and
//! cadence, and the step that turns a phase's cadence into calendar shows.

use chrono::{Days, NaiveDate, NaiveTime};
use leptos::prelude::*;
use livedesk_core::format::parse_number;
use livedesk_core::model::{Id, IdSource, Phase, PhaseKind};
use livedesk_core::plans::edit::ShowDefaults;

use super::{report, PlanContext};
use crate::clock;
use crate::components::choice_select::ChoiceSelect;
use crate::components::fields::Field;
use crate::i18n::use_i18n;
use crate::ids::RandomIds;
use crate::state::use_app_state;

const KINDS: [PhaseKind; 4] = [
    PhaseKind::Preparation,
    PhaseKind::Trial,
    PhaseKind::Stable,
    PhaseKind::Sprint,
];

#[component]
pub fn PhasesTab(ctx: PlanContext) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.plans();
    let ids = move || ctx.read(|p| p.phases.iter().map(|ph| ph.id.clone()).collect::<Vec<_>>());
    let add = move |_| {
        // A new phase starts after the last one, or today: a month of the stable cadence.
        let start = ctx
            .read(|p| p.phases.iter().map(|ph| ph.end).max())
            .and_then(|end| end.checked_add_days(Days::new(1)))
            .unwrap_or_else(clock::today_local);
        let phase = Phase {
            id: RandomIds.next_id(),
            kind: PhaseKind::Stable,
            name: String::new(),
            start,
            end: start + Days::new(27),
            shows_per_week: 3,
        };
        ctx.update(|p| p.phases.push(phase));
    };
    view! {
        <div class="phases">
            <Show when=move || !ids().is_empty() fallback=move || view! { <p class="empty-state">{t().phases_empty}</p> }>
                <ol class="phase-list">
                    <For each=ids key=|id| id.clone() let:id>
                        <PhaseCard ctx id />
                    </For>
                </ol>
            </Show>
            <button type="button" class="button" on:click=add>{move || t().add_phase}</button>
        </div>
    }
}

#[component]
fn PhaseCard(ctx: PlanContext, id: Id) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let t = move || i18n.plans();
    let phase_id = StoredValue::new(id);
    let phase = Memo::new(move |_| {
        let id = phase_id.get_value();
        ctx.read(|p| p.phases.iter().find(|ph| ph.id == id).cloned())
    });
    let read = move |f: fn(&Phase) -> String| {
        move || phase.with(|ph| ph.as_ref().map(f).unwrap_or_default())
    };
    let change = move |f: Box<dyn FnOnce(&mut Phase)>| {
        let id = phase_id.get_value();
        ctx.update(|p| {
            if let Some(ph) = p.phases.iter_mut().find(|ph| ph.id == id) {
                f(ph);
            }
        });
    };
    let date_commit = move |set: fn(&mut Phase, NaiveDate)| {
        move |text: String| {
            if let Ok(date) = NaiveDate::parse_from_str(&text, "%Y-%m-%d") {
                change(Box::new(move |ph| set(ph, date)));
            }
        }
    };
    let remove = move |_| {
        let id = phase_id.get_value();
        ctx.update(|p| p.phases.retain(|ph| ph.id != id));
    };
    // How new shows of this phase start: editable before scheduling them.
    let evening = ShowDefaults::evening(String::new());
    let time = RwSignal::new(evening.time);
    let minutes = RwSignal::new(evening.planned_minutes);
    let shortfall = Memo::new(move |_| {
        let plan_id = ctx.id.get_value();
        let id = phase_id.get_value();
        state.workspace.with(|ws| ws.phase_shortfall(&plan_id, &id))
    });
    let schedule = move |_| {
        let plan_id = ctx.id.get_value();
        let id = phase_id.get_value();
        let defaults = ShowDefaults {
            time: time.get_untracked(),
            planned_minutes: minutes.get_untracked(),
            title: t().default_show_title.to_owned(),
        };
        let result =
            state.try_change(|ws| ws.schedule_phase(&plan_id, &id, &defaults, &mut RandomIds));
        report(ctx.status, result.map(|n| Some((t().scheduled)(n))));
    };
    let kind = move || phase.with(|ph| ph.as_ref().map(|ph| ph.kind));
    view! {
        <li class="card phase-card">
            <div class="form-grid">
                <ChoiceSelect
                    field_label=Signal::derive(move || t().tab_phases)
                    choices=&KINDS
                    label=move |k| (i18n.plans().phase_kind)(k)
                    current=Signal::derive(kind)
                    on_pick=move |k| if let Some(k) = k { change(Box::new(move |ph| ph.kind = k)) }
                />
                <Field
                    label=Signal::derive(move || t().phase_name)
                    value=read(|ph| ph.name.clone())
                    on_commit=move |v: String| change(Box::new(move |ph| ph.name = v.trim().to_owned()))
                />
                <Field
                    label=Signal::derive(move || t().start_label)
                    kind="date"
                    value=read(|ph| ph.start.format("%Y-%m-%d").to_string())
                    on_commit=date_commit(|ph, d| ph.start = d)
                />
                <Field
                    label=Signal::derive(move || t().end_label)
                    kind="date"
                    value=read(|ph| ph.end.format("%Y-%m-%d").to_string())
                    on_commit=date_commit(|ph, d| ph.end = d)
                />
                <Field
                    label=Signal::derive(move || t().per_week)
                    kind="number"
                    value=read(|ph| ph.shows_per_week.to_string())
                    on_commit=move |v: String| {
                        match parse_number(&v) {
                            Ok(Some(n)) if (0.0..=255.0).contains(&n) => {
                                change(Box::new(move |ph| ph.shows_per_week = n.round() as u8))
                            }
                            _ => ctx.status.set(Some((true, t().not_a_number.to_owned()))),
                        }
                    }
                />
            </div>
            <p class="hint">{move || kind().map(|k| (t().phase_hint)(k))}</p>
            <div class="schedule-row">
                <Field
                    label=Signal::derive(move || t().show_time)
                    kind="time"
                    value=move || time.get().format("%H:%M").to_string()
                    on_commit=move |v: String| {
                        if let Ok(parsed) = NaiveTime::parse_from_str(&v, "%H:%M") {
                            time.set(parsed);
                        }
                    }
                />
                <Field
                    label=Signal::derive(move || t().show_length)
                    kind="number"
                    value=move || minutes.get().to_string()
                    on_commit=move |v: String| {
                        if let Ok(Some(n)) = parse_number(&v) {
                            minutes.set(n.round().clamp(1.0, 1440.0) as u32);
                        }
                    }
                />
                {move || match shortfall.get() {
                    // A phase without shows (preparation) has nothing to schedule.
                    0 if phase.with(|ph| ph.as_ref().is_some_and(|ph| ph.shows_per_week == 0)) => ().into_any(),
                    0 => view! { <p class="muted">{t().schedule_full}</p> }.into_any(),
                    n => view! {
                        <button type="button" class="button primary" on:click=schedule>{(t().schedule)(n)}</button>
                    }
                    .into_any(),
                }}
                <button type="button" class="button small danger" on:click=remove>{move || t().remove}</button>
            </div>
        </li>
    }
}
