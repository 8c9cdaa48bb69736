//! A show's page inside its plan: when it runs and what it is called, links
//! to its script and its timer, who does what, its pre-show checklist with
//! due dates, and copy or delete (with undo).

use std::rc::Rc;

use chrono::{Days, NaiveDate, NaiveTime};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;
use livedesk_core::format::parse_number;
use livedesk_core::model::{Assignment, Id, Role, Show};
use livedesk_core::plans::edit::on_air;
use livedesk_core::plans::readiness::readiness;
use livedesk_core::scripts::edit::ScriptRef;

use super::page::PlanMissing;
use super::team::ROLES;
use super::{plan_href, report, show_href, PlanTab};
use crate::clock;
use crate::components::fields::Field;
use crate::components::status_line::{Status, StatusLine};
use crate::components::undo_bar::{UndoBar, Undoable};
use crate::i18n::use_i18n;
use crate::ids::RandomIds;
use crate::pages::scripts::editor_href;
use crate::pages::timer::presenter_href;
use crate::state::use_app_state;

#[component]
pub fn ShowPage() -> impl IntoView {
    let params = use_params_map();
    let ids = move || {
        params.with(|p| {
            let plan = Id::new(p.get("id")?)?;
            let show = Id::new(p.get("show_id")?)?;
            Some((plan, show))
        })
    };
    move || match ids() {
        Some((plan_id, show_id)) => view! { <ShowView plan_id show_id /> }.into_any(),
        None => view! { <PlanMissing /> }.into_any(),
    }
}

#[component]
fn ShowView(plan_id: Id, show_id: Id) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let t = move || i18n.plans();
    let status: Status = RwSignal::new(None);
    let undo = RwSignal::new_local(None::<Undoable>);
    let ids = StoredValue::new((plan_id.clone(), show_id.clone()));
    let show = Memo::new(move |_| {
        let (_, id) = ids.get_value();
        state.workspace.with(|ws| ws.show(&id).cloned())
    });
    let read =
        move |f: fn(&Show) -> String| move || show.with(|s| s.as_ref().map(f).unwrap_or_default());
    let change = move |f: Box<dyn FnOnce(&mut Show)>| {
        let (_, id) = ids.get_value();
        report(
            status,
            state.try_change(|ws| ws.update_show(&id, f)).map(|()| None),
        );
    };
    let locked = Signal::derive(move || show.with(|s| s.as_ref().is_some_and(on_air)));
    let calendar = plan_href(&plan_id, PlanTab::Calendar);
    let script_href = editor_href(&ScriptRef::Show(show_id.clone()));
    let timer_href = presenter_href(show_id.as_str());
    let review_href = crate::pages::kpi::review::review_href(&show_id);
    let delete = move |_| {
        let (_, id) = ids.get_value();
        let result = state.try_change(|ws| ws.remove_show(&id));
        if let Ok(removed) = &result {
            // The page stays, saying the show is gone, with undo and a way back.
            let message = (t().show_deleted)(&removed.show.title);
            let removed = Rc::new(removed.clone());
            undo.set(Some(Undoable {
                message,
                undo: Rc::new(move || {
                    let removed = (*removed).clone();
                    let _ = state.try_change(|ws| {
                        ws.restore_show(removed);
                        Ok::<(), ()>(())
                    });
                }),
            }));
        }
        report(status, result.map(|_| None));
    };
    let back = calendar.clone();
    view! {
        <Show
            when=move || show.with(Option::is_some)
            fallback=move || view! {
                <section class="page" data-section="/plans">
                    <UndoBar pending=undo undo_label=Signal::derive(move || t().undo) />
                    <div class="empty-state" role="status">
                        <p>{move || t().show_missing}</p>
                        <A href=back.clone() attr:class="button">{move || t().back_to_calendar}</A>
                    </div>
                </section>
            }
        >
            <section class="page show-page" data-section="/plans">
                <A href=calendar.clone() attr:class="back-link">{move || t().back_to_calendar}</A>
                <h1>{read(|s| s.title.clone())}</h1>
                <div class="row-actions">
                    <A href=script_href.clone() attr:class="button">{move || t().open_script}</A>
                    <A href=timer_href.clone() attr:class="button primary">{move || t().open_timer}</A>
                    <A href=review_href.clone() attr:class="button">{move || i18n.kpi().review}</A>
                </div>
                <StatusLine status />
                <div class="card">
                    <div class="form-grid">
                        <Field
                            label=Signal::derive(move || t().title_label)
                            value=read(|s| s.title.clone())
                            on_commit=move |v: String| change(Box::new(move |s| s.title = v.trim().to_owned()))
                        />
                        <Field
                            label=Signal::derive(move || t().theme_label)
                            value=read(|s| s.theme.clone())
                            on_commit=move |v: String| change(Box::new(move |s| s.theme = v.trim().to_owned()))
                        />
                        <Field
                            label=Signal::derive(move || t().date_label)
                            kind="date"
                            disabled=locked
                            value=read(|s| s.starts_at.format("%Y-%m-%d").to_string())
                            on_commit=move |v: String| {
                                if let Ok(day) = NaiveDate::parse_from_str(&v, "%Y-%m-%d") {
                                    change(Box::new(move |s| s.starts_at = day.and_time(s.starts_at.time())));
                                }
                            }
                        />
                        <Field
                            label=Signal::derive(move || t().show_time)
                            kind="time"
                            disabled=locked
                            value=read(|s| s.starts_at.format("%H:%M").to_string())
                            on_commit=move |v: String| {
                                if let Ok(time) = NaiveTime::parse_from_str(&v, "%H:%M") {
                                    change(Box::new(move |s| s.starts_at = s.starts_at.date().and_time(time)));
                                }
                            }
                        />
                        <Field
                            label=Signal::derive(move || t().show_length)
                            kind="number"
                            value=read(|s| s.planned_minutes.to_string())
                            on_commit=move |v: String| match parse_number(&v) {
                                Ok(Some(n)) if n >= 0.0 => change(Box::new(move |s| s.planned_minutes = n.round() as u32)),
                                _ => status.set(Some((true, t().not_a_number.to_owned()))),
                            }
                        />
                    </div>
                    <Show when=move || locked.get()>
                        <p class="hint">{move || t().on_air_note}</p>
                    </Show>
                </div>
                <ShowChecklist show status />
                <ShowTeam show status />
                <DuplicateShow show status plan_id=ids.get_value().0 />
                <button type="button" class="button danger" on:click=delete>{move || t().delete_show}</button>
            </section>
        </Show>
    }
}

