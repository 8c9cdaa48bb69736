//! A browser that refuses localStorage (private mode, cookies off): nothing
//! panics, saves report `Blocked`, and the app still runs in memory with a
//! banner. Its own test binary, since it breaks localStorage for the page.
#![cfg(target_arch = "wasm32")]

use livedesk::storage::{self, Loaded, StorageFailure};
use livedesk_core::document::Document;
use livedesk_core::model::Workspace;
use wasm_bindgen_test::*;

mod support;
use support::{click, mount_app, next_task};

wasm_bindgen_test_configure!(run_in_browser);

fn block_local_storage() {
    js_sys::eval(
        "Object.defineProperty(window, 'localStorage', { configurable: true, \
         get() { throw new DOMException('blocked for the test', 'SecurityError'); } })",
    )
    .unwrap();
}

#[wasm_bindgen_test]
async fn blocked_storage_degrades_to_memory_with_a_banner() {
    block_local_storage();
    assert!(!storage::is_available());
    assert_eq!(storage::load_workspace(1), Loaded::Blocked);
    let doc = Document::workspace(chrono::Utc::now(), Workspace::default());
    assert_eq!(storage::save_workspace(&doc), Err(StorageFailure::Blocked));
    assert_eq!(storage::load_prefs().lang, livedesk_core::Lang::ZhCn);

    let (host, _handle) = mount_app();

    let notice = host.query_selector(".notice").unwrap().expect("a banner");
    assert!(
        notice.text_content().unwrap().contains("本地存储"),
        "{:?}",
        notice.text_content()
    );
    // The app still works: switching language re-renders the banner in English.
    click(&host, ".lang-switch");
    next_task().await;
    let notice = host.query_selector(".notice").unwrap().unwrap();
    assert!(
        notice.text_content().unwrap().contains("local storage"),
        "{:?}",
        notice.text_content()
    );
}
