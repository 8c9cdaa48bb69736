//! Labelled form fields that commit on `change` (leaving the field or Enter),
//! not on every keystroke: each commit is one checked command on the
//! workspace, and the shown value always comes back from the workspace.

use leptos::prelude::*;

/// A one-line field: `kind` is the input type ("text", "date", "time"…).
/// Numbers use "text" with a decimal keypad, so "5,000" and "¥" are accepted.
#[component]
pub fn Field<V, C>(
    #[prop(into)] label: Signal<&'static str>,
    value: V,
    on_commit: C,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional)] numeric: bool,
    #[prop(optional, into)] disabled: Signal<bool>,
    #[prop(optional)] class: &'static str,
) -> impl IntoView
where
    V: Fn() -> String + Send + Sync + 'static,
    C: Fn(String) + 'static,
{
    view! {
        <label class=format!("field {class}")>
            <span class="field-label">{move || label.get()}</span>
            <input
                type=kind
                inputmode=numeric.then_some("decimal")
                prop:value=value
                disabled=move || disabled.get()
                on:change=move |ev| on_commit(event_target_value(&ev))
            />
        </label>
    }
}

/// A several-line field for notes, lists one item a line, and the like.
#[component]
pub fn AreaField<V, C>(
    #[prop(into)] label: Signal<&'static str>,
    value: V,
    on_commit: C,
    #[prop(default = 3)] rows: u32,
    #[prop(optional)] class: &'static str,
) -> impl IntoView
where
    V: Fn() -> String + Send + Sync + 'static,
    C: Fn(String) + 'static,
{
    view! {
        <label class=format!("field {class}")>
            <span class="field-label">{move || label.get()}</span>
            <textarea rows=rows prop:value=value on:change=move |ev| on_commit(event_target_value(&ev))></textarea>
        </label>
    }
}
