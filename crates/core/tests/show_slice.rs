//! The presenter's read of one show from the stored copy, and its write of
//! that show's timer back into it: the slice is what the full read gives for
//! those items, and the write changes that timer and the save time, nothing else.

use chrono::{DateTime, NaiveDate, Utc};
use livedesk_core::document::{Document, Payload, QuickRead, Revision, Unwritable};
use livedesk_core::model::{Id, SequentialIds, Workspace};
use livedesk_core::timer::{Command, TimerState};
use livedesk_core::{samples, Lang};
use serde_json::Value;

const WORKSPACE_V1: &str = include_str!("fixtures/v1/workspace.livedesk.json");
const WORKSPACE_V3: &str = include_str!("fixtures/v3/workspace.livedesk.json");
const PLAN_V3: &str = include_str!("fixtures/v3/plan.livedesk.json");

/// The revision a presenter's timer save is written as.
fn revision() -> Revision {
    Revision::after(id("rev-presenter-1"), None)
}

fn id(text: &str) -> Id {
    Id::new(text).unwrap()
}

fn later() -> DateTime<Utc> {
    "2026-12-04T12:30:00Z".parse().unwrap()
}

fn full(text: &str) -> Workspace {
    match Document::read(text).unwrap().payload {
        Payload::Workspace(ws) => ws,
        other => panic!("not a workspace: {other:?}"),
    }
}

fn slice(text: &str, show: &Id) -> Workspace {
    match Document::read_show_quickly(text, show) {
        QuickRead::Read(Document {
            payload: Payload::Workspace(ws),
            ..
        }) => ws,
        other => panic!("the slice read refused: {other:?}"),
    }
}

/// The fixture with one change made to its JSON.
fn changed(change: fn(&mut Value)) -> String {
    let mut doc: Value = serde_json::from_str(WORKSPACE_V3).unwrap();
    change(&mut doc);
    doc.to_string()
}

/// What the slice of `show` must be, from the full read.
fn expected_slice(ws: &Workspace, show: &Id) -> Workspace {
    let shows: Vec<_> = ws.shows.iter().filter(|s| &s.id == show).cloned().collect();
    let plan_id = shows.first().and_then(|s| s.plan_id.clone());
    Workspace {
        plans: ws
            .plans
            .iter()
            .filter(|p| Some(&p.id) == plan_id.as_ref())
            .cloned()
            .collect(),
        shows,
        templates: Vec::new(),
        products: ws.products.clone(),
        settings: ws.settings.clone(),
    }
}

fn stored_sample(lang: Lang) -> String {
    let today = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    let workspace = samples::first_run_workspace(lang, today, &mut SequentialIds::new("s"));
    Document::workspace("2026-12-01T08:00:00Z".parse().unwrap(), workspace).to_json()
}

#[test]
fn each_show_reads_with_its_plan_the_products_and_the_settings() {
    for text in [
        WORKSPACE_V3.to_owned(),
        stored_sample(Lang::ZhCn),
        stored_sample(Lang::En),
    ] {
        let ws = full(&text);
        assert!(!ws.shows.is_empty());
        for show in &ws.shows {
            let expected = expected_slice(&ws, &show.id);
            assert_eq!(slice(&text, &show.id), expected, "{}", show.id.as_str());
        }
    }
    // The fixture's first show belongs to a plan: the slice carries it.
    let first = slice(WORKSPACE_V3, &id("show-0705"));
    assert_eq!(first.plans.len(), 1);
    assert!(first.templates.is_empty());
}

#[test]
fn a_show_that_is_not_there_reads_as_a_workspace_without_it() {
    let ws = slice(WORKSPACE_V3, &id("no-such-show"));
    assert!(ws.shows.is_empty() && ws.plans.is_empty());
    assert_eq!(ws.products, full(WORKSPACE_V3).products);
}

#[test]
fn what_the_quick_read_leaves_to_the_full_read_the_slice_leaves_too() {
    let show = id("show-0705");
    let read = |text: &str| Document::read_show_quickly(text, &show);
    assert_eq!(read(WORKSPACE_V1), QuickRead::Explain);
    assert_eq!(read(PLAN_V3), QuickRead::Explain);
    assert_eq!(
        read(&WORKSPACE_V3[..WORKSPACE_V3.len() / 2]),
        QuickRead::Explain
    );
    assert_eq!(
        read(&changed(|doc| doc["schema"] = 7.into())),
        QuickRead::Newer { found: 7 }
    );
}

