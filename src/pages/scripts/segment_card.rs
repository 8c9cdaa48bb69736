//! One segment in the editor: a summary row (time place, kind, title, length,
//! product, findings) that moves by drag or by buttons, and a form that opens
//! beneath it. Fields save when they change; the core checks every edit.

use leptos::html;
use leptos::prelude::*;
use livedesk_core::model::{Cue, CueKind, Id, InteractionKind, Role, Segment};
use livedesk_core::scripts::edit::Edit;
use livedesk_core::scripts::schedule;

use super::checks::finding_text;
use super::editor::{EditorContext, KindSelect};
use crate::components::choice_select::ChoiceSelect;
use crate::i18n::use_i18n;
use crate::state::use_app_state;

const ROLES: [Role; 4] = [
    Role::Anchor,
    Role::AssistantHost,
    Role::FloorControl,
    Role::CustomerService,
];
const INTERACTIONS: [InteractionKind; 4] = [
    InteractionKind::LuckyDraw,
    InteractionKind::QAndA,
    InteractionKind::Vote,
    InteractionKind::LikeGoal,
];
const CUE_KINDS: [CueKind; 5] = [
    CueKind::Explain,
    CueKind::Interact,
    CueKind::CloseSale,
    CueKind::Offer,
    CueKind::Other,
];

/// Where a segment sits: its index, its content and its start offset.
type Slot = Option<(usize, Segment, u64)>;

/// Applies a change to the segment in `place` through the core.
fn replace(ctx: EditorContext, place: Memo<Slot>, change: impl FnOnce(&mut Segment)) {
    if let Some((index, mut segment, _)) = place.get_untracked() {
        change(&mut segment);
        let _ = ctx.edit(Edit::Replace { index, segment });
    }
}

