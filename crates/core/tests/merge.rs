//! The many-window merge case by case, as the issue found it and as the
//! banner reports it: two windows editing one plan within the save delay, the
//! presenter's Start beside a rename, a same-field conflict and putting it
//! back, a deletion against an edit, reordering, ticks as a set, timer runs
//! as facts, and a combination of valid edits that is not valid together.

use chrono::NaiveDate;
use livedesk_core::document::Revision;
use livedesk_core::merge::{brief, merge, merge_timer, Clash, PutBackError, Replica, Step};
use livedesk_core::model::*;
use livedesk_core::samples::first_run_workspace;
use livedesk_core::scripts::edit::{Edit, ScriptRef};
use livedesk_core::timer::{Command, Status, TimerState};
use livedesk_core::Lang;
use serde_json::json;

const T0: i64 = 1_800_000_000_000;

fn sample() -> Workspace {
    let mut ids = SequentialIds::new("s");
    first_run_workspace(
        Lang::ZhCn,
        NaiveDate::from_ymd_opt(2026, 11, 22).unwrap(),
        &mut ids,
    )
}

fn id_of(raw: &str) -> Id {
    Id::new(raw).unwrap()
}

fn revision(id: &str, parent: &str) -> Revision {
    Revision {
        id: id_of(id),
        ancestors: vec![id_of(parent)],
    }
}

fn first(id: &str) -> Option<Revision> {
    Some(Revision {
        id: id_of(id),
        ancestors: Vec::new(),
    })
}

fn plan_id(ws: &Workspace) -> Id {
    ws.plans[0].id.clone()
}

fn show_id(ws: &Workspace) -> Id {
    ws.shows[0].id.clone()
}

#[test]
fn two_windows_edit_two_fields_of_one_plan_and_both_survive() {
    let base = sample();
    let id = plan_id(&base);
    let mut a = base.clone();
    a.update_plan(&id, |p| p.name = "一月计划".into()).unwrap();
    let mut b = base.clone();
    b.update_plan(&id, |p| p.notes = "备注：先测灯光".into())
        .unwrap();
    // B hears A's save while its own edit waits for the save delay.
    let mut replica = Replica::new(base.clone(), first("r0"));
    let absorbed = replica.absorb(&b, a.clone(), Some(&revision("r1", "r0")));
    let plan = absorbed.workspace.plan(&id).unwrap();
    assert_eq!(plan.name, "一月计划");
    assert_eq!(plan.notes, "备注：先测灯光");
    assert!(absorbed.conflicts.is_empty());
    assert!(absorbed.unsaved, "B's notes are not stored yet");
    assert_eq!(replica.base(), &a, "the stored copy is the new base");
}

/// Windows see each other's writes late. A saves its rename (r1, from r0);
/// B, not yet seeing r1, saves its notes from r0 too (r2), over r1. When A
/// hears r2, the parent r0 tells it r2 never saw the rename: merged from r0,
/// the rename is A's change, not something B removed.
#[test]
fn a_save_made_without_seeing_the_last_one_loses_nothing() {
    let base = sample();
    let id = plan_id(&base);
    let mut a = base.clone();
    a.update_plan(&id, |p| p.name = "一月计划".into()).unwrap();
    let mut b = base.clone();
    b.update_plan(&id, |p| p.notes = "先测灯光".into()).unwrap();
    let mut window_a = Replica::new(base.clone(), first("r0"));
    window_a.saved(a.clone(), revision("r1", "r0"));
    let absorbed = window_a.absorb(&a, b.clone(), Some(&revision("r2", "r0")));
    let plan = absorbed.workspace.plan(&id).unwrap();
    assert_eq!(
        (plan.name.as_str(), plan.notes.as_str()),
        ("一月计划", "先测灯光")
    );
    assert!(absorbed.unsaved, "the rename must be written again");
    assert_eq!(window_a.base_revision(), Some(&revision("r2", "r0")));
    // Without the parent, r2 would read as B undoing the rename.
    let mut forgetful = Replica::new(base.clone(), first("r0"));
    forgetful.saved(a.clone(), revision("r1", "r0"));
    let absorbed = forgetful.absorb(&a, b, None);
    assert_eq!(
        absorbed.workspace.plan(&id).unwrap().name,
        base.plans[0].name
    );
}

#[test]
fn a_window_without_edits_takes_the_stored_copy_as_it_is() {
    let base = sample();
    let mut stored = base.clone();
    stored.products[0].live_price = 59.0;
    let mut replica = Replica::new(base.clone(), first("r0"));
    let absorbed = replica.absorb(&base, stored.clone(), Some(&revision("r1", "r0")));
    assert_eq!(absorbed.workspace, stored);
    assert!(!absorbed.unsaved);
}

