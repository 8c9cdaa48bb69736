//! Banners about the user's data (storage blocked or full, unreadable data
//! moved aside, a window's changes set aside), shown above every page until
//! dismissed. What a merge decided has a banner of its own (merge_notice.rs),
//! which only the whole app shows: the presenter merges nothing but timers.

use leptos::prelude::*;

use crate::i18n::use_i18n;
use crate::routes::Section;
use crate::state::{use_app_state, Notice};

/// `on_data_page`: the banners' link to the data page is noise on that page.
#[component]
pub fn Notices(#[prop(into)] on_data_page: Signal<bool>) -> impl IntoView {
    let state = use_app_state();
    view! {
        <div class="notices" aria-live="polite">
            <For
                each=move || {
                    let mut list = state.notices.get();
                    list.retain(|notice| !matches!(notice, Notice::Merged(_)));
                    list
                }
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
                Notice::Merged(_) => String::new(),
                Notice::SetAside(Some(_)) => t.set_aside.to_owned(),
                Notice::SetAside(None) => t.set_aside_lost.to_owned(),
            }
        }
    };
    let dismiss = move |_| state.dismiss(&notice);
    view! {
        <div class="notice" class:notice-severe=severe role=if severe { "alert" } else { "status" }>
            <p class="notice-text">{text}</p>
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