/// The plan's checklist, ticked for this show, each item with its due day.
#[component]
fn ShowChecklist(show: Memo<Option<Show>>, status: Status) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let t = move || i18n.plans();
    let today = clock::today_local();
    let rows = Memo::new(move |_| {
        let show = show.get()?;
        let plan_id = show.plan_id.clone()?;
        state.workspace.with(|ws| {
            let plan = ws.plan(&plan_id)?;
            let day = show.starts_at.date();
            let ready = readiness(&plan.checklist, &show.checklist_done, day, today);
            let items = plan
                .checklist
                .iter()
                .map(|item| {
                    let due = item.due(day);
                    (
                        item.id.clone(),
                        item.category,
                        item.text.clone(),
                        due,
                        show.checklist_done.contains(&item.id),
                        ready.overdue.contains(&item.id),
                    )
                })
                .collect::<Vec<_>>();
            Some((ready.done, ready.total, items))
        })
    });
    let tick = move |item: Id, done: bool| {
        let Some(show_id) = show.with_untracked(|s| s.as_ref().map(|s| s.id.clone())) else {
            return;
        };
        report(
            status,
            state
                .try_change(|ws| ws.tick_checklist(&show_id, &item, done))
                .map(|()| None),
        );
    };
    view! {
        <div class="card checklist-card">
            <h2>{move || t().checklist_for_show}</h2>
            {move || rows.get().map(|(done, total, items)| view! {
                <p class="readiness-summary" class:ok=done == total>
                    {if done == total { t().all_ready.to_owned() } else { (t().readiness)(done, total) }}
                </p>
                <ul class="checklist">
                    {items
                        .into_iter()
                        .map(|(id, category, text, due, ticked, overdue)| view! {
                            <li class:overdue=overdue class:done=ticked>
                                <label>
                                    <input
                                        type="checkbox"
                                        prop:checked=ticked
                                        on:change=move |ev| tick(id.clone(), event_target_checked(&ev))
                                    />
                                    <span class="chip">{(t().checklist_category)(category)}</span>
                                    <span>{text}</span>
                                </label>
                                <span class="due">
                                    {(t().due)(due)}
                                    {overdue.then(|| format!(" · {}", t().overdue_mark))}
                                </span>
                            </li>
                        })
                        .collect_view()}
                </ul>
            })}
        </div>
    }
}

