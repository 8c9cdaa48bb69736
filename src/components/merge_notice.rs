//! The banner of a merge with another window's save that met the same
//! field changed in both: one line per conflict (where, yours, what was
//! kept) with a button that puts yours back. Only the whole app shows it; it
//! carries the code that puts a value back, which the presenter's own wasm
//! does without.

use leptos::prelude::*;
use livedesk_core::merge::{brief, Clash, Conflict, PutBackError, Step};
use livedesk_core::Lang;

use crate::i18n::{field_label, use_i18n};
use crate::state::{use_app_state, Notice};

#[component]
pub fn MergeNotice() -> impl IntoView {
    let state = use_app_state();
    let i18n = use_i18n();
    let conflicts = move || {
        state.notices.with(|list| {
            list.iter().find_map(|notice| match notice {
                Notice::Merged(conflicts) => Some(conflicts.clone()),
                _ => None,
            })
        })
    };
    let dismiss = move |_| {
        state
            .notices
            .update(|list| list.retain(|n| !matches!(n, Notice::Merged(_))));
    };
    view! {
        <div class="notices" aria-live="polite">
        <Show when=move || conflicts().is_some()>
            <div class="notice" role="status">
                <p class="notice-text">{move || i18n.t().notices.merged}</p>
                <div class="notice-actions">
                    <button type="button" class="button" on:click=dismiss>
                        {move || i18n.t().notices.dismiss}
                    </button>
                </div>
                <ul class="notice-conflicts">
                    <For
                        each=move || conflicts().unwrap_or_default()
                        key=|conflict| format!("{conflict:?}")
                        children=|conflict| view! { <ConflictLine conflict /> }
                    />
                </ul>
            </div>
        </Show>
        </div>
    }
}

/// One conflict of a merge: where, what was yours and what was kept, and a
/// button that puts yours back.
#[component]
fn ConflictLine(conflict: Conflict) -> impl IntoView {
    let state = use_app_state();
    let i18n = use_i18n();
    let failed = RwSignal::new(None::<PutBackError>);
    let can_put_back = conflict.can_put_back();
    let text = {
        let conflict = conflict.clone();
        move || {
            let t = &i18n.t().notices;
            let place = describe_path(&conflict, i18n.lang());
            match &conflict.clash {
                Clash::Replaced { mine, kept } => format!(
                    "{place}: {} «{}» → {} «{}»",
                    t.yours,
                    brief(mine),
                    t.kept,
                    brief(kept)
                ),
                Clash::Reordered { .. } => format!("{place}: {}", t.reordered),
                Clash::KeptEdited { deleted_here: true } => {
                    format!("{place}: {}", t.kept_deleted_here)
                }
                Clash::KeptEdited {
                    deleted_here: false,
                } => {
                    format!("{place}: {}", t.kept_deleted_there)
                }
            }
        }
    };
    let put_back = {
        let conflict = conflict.clone();
        move |_| {
            if let Err(why) = state.put_back(&conflict) {
                failed.set(Some(why));
            }
        }
    };
    let failure = move || {
        let t = &i18n.t().notices;
        failed.get().map(|why| match why {
            PutBackError::Invalid(error) => {
                format!("{}{}", t.put_back_invalid, error.message(i18n.lang()))
            }
            PutBackError::Gone | PutBackError::NothingToPutBack => t.put_back_gone.to_owned(),
        })
    };
    view! {
        <li class="notice-conflict">
            <span>{text}</span>
            <Show when=move || can_put_back>
                <button type="button" class="button" on:click=put_back.clone()>
                    {move || i18n.t().notices.put_back}
                </button>
            </Show>
            <span class="notice-conflict-error" role="alert">{failure}</span>
        </li>
    }
}

/// Where a conflict is, as a person reads it: each list with the name of
/// its item, then the field (`工作计划「一月」 › 名称`, `plan “January” › name`).
fn describe_path(conflict: &Conflict, lang: Lang) -> String {
    let quoted = |label: &str| match lang {
        Lang::ZhCn => format!("「{label}」"),
        Lang::En => format!(" “{label}”"),
    };
    let mut parts: Vec<String> = Vec::new();
    let mut steps = conflict.path.iter().peekable();
    while let Some(step) = steps.next() {
        match (step, steps.peek()) {
            (Step::Field(list), Some(Step::Item { label, .. })) => {
                parts.push(format!("{}{}", field_label(list, lang), quoted(label)));
                steps.next();
            }
            (Step::Field(field), _) => parts.push(field_label(field, lang).to_owned()),
            (Step::Item { label, .. }, _) => parts.push(quoted(label)),
        }
    }
    parts.join(" › ")
}
