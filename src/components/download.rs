//! Offers text as a file download (exports, recovery copies), without a server.

use wasm_bindgen::JsCast;

/// Starts the browser's download of `text` as `file_name`. Returns false when
/// the browser refused (the caller shows the error).
pub fn download_text(file_name: &str, text: &str) -> bool {
    try_download(file_name, text).is_some()
}

fn try_download(file_name: &str, text: &str) -> Option<()> {
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    // The type follows the name: CSV for spreadsheets, else LiveDesk's JSON.
    options.set_type(if file_name.ends_with(".csv") {
        "text/csv;charset=utf-8"
    } else {
        "application/json"
    });
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let document = web_sys::window()?.document()?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Some(())
}
