//! Banners about the user's data (storage blocked or full, unreadable data
//! moved aside, what a merge with another window's save decided), shown
//! above every page until dismissed.

use leptos::prelude::*;
use livedesk_core::merge::{brief, Clash, Conflict, PutBackError, Step};
use livedesk_core::Lang;

use crate::i18n::{field_label, use_i18n};
use crate::routes::Section;
use crate::state::{use_app_state, Notice};

/// `on_data_page`: the banners' link to the data page is noise on that page.
#[component]
pub fn Notices(#[prop(into)] on_data_page: Signal<bool>) -> impl IntoView {
    let state = use_app_state();
    view! {
        <div class="notices" aria-live="polite">
            <For
                each=move || state.notices.get()
                key=|notice| format!("{notice:?}")
                children=move |notice| view! { <NoticeBanner notice=notice on_data_page /> }
            />
        </div>
    }
}

#[component]
fn NoticeBanner(notice: Notice, on_data_page: Signal<bool>) -> impl IntoView {
    let state = use_app_state();
    let i18n = use_i18n();
    let severe = notice.severe();
    let text = {
        let notice = notice.clone();
        move || {
            let t = &i18n.t().notices;
            match &notice {
                Notice::StorageBlocked => t.blocked.to_owned(),
                Notice::QuotaExceeded => t.quota.to_owned(),
                Notice::WriteFailed(name) => format!("{} ({name})", t.write_failed),
                Notice::Unreadable {
                    error,
                    recovery_kept,
                    restored_backup,
                } => format!(
                    "{}{} {} {}",
                    t.unreadable,
                    error.message(i18n.lang()),
                    if *recovery_kept {
                        t.recovery_kept
                    } else {
                        t.recovery_not_moved
                    },
                    if *restored_backup {
                        t.restored_backup
                    } else {
                        t.started_empty
                    },
                ),
                Notice::NewerVersion => t.newer_version.to_owned(),
                Notice::Merged(_) => t.merged.to_owned(),
                Notice::SetAside(Some(_)) => t.set_aside.to_owned(),
                Notice::SetAside(None) => t.set_aside_lost.to_owned(),
            }
        }
    };
    let conflicts = match &notice {
        Notice::Merged(conflicts) => conflicts.clone(),
        _ => Vec::new(),
    };
    let dismiss = move |_| state.dismiss(&notice);
    view! {
        <div class="notice" class:notice-severe=severe role=if severe { "alert" } else { "status" }>
            <p class="notice-text">{text}</p>
            <Show when={
                let any = !conflicts.is_empty();
                move || any
            }>
                <ul class="notice-conflicts">
                    {conflicts
                        .iter()
                        .cloned()
                        .map(|conflict| view! { <ConflictLine conflict /> })
                        .collect_view()}
                </ul>
            </Show>
            <div class="notice-actions">
                <Show when=move || severe && !on_data_page.get()>
                    <a href=Section::Data.href()>{move || i18n.t().notices.go_to_data}</a>
                </Show>
                <button type="button" class="button" on:click=dismiss>
                    {move || i18n.t().notices.dismiss}
                </button>
            </div>
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
