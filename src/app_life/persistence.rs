//! Asks the browser to keep LiveDesk's data under storage pressure
//! (`navigator.storage.persist()`), and keeps its answer for the data page,
//! which pairs it with a reminder to export.

use js_sys::Reflect;
use leptos::prelude::*;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

/// The browser's answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Persistence {
    /// Not known yet, or the browser has no storage manager.
    Unknown,
    /// Kept even when space runs low.
    Persistent,
    /// May be cleared when space runs low.
    BestEffort,
}

pub fn use_persistence() -> ReadSignal<Persistence> {
    expect_context::<ReadSignal<Persistence>>()
}

pub(super) fn provide() {
    let (answer, set_answer) = signal(Persistence::Unknown);
    provide_context(answer);
    let navigator = window().navigator();
    if !Reflect::has(&navigator, &"storage".into()).unwrap_or(false) {
        return;
    }
    let storage = navigator.storage();
    wasm_bindgen_futures::spawn_local(async move {
        // Asking again once granted would be a no-op; `persisted` says so first.
        let granted = match answer_of(storage.persisted()).await {
            Some(true) => Some(true),
            _ => answer_of(storage.persist()).await,
        };
        set_answer.set(match granted {
            Some(true) => Persistence::Persistent,
            Some(false) => Persistence::BestEffort,
            None => Persistence::Unknown,
        });
    });
}

async fn answer_of(promise: Result<js_sys::Promise, JsValue>) -> Option<bool> {
    JsFuture::from(promise.ok()?).await.ok()?.as_bool()
}
