//! The plan's three-tier lineup: each product's tier and expected sales per
//! show beside its catalogue details (prices, stock, margin, offer, selling
//! points, compliance), with what the lineup lacks flagged above it.

use leptos::prelude::*;
use livedesk_core::format::{self, parse_number};
use livedesk_core::model::{Id, IdSource, LineupItem, Product, Tier};
use livedesk_core::plans::lineup::warnings;

use super::{item_ids, report, PlanContext, PlanItem};
use crate::components::choice_select::ChoiceSelect;
use crate::components::fields::{AreaField, Field};
use crate::i18n::use_i18n;
use crate::ids::RandomIds;
use crate::state::use_app_state;

const TIERS: [Tier; 3] = [Tier::TrafficDriver, Tier::Profit, Tier::Strategic];

#[component]
pub fn LineupTab(ctx: PlanContext) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let t = move || i18n.plans();
    let ids = move || item_ids(ctx, |p| &p.lineup, |item| &item.product_id);
    let found = Memo::new(move |_| {
        let lineup = ctx.read(|p| p.lineup.clone());
        state.workspace.with(|ws| {
            warnings(&lineup, &ws.products)
                .into_iter()
                .map(|w| {
                    let name = match &w {
                        livedesk_core::plans::lineup::LineupWarning::StockBelowOneShow {
                            product_id,
                            ..
                        } => ws
                            .product(product_id)
                            .map(|p| p.name.clone())
                            .unwrap_or_default(),
                        _ => String::new(),
                    };
                    (w, name)
                })
                .collect::<Vec<_>>()
        })
    });
    let choices = Memo::new(move |_| {
        let taken = ids();
        state.workspace.with(|ws| {
            ws.products
                .iter()
                .filter(|p| !taken.contains(&p.id))
                .map(|p| (p.id.clone(), p.name.clone()))
                .collect::<Vec<_>>()
        })
    });
    let add = move |product_id: Id| {
        ctx.update(|p| {
            p.lineup.push(LineupItem {
                product_id,
                tier: Tier::Profit,
                expected_units_per_show: 0,
            })
        });
    };
    let new_product = move |_| {
        let product = Product {
            id: RandomIds.next_id(),
            name: t().new_product_name.to_owned(),
            sku: String::new(),
            category: String::new(),
            price: 0.0,
            live_price: 0.0,
            stock: 0,
            margin_rate: 0.0,
            coupon: String::new(),
            selling_points: Vec::new(),
            compliance_note: String::new(),
        };
        let id = product.id.clone();
        if report(
            ctx.status,
            state
                .try_change(|ws| ws.add_product(product))
                .map(|()| None),
        ) {
            add(id);
        }
    };
    view! {
        <div class="lineup">
            <p class="hint">{move || t().lineup_hint}</p>
            <div class="card lineup-warnings" data-testid="lineup-warnings">
                {move || {
                    let list = found.get();
                    if list.is_empty() {
                        view! { <p class="ok">{t().lineup_ok}</p> }.into_any()
                    } else {
                        view! {
                            <ul class="warnings">
                                {list.into_iter().map(|(w, name)| view! { <li class="warn">{(t().lineup_warning)(&w, &name)}</li> }).collect_view()}
                            </ul>
                        }
                        .into_any()
                    }
                }}
            </div>
            <Show when=move || !ids().is_empty() fallback=move || view! { <p class="muted">{t().lineup_empty}</p> }>
                <ul class="item-list">
                    <For each=ids key=|id| id.clone() let:id>
                        <LineupRow ctx product_id=id />
                    </For>
                </ul>
            </Show>
            <div class="row-actions">
                <select
                    aria-label=move || t().add_to_lineup
                    on:change=move |ev| {
                        if let Some(id) = Id::new(event_target_value(&ev)) {
                            add(id);
                        }
                    }
                >
                    <option value="" selected>{move || t().pick_product}</option>
                    {move || choices.get().into_iter().map(|(id, name)| view! { <option value=id.to_string()>{name}</option> }).collect_view()}
                </select>
                <button type="button" class="button" on:click=new_product>{move || t().new_product}</button>
            </div>
        </div>
    }
}

