//! The file a user just chose in an `<input type="file">`.

use wasm_bindgen::JsCast;

/// Takes the chosen file from the input's `change` event and clears the input,
/// so that choosing the same file again fires `change` again.
pub fn take_chosen_file(ev: &leptos::ev::Event) -> Option<web_sys::File> {
    let input = ev.target()?.dyn_into::<web_sys::HtmlInputElement>().ok()?;
    let file = input.files().and_then(|files| files.get(0));
    input.set_value("");
    file
}
