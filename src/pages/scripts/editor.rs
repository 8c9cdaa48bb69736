//! The script editor, for a template (`/scripts/template/:id`) or a show's own
//! copy (`/scripts/show/:id`, with times of day, the plan's lineup checks and
//! "apply a template"). Edits go through the core's commands.

use chrono::NaiveDateTime;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;
use livedesk_core::model::{Id, LineupItem, Segment, SegmentKind};
use livedesk_core::scripts::checks::{self, Context};
use livedesk_core::scripts::edit::{self, Edit, EditError, ScriptRef};
use livedesk_core::scripts::schedule;

use super::checks::ChecksPanel;
use super::segment_card::SegmentCard;
use super::{print_href, ShowTemplatePicker};
use crate::components::choice_select::ChoiceSelect;
use crate::components::status_line::{Status, StatusLine};
use crate::components::undo_bar::{UndoBar, Undoable};
use crate::i18n::use_i18n;
use crate::ids::RandomIds;
use crate::pages::timer::presenter_href;
use crate::routes::Section;
use crate::state::use_app_state;

/// What every part of the editor shares.
#[derive(Clone, Copy)]
pub struct EditorContext {
    pub script: StoredValue<ScriptRef>,
    pub segments: Memo<Vec<Segment>>,
    pub findings: Memo<Vec<checks::Finding>>,
    /// Start of the show, for times of day; templates count from 0:00.
    pub starts_at: Signal<Option<NaiveDateTime>>,
    /// The card whose form is open.
    pub open: RwSignal<Option<Id>>,
    pub status: Status,
    pub undo: RwSignal<Option<Undoable>, LocalStorage>,
    /// The show's timer has started: no adding, removing or reordering.
    pub locked: Signal<bool>,
    /// The show's plan lineup (empty for templates): its products are listed first.
    pub lineup: Signal<Vec<LineupItem>>,
    /// The index of the segment being dragged.
    pub dragging: RwSignal<Option<usize>>,
}

impl EditorContext {
    /// Runs an edit; a refusal is shown in the status line.
    pub fn edit(self, edit: Edit) -> Result<(), EditError> {
        let state = use_app_state();
        let i18n = use_i18n();
        let script = self.script.get_value();
        let result = state.try_change(|ws| ws.edit_script(&script, edit));
        match &result {
            Ok(()) => self.status.set(None),
            Err(e) => self
                .status
                .set(Some((true, (i18n.scripts().edit_error)(e, i18n.lang())))),
        }
        result
    }

    /// Removes a segment, offering to put it back.
    pub fn remove(self, index: usize) {
        let Some(segment) = self.segments.with_untracked(|s| s.get(index).cloned()) else {
            return;
        };
        if self.edit(Edit::Remove { index }).is_ok() {
            let t = use_i18n().scripts();
            let title = if segment.title.is_empty() {
                t.untitled
            } else {
                &segment.title
            };
            let message = (t.segment_removed)(title);
            self.undo.set(Some(Undoable {
                message,
                undo: std::rc::Rc::new(move || {
                    let _ = self.edit(Edit::Insert {
                        at: index,
                        segment: segment.clone(),
                    });
                }),
            }));
        }
    }
}

#[component]
pub fn TemplateEditorPage() -> impl IntoView {
    editor_page(ScriptRef::Template, |id| {
        view! { <TemplateEditor id /> }.into_any()
    })
}

#[component]
pub fn ShowScriptPage() -> impl IntoView {
    editor_page(ScriptRef::Show, |id| {
        view! { <ShowScriptEditor id /> }.into_any()
    })
}

/// The frame of both editors: the way back, and "not found" for an id that
/// names no script (a stale link, or deleted in another tab).
fn editor_page(to_ref: fn(Id) -> ScriptRef, editor: fn(Id) -> AnyView) -> impl IntoView {
    let params = use_params_map();
    let state = use_app_state();
    let i18n = use_i18n();
    let t = move || i18n.scripts();
    let id = move || params.with(|p| p.get("id").and_then(Id::new));
    let exists = move || {
        id().is_some_and(|id| {
            state
                .workspace
                .with(|ws| ws.script_segments(&to_ref(id)).is_some())
        })
    };
    view! {
        <section class="page script-editor" data-section="/scripts">
            <A href=Section::Scripts.href() attr:class="back-link">{move || t().back}</A>
            <Show when=exists fallback=move || view! { <p class="empty-state" role="alert">{move || t().not_found}</p> }>
                {move || id().map(editor)}
            </Show>
        </section>
    }
}

