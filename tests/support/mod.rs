//! Helpers shared by the browser tests.
#![cfg(target_arch = "wasm32")]

/// Lets queued effects run: waits for a macrotask, after every pending microtask.
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

use wasm_bindgen::JsCast;

/// Mounts the whole app into a fresh element of the test page; keep the
/// returned handle alive for as long as the app should stay mounted.
pub fn mount_app() -> (web_sys::HtmlElement, impl Drop) {
    let document = web_sys::window().unwrap().document().unwrap();
    let host: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&host).unwrap();
    let handle = leptos::mount::mount_to(host.clone(), livedesk::App);
    (host, handle)
}

/// Clicks the first element under `host` matching `selector`.
pub fn click(host: &web_sys::HtmlElement, selector: &str) {
    let element: web_sys::HtmlElement = host
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .unchecked_into();
    element.click();
}