fn lines_of(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

#[component]
pub fn SegmentCard(id: Id, ctx: EditorContext) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.scripts();
    let place_id = id.clone();
    let place: Memo<Slot> = Memo::new(move |_| {
        ctx.segments.with(|segments| {
            let index = segments.iter().position(|s| s.id == place_id)?;
            let start = schedule::offsets(segments)[index];
            Some((index, segments[index].clone(), start))
        })
    });
    let index = move || place.with(|s| s.as_ref().map_or(0, |s| s.0));
    let open_id = id.clone();
    let is_open = Memo::new(move |_| ctx.open.with(|open| open.as_ref() == Some(&open_id)));
    let findings = Memo::new(move |_| {
        let i = index();
        ctx.findings.with(|all| {
            all.iter()
                .filter(|f| f.segment() == Some(i))
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let time_range = move || {
        place.with(|s| {
            let (_, segment, start) = s.as_ref()?;
            let end = start + u64::from(segment.planned_seconds);
            Some(match ctx.starts_at.get() {
                Some(at) => format!(
                    "{}–{}",
                    schedule::time_of_day(at, *start).format("%H:%M"),
                    schedule::time_of_day(at, end).format("%H:%M")
                ),
                None => format!(
                    "{}–{}",
                    schedule::format_offset(*start),
                    schedule::format_offset(end)
                ),
            })
        })
    };
    let field = move |read: fn(&Segment) -> String| {
        move || place.with(|s| s.as_ref().map(|s| read(&s.1)).unwrap_or_default())
    };
    let up_button = NodeRef::<html::Button>::new();
    let down_button = NodeRef::<html::Button>::new();
    let move_by = move |delta: isize, keep_focus: NodeRef<html::Button>| {
        let from = index();
        let len = ctx.segments.with_untracked(Vec::len);
        let Some(to) = from.checked_add_signed(delta).filter(|&to| to < len) else {
            return;
        };
        if ctx.edit(Edit::Move { from, to }).is_ok() {
            // Moving re-inserts the card's node, which drops the focus; the
            // list re-renders after this handler, so focus again on the next frame.
            request_animation_frame(move || {
                if let Some(button) = keep_focus.get_untracked() {
                    let _ = button.focus();
                }
            });
        }
    };
    let toggle_id = id.clone();
    let toggle = move |_| {
        let id = toggle_id.clone();
        ctx.open.update(|open| {
            *open = if open.as_ref() == Some(&id) {
                None
            } else {
                Some(id)
            }
        });
    };
    let product_name = move || {
        let product_id = place.with(|s| s.as_ref().and_then(|s| s.1.product_id.clone()))?;
        use_app_state()
            .workspace
            .with(|ws| ws.product(&product_id).map(|p| p.name.clone()))
    };
    view! {
        <li
            class="segment-card"
            class:open=move || is_open.get()
            class:has-findings=move || !findings.with(Vec::is_empty)
            draggable=move || (!ctx.locked.get()).to_string()
            on:dragstart=move |_| ctx.dragging.set(Some(index()))
            on:dragover=move |ev: leptos::ev::DragEvent| ev.prevent_default()
            on:drop=move |ev: leptos::ev::DragEvent| {
                ev.prevent_default();
                if let Some(from) = ctx.dragging.get_untracked() {
                    ctx.dragging.set(None);
                    let to = index();
                    if from != to {
                        let _ = ctx.edit(Edit::Move { from, to });
                    }
                }
            }
        >
            <div class="segment-row">
                <span class="drag-handle" aria-hidden="true">"⠿"</span>
                <span class="card-number">{move || index() + 1}</span>
                <span class="card-time">{time_range}</span>
                <span class="card-kind">{move || place.with(|s| s.as_ref().map(|s| (i18n.t().segment_kind)(s.1.kind)))}</span>
                <span class="card-title">{move || {
                    let title = field(|s| s.title.clone())();
                    if title.is_empty() { t().untitled.to_owned() } else { title }
                }}</span>
                <span class="card-minutes">{move || place.with(|s| s.as_ref().map(|s| (t().minutes)(s.1.planned_seconds.div_ceil(60))))}</span>
                <span class="card-product muted">{product_name}</span>
                <span class="card-actions">
                    <button type="button" class="button small" aria-expanded=move || is_open.get().to_string() on:click=toggle>
                        {move || if is_open.get() { t().close_segment } else { t().open_segment }}
                    </button>
                    <button
                        type="button"
                        class="button small"
                        node_ref=up_button
                        aria-label=move || format!("{} #{}", t().move_up, index() + 1)
                        title=move || t().move_up
                        disabled=move || ctx.locked.get() || index() == 0
                        on:click=move |_| move_by(-1, up_button)
                    >"↑"</button>
                    <button
                        type="button"
                        class="button small"
                        node_ref=down_button
                        aria-label=move || format!("{} #{}", t().move_down, index() + 1)
                        title=move || t().move_down
                        disabled=move || ctx.locked.get() || index() + 1 == ctx.segments.with(Vec::len)
                        on:click=move |_| move_by(1, down_button)
                    >"↓"</button>
                    <button
                        type="button"
                        class="button small danger"
                        aria-label=move || format!("{} #{}", t().remove_segment, index() + 1)
                        title=move || t().remove_segment
                        disabled=move || ctx.locked.get()
                        on:click=move |_| ctx.remove(index())
                    >"✕"</button>
                </span>
            </div>
            <Show when=move || !findings.with(Vec::is_empty)>
                <ul class="segment-findings">
                    {move || findings.get().iter().map(|f| view! { <li class="finding">{finding_text(f)}</li> }).collect_view()}
                </ul>
            </Show>
            <Show when=move || is_open.get()>
                <SegmentForm ctx place />
            </Show>
        </li>
    }
}

#[component]
fn SegmentForm(ctx: EditorContext, place: Memo<Slot>) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let t = move || i18n.scripts();
    let get = move |read: fn(&Segment) -> String| {
        move || place.with(|s| s.as_ref().map(|s| read(&s.1)).unwrap_or_default())
    };
    // The plan's lineup first, each with its tier, then the rest of the catalogue.
    let products = Memo::new(move |_| {
        let lineup = ctx.lineup.get();
        let tier_of = |id: &Id| lineup.iter().position(|item| &item.product_id == id);
        let mut options: Vec<_> = state.workspace.with(|ws| {
            ws.products
                .iter()
                .map(|p| {
                    let place = tier_of(&p.id);
                    let label = match place {
                        Some(i) => format!("{}（{}）", p.name, (t().tier)(lineup[i].tier)),
                        None => p.name.clone(),
                    };
                    (place.unwrap_or(usize::MAX), p.id.clone(), label)
                })
                .collect()
        });
        options.sort_by_key(|(place, _, _)| *place);
        options
            .into_iter()
            .map(|(_, id, label)| (id, label))
            .collect::<Vec<_>>()
    });
    let product_id = move || place.with(|s| s.as_ref().and_then(|s| s.1.product_id.clone()));
    let product_missing = move || {
        product_id().is_some_and(|id| !products.with(|list| list.iter().any(|(p, _)| *p == id)))
    };
    let kind = Signal::derive(move || {
        place
            .with(|s| s.as_ref().map(|s| s.1.kind))
            .unwrap_or(livedesk_core::model::SegmentKind::Opening)
    });
    view! {
        <div class="segment-form">
            <label class="field">
                <span>{move || t().kind_label}</span>
                <KindSelect value=kind on_pick=move |kind| replace(ctx, place, |s| s.kind = kind) />
            </label>
            <label class="field wide">
                <span>{move || t().title_label}</span>
                <input type="text" class="segment-title-input" maxlength="200" prop:value=get(|s| s.title.clone())
                    on:change=move |ev| replace(ctx, place, |s| s.title = event_target_value(&ev).trim().to_owned()) />
            </label>
            <label class="field">
                <span>{move || t().minutes_label}</span>
                <input type="number" class="segment-minutes-input" min="1" max="240" step="1" inputmode="numeric"
                    prop:value=get(|s| s.planned_seconds.div_ceil(60).to_string())
                    on:change=move |ev| {
                        let minutes = event_target_value(&ev).trim().parse::<u32>().unwrap_or(0);
                        replace(ctx, place, |s| s.planned_seconds = minutes.saturating_mul(60));
                    } />
            </label>
            <label class="field">
                <span>{move || t().product_label}</span>
                <select class="segment-product-input" on:change=move |ev| {
                    let chosen = Id::new(event_target_value(&ev));
                    replace(ctx, place, |s| s.product_id = chosen);
                }>
                    <option value="" selected=move || product_id().is_none()>{move || t().no_product}</option>
                    <Show when=product_missing>
                        <option value=move || product_id().map(|id| id.to_string()).unwrap_or_default() selected=true>
                            {move || t().missing_product}
                        </option>
                    </Show>
                    <For each=move || products.get() key=|p| p.clone() children=move |(id, name)| {
                        let value = id.to_string();
                        view! { <option value=value selected=move || product_id().as_ref() == Some(&id)>{name}</option> }
                    } />
                </select>
            </label>
            <label class="field">
                <span>{move || t().interaction_label}</span>
                <ChoiceSelect
                    choices=&INTERACTIONS
                    label=move |kind| (t().interaction)(kind)
                    current=Signal::derive(move || place.with(|s| s.as_ref().and_then(|s| s.1.interaction)))
                    none_label=Signal::derive(move || t().none)
                    on_pick=move |chosen| replace(ctx, place, |s| s.interaction = chosen)
                />
            </label>
            <label class="field">
                <span>{move || t().owner_label}</span>
                <ChoiceSelect
                    choices=&ROLES
                    label=move |role| (i18n.t().role)(role)
                    current=Signal::derive(move || place.with(|s| s.as_ref().and_then(|s| s.1.owner)))
                    none_label=Signal::derive(move || t().none)
                    on_pick=move |chosen| replace(ctx, place, |s| s.owner = chosen)
                />
            </label>
            <label class="field wide">
                <span>{move || t().offer_label}</span>
                <input type="text" maxlength="5000" prop:value=get(|s| s.offer.clone())
                    on:change=move |ev| replace(ctx, place, |s| s.offer = event_target_value(&ev).trim().to_owned()) />
            </label>
            <label class="field wide">
                <span>{move || t().selling_points_label}</span>
                <textarea rows="3" class="segment-points-input" prop:value=get(|s| s.selling_points.join("\n"))
                    on:change=move |ev| replace(ctx, place, |s| s.selling_points = lines_of(&event_target_value(&ev)))></textarea>
            </label>
            <label class="field wide">
                <span>{move || t().lines_label}</span>
                <textarea rows="4" class="segment-lines-input" prop:value=get(|s| s.lines.join("\n"))
                    on:change=move |ev| replace(ctx, place, |s| s.lines = lines_of(&event_target_value(&ev)))></textarea>
            </label>
            <label class="field wide">
                <span>{move || t().notes_label}</span>
                <textarea rows="2" maxlength="5000" prop:value=get(|s| s.notes.clone())
                    on:change=move |ev| replace(ctx, place, |s| s.notes = event_target_value(&ev).trim().to_owned())></textarea>
            </label>
            <CueEditor ctx place />
        </div>
    }
}

#[component]
fn CueEditor(ctx: EditorContext, place: Memo<Slot>) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.scripts();
    let count = Memo::new(move |_| place.with(|s| s.as_ref().map_or(0, |s| s.1.cues.len())));
    let cue = move |i: usize| place.with(|s| s.as_ref().and_then(|s| s.1.cues.get(i).cloned()));
    let add = move |_| {
        replace(ctx, place, |s| {
            // A minute after the last cue, inside the segment.
            let last = s.cues.last().map_or(0, |c| c.at_seconds + 60);
            let at = last.min(s.planned_seconds.saturating_sub(1));
            s.cues.push(Cue {
                at_seconds: at,
                kind: CueKind::Other,
                label: String::new(),
            });
        })
    };
    let set_cue_kind = move |i: usize, chosen: Option<CueKind>| {
        if let Some(kind) = chosen {
            replace(ctx, place, |s| {
                if let Some(c) = s.cues.get_mut(i) {
                    c.kind = kind;
                }
            });
        }
    };
    view! {
        <fieldset class="cues wide">
            <legend>{move || t().cues_label}</legend>
            <For each=move || 0..count.get() key=|i| *i children=move |i| view! {
                <div class="cue-row">
                    <label class="field narrow">
                        <span>{move || t().cue_at_label}</span>
                        <input type="text" inputmode="numeric" class="cue-at-input"
                            prop:value=move || cue(i).map(|c| schedule::format_cue_at(c.at_seconds)).unwrap_or_default()
                            on:change=move |ev| {
                                match schedule::parse_cue_at(&event_target_value(&ev)) {
                                    Some(at) => replace(ctx, place, |s| if let Some(c) = s.cues.get_mut(i) { c.at_seconds = at }),
                                    None => ctx.status.set(Some((true, t().bad_cue_at.to_owned()))),
                                }
                            } />
                    </label>
                    <label class="field narrow">
                        <span>{move || t().cue_kind_label}</span>
                        <ChoiceSelect
                            choices=&CUE_KINDS
                            label=move |kind| (t().cue_kind)(kind)
                            current=Signal::derive(move || cue(i).map(|c| c.kind))
                            on_pick=move |chosen| set_cue_kind(i, chosen)
                        />
                    </label>
                    <label class="field wide">
                        <span>{move || t().cue_text_label}</span>
                        <input type="text" maxlength="200" prop:value=move || cue(i).map(|c| c.label).unwrap_or_default()
                            on:change=move |ev| replace(ctx, place, |s| if let Some(c) = s.cues.get_mut(i) { c.label = event_target_value(&ev).trim().to_owned() }) />
                    </label>
                    <button type="button" class="button small" aria-label=move || t().remove_cue title=move || t().remove_cue
                        on:click=move |_| replace(ctx, place, |s| { if i < s.cues.len() { s.cues.remove(i); } })>"✕"</button>
                </div>
            } />
            <button type="button" class="button small" on:click=add>{move || t().add_cue}</button>
        </fieldset>
    }
}