/// Who fills each role in this show, from the plan's team.
#[component]
fn ShowTeam(show: Memo<Option<Show>>, status: Status) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let t = move || i18n.plans();
    let team = Memo::new(move |_| {
        let plan_id = show.with(|s| s.as_ref().and_then(|s| s.plan_id.clone()))?;
        state
            .workspace
            .with(|ws| ws.plan(&plan_id).map(|p| p.team.clone()))
    });
    let assign = move |role: Role, member: Option<Id>| {
        let Some(show_id) = show.with_untracked(|s| s.as_ref().map(|s| s.id.clone())) else {
            return;
        };
        let result = state.try_change(|ws| {
            ws.update_show(&show_id, |s| {
                s.assignments.retain(|a| a.role != role);
                if let Some(member_id) = member {
                    s.assignments.push(Assignment { member_id, role });
                }
            })
        });
        report(status, result.map(|()| None));
    };
    view! {
        <div class="card">
            <h2>{move || t().assignments_heading}</h2>
            <div class="form-grid">
                {ROLES
                    .into_iter()
                    .map(|role| {
                        let current = move || {
                            show.with(|s| {
                                s.as_ref()
                                    .and_then(|s| s.assignments.iter().find(|a| a.role == role))
                                    .map(|a| a.member_id.to_string())
                                    .unwrap_or_default()
                            })
                        };
                        view! {
                            <label class="field">
                                <span class="field-label">{move || (i18n.t().role)(role)}</span>
                                <select on:change=move |ev| {
                                    let value = event_target_value(&ev);
                                    assign(role, Id::new(&value));
                                }>
                                    <option value="" selected=move || current().is_empty()>{move || t().nobody}</option>
                                    {move || team.get().unwrap_or_default()
                                        .into_iter()
                                        .map(|member| {
                                            let value = member.id.to_string();
                                            let selected_value = value.clone();
                                            view! {
                                                <option value=value selected=move || current() == selected_value>
                                                    {member.name}
                                                </option>
                                            }
                                        })
                                        .collect_view()}
                                </select>
                            </label>
                        }
                    })
                    .collect_view()}
            </div>
        </div>
    }
}

/// Copy the show to another day (its script and team come along).
#[component]
fn DuplicateShow(show: Memo<Option<Show>>, status: Status, plan_id: Id) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let t = move || i18n.plans();
    let target = RwSignal::new(None::<NaiveDate>);
    let copy = RwSignal::new(None::<Id>);
    let default_day = move || show.with(|s| s.as_ref().map(|s| s.starts_at.date() + Days::new(7)));
    let plan_id = StoredValue::new(plan_id);
    let duplicate = move |_| {
        let Some((id, time)) =
            show.with_untracked(|s| s.as_ref().map(|s| (s.id.clone(), s.starts_at.time())))
        else {
            return;
        };
        let Some(day) = target.get_untracked().or_else(default_day) else {
            return;
        };
        let result =
            state.try_change(|ws| ws.duplicate_show(&id, day.and_time(time), &mut RandomIds));
        copy.set(result.as_ref().ok().cloned());
        report(status, result.map(|_| Some((t().duplicated)(day))));
    };
    view! {
        <div class="card duplicate-row">
            <Field
                label=Signal::derive(move || t().duplicate_to)
                kind="date"
                value=move || target.get().or_else(default_day).map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default()
                on_commit=move |v: String| target.set(NaiveDate::parse_from_str(&v, "%Y-%m-%d").ok())
            />
            <button type="button" class="button" on:click=duplicate>{move || t().duplicate}</button>
            {move || copy.get().map(|id| view! {
                <A href=show_href(&plan_id.get_value(), &id) attr:class="button">{move || t().open_copy}</A>
            })}
        </div>
    }
}