#[test]
fn the_presenters_start_and_a_rename_both_survive() {
    let base = sample();
    let (plan, show) = (plan_id(&base), show_id(&base));
    let mut app = base.clone();
    app.update_plan(&plan, |p| p.name = "改名".into()).unwrap();
    let mut presenter = base.clone();
    let segments = presenter.shows[0].segments().to_vec();
    let mut timer = TimerState::new();
    timer.apply(Command::Toggle, &segments, T0);
    presenter.shows[0].timer = Some(timer.clone());
    let merged = merge(&base, &app, &presenter);
    assert_eq!(merged.workspace.plan(&plan).unwrap().name, "改名");
    assert_eq!(merged.workspace.show(&show).unwrap().timer, Some(timer));
    assert!(merged.conflicts.is_empty());
}

#[test]
fn the_same_field_changed_twice_keeps_the_later_save_and_can_be_put_back() {
    let base = sample();
    let id = plan_id(&base);
    let mut mine = base.clone();
    mine.update_plan(&id, |p| p.name = "我的名字".into())
        .unwrap();
    let mut theirs = base.clone();
    theirs
        .update_plan(&id, |p| p.name = "他们的名字".into())
        .unwrap();
    let merged = merge(&base, &mine, &theirs);
    assert_eq!(merged.workspace.plan(&id).unwrap().name, "他们的名字");
    let [conflict] = merged.conflicts.as_slice() else {
        panic!("one conflict: {:?}", merged.conflicts)
    };
    assert_eq!(conflict.field(), Some("name"));
    assert_eq!(conflict.item_labels().collect::<Vec<_>>(), ["他们的名字"]);
    assert_eq!(
        conflict.clash,
        Clash::Replaced {
            mine: json!("我的名字"),
            kept: json!("他们的名字")
        }
    );
    let Clash::Replaced { mine: value, .. } = &conflict.clash else {
        unreachable!()
    };
    assert_eq!(brief(value), "我的名字");
    let restored = conflict.put_back(&merged.workspace).unwrap();
    assert_eq!(restored.plan(&id).unwrap().name, "我的名字");
    // Putting back once the plan is gone says so.
    let mut gone = merged.workspace.clone();
    gone.remove_plan(&id).unwrap();
    assert_eq!(conflict.put_back(&gone), Err(PutBackError::Gone));
}

#[test]
fn a_deleted_item_that_the_other_window_changed_is_kept_and_reported() {
    let base = sample();
    let show = show_id(&base);
    let mut deleted_here = base.clone();
    deleted_here.remove_show(&show).unwrap();
    let mut edited_there = base.clone();
    edited_there
        .update_show(&show, |s| s.title = "改了标题".into())
        .unwrap();
    let merged = merge(&base, &deleted_here, &edited_there);
    assert_eq!(merged.workspace.show(&show).unwrap().title, "改了标题");
    assert_eq!(
        merged.conflicts[0].clash,
        Clash::KeptEdited { deleted_here: true }
    );
    // Put back: delete it again.
    let again = merged.conflicts[0].put_back(&merged.workspace).unwrap();
    assert!(again.show(&show).is_none());

    // The other way round: this window's edit is kept, nothing to put back.
    let merged = merge(&base, &edited_there, &deleted_here);
    assert_eq!(merged.workspace.show(&show).unwrap().title, "改了标题");
    assert_eq!(
        merged.conflicts[0].clash,
        Clash::KeptEdited {
            deleted_here: false
        }
    );
    assert!(!merged.conflicts[0].can_put_back());
    // An item deleted on one side and untouched on the other is gone.
    let merged = merge(&base, &base, &deleted_here);
    assert!(merged.workspace.show(&show).is_none());
}

#[test]
fn new_items_keep_their_place_and_both_sides_additions_stay() {
    let base = sample();
    let script = ScriptRef::Show(show_id(&base));
    let segment = |ws: &Workspace, title: &str, id: &str| {
        let mut s = ws.shows[0].segments()[0].clone();
        s.id = Id::new(id).unwrap();
        s.title = title.into();
        s
    };
    let mut a = base.clone();
    let first = segment(&a, "A 的新环节", "a-1");
    a.edit_script(
        &script,
        Edit::Insert {
            at: 1,
            segment: first,
        },
    )
    .unwrap();
    let mut b = base.clone();
    let last_index = b.shows[0].segments().len();
    let second = segment(&b, "B 的新环节", "b-1");
    b.edit_script(
        &script,
        Edit::Insert {
            at: last_index,
            segment: second,
        },
    )
    .unwrap();
    let merged = merge(&base, &a, &b);
    let titles: Vec<&str> = merged.workspace.shows[0]
        .segments()
        .iter()
        .map(|s| s.title.as_str())
        .collect();
    assert_eq!(titles.len(), base.shows[0].segments().len() + 2);
    assert_eq!(titles[1], "A 的新环节");
    assert_eq!(*titles.last().unwrap(), "B 的新环节");
}

