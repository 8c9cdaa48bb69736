//! The presenter's quick read of the stored copy: what the app writes reads
//! quickly, as the full read reads it; anything it must not take on trust
//! (older schema, newer schema, other kinds) goes to the full read.

use chrono::NaiveDate;
use livedesk_core::document::{Document, Kind, QuickRead, SCHEMA};
use livedesk_core::model::SequentialIds;
use livedesk_core::problem::ReadError;
use livedesk_core::{samples, Lang};
use serde_json::Value;

const WORKSPACE_V1: &str = include_str!("fixtures/v1/workspace.livedesk.json");
const WORKSPACE_V3: &str = include_str!("fixtures/v3/workspace.livedesk.json");
const PLAN_V3: &str = include_str!("fixtures/v3/plan.livedesk.json");

fn stored_sample(lang: Lang) -> Document {
    let today = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    let workspace = samples::first_run_workspace(lang, today, &mut SequentialIds::new("q"));
    let saved_at = "2026-12-01T08:00:00Z".parse().unwrap();
    Document::workspace(saved_at, workspace)
}

#[test]
fn what_the_app_stores_reads_quickly_as_the_full_read_reads_it() {
    for lang in Lang::ALL {
        let document = stored_sample(lang);
        let text = document.to_json();
        assert_eq!(
            Document::read_workspace_quickly(&text),
            QuickRead::Read(document.clone())
        );
        assert_eq!(Document::read(&text), Ok(document));
    }
    let QuickRead::Read(fixture) = Document::read_workspace_quickly(WORKSPACE_V3) else {
        panic!("the current-schema fixture reads quickly");
    };
    assert_eq!(Document::read(WORKSPACE_V3), Ok(fixture));
}

#[test]
fn an_older_schema_is_left_to_the_full_read_which_migrates_it() {
    assert_eq!(
        Document::read_workspace_quickly(WORKSPACE_V1),
        QuickRead::Explain
    );
    assert!(Document::read_kind(WORKSPACE_V1, Kind::Workspace).is_ok());
}

#[test]
fn a_newer_schema_is_named_so_nothing_overwrites_it() {
    let mut newer: Value = serde_json::from_str(WORKSPACE_V3).unwrap();
    newer["schema"] = 7.into();
    newer["data"]["something_new"] = "from the future".into();
    let text = newer.to_string();
    assert_eq!(
        Document::read_workspace_quickly(&text),
        QuickRead::Newer { found: 7 }
    );
    assert_eq!(
        Document::read_kind(&text, Kind::Workspace),
        Err(ReadError::NewerSchema {
            found: 7,
            supported: SCHEMA
        })
    );
}

#[test]
fn another_kind_or_a_broken_copy_goes_to_the_full_read() {
    assert_eq!(
        Document::read_workspace_quickly(PLAN_V3),
        QuickRead::Explain
    );
    let cut = &WORKSPACE_V3[..WORKSPACE_V3.len() / 2];
    assert_eq!(Document::read_workspace_quickly(cut), QuickRead::Explain);
    assert!(matches!(
        Document::read_kind(cut, Kind::Workspace),
        Err(ReadError::NotJson { .. })
    ));
    // Valid JSON in the current schema that breaks a range rule.
    let mut negative: Value = serde_json::from_str(WORKSPACE_V3).unwrap();
    negative["data"]["products"][0]["price"] = (-1).into();
    let text = negative.to_string();
    assert_eq!(Document::read_workspace_quickly(&text), QuickRead::Explain);
    assert!(matches!(
        Document::read_kind(&text, Kind::Workspace),
        Err(ReadError::Invalid(_))
    ));
}