#[component]
fn TemplateEditor(id: Id) -> impl IntoView {
    let state = use_app_state();
    let i18n = use_i18n();
    let t = move || i18n.scripts();
    let status: Status = RwSignal::new(None);
    let name_and_description = {
        let id = id.clone();
        Memo::new(move |_| {
            state.workspace.with(|ws| {
                ws.template(&id)
                    .map(|t| (t.name.clone(), t.description.clone()))
                    .unwrap_or_default()
            })
        })
    };
    let describe = {
        let id = id.clone();
        move |name: Option<String>, description: Option<String>| {
            let (old_name, old_description) = name_and_description.get_untracked();
            let name = name.unwrap_or(old_name);
            let description = description.unwrap_or(old_description);
            let result = state.try_change(|ws| ws.describe_template(&id, name, description));
            status.set(
                result
                    .err()
                    .map(|e| (true, (t().edit_error)(&e, i18n.lang()))),
            );
        }
    };
    let describe_name = describe.clone();
    let script = ScriptRef::Template(id);
    let print = print_href(&script);
    view! {
        <div class="card editor-head">
            <label class="field wide">
                <span>{move || t().name_label}</span>
                <input
                    type="text"
                    class="template-name"
                    maxlength="200"
                    prop:value=move || name_and_description.get().0
                    on:change=move |ev| describe_name(Some(event_target_value(&ev)), None)
                />
            </label>
            <label class="field wide">
                <span>{move || t().description_label}</span>
                <textarea
                    rows="2"
                    maxlength="5000"
                    prop:value=move || name_and_description.get().1
                    on:change=move |ev| describe(None, Some(event_target_value(&ev)))
                ></textarea>
            </label>
            <div class="button-row">
                <A href=print attr:class="button">{move || t().print}</A>
            </div>
        </div>
        <StatusLine status />
        <ScriptEditor script status show_seconds=Signal::derive(|| None) lineup=Signal::derive(Vec::new) starts_at=Signal::derive(|| None) locked=Signal::derive(|| false) />
    }
}

#[component]
fn ShowScriptEditor(id: Id) -> impl IntoView {
    let state = use_app_state();
    let i18n = use_i18n();
    let t = move || i18n.scripts();
    let status: Status = RwSignal::new(None);
    // Title, start, length, lineup, template name, timer started.
    let show = {
        let id = id.clone();
        Memo::new(move |_| {
            state.workspace.with(|ws| {
                let show = ws.show(&id)?;
                let lineup: Vec<LineupItem> = show
                    .plan_id
                    .as_ref()
                    .and_then(|plan_id| ws.plan(plan_id))
                    .map(|plan| plan.lineup.clone())
                    .unwrap_or_default();
                let template = show
                    .script
                    .as_ref()
                    .and_then(|s| s.from_template.as_ref())
                    .and_then(|tid| ws.template(tid))
                    .map(|tpl| tpl.name.clone());
                Some((
                    show.title.clone(),
                    show.starts_at,
                    u64::from(show.planned_minutes) * 60,
                    lineup,
                    template,
                    edit::timer_started(show),
                ))
            })
        })
    };
    let locked = Signal::derive(move || show.get().is_some_and(|s| s.5));
    let script = ScriptRef::Show(id.clone());
    let print = print_href(&script);
    let timer = presenter_href(id.as_str());
    view! {
        <div class="card editor-head">
            <h1>{move || show.get().map(|s| s.0)}</h1>
            <p class="muted">
                {move || show.get().map(|s| s.1.format("%Y-%m-%d %H:%M").to_string())}
                " "
                {move || show.get().and_then(|s| s.4).map(|name| (t().from_template)(&name))}
            </p>
            <div class="button-row">
                <A href=print attr:class="button">{move || t().print}</A>
                <A href=timer attr:class="button">{move || t().open_timer}</A>
            </div>
            <ShowTemplatePicker show_id=id status locked />
        </div>
        <StatusLine status />
        <ScriptEditor
            script
            status
            show_seconds=Signal::derive(move || show.get().map(|s| s.2))
            lineup=Signal::derive(move || show.get().map(|s| s.3).unwrap_or_default())
            starts_at=Signal::derive(move || show.get().map(|s| s.1))
            locked
        />
    }
}

