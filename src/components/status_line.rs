//! A line under a page heading saying what just happened or what went wrong,
//! so a refused change is never silent.

use leptos::prelude::*;

/// A line under the page heading: what just happened, or what went wrong.
pub type Status = RwSignal<Option<(bool, String)>>;

#[component]
pub fn StatusLine(status: Status) -> impl IntoView {
    move || {
        status.get().map(|(failed, text)| {
            if failed {
                view! { <p class="error" role="alert">{text}</p> }.into_any()
            } else {
                view! { <p class="ok" role="status">{text}</p> }.into_any()
            }
        })
    }
}
