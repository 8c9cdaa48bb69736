//! The plan's risks (stock, logistics, public opinion, policy) with owner and
//! mitigation, and its emergency plans, which the presenter opens in one tap.

use leptos::prelude::*;
use livedesk_core::model::{Emergency, EmergencyPlan, Id, IdSource, Risk, RiskCategory};

use super::team::ROLES;
use super::{item_ids, EditableList, PlanContext, PlanItem};
use crate::components::choice_select::ChoiceSelect;
use crate::components::fields::{AreaField, Field};
use crate::i18n::use_i18n;
use crate::ids::RandomIds;

const RISK_CATEGORIES: [RiskCategory; 5] = [
    RiskCategory::Stock,
    RiskCategory::Logistics,
    RiskCategory::PublicOpinion,
    RiskCategory::Policy,
    RiskCategory::Other,
];

pub const SITUATIONS: [Emergency; 7] = [
    Emergency::NetworkDrop,
    Emergency::HostileComments,
    Emergency::MisspokenPrice,
    Emergency::AnchorUnwell,
    Emergency::EquipmentFailure,
    Emergency::StockOut,
    Emergency::Other,
];

#[component]
pub fn RisksTab(ctx: PlanContext) -> impl IntoView {
    view! {
        <EmergencyPlans ctx />
        <Risks ctx />
    }
}

#[component]
fn Risks(ctx: PlanContext) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.plans();
    let ids = move || item_ids(ctx, |p| &p.risks, |r| &r.id);
    let add = move || {
        let risk = Risk {
            id: RandomIds.next_id(),
            category: RiskCategory::Other,
            description: String::new(),
            owner: String::new(),
            mitigation: String::new(),
        };
        ctx.update(|p| p.risks.push(risk));
    };
    view! {
        <div class="card">
            <h2>{move || t().risks_heading}</h2>
            <EditableList
                ids
                empty=Signal::derive(move || t().risks_empty)
                add_label=Signal::derive(move || t().add_risk)
                on_add=add
                row=move |id: Id| {
                    let item = PlanItem::new(ctx, id, |p| &p.risks, |p| &mut p.risks, |r| &r.id);
                    view! {
                        <li class="item-row risk-row">
                            <ChoiceSelect
                                field_label=Signal::derive(move || t().category_label)
                                choices=&RISK_CATEGORIES
                                label=move |c| (i18n.plans().risk_category)(c)
                                current=Signal::derive(move || item.value.with(|r| r.as_ref().map(|r| r.category)))
                                on_pick=move |c| if let Some(c) = c { item.change(|r| r.category = c) }
                            />
                            <Field
                                label=Signal::derive(move || t().owner_label)
                                value=item.text(|r| r.owner.clone())
                                on_commit=move |v: String| item.change(|r| r.owner = v.trim().to_owned())
                            />
                            <AreaField
                                label=Signal::derive(move || t().description_label)
                                rows=2
                                class="wide"
                                value=item.text(|r| r.description.clone())
                                on_commit=move |v: String| item.change(|r| r.description = v.trim().to_owned())
                            />
                            <AreaField
                                label=Signal::derive(move || t().mitigation_label)
                                rows=2
                                class="wide"
                                value=item.text(|r| r.mitigation.clone())
                                on_commit=move |v: String| item.change(|r| r.mitigation = v.trim().to_owned())
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

#[component]
fn EmergencyPlans(ctx: PlanContext) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.plans();
    let ids = move || item_ids(ctx, |p| &p.emergency_plans, |e| &e.id);
    let add = move || {
        let plan = EmergencyPlan {
            id: RandomIds.next_id(),
            situation: Emergency::Other,
            action: String::new(),
            owner: None,
        };
        ctx.update(|p| p.emergency_plans.push(plan));
    };
    view! {
        <div class="card">
            <h2>{move || i18n.t().emergency_heading}</h2>
            <p class="hint">{move || t().emergency_hint}</p>
            <EditableList
                ids
                empty=Signal::derive(move || t().emergency_empty)
                add_label=Signal::derive(move || t().add_emergency)
                on_add=add
                row=move |id: Id| {
                    let item = PlanItem::new(ctx, id, |p| &p.emergency_plans, |p| &mut p.emergency_plans, |e| &e.id);
                    view! {
                        <li class="item-row emergency-row">
                            <ChoiceSelect
                                field_label=Signal::derive(move || t().situation_label)
                                choices=&SITUATIONS
                                label=move |s| (i18n.t().situation)(s)
                                current=Signal::derive(move || item.value.with(|e| e.as_ref().map(|e| e.situation)))
                                on_pick=move |s| if let Some(s) = s { item.change(|e| e.situation = s) }
                            />
                            <ChoiceSelect
                                field_label=Signal::derive(move || t().owner_label)
                                choices=&ROLES
                                label=move |r| (i18n.t().role)(r)
                                none_label=Signal::derive(move || t().nobody)
                                current=Signal::derive(move || item.value.with(|e| e.as_ref().and_then(|e| e.owner)))
                                on_pick=move |r| item.change(|e| e.owner = r)
                            />
                            <AreaField
                                label=Signal::derive(move || t().action_label)
                                rows=2
                                class="wide"
                                value=item.text(|e| e.action.clone())
                                on_commit=move |v: String| item.change(|e| e.action = v.trim().to_owned())
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