/// The segment list with its checks, shared by both editors.
#[component]
fn ScriptEditor(
    script: ScriptRef,
    status: Status,
    show_seconds: Signal<Option<u64>>,
    lineup: Signal<Vec<LineupItem>>,
    starts_at: Signal<Option<NaiveDateTime>>,
    /// The show's timer has started (never for a template).
    locked: Signal<bool>,
) -> impl IntoView {
    let state = use_app_state();
    let i18n = use_i18n();
    let t = move || i18n.scripts();
    let script_for_memo = script.clone();
    let segments = Memo::new(move |_| {
        state
            .workspace
            .with(|ws| {
                ws.script_segments(&script_for_memo)
                    .map(<[Segment]>::to_vec)
            })
            .unwrap_or_default()
    });
    let findings = Memo::new(move |_| {
        let lineup = lineup.get();
        segments.with(|s| {
            checks::check(
                s,
                Context {
                    show_seconds: show_seconds.get(),
                    lineup: &lineup,
                },
            )
        })
    });
    let ctx = EditorContext {
        script: StoredValue::new(script),
        segments,
        findings,
        starts_at,
        open: RwSignal::new(None),
        status,
        undo: RwSignal::new_local(None),
        locked,
        dragging: RwSignal::new(None),
        lineup,
    };
    let ids =
        Memo::new(move |_| segments.with(|s| s.iter().map(|s| s.id.clone()).collect::<Vec<_>>()));
    let new_kind = RwSignal::new(SegmentKind::Opening);
    let add = move |_| {
        let kind = new_kind.get_untracked();
        let title = (i18n.t().segment_kind)(kind).to_owned();
        let segment = edit::new_segment(kind, title, &mut RandomIds);
        let id = segment.id.clone();
        let at = segments.with_untracked(Vec::len);
        if ctx.edit(Edit::Insert { at, segment }).is_ok() {
            ctx.open.set(Some(id));
        }
    };
    let total = move || {
        let total = schedule::format_offset(segments.with(|s| schedule::total_seconds(s)));
        let show = show_seconds.get().map(schedule::format_offset);
        (t().total)(&total, show.as_deref())
    };
    view! {
        <ChecksPanel ctx />
        <div class="card">
            <div class="card-head">
                <h2>{move || t().segments_heading}</h2>
                <span class="script-total">{total}</span>
            </div>
            <Show when=move || locked.get()>
                <p class="notice-inline" role="note">{move || t().timer_locked}</p>
            </Show>
            <p class="muted">{move || t().reorder_hint}</p>
            <UndoBar pending=ctx.undo undo_label=Signal::derive(move || t().undo) />
            <Show when=move || !ids.with(Vec::is_empty) fallback=move || view! { <p class="empty-state">{move || t().segments_empty}</p> }>
                <ol class="segment-list">
                    <For each=move || ids.get() key=|id| id.clone() children=move |id| view! { <SegmentCard id ctx /> } />
                </ol>
            </Show>
            <div class="add-segment">
                <label class="field">
                    <span>{move || t().kind_label}</span>
                    <KindSelect value=new_kind.into() on_pick=move |kind| new_kind.set(kind) />
                </label>
                <button type="button" class="button primary" on:click=add disabled=move || locked.get()>
                    {move || t().add_segment}
                </button>
            </div>
        </div>
    }
}

/// A select of the segment kinds, in script order.
#[component]
pub fn KindSelect(
    value: Signal<SegmentKind>,
    on_pick: impl Fn(SegmentKind) + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let pick = move |kind: Option<SegmentKind>| {
        if let Some(kind) = kind {
            on_pick(kind);
        }
    };
    view! {
        <ChoiceSelect
            choices=&KINDS
            label=move |kind| (i18n.t().segment_kind)(kind)
            current=Signal::derive(move || Some(value.get()))
            on_pick=pick
        />
    }
}

pub const KINDS: [SegmentKind; 6] = [
    SegmentKind::Opening,
    SegmentKind::ProductExplanation,
    SegmentKind::Interaction,
    SegmentKind::ClosingSale,
    SegmentKind::WrapUp,
    SegmentKind::Break,
];
