//! The shell in a real browser: the language choice survives in the real
//! localStorage, and the mounted app switches its words when asked.
#![cfg(target_arch = "wasm32")]

use livedesk::storage::{self, PREFS_KEY};
use livedesk_core::{Lang, Prefs};
use wasm_bindgen_test::*;

mod support;
use support::{click, mount_app, next_task};

wasm_bindgen_test_configure!(run_in_browser);

fn local_storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

#[wasm_bindgen_test]
fn language_choice_is_remembered_in_local_storage() {
    local_storage().clear().unwrap();
    assert_eq!(storage::load_prefs().lang, Lang::ZhCn, "Chinese by default");

    storage::save_prefs(Prefs { lang: Lang::En }).unwrap();
    assert_eq!(
        local_storage().get_item(PREFS_KEY).unwrap().as_deref(),
        Some(r#"{"lang":"en"}"#)
    );
    assert_eq!(storage::load_prefs().lang, Lang::En);
}

#[wasm_bindgen_test]
fn corrupt_preferences_fall_back_to_chinese_without_panicking() {
    local_storage().set_item(PREFS_KEY, "{not json").unwrap();
    assert_eq!(storage::load_prefs().lang, Lang::ZhCn);
    local_storage().clear().unwrap();
}

#[wasm_bindgen_test]
async fn mounted_app_switches_language_and_remembers_it() {
    local_storage().clear().unwrap();
    let document = web_sys::window().unwrap().document().unwrap();
    let (host, handle) = mount_app();

    let nav_text = || {
        host.query_selector(".shell-nav")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap()
    };
    assert!(
        nav_text().contains("工作计划"),
        "nav in Chinese: {}",
        nav_text()
    );
    next_task().await;
    assert_eq!(
        document
            .document_element()
            .unwrap()
            .get_attribute("lang")
            .as_deref(),
        Some("zh-CN")
    );

    click(&host, ".lang-switch");
    // Effects (the <html lang> sync) run on the next microtask.
    next_task().await;

    assert!(
        nav_text().contains("Plans"),
        "nav in English: {}",
        nav_text()
    );
    assert_eq!(
        document
            .document_element()
            .unwrap()
            .get_attribute("lang")
            .as_deref(),
        Some("en")
    );
    assert_eq!(storage::load_prefs().lang, Lang::En);

    drop(handle);
    host.remove();
    local_storage().clear().unwrap();
}
