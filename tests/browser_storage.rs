//! storage.rs against the real localStorage: round trip, unreadable data moved
//! to a recovery key, a newer schema left untouched, a full quota that keeps
//! the last good copy, and backup rotation.
#![cfg(target_arch = "wasm32")]

use chrono::{TimeZone, Utc};
use livedesk::storage::{self, Loaded, StorageFailure, BACKUP_KEYS, WORKSPACE_KEY};
use livedesk_core::document::{Document, Payload, SCHEMA};
use livedesk_core::model::{Product, Workspace};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn local() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// A small, valid document told apart by its warning threshold (keep it ≥ the
/// default danger threshold of 60, or validation refuses it).
fn doc(marker: u32) -> Document {
    let mut ws = Workspace::default();
    ws.settings.warning_seconds = marker;
    Document::workspace(Utc.with_ymd_and_hms(2026, 11, 22, 8, 0, 0).unwrap(), ws)
}

fn marker_of(document: &Document) -> u32 {
    match &document.payload {
        Payload::Workspace(ws) => ws.settings.warning_seconds,
        _ => panic!("not a workspace"),
    }
}

#[wasm_bindgen_test]
fn a_saved_workspace_loads_back_equal() {
    local().clear().unwrap();
    assert_eq!(storage::load_workspace(1), Loaded::Empty);
    storage::save_workspace(&doc(111)).unwrap();
    assert_eq!(storage::load_workspace(1), Loaded::Workspace(doc(111)));
}

#[wasm_bindgen_test]
fn unreadable_data_is_moved_to_a_recovery_key_and_the_newest_good_backup_is_offered() {
    local().clear().unwrap();
    let garbage = r#"{"format":"livedesk","kind":"workspace","schema":1,"sav"#;
    local()
        .set_item(BACKUP_KEYS[0], &doc(222).to_json())
        .unwrap();
    local().set_item(WORKSPACE_KEY, garbage).unwrap();

    let Loaded::Unreadable {
        recovery_key,
        fallback,
        ..
    } = storage::load_workspace(42)
    else {
        panic!("expected Unreadable");
    };
    let key = recovery_key.expect("moved aside");
    assert_eq!(key, "livedesk.recovery.42");
    assert_eq!(
        local().get_item(&key).unwrap().as_deref(),
        Some(garbage),
        "kept byte for byte"
    );
    assert_eq!(local().get_item(WORKSPACE_KEY).unwrap(), None);
    assert_eq!(marker_of(&fallback.expect("backup offered")), 222);
    assert_eq!(
        storage::recovery_copies(),
        vec![(key.clone(), garbage.to_owned())]
    );

    storage::delete_recovery_copy(&key);
    assert!(storage::recovery_copies().is_empty());
}

#[wasm_bindgen_test]
fn a_copy_from_a_newer_version_is_left_untouched() {
    local().clear().unwrap();
    let current = format!("\"schema\": {SCHEMA}");
    let newer = doc(1).to_json().replace(&current, "\"schema\": 99");
    assert_ne!(newer, doc(1).to_json(), "the schema was replaced");
    local().set_item(WORKSPACE_KEY, &newer).unwrap();
    assert!(matches!(storage::load_workspace(7), Loaded::Newer { .. }));
    assert_eq!(
        local().get_item(WORKSPACE_KEY).unwrap().as_deref(),
        Some(newer.as_str())
    );
    assert!(storage::recovery_copies().is_empty());
}

#[wasm_bindgen_test]
fn a_full_quota_refuses_the_write_and_keeps_the_last_good_copy() {
    local().clear().unwrap();
    storage::save_workspace(&doc(333)).unwrap();
    // Fill what is left, in shrinking chunks, until even 64 characters fail.
    let mut chunk = 1 << 20;
    let mut n = 0;
    while chunk >= 64 {
        if local()
            .set_item(&format!("filler.{n}"), &"x".repeat(chunk))
            .is_ok()
        {
            n += 1;
        } else {
            chunk /= 2;
        }
    }
    let mut bigger = Workspace::default();
    bigger.products.push(Product {
        id: livedesk_core::model::Id::new("p").unwrap(),
        name: "大".repeat(150),
        sku: String::new(),
        category: String::new(),
        price: 1.0,
        live_price: 1.0,
        stock: 1,
        margin_rate: 0.5,
        coupon: "券".repeat(4000),
        selling_points: vec![],
        compliance_note: String::new(),
    });
    let result = storage::save_workspace(&Document::workspace(Utc::now(), bigger));
    let after = storage::load_workspace(1);
    local().clear().unwrap();

    assert_eq!(result, Err(StorageFailure::QuotaExceeded));
    let Loaded::Workspace(kept) = after else {
        panic!("last good copy lost: {after:?}")
    };
    assert_eq!(marker_of(&kept), 333);
}

#[wasm_bindgen_test]
fn backups_keep_the_last_three_newest_first() {
    local().clear().unwrap();
    assert!(storage::backups().is_empty());
    for marker in 101..=104 {
        storage::save_workspace(&doc(marker)).unwrap();
        storage::push_backup().unwrap();
    }
    let markers: Vec<u32> = storage::backups()
        .iter()
        .map(|b| marker_of(b.document.as_ref().unwrap()))
        .collect();
    assert_eq!(markers, vec![104, 103, 102]);
    local().clear().unwrap();
}