#[component]
fn LineupRow(ctx: PlanContext, product_id: Id) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let t = move || i18n.plans();
    let item = PlanItem::new(
        ctx,
        product_id.clone(),
        |p| &p.lineup,
        |p| &mut p.lineup,
        |i| &i.product_id,
    );
    let id = StoredValue::new(product_id);
    let product = Memo::new(move |_| {
        state
            .workspace
            .with(|ws| ws.product(&id.get_value()).cloned())
    });
    let read = move |f: fn(&Product) -> String| {
        move || product.with(|p| p.as_ref().map(f).unwrap_or_default())
    };
    let change = move |f: Box<dyn FnOnce(&mut Product)>| {
        let id = id.get_value();
        report(
            ctx.status,
            state
                .try_change(|ws| ws.update_product(&id, f))
                .map(|()| None),
        );
    };
    let number = move |set: fn(&mut Product, f64)| {
        move |v: String| match parse_number(&v) {
            Ok(value) => change(Box::new(move |p| set(p, value.unwrap_or(0.0)))),
            Err(_) => ctx.status.set(Some((true, t().not_a_number.to_owned()))),
        }
    };
    view! {
        <li class="card lineup-row">
            <div class="form-grid">
                <Field
                    label=Signal::derive(move || t().product_label)
                    value=read(|p| p.name.clone())
                    on_commit=move |v: String| change(Box::new(move |p| p.name = v.trim().to_owned()))
                />
                <ChoiceSelect
                    field_label=Signal::derive(move || t().tier_label)
                    choices=&TIERS
                    label=move |tier| (i18n.scripts().tier)(tier)
                    current=Signal::derive(move || item.value.with(|i| i.as_ref().map(|i| i.tier)))
                    on_pick=move |tier| if let Some(tier) = tier { item.change(|i| i.tier = tier) }
                />
                <Field
                    label=Signal::derive(move || t().expected_units)
                    numeric=true
                    value=item.text(|i| i.expected_units_per_show.to_string())
                    on_commit=move |v: String| match parse_number(&v) {
                        Ok(n) => item.change(|i| i.expected_units_per_show = n.unwrap_or(0.0).round().max(0.0) as u64),
                        Err(_) => ctx.status.set(Some((true, t().not_a_number.to_owned()))),
                    }
                />
                <Field
                    label=Signal::derive(move || t().stock)
                    numeric=true
                    value=read(|p| p.stock.to_string())
                    on_commit=number(|p, v| p.stock = v.round().max(0.0) as u64)
                />
                <Field
                    label=Signal::derive(move || t().price)
                    numeric=true
                    value=read(|p| format::plain(p.price))
                    on_commit=number(|p, v| p.price = v)
                />
                <Field
                    label=Signal::derive(move || t().live_price)
                    numeric=true
                    value=read(|p| format::plain(p.live_price))
                    on_commit=number(|p, v| p.live_price = v)
                />
                <Field
                    label=Signal::derive(move || t().margin)
                    numeric=true
                    value=read(|p| format::plain(p.margin_rate * 100.0))
                    on_commit=number(|p, v| p.margin_rate = v / 100.0)
                />
                <Field
                    label=Signal::derive(move || t().coupon)
                    value=read(|p| p.coupon.clone())
                    on_commit=move |v: String| change(Box::new(move |p| p.coupon = v.trim().to_owned()))
                />
            </div>
            <div class="form-grid">
                <AreaField
                    label=Signal::derive(move || t().selling_points)
                    value=read(|p| p.selling_points.join("\n"))
                    on_commit=move |v: String| change(Box::new(move |p| p.selling_points = format::list_lines(&v)))
                />
                <AreaField
                    label=Signal::derive(move || t().compliance)
                    value=read(|p| p.compliance_note.clone())
                    on_commit=move |v: String| change(Box::new(move |p| p.compliance_note = v.trim().to_owned()))
                />
            </div>
            <button type="button" class="button small danger" on:click=move |_| item.remove()>{move || t().remove}</button>
        </li>
    }
}