#[test]
fn what_the_full_read_refuses_in_the_slice_is_refused() {
    let broken: [fn(&mut Value); 4] = [
        // The show out of range, its plan mistyped, products null, two shows with its id.
        |doc| doc["data"]["shows"][0]["planned_minutes"] = 100_000.into(),
        |doc| doc["data"]["plans"][0]["name"] = 5.into(),
        |doc| doc["data"]["products"] = Value::Null,
        |doc| {
            let copy = doc["data"]["shows"][0].clone();
            doc["data"]["shows"].as_array_mut().unwrap().push(copy);
        },
    ];
    for change in broken {
        let text = changed(change);
        assert!(Document::read(&text).is_err());
        assert_eq!(
            Document::read_show_quickly(&text, &id("show-0705")),
            QuickRead::Explain
        );
    }
}

#[test]
fn a_broken_item_outside_the_slice_is_left_for_the_whole_app() {
    // The presenter checks what it reads; the whole app reads, and explains, the rest.
    let outside: [fn(&mut Value); 2] = [
        |doc| doc["data"]["templates"][0]["name"] = 5.into(),
        |doc| doc["data"]["shows"][3]["id"] = "not an id!".into(),
    ];
    for change in outside {
        let text = changed(change);
        assert!(Document::read(&text).is_err());
        assert_eq!(slice(&text, &id("show-0705")).shows.len(), 1);
    }
}

#[test]
fn writing_a_timer_changes_that_timer_and_the_save_time_only() {
    let show = id("show-0705");
    let before = full(WORKSPACE_V3);
    let segments = before.show(&show).unwrap().segments().to_vec();
    let mut timer = TimerState::new();
    let start = later().timestamp_millis();
    timer.apply(Command::Toggle, &segments, start);
    timer.apply(Command::Next, &segments, start + 61_000);

    let text =
        Document::with_show_timer(WORKSPACE_V3, &show, Some(&timer), later(), &revision()).unwrap();
    let after = Document::read(&text).unwrap();
    assert_eq!(after.saved_at, later());
    let mut expected = before.clone();
    expected
        .shows
        .iter_mut()
        .find(|s| s.id == show)
        .unwrap()
        .timer = Some(timer);
    assert_eq!(after.payload, Payload::Workspace(expected));

    // The other items are the stored text's own, not re-serialized copies.
    let (old, new): (Value, Value) = (
        serde_json::from_str(WORKSPACE_V3).unwrap(),
        serde_json::from_str(&text).unwrap(),
    );
    for key in ["plans", "templates", "products", "settings"] {
        assert_eq!(old["data"][key], new["data"][key], "{key}");
    }
    let other_shows = |doc: &Value| doc["data"]["shows"].as_array().unwrap()[1..].to_vec();
    assert_eq!(other_shows(&old), other_shows(&new));

    // No timer at all (a reset show) is written as none.
    let cleared = Document::with_show_timer(&text, &show, None, later(), &revision()).unwrap();
    let mut reset = before;
    reset.shows.iter_mut().find(|s| s.id == show).unwrap().timer = None;
    assert_eq!(full(&cleared), reset);
}

#[test]
fn a_timer_is_not_written_where_its_show_is_gone_or_the_copy_is_not_ours() {
    let timer = TimerState::new();
    let write = |text: &str, show: &str| {
        Document::with_show_timer(text, &id(show), Some(&timer), later(), &revision())
    };
    assert_eq!(
        write(WORKSPACE_V3, "no-such-show"),
        Err(Unwritable::NotHere)
    );
    assert_eq!(write(WORKSPACE_V1, "show-0705"), Err(Unwritable::NotHere));
    assert_eq!(write(PLAN_V3, "show-0705"), Err(Unwritable::NotHere));
    assert_eq!(write("", "show-0705"), Err(Unwritable::NotHere));
    assert_eq!(
        write(&changed(|doc| doc["schema"] = 7.into()), "show-0705"),
        Err(Unwritable::Newer { found: 7 })
    );
}
