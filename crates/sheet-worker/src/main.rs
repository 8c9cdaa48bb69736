//! The spreadsheet worker. Excel reading costs ~250 KB (gzip) of wasm, more
//! than the whole app may weigh on first load, so it lives in its own module
//! that the browser fetches only when someone imports an .xlsx file.
//!
//! Protocol: the worker posts `"ready"` once loaded; then each message of
//! bytes (`Uint8Array`) gets one reply, the JSON of
//! `Result<Sheet, SheetError>` from `livedesk_core::sheet::read_xlsx`.

use wasm_bindgen::prelude::*;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

fn main() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let replies = scope.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        let bytes = js_sys::Uint8Array::new(&event.data()).to_vec();
        let result = livedesk_core::sheet::read_xlsx(&bytes);
        // Sheet and SheetError are plain strings and numbers: this cannot fail.
        let json = serde_json::to_string(&result).unwrap_or_default();
        let _ = replies.post_message(&JsValue::from_str(&json));
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The handler lives as long as the worker.
    on_message.forget();
    let _ = scope.post_message(&JsValue::from_str("ready"));
}