#[test]
fn a_reorder_on_one_side_is_kept_and_on_both_sides_reported() {
    let base = sample();
    let script = ScriptRef::Show(show_id(&base));
    let mut a = base.clone();
    a.edit_script(&script, Edit::Move { from: 0, to: 2 })
        .unwrap();
    let mut b = base.clone();
    b.edit_script(&script, Edit::Move { from: 1, to: 0 })
        .unwrap();
    let ids = |ws: &Workspace| {
        ws.shows[0]
            .segments()
            .iter()
            .map(|s| s.id.clone())
            .collect::<Vec<_>>()
    };
    // One side reordered, the other changed a title: the order is kept.
    let mut c = base.clone();
    let mut first = c.shows[0].segments()[0].clone();
    first.title = "新标题".into();
    c.edit_script(
        &script,
        Edit::Replace {
            index: 0,
            segment: first,
        },
    )
    .unwrap();
    let merged = merge(&base, &a, &c);
    assert_eq!(ids(&merged.workspace), ids(&a));
    assert!(merged.conflicts.is_empty());
    // Both reordered: theirs kept, mine reported and put back on request.
    let merged = merge(&base, &a, &b);
    assert_eq!(ids(&merged.workspace), ids(&b));
    assert!(matches!(merged.conflicts[0].clash, Clash::Reordered { .. }));
    let restored = merged.conflicts[0].put_back(&merged.workspace).unwrap();
    assert_eq!(ids(&restored), ids(&a));
}

#[test]
fn checklist_ticks_merge_as_a_set() {
    let base = sample();
    let show = show_id(&base);
    let items: Vec<Id> = base.plans[0]
        .checklist
        .iter()
        .map(|c| c.id.clone())
        .collect();
    let mut start = base.clone();
    start.tick_checklist(&show, &items[0], true).unwrap();
    let mut a = start.clone();
    a.tick_checklist(&show, &items[1], true).unwrap();
    a.tick_checklist(&show, &items[0], false).unwrap();
    let mut b = start.clone();
    b.tick_checklist(&show, &items[2], true).unwrap();
    let merged = merge(&start, &a, &b);
    let done = &merged.workspace.show(&show).unwrap().checklist_done;
    assert!(done.contains(&items[1]) && done.contains(&items[2]));
    assert!(!done.contains(&items[0]), "A unticked it");
    assert!(merged.conflicts.is_empty());
}

/// The sample show's segments, and its timer started at `T0`.
fn started() -> (Vec<Segment>, TimerState) {
    let segments = sample().shows[0].segments().to_vec();
    let mut timer = TimerState::new();
    timer.apply(Command::Toggle, &segments, T0);
    (segments, timer)
}

#[test]
fn timer_runs_from_two_windows_are_united_once_each() {
    let (segments, base) = started();
    // Controller: next at +60 s. Follower: add a minute, then next at +90 s.
    let mut ours = base.clone();
    ours.apply(Command::Next, &segments, T0 + 60_000);
    let mut theirs = base.clone();
    theirs.apply(Command::AddSeconds(60), &segments, T0 + 30_000);
    theirs.apply(Command::Next, &segments, T0 + 90_000);
    let merged = merge_timer(Some(&base), Some(&ours), Some(&theirs)).unwrap();
    let starts: Vec<i64> = merged.log.iter().map(|r| r.started_at_ms).collect();
    assert_eq!(starts, [T0, T0 + 60_000, T0 + 90_000]);
    // The first segment ended at the first "next"; the added minute stays.
    assert_eq!(merged.log[0].ended_at_ms, Some(T0 + 60_000));
    assert_eq!(merged.log[0].added_ms, 60_000);
    assert_eq!(merged.log[1].ended_at_ms, Some(T0 + 90_000));
    assert_eq!(merged.log[2].ended_at_ms, None);
    assert_eq!((merged.status, merged.current), (Status::Running, 1));
    // The same merge again changes nothing: runs are never duplicated.
    let again = merge_timer(Some(&base), Some(&merged), Some(&merged)).unwrap();
    assert_eq!(again, merged);
}

#[test]
fn a_restart_in_one_window_replaces_the_old_run_of_the_show() {
    let (segments, base) = started();
    let mut ours = base.clone();
    ours.apply(Command::Next, &segments, T0 + 60_000);
    let mut theirs = base.clone();
    theirs.apply(Command::Reset, &segments, T0 + 70_000);
    theirs.apply(Command::Toggle, &segments, T0 + 80_000);
    let merged = merge_timer(Some(&base), Some(&ours), Some(&theirs)).unwrap();
    assert_eq!(merged, theirs);
}

#[test]
fn valid_edits_that_are_not_valid_together_take_the_other_windows_settings() {
    let base = sample();
    // Warning 120 s / danger 60 s. One window lowers the warning to 90 s,
    // the other raises danger to 100 s: each valid, together not.
    let mut a = base.clone();
    a.settings.set_thresholds(90, 60);
    let mut b = base.clone();
    b.settings.set_thresholds(120, 100);
    let merged = merge(&base, &a, &b);
    assert_eq!(merged.workspace.settings, b.settings);
    assert_eq!(merged.conflicts[0].path, [Step::Field("settings")]);
    assert!(merged.set_aside.is_none());
}
