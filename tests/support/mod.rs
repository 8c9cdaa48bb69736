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
