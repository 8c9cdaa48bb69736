//! The plan's pre-show checklist template: each show ticks its own copy on
//! its page, and the calendar shows how far each show has got.

use leptos::prelude::*;
use livedesk_core::format::parse_number;
use livedesk_core::model::{ChecklistCategory, ChecklistItem, Id, IdSource};

use super::{item_ids, EditableList, PlanContext, PlanItem};
use crate::components::choice_select::ChoiceSelect;
use crate::components::fields::Field;
use crate::i18n::use_i18n;
use crate::ids::RandomIds;

const CATEGORIES: [ChecklistCategory; 6] = [
    ChecklistCategory::Team,
    ChecklistCategory::Equipment,
    ChecklistCategory::Stock,
    ChecklistCategory::Coupons,
    ChecklistCategory::WarmUp,
    ChecklistCategory::Other,
];

#[component]
pub fn ChecklistTab(ctx: PlanContext) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.plans();
    let ids = move || item_ids(ctx, |p| &p.checklist, |c| &c.id);
    let add = move || {
        let item = ChecklistItem {
            id: RandomIds.next_id(),
            category: ChecklistCategory::Other,
            text: t().new_item_text.to_owned(),
            days_before: 1,
        };
        ctx.update(|p| p.checklist.push(item));
    };
    view! {
        <div class="card">
            <p class="hint">{move || t().checklist_hint}</p>
            <EditableList
                ids
                empty=Signal::derive(move || t().checklist_empty)
                add_label=Signal::derive(move || t().add_item)
                on_add=add
                row=move |id: Id| {
                    let item = PlanItem::new(ctx, id, |p| &p.checklist, |p| &mut p.checklist, |c| &c.id);
                    view! {
                        <li class="item-row checklist-row">
                            <ChoiceSelect
                                field_label=Signal::derive(move || t().category_label)
                                choices=&CATEGORIES
                                label=move |c| (i18n.plans().checklist_category)(c)
                                current=Signal::derive(move || item.value.with(|c| c.as_ref().map(|c| c.category)))
                                on_pick=move |c| if let Some(c) = c { item.change(|i| i.category = c) }
                            />
                            <Field
                                label=Signal::derive(move || t().item_label)
                                class="wide"
                                value=item.text(|c| c.text.clone())
                                on_commit=move |v: String| item.change(|c| c.text = v.trim().to_owned())
                            />
                            <Field
                                label=Signal::derive(move || t().days_before)
                                kind="number"
                                value=item.text(|c| c.days_before.to_string())
                                on_commit=move |v: String| match parse_number(&v) {
                                    Ok(Some(n)) if (0.0..=366.0).contains(&n) => {
                                        item.change(|c| c.days_before = n.round() as u16)
                                    }
                                    _ => ctx.status.set(Some((true, t().not_a_number.to_owned()))),
                                }
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
