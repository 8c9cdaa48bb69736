//! The plan's budget: lines in the four categories with planned and spent
//! amounts, totals per category, and what a show costs.

use leptos::prelude::*;
use livedesk_core::format::{self, parse_number};
use livedesk_core::model::{BudgetCategory, BudgetLine, Id, IdSource};
use livedesk_core::plans::budget::{summary, CATEGORIES};
use livedesk_core::plans::edit::on_air;

use super::{item_ids, EditableList, PlanContext, PlanItem};
use crate::components::choice_select::ChoiceSelect;
use crate::components::fields::Field;
use crate::i18n::use_i18n;
use crate::ids::RandomIds;
use crate::state::use_app_state;

#[component]
pub fn BudgetTab(ctx: PlanContext) -> impl IntoView {
    view! {
        <BudgetSummary ctx />
        <BudgetLines ctx />
    }
}

#[component]
fn BudgetSummary(ctx: PlanContext) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let t = move || i18n.plans();
    let totals = Memo::new(move |_| {
        let id = ctx.id.get_value();
        let (scheduled, held) = state.workspace.with(|ws| {
            let shows = ws.plan_shows(&id);
            (shows.len(), shows.iter().filter(|s| on_air(s)).count())
        });
        let budget = ctx.read(|p| p.budget.clone());
        (summary(&budget, scheduled, held), scheduled, held)
    });
    view! {
        <div class="card budget-summary">
            <table class="figures">
                <thead>
                    <tr>
                        <th scope="col"></th>
                        <th scope="col">{move || t().planned}</th>
                        <th scope="col">{move || t().spent}</th>
                        <th scope="col">{move || t().remaining}</th>
                    </tr>
                </thead>
                <tbody>
                    {move || {
                        let (sum, _, _) = totals.get();
                        let row = move |label: String, a: livedesk_core::plans::budget::Amounts, total: bool| view! {
                            <tr class:total=total class:over=a.over()>
                                <th scope="row">{label}</th>
                                <td>{format::money(a.planned)}</td>
                                <td>{format::money(a.spent)}</td>
                                <td>
                                    {format::money(a.remaining())}
                                    {a.over().then(|| format!(" · {}", t().over_budget))}
                                </td>
                            </tr>
                        };
                        sum.by_category
                            .into_iter()
                            .map(|(category, amounts)| row((t().budget_category)(category).to_owned(), amounts, false))
                            .chain(std::iter::once(row(t().total.to_owned(), sum.total, true)))
                            .collect_view()
                    }}
                </tbody>
            </table>
            {move || {
                let (sum, scheduled, held) = totals.get();
                view! {
                    {sum.planned_per_show.map(|v| view! { <p>{(t().planned_per_show)(&format::money(v), scheduled)}</p> })}
                    {sum.spent_per_held_show.map(|v| view! { <p>{(t().spent_per_show)(&format::money(v), held)}</p> })}
                }
            }}
        </div>
    }
}

#[component]
fn BudgetLines(ctx: PlanContext) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.plans();
    let ids = move || item_ids(ctx, |p| &p.budget, |b| &b.id);
    let add = move || {
        let line = BudgetLine {
            id: RandomIds.next_id(),
            category: BudgetCategory::Traffic,
            item: t().new_budget_item.to_owned(),
            planned: 0.0,
            spent: 0.0,
        };
        ctx.update(|p| p.budget.push(line));
    };
    let money_commit = move |item: PlanItem<BudgetLine>, set: fn(&mut BudgetLine, f64)| {
        move |v: String| match parse_number(&v) {
            Ok(value) => item.change(|b| set(b, value.unwrap_or(0.0))),
            Err(_) => ctx.status.set(Some((true, t().not_a_number.to_owned()))),
        }
    };
    view! {
        <div class="card">
            <EditableList
                ids
                empty=Signal::derive(move || t().budget_empty)
                add_label=Signal::derive(move || t().add_budget_line)
                on_add=add
                row=move |id: Id| {
                    let item = PlanItem::new(ctx, id, |p| &p.budget, |p| &mut p.budget, |b| &b.id);
                    view! {
                        <li class="item-row budget-row">
                            <ChoiceSelect
                                field_label=Signal::derive(move || t().category_label)
                                choices=&CATEGORIES
                                label=move |c| (i18n.plans().budget_category)(c)
                                current=Signal::derive(move || item.value.with(|b| b.as_ref().map(|b| b.category)))
                                on_pick=move |c| if let Some(c) = c { item.change(|b| b.category = c) }
                            />
                            <Field
                                label=Signal::derive(move || t().budget_item)
                                class="wide"
                                value=item.text(|b| b.item.clone())
                                on_commit=move |v: String| item.change(|b| b.item = v.trim().to_owned())
                            />
                            <Field
                                label=Signal::derive(move || t().planned)
                                numeric=true
                                value=item.text(|b| format::plain(b.planned))
                                on_commit=money_commit(item, |b, v| b.planned = v)
                            />
                            <Field
                                label=Signal::derive(move || t().spent)
                                numeric=true
                                value=item.text(|b| format::plain(b.spent))
                                on_commit=money_commit(item, |b, v| b.spent = v)
                            />
                            <button type="button" class="button small danger" on:click=move |_| item.remove()>
                                {move || t().remove}
                            </button>
                        </li>
                    }
                }
            />
        </div>
    }
}
