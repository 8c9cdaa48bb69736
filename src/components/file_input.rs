//! Choosing a file: a button-styled label around a hidden `<input type="file">`,
//! which keeps the native picker (and its keyboard access) with the app's look.

use leptos::prelude::*;
use livedesk_core::limits::MAX_FILE_BYTES;
use livedesk_core::problem::ReadError;
use wasm_bindgen::JsCast;

/// What a file button accepts, as the `accept` attribute lists it.
pub const JSON_FILES: &str = ".json,application/json";
pub const SHEET_FILES: &str =
    ".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
pub const JSON_OR_SHEET_FILES: &str = ".json,.csv,.xlsx,application/json,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// A button that opens the file picker and hands over the chosen file.
#[component]
pub fn FileButton(
    /// The button's text.
    label: Signal<&'static str>,
    /// The `accept` list, e.g. [`JSON_FILES`].
    accept: &'static str,
    /// The page's main action (a filled button) or a secondary one.
    #[prop(optional)]
    primary: bool,
    /// Called with each chosen file.
    on_file: impl Fn(web_sys::File) + 'static,
) -> impl IntoView {
    view! {
        <label class="button file-button" class:primary=primary>
            {label}
            <input
                type="file"
                accept=accept
                class="visually-hidden"
                on:change=move |ev| {
                    if let Some(file) = take_chosen_file(&ev) {
                        on_file(file);
                    }
                }
            />
        </label>
    }
}

/// Why a chosen file is refused before it is read: over the size every import
/// accepts. None when it may be read.
pub fn too_large(file: &web_sys::File) -> Option<ReadError> {
    let bytes = file.size() as usize;
    (bytes > MAX_FILE_BYTES).then_some(ReadError::TooLarge {
        bytes,
        limit: MAX_FILE_BYTES,
    })
}

/// Takes the chosen file from the input's `change` event and clears the input,
/// so that choosing the same file again fires `change` again.
fn take_chosen_file(ev: &leptos::ev::Event) -> Option<web_sys::File> {
    let input = ev.target()?.dyn_into::<web_sys::HtmlInputElement>().ok()?;
    let file = input.files().and_then(|files| files.get(0));
    input.set_value("");
    file
}
