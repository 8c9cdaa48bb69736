//! The plan's team: who they are, their role and how to reach them. Shows
//! assign these people to roles on their own page.

use leptos::prelude::*;
use livedesk_core::model::{Id, IdSource, Role, TeamMember};

use super::{item_ids, EditableList, PlanContext, PlanItem};
use crate::components::choice_select::ChoiceSelect;
use crate::components::fields::Field;
use crate::i18n::use_i18n;
use crate::ids::RandomIds;

pub const ROLES: [Role; 4] = [
    Role::Anchor,
    Role::AssistantHost,
    Role::FloorControl,
    Role::CustomerService,
];

fn member(ctx: PlanContext, id: Id) -> PlanItem<TeamMember> {
    PlanItem::new(ctx, id, |p| &p.team, |p| &mut p.team, |m| &m.id)
}

#[component]
pub fn TeamTab(ctx: PlanContext) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.plans();
    let ids = move || item_ids(ctx, |p| &p.team, |m| &m.id);
    let add = move || {
        let member = TeamMember {
            id: RandomIds.next_id(),
            name: t().new_member_name.to_owned(),
            role: Role::Anchor,
            contact: String::new(),
        };
        ctx.update(|p| p.team.push(member));
    };
    view! {
        <div class="card">
            <EditableList
                ids
                empty=Signal::derive(move || t().team_empty)
                add_label=Signal::derive(move || t().add_member)
                on_add=add
                row=move |id: Id| {
                    let item = member(ctx, id);
                    view! {
                        <li class="item-row">
                            <Field
                                label=Signal::derive(move || t().name_label)
                                value=item.text(|m| m.name.clone())
                                on_commit=move |v: String| item.change(|m| m.name = v.trim().to_owned())
                            />
                            <ChoiceSelect
                                field_label=Signal::derive(move || t().role_label)
                                choices=&ROLES
                                label=move |r| (i18n.t().role)(r)
                                current=Signal::derive(move || item.value.with(|m| m.as_ref().map(|m| m.role)))
                                on_pick=move |r| if let Some(r) = r { item.change(|m| m.role = r) }
                            />
                            <Field
                                label=Signal::derive(move || t().contact_label)
                                value=item.text(|m| m.contact.clone())
                                on_commit=move |v: String| item.change(|m| m.contact = v.trim().to_owned())
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
