//! The month calendar of a plan's shows: each day lists its shows with their
//! checklist readiness; "+" adds a show on a day, dragging a show to another
//! day moves it, and a show opens its own page.

use chrono::{Datelike, NaiveDate};
use leptos::prelude::*;
use leptos_router::components::A;
use livedesk_core::model::{Id, IdSource, Show};
use livedesk_core::plans::calendar::{month_start, month_weeks, shift_month};
use livedesk_core::plans::edit::ShowDefaults;
use livedesk_core::plans::readiness::readiness;

use super::{report, show_href, PlanContext};
use crate::clock;
use crate::i18n::use_i18n;
use crate::ids::RandomIds;
use crate::state::use_app_state;

/// A show as the calendar shows it.
#[derive(Clone, PartialEq)]
struct ShowChip {
    id: Id,
    day: NaiveDate,
    time: String,
    title: String,
    done: usize,
    total: usize,
    overdue: usize,
}

#[component]
pub fn CalendarTab(ctx: PlanContext) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let t = move || i18n.plans();
    let today = clock::today_local();
    let month = RwSignal::new(month_start(today));
    let dragging = RwSignal::new(None::<Id>);
    let chips = Memo::new(move |_| {
        let plan_id = ctx.id.get_value();
        let checklist = ctx.read(|p| p.checklist.clone());
        state.workspace.with(|ws| {
            ws.plan_shows(&plan_id)
                .into_iter()
                .map(|show| {
                    let day = show.starts_at.date();
                    let ready = readiness(&checklist, &show.checklist_done, day, today);
                    ShowChip {
                        id: show.id.clone(),
                        day,
                        time: show.starts_at.format("%H:%M").to_string(),
                        title: show.title.clone(),
                        done: ready.done,
                        total: ready.total,
                        overdue: ready.overdue.len(),
                    }
                })
                .collect::<Vec<_>>()
        })
    });
    let add_on = move |day: NaiveDate| {
        let defaults = ShowDefaults::evening(t().default_show_title.to_owned());
        let Some(show) = ctx.plan.with_untracked(|plan| {
            let plan = plan.as_ref()?;
            Some(Show::scheduled(
                RandomIds.next_id(),
                plan,
                day.and_time(defaults.time),
                &defaults,
            ))
        }) else {
            return;
        };
        let result = state.try_change(|ws| ws.add_show(show));
        report(ctx.status, result.map(|()| Some(t().show_added.to_owned())));
    };
    let drop_on = move |day: NaiveDate| {
        let Some(id) = dragging.get_untracked() else {
            return;
        };
        dragging.set(None);
        let result = state.try_change(|ws| ws.move_show(&id, day));
        report(ctx.status, result.map(|()| Some((t().show_moved)(day))));
    };
    view! {
        <div class="calendar">
            <div class="calendar-bar">
                <button type="button" class="button" aria-label=move || t().prev_month
                    on:click=move |_| month.update(|m| *m = shift_month(*m, -1))>"‹"</button>
                <h2 aria-live="polite">{move || (t().month_title)(month.get())}</h2>
                <button type="button" class="button" aria-label=move || t().next_month
                    on:click=move |_| month.update(|m| *m = shift_month(*m, 1))>"›"</button>
                <button type="button" class="button" on:click=move |_| month.set(month_start(today))>
                    {move || t().this_month}
                </button>
            </div>
            <p class="hint">{move || t().calendar_hint}</p>
            <table class="month-grid">
                <thead>
                    <tr>
                        {(0..7).map(|i| view! { <th scope="col">{move || t().weekdays[i]}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {move || {
                        let shown = month.get();
                        month_weeks(shown)
                            .into_iter()
                            .map(|week| view! {
                                <tr>
                                    {week
                                        .into_iter()
                                        .map(|day| view! {
                                            <DayCell ctx day shown today chips dragging add_on drop_on />
                                        })
                                        .collect_view()}
                                </tr>
                            })
                            .collect_view()
                    }}
                </tbody>
            </table>
        </div>
    }
}

#[component]
fn DayCell(
    ctx: PlanContext,
    day: NaiveDate,
    shown: NaiveDate,
    today: NaiveDate,
    chips: Memo<Vec<ShowChip>>,
    dragging: RwSignal<Option<Id>>,
    add_on: impl Fn(NaiveDate) + Copy + 'static,
    drop_on: impl Fn(NaiveDate) + Copy + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.plans();
    let in_month = day.month() == shown.month();
    let day_chips = move || {
        chips.with(|all| {
            all.iter()
                .filter(|c| c.day == day)
                .cloned()
                .collect::<Vec<_>>()
        })
    };
    let over = RwSignal::new(false);
    view! {
        <td
            class="day"
            class:other-month=!in_month
            class:today=day == today
            class:drop-target=move || over.get()
            data-date=day.format("%Y-%m-%d").to_string()
            on:dragover=move |ev| {
                ev.prevent_default();
                over.set(true);
            }
            on:dragleave=move |_| over.set(false)
            on:drop=move |ev| {
                ev.prevent_default();
                over.set(false);
                drop_on(day);
            }
        >
            <div class="day-head">
                <span class="day-number">{day.day()}</span>
                <button
                    type="button"
                    class="add-show"
                    aria-label=move || (t().add_show_on)(day)
                    title=move || (t().add_show_on)(day)
                    on:click=move |_| add_on(day)
                >"+"</button>
            </div>
            <ul class="day-shows">
                {move || day_chips()
                    .into_iter()
                    .map(|chip| {
                        let href = show_href(&ctx.id.get_value(), &chip.id);
                        let drag_id = chip.id.clone();
                        let complete = chip.total > 0 && chip.done == chip.total;
                        let state_class = if complete {
                            "ready"
                        } else if chip.overdue > 0 {
                            "overdue"
                        } else {
                            "pending"
                        };
                        view! {
                            <li
                                class=format!("show-chip {state_class}")
                                draggable="true"
                                on:dragstart=move |ev| {
                                    if let Some(data) = ev.data_transfer() {
                                        let _ = data.set_data("text/plain", drag_id.as_str());
                                    }
                                    dragging.set(Some(drag_id.clone()));
                                }
                                on:dragend=move |_| dragging.set(None)
                            >
                                <A href=href>
                                    <span class="show-time">{chip.time.clone()}</span>
                                    " "
                                    <span class="show-title">{chip.title.clone()}</span>
                                </A>
                                <span class="readiness">
                                    {move || (t().readiness)(chip.done, chip.total)}
                                    {move || (chip.overdue > 0).then(|| format!(" · {}", (t().overdue)(chip.overdue)))}
                                </span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </td>
    }
}
