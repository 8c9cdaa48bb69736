//! Plan and show commands as the plan pages use them: each leaves a workspace
//! that still loads or changes nothing (a refused command is compared against
//! a clone of the whole workspace), a phase's cadence fills the calendar once,
//! a show on air keeps its date, removals come back in place, and the budget
//! adds up.

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, Weekday};
use livedesk_core::document::Document;
use livedesk_core::limits::{MAX_NAME_CHARS, MAX_SHOWS, MAX_SHOW_MINUTES};
use livedesk_core::model::*;
use livedesk_core::plans::budget::{summary, Amounts, CATEGORIES};
use livedesk_core::plans::edit::{on_air, PlanError, ShowDefaults};
use livedesk_core::plans::readiness::readiness;
use livedesk_core::problem::{FieldError, Problem};
use livedesk_core::samples::{first_run_workspace, new_plan};
use livedesk_core::timer::{Command, Status, TimerState};
use livedesk_core::Lang;

/// 2027-01-15 08:00 UTC: any plausible epoch-ms instant for the timer.
const T0: i64 = 1_800_000_000_000;

fn id(raw: &str) -> Id {
    Id::new(raw).unwrap()
}

fn date(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).unwrap()
}

fn at(day: NaiveDate, h: u32, min: u32) -> NaiveDateTime {
    day.and_time(NaiveTime::from_hms_opt(h, min, 0).unwrap())
}

/// The first-run workspace of 22 November 2026 (one Douyin plan with four
/// phases and 11 checklist items, one show on 25 November at 20:00), and an
/// id source for what the test adds.
fn sample() -> (Workspace, SequentialIds) {
    let mut ids = SequentialIds::new("s");
    let ws = first_run_workspace(Lang::ZhCn, date(11, 22), &mut ids);
    (ws, SequentialIds::new("n"))
}

/// Whether the workspace passes the checks every load runs.
fn assert_loads(ws: &Workspace) {
    let doc = Document::workspace("2026-11-22T00:00:00Z".parse().unwrap(), ws.clone());
    assert_eq!(doc.validate(), Ok(()));
}

/// The field errors of a refused command; panics on anything else.
fn invalid<T: std::fmt::Debug>(result: Result<T, PlanError>) -> Vec<FieldError> {
    match result {
        Err(PlanError::Invalid(errors)) => errors,
        other => panic!("expected Invalid, got {other:?}"),
    }
}

fn field_error(path: &str, problem: Problem) -> FieldError {
    FieldError {
        path: path.to_owned(),
        problem,
    }
}

/// A Kuaishou plan with `themes` and one stable phase, added to `ws`.
/// Returns the plan's and the phase's ids.
fn add_plan_with_phase(
    ws: &mut Workspace,
    ids: &mut SequentialIds,
    themes: &[&str],
    (start, end): (NaiveDate, NaiveDate),
    shows_per_week: u8,
) -> (Id, Id) {
    let mut plan = new_plan(Lang::ZhCn, "冲刺".into(), Platform::Kuaishou, ids);
    plan.themes = themes.iter().map(|&t| t.to_owned()).collect();
    let phase_id = ids.next_id();
    plan.phases.push(Phase {
        id: phase_id.clone(),
        kind: PhaseKind::Stable,
        name: String::new(),
        start,
        end,
        shows_per_week,
    });
    let plan_id = plan.id.clone();
    ws.add_plan(plan).unwrap();
    (plan_id, phase_id)
}

/// 19:30 for 90 minutes: not the evening default, so a show that took the
/// default from anywhere else shows.
/// Schedules a phase with the default evening slot and a fresh "x" id source.
fn schedule(ws: &mut Workspace, plan_id: &Id, phase_id: &Id) -> Result<usize, PlanError> {
    ws.schedule_phase(plan_id, phase_id, &defaults(), &mut SequentialIds::new("x"))
}

fn defaults() -> ShowDefaults {
    ShowDefaults {
        time: NaiveTime::from_hms_opt(19, 30, 0).unwrap(),
        planned_minutes: 90,
        title: "Custom".into(),
    }
}

/// Adds a show of `plan_id` (or of no plan, on the first plan's platform)
/// starting at `starts_at`, with the test's defaults.
fn add_show_at(ws: &mut Workspace, raw_id: &str, plan_id: Option<&Id>, starts_at: NaiveDateTime) {
    let plan = match plan_id {
        Some(plan_id) => ws.plan(plan_id).unwrap().clone(),
        None => ws.plans[0].clone(),
    };
    let show = Show {
        plan_id: plan_id.cloned(),
        ..Show::scheduled(id(raw_id), &plan, starts_at, &defaults())
    };
    ws.add_show(show).unwrap();
}

/// How many shows of the plan start on `day`.
fn shows_on(ws: &Workspace, plan_id: &Id, day: NaiveDate) -> usize {
    ws.plan_shows(plan_id)
        .iter()
        .filter(|s| s.starts_at.date() == day)
        .count()
}

/// Starts the timer of a show that has a script.
fn start_timer(ws: &mut Workspace, show_id: &Id) {
    let segments = ws
        .show(show_id)
        .unwrap()
        .script
        .as_ref()
        .unwrap()
        .segments
        .clone();
    let mut timer = TimerState::new();
    timer.apply(Command::Toggle, &segments, T0);
    assert_eq!(timer.status, Status::Running);
    ws.update_show(show_id, |s| s.timer = Some(timer)).unwrap();
}

fn ids_of(shows: &[Show]) -> Vec<&str> {
    shows.iter().map(|s| s.id.as_str()).collect()
}

// ---------------------------------------------------------------- update_plan

#[test]
fn a_phase_ending_before_it_starts_is_refused_at_its_end_and_changes_nothing() {
    let (mut ws, mut ids) = sample();
    let plan_id = ws.plans[0].id.clone();
    assert_eq!(ws.plans[0].phases.len(), 4);
    let before = ws.clone();
    let bad = Phase {
        id: ids.next_id(),
        kind: PhaseKind::Trial,
        name: String::new(),
        start: date(12, 10),
        end: date(12, 1),
        shows_per_week: 3,
    };
    let errors = invalid(ws.update_plan(&plan_id, |p| p.phases.push(bad)));
    assert_eq!(
        errors,
        [field_error("plan.phases[4].end", Problem::EndBeforeStart)]
    );
    assert_eq!(ws, before);
}

#[test]
fn a_target_rate_above_one_is_refused_at_its_field_and_changes_nothing() {
    let (mut ws, _) = sample();
    let plan_id = ws.plans[0].id.clone();
    let before = ws.clone();
    let errors = invalid(ws.update_plan(&plan_id, |p| p.targets.click_through_rate = Some(1.5)));
    assert_eq!(
        errors,
        [field_error(
            "plan.targets.click_through_rate",
            Problem::OutOfRange { min: 0.0, max: 1.0 }
        )]
    );
    assert_eq!(ws, before);
}

#[test]
fn a_plan_name_over_200_characters_is_refused_but_200_are_kept() {
    let (mut ws, _) = sample();
    let plan_id = ws.plans[0].id.clone();
    let before = ws.clone();
    // Counted in characters, not bytes: 201 CJK characters are 603 bytes.
    let errors = invalid(ws.update_plan(&plan_id, |p| p.name = "名".repeat(201)));
    assert_eq!(
        errors,
        [field_error(
            "plan.name",
            Problem::TooLong {
                max: MAX_NAME_CHARS
            }
        )]
    );
    assert_eq!(ws, before);

    ws.update_plan(&plan_id, |p| p.name = "名".repeat(200))
        .unwrap();
    assert_eq!(ws.plans[0].name.chars().count(), 200);
}

#[test]
fn a_refused_plan_change_drops_the_valid_parts_of_the_same_change_too() {
    let (mut ws, _) = sample();
    let plan_id = ws.plans[0].id.clone();
    let before = ws.clone();
    let result = ws.update_plan(&plan_id, |p| {
        p.notes = "kept?".into();
        p.themes.clear();
        p.targets.conversion_rate = Some(-0.1);
    });
    let errors = invalid(result);
    assert_eq!(
        errors,
        [field_error(
            "plan.targets.conversion_rate",
            Problem::Negative
        )]
    );
    assert_eq!(ws, before);
}

#[test]
fn a_valid_plan_change_is_kept_and_touches_no_other_plan_or_show() {
    let (mut ws, mut ids) = sample();
    let (other_id, _) = add_plan_with_phase(&mut ws, &mut ids, &[], (date(12, 1), date(12, 7)), 3);
    let plan_id = ws.plans[0].id.clone();
    let before = ws.clone();
    ws.update_plan(&plan_id, |p| {
        p.targets.click_through_rate = Some(1.0);
        p.themes.push("新主题".into());
    })
    .unwrap();
    assert_eq!(ws.plans[0].targets.click_through_rate, Some(1.0));
    assert_eq!(ws.plans[0].themes.len(), 5);
    assert_eq!(ws.plan(&other_id), before.plan(&other_id));
    assert_eq!(ws.shows, before.shows);
    assert_eq!(ws.templates, before.templates);
    assert_eq!(ws.products, before.products);
}

#[test]
fn updating_an_unknown_plan_is_not_found_and_does_not_run_the_change() {
    let (mut ws, _) = sample();
    let before = ws.clone();
    let mut ran = false;
    assert_eq!(
        ws.update_plan(&id("nope"), |_| ran = true),
        Err(PlanError::NotFound)
    );
    assert!(!ran);
    assert_eq!(ws, before);
}

#[test]
fn the_change_closure_cannot_change_a_plans_id_but_its_other_changes_stay() {
    let (mut ws, _) = sample();
    let plan_id = ws.plans[0].id.clone();
    ws.update_plan(&plan_id, |p| {
        p.id = id("hijack");
        p.notes = "改过".into();
    })
    .unwrap();
    assert_eq!(ws.plans[0].id, plan_id);
    assert_eq!(ws.plans[0].notes, "改过");
    assert!(ws.plan(&id("hijack")).is_none());
    // Its shows still belong to it.
    assert_eq!(ws.plan_shows(&plan_id).len(), 1);
    assert_loads(&ws);
}

// ------------------------------------------------------- remove/restore plan

/// Three plans whose shows are interleaved in the workspace's list, with a
/// show of no plan among them:
/// plans [sample, one, two]; shows [sample, a(one), b(two), c(one), d(–), e(sample), f(one)].
fn interleaved() -> (Workspace, [Id; 3]) {
    let (mut ws, mut ids) = sample();
    let sample_id = ws.plans[0].id.clone();
    let (one, _) = add_plan_with_phase(&mut ws, &mut ids, &[], (date(12, 1), date(12, 7)), 1);
    let (two, _) = add_plan_with_phase(&mut ws, &mut ids, &[], (date(12, 1), date(12, 7)), 1);
    add_show_at(&mut ws, "a", Some(&one), at(date(11, 26), 20, 0));
    add_show_at(&mut ws, "b", Some(&two), at(date(11, 27), 20, 0));
    add_show_at(&mut ws, "c", Some(&one), at(date(11, 28), 20, 0));
    add_show_at(&mut ws, "d", None, at(date(11, 29), 20, 0));
    add_show_at(&mut ws, "e", Some(&sample_id), at(date(11, 30), 20, 0));
    add_show_at(&mut ws, "f", Some(&one), at(date(12, 1), 20, 0));
    assert_eq!(ws.shows.len(), 7);
    (ws, [sample_id, one, two])
}

#[test]
fn removing_a_plan_takes_exactly_its_shows_and_keeps_everything_else_in_order() {
    let (mut ws, [sample_id, one, two]) = interleaved();
    let sample_show = ws.shows[0].id.clone();
    let removed = ws.remove_plan(&one).unwrap();
    assert_eq!(removed.index, 1);
    assert_eq!(removed.plan.id, one);
    let taken: Vec<(usize, &str)> = removed
        .shows
        .iter()
        .map(|(i, s)| (*i, s.id.as_str()))
        .collect();
    assert_eq!(taken, [(1, "a"), (3, "c"), (6, "f")]);
    let plans: Vec<&Id> = ws.plans.iter().map(|p| &p.id).collect();
    assert_eq!(plans, [&sample_id, &two]);
    assert_eq!(ids_of(&ws.shows), [sample_show.as_str(), "b", "d", "e"]);
    assert!(ws.plan_shows(&one).is_empty());
    assert_loads(&ws);
}

#[test]
fn restoring_a_removed_plan_puts_it_and_its_interleaved_shows_back_in_place() {
    let (mut ws, [_, one, _]) = interleaved();
    let before = ws.clone();
    let removed = ws.remove_plan(&one).unwrap();
    ws.restore_plan(removed);
    assert_eq!(ws, before);
}

#[test]
fn undoing_two_plan_removals_in_reverse_order_restores_the_whole_workspace() {
    let (mut ws, [sample_id, one, two]) = interleaved();
    let before = ws.clone();
    let first = ws.remove_plan(&one).unwrap();
    let second = ws.remove_plan(&sample_id).unwrap();
    assert_eq!(second.index, 0);
    assert_eq!(second.shows.len(), 2, "the first-run show and e");
    let plans: Vec<&Id> = ws.plans.iter().map(|p| &p.id).collect();
    assert_eq!(plans, [&two]);
    assert_eq!(ids_of(&ws.shows), ["b", "d"]);
    ws.restore_plan(second);
    ws.restore_plan(first);
    assert_eq!(ws, before);
}

#[test]
fn removing_the_last_plan_in_the_list_comes_back_last() {
    let (mut ws, [_, _, two]) = interleaved();
    let before = ws.clone();
    let removed = ws.remove_plan(&two).unwrap();
    assert_eq!(removed.index, 2);
    assert_eq!(ids_of(&ws.shows).len(), 6);
    ws.restore_plan(removed);
    assert_eq!(ws, before);
}

#[test]
fn removing_an_unknown_plan_is_not_found_and_changes_nothing() {
    let (mut ws, _) = interleaved();
    let before = ws.clone();
    assert_eq!(ws.remove_plan(&id("nope")), Err(PlanError::NotFound));
    assert_eq!(ws, before);
}

// ------------------------------------------------------------ schedule_phase

#[test]
fn a_two_week_phase_at_three_a_week_adds_six_shows_on_monday_wednesday_friday() {
    let (mut ws, mut ids) = sample();
    // 2 November 2026 is a Monday; the phase runs two full weeks.
    assert_eq!(date(11, 2).weekday(), Weekday::Mon);
    let (plan_id, phase_id) = add_plan_with_phase(
        &mut ws,
        &mut ids,
        &["A", "B", "C"],
        (date(11, 2), date(11, 15)),
        3,
    );
    assert_eq!(ws.phase_shortfall(&plan_id, &phase_id), 6);

    let added = schedule(&mut ws, &plan_id, &phase_id).unwrap();
    assert_eq!(added, 6);
    assert_eq!(ws.shows.len(), 7, "added after the first-run show");
    let expected: Vec<Show> = [(2, "A"), (4, "B"), (6, "C"), (9, "A"), (11, "B"), (13, "C")]
        .into_iter()
        .enumerate()
        .map(|(n, (day, theme))| Show {
            id: id(&format!("x-{}", n + 1)),
            plan_id: Some(plan_id.clone()),
            title: "Custom".into(),
            theme: theme.into(),
            platform: Platform::Kuaishou,
            starts_at: at(date(11, day), 19, 30),
            planned_minutes: 90,
            script: None,
            checklist_done: Vec::new(),
            assignments: Vec::new(),
            actuals: None,
            review_notes: String::new(),
            timer: None,
        })
        .collect();
    assert_eq!(ws.shows[1..], expected[..]);
    let weekdays: Vec<Weekday> = ws
        .plan_shows(&plan_id)
        .iter()
        .map(|s| s.starts_at.weekday())
        .collect();
    use Weekday::{Fri, Mon, Wed};
    assert_eq!(weekdays, [Mon, Wed, Fri, Mon, Wed, Fri]);
    assert_eq!(ws.phase_shortfall(&plan_id, &phase_id), 0);
    assert_loads(&ws);
}

#[test]
fn scheduling_a_phase_again_adds_nothing_and_changes_nothing() {
    let (mut ws, mut ids) = sample();
    let (plan_id, phase_id) =
        add_plan_with_phase(&mut ws, &mut ids, &["A"], (date(11, 2), date(11, 15)), 3);
    let mut x = SequentialIds::new("x");
    assert_eq!(
        ws.schedule_phase(&plan_id, &phase_id, &defaults(), &mut x),
        Ok(6)
    );
    let after_first = ws.clone();
    assert_eq!(
        ws.schedule_phase(&plan_id, &phase_id, &defaults(), &mut x),
        Ok(0)
    );
    // Other defaults do not make the filled days look empty either.
    let evening = ShowDefaults::evening("晚场".into());
    assert_eq!(
        ws.schedule_phase(&plan_id, &phase_id, &evening, &mut x),
        Ok(0)
    );
    assert_eq!(ws, after_first);
}

#[test]
fn a_show_of_the_plan_on_a_cadence_day_counts_toward_it_at_any_time_of_day() {
    let (mut ws, mut ids) = sample();
    let (plan_id, phase_id) = add_plan_with_phase(
        &mut ws,
        &mut ids,
        &["A", "B", "C"],
        (date(11, 2), date(11, 15)),
        3,
    );
    // Wednesday 4 November, in the morning rather than at the default time.
    add_show_at(&mut ws, "mine", Some(&plan_id), at(date(11, 4), 10, 0));
    assert_eq!(ws.phase_shortfall(&plan_id, &phase_id), 5);

    let added = schedule(&mut ws, &plan_id, &phase_id).unwrap();
    assert_eq!(added, 5);
    let new: Vec<(u32, &str)> = ws.shows[2..]
        .iter()
        .map(|s| (s.starts_at.day(), s.theme.as_str()))
        .collect();
    assert_eq!(
        new,
        [(2, "A"), (6, "B"), (9, "C"), (11, "A"), (13, "B")],
        "the themes cycle over the new shows"
    );
    assert_eq!(shows_on(&ws, &plan_id, date(11, 4)), 1);
    assert_eq!(ws.phase_shortfall(&plan_id, &phase_id), 0);
}

#[test]
fn a_show_of_another_plan_or_of_no_plan_on_a_cadence_day_does_not_count() {
    let (mut ws, mut ids) = sample();
    let (plan_id, phase_id) =
        add_plan_with_phase(&mut ws, &mut ids, &[], (date(11, 2), date(11, 15)), 3);
    // The first-run plan's show moves to Wednesday 4 November.
    let sample_show = ws.shows[0].id.clone();
    ws.move_show(&sample_show, date(11, 4)).unwrap();
    add_show_at(&mut ws, "loose", None, at(date(11, 6), 19, 30));
    assert_eq!(ws.phase_shortfall(&plan_id, &phase_id), 6);
    let added = schedule(&mut ws, &plan_id, &phase_id).unwrap();
    assert_eq!(added, 6);
    assert_eq!(shows_on(&ws, &plan_id, date(11, 4)), 1);
    assert_eq!(shows_on(&ws, &plan_id, date(11, 6)), 1);
    let on_wednesday = ws
        .shows
        .iter()
        .filter(|s| s.starts_at.date() == date(11, 4))
        .count();
    assert_eq!(on_wednesday, 2, "the other plan's show stays beside it");
}

#[test]
fn a_show_of_the_plan_off_the_cadence_or_a_second_one_on_a_day_covers_no_other_day() {
    let (mut ws, mut ids) = sample();
    let (plan_id, phase_id) =
        add_plan_with_phase(&mut ws, &mut ids, &[], (date(11, 2), date(11, 15)), 3);
    // Tuesday is no show day at three a week.
    add_show_at(&mut ws, "tue", Some(&plan_id), at(date(11, 3), 19, 30));
    assert_eq!(ws.phase_shortfall(&plan_id, &phase_id), 6);
    // Two shows on Monday fill Monday only.
    add_show_at(&mut ws, "mon1", Some(&plan_id), at(date(11, 2), 14, 0));
    add_show_at(&mut ws, "mon2", Some(&plan_id), at(date(11, 2), 20, 0));
    assert_eq!(ws.phase_shortfall(&plan_id, &phase_id), 5);
    // Outside the phase's dates: no effect.
    add_show_at(&mut ws, "later", Some(&plan_id), at(date(11, 16), 19, 30));
    assert_eq!(ws.phase_shortfall(&plan_id, &phase_id), 5);
}

#[test]
fn fourteen_a_week_puts_two_shows_on_every_day_of_the_phase() {
    let (mut ws, mut ids) = sample();
    let (plan_id, phase_id) = add_plan_with_phase(
        &mut ws,
        &mut ids,
        &["A", "B"],
        (date(11, 2), date(11, 4)),
        14,
    );
    assert_eq!(ws.phase_shortfall(&plan_id, &phase_id), 6);
    let added = schedule(&mut ws, &plan_id, &phase_id).unwrap();
    assert_eq!(added, 6);
    let starts: Vec<NaiveDateTime> = ws
        .plan_shows(&plan_id)
        .iter()
        .map(|s| s.starts_at)
        .collect();
    assert_eq!(
        starts,
        [2, 2, 3, 3, 4, 4].map(|d| at(date(11, d), 19, 30)),
        "two a day, both at the given time"
    );
    let themes: Vec<&str> = ws.shows[1..].iter().map(|s| s.theme.as_str()).collect();
    assert_eq!(themes, ["A", "B", "A", "B", "A", "B"]);
}

#[test]
fn fourteen_a_week_tops_up_a_day_that_has_one_show_with_one_more() {
    let (mut ws, mut ids) = sample();
    let (plan_id, phase_id) =
        add_plan_with_phase(&mut ws, &mut ids, &[], (date(11, 2), date(11, 4)), 14);
    add_show_at(&mut ws, "early", Some(&plan_id), at(date(11, 3), 9, 0));
    assert_eq!(ws.phase_shortfall(&plan_id, &phase_id), 5);
    let added = schedule(&mut ws, &plan_id, &phase_id).unwrap();
    assert_eq!(added, 5);
    for day in [2, 3, 4] {
        assert_eq!(shows_on(&ws, &plan_id, date(11, day)), 2, "11-{day}");
    }
}

#[test]
fn a_plan_without_themes_schedules_shows_without_a_theme_and_zero_a_week_adds_none() {
    let (mut ws, mut ids) = sample();
    let (plan_id, phase_id) =
        add_plan_with_phase(&mut ws, &mut ids, &[], (date(11, 2), date(11, 8)), 3);
    let mut x = SequentialIds::new("x");
    assert_eq!(
        ws.schedule_phase(&plan_id, &phase_id, &defaults(), &mut x),
        Ok(3)
    );
    assert!(ws.plan_shows(&plan_id).iter().all(|s| s.theme.is_empty()));

    let (idle_plan, idle_phase) =
        add_plan_with_phase(&mut ws, &mut ids, &["A"], (date(11, 2), date(11, 30)), 0);
    let before = ws.clone();
    assert_eq!(ws.phase_shortfall(&idle_plan, &idle_phase), 0);
    assert_eq!(
        ws.schedule_phase(&idle_plan, &idle_phase, &defaults(), &mut x),
        Ok(0)
    );
    assert_eq!(ws, before);
}

#[test]
fn scheduling_an_unknown_plan_or_phase_is_not_found_and_changes_nothing() {
    let (mut ws, mut ids) = sample();
    let (plan_id, phase_id) =
        add_plan_with_phase(&mut ws, &mut ids, &[], (date(11, 2), date(11, 15)), 3);
    let sample_phase = ws.plans[0].phases[2].id.clone();
    let before = ws.clone();
    let mut x = SequentialIds::new("x");
    let nope = id("nope");
    assert_eq!(
        ws.schedule_phase(&nope, &phase_id, &defaults(), &mut x),
        Err(PlanError::NotFound)
    );
    assert_eq!(
        ws.schedule_phase(&plan_id, &nope, &defaults(), &mut x),
        Err(PlanError::NotFound)
    );
    // A phase of another plan is not this plan's phase.
    assert_eq!(
        ws.schedule_phase(&plan_id, &sample_phase, &defaults(), &mut x),
        Err(PlanError::NotFound)
    );
    assert_eq!(ws, before);
    assert_eq!(ws.phase_shortfall(&nope, &phase_id), 0);
    assert_eq!(ws.phase_shortfall(&plan_id, &nope), 0);
    assert_eq!(ws.phase_shortfall(&plan_id, &sample_phase), 0);
}

#[test]
fn scheduling_with_invalid_defaults_is_refused_and_adds_nothing() {
    let (mut ws, mut ids) = sample();
    let (plan_id, phase_id) =
        add_plan_with_phase(&mut ws, &mut ids, &[], (date(11, 2), date(11, 15)), 3);
    let before = ws.clone();
    let mut x = SequentialIds::new("x");
    let length = Problem::OutOfRange {
        min: 1.0,
        max: MAX_SHOW_MINUTES.into(),
    };

    let zero = ShowDefaults {
        planned_minutes: 0,
        ..defaults()
    };
    let errors = invalid(ws.schedule_phase(&plan_id, &phase_id, &zero, &mut x));
    assert_eq!(
        errors,
        [field_error("show.planned_minutes", length.clone())]
    );

    let day_and_a_minute = ShowDefaults {
        planned_minutes: MAX_SHOW_MINUTES + 1,
        ..defaults()
    };
    let errors = invalid(ws.schedule_phase(&plan_id, &phase_id, &day_and_a_minute, &mut x));
    assert_eq!(errors, [field_error("show.planned_minutes", length)]);

    let long_title = ShowDefaults {
        title: "x".repeat(MAX_NAME_CHARS + 1),
        ..defaults()
    };
    let errors = invalid(ws.schedule_phase(&plan_id, &phase_id, &long_title, &mut x));
    assert_eq!(
        errors,
        [field_error(
            "show.title",
            Problem::TooLong {
                max: MAX_NAME_CHARS
            }
        )]
    );

    assert_eq!(ws, before);
    assert_eq!(ws.phase_shortfall(&plan_id, &phase_id), 6);
}

#[test]
fn scheduling_past_the_show_limit_is_refused_whole() {
    let (mut ws, mut ids) = sample();
    let (plan_id, phase_id) =
        add_plan_with_phase(&mut ws, &mut ids, &[], (date(11, 2), date(11, 15)), 3);
    let template = ws.shows[0].clone();
    // Room for five more shows; the phase needs six.
    while ws.shows.len() < MAX_SHOWS - 5 {
        let show = Show {
            id: ids.next_id(),
            ..template.clone()
        };
        ws.shows.push(show);
    }
    let before = ws.clone();
    assert_eq!(
        schedule(&mut ws, &plan_id, &phase_id),
        Err(PlanError::TooMany { max: MAX_SHOWS })
    );
    assert_eq!(ws, before);

    // With room for six, the six fit exactly.
    ws.shows.pop();
    assert_eq!(schedule(&mut ws, &plan_id, &phase_id), Ok(6));
    assert_eq!(ws.shows.len(), MAX_SHOWS);
    let extra = Show {
        id: id("one-too-many"),
        ..template
    };
    let full = ws.clone();
    assert_eq!(
        ws.add_show(extra),
        Err(PlanError::TooMany { max: MAX_SHOWS })
    );
    assert_eq!(ws, full);
}

// ------------------------------------------------------- move_show / on air

#[test]
fn moving_a_show_keeps_its_time_of_day_and_everything_else() {
    let (mut ws, _) = sample();
    let show_id = ws.shows[0].id.clone();
    ws.update_show(&show_id, |s| s.starts_at = at(date(11, 25), 9, 15))
        .unwrap();
    let before = ws.shows[0].clone();
    ws.move_show(&show_id, date(12, 1)).unwrap();
    assert_eq!(ws.shows[0].starts_at, at(date(12, 1), 9, 15));
    assert_eq!(
        Show {
            starts_at: before.starts_at,
            ..ws.shows[0].clone()
        },
        before
    );
    assert_eq!(
        ws.move_show(&id("nope"), date(12, 1)),
        Err(PlanError::NotFound)
    );
}

#[test]
fn a_show_whose_timer_started_refuses_a_move_but_takes_a_title_change() {
    let (mut ws, _) = sample();
    let show_id = ws.shows[0].id.clone();
    assert!(!on_air(&ws.shows[0]));
    start_timer(&mut ws, &show_id);
    assert!(on_air(&ws.shows[0]));

    let before = ws.clone();
    assert_eq!(
        ws.move_show(&show_id, date(12, 2)),
        Err(PlanError::ShowStarted)
    );
    // A move hidden in a general change, with a title change beside it.
    assert_eq!(
        ws.update_show(&show_id, |s| {
            s.title = "改名".into();
            s.starts_at = at(date(11, 25), 21, 0);
        }),
        Err(PlanError::ShowStarted)
    );
    assert_eq!(ws, before);

    ws.update_show(&show_id, |s| s.title = "改名".into())
        .unwrap();
    assert_eq!(ws.shows[0].title, "改名");
    assert_eq!(ws.shows[0].starts_at, at(date(11, 25), 20, 0));
    assert_eq!(
        ws.shows[0].timer, before.shows[0].timer,
        "the timer runs on"
    );
    // "Moving" to the day it already has changes nothing and is no move.
    assert_eq!(ws.move_show(&show_id, date(11, 25)), Ok(()));
}

#[test]
fn a_paused_or_finished_timer_also_holds_the_show_in_place() {
    let (mut ws, _) = sample();
    let show_id = ws.shows[0].id.clone();
    start_timer(&mut ws, &show_id);
    let segments = ws.shows[0].script.as_ref().unwrap().segments.clone();
    for (command, status) in [
        (Command::Toggle, Status::Paused),
        (Command::Finish, Status::Finished),
    ] {
        ws.update_show(&show_id, |s| {
            s.timer
                .as_mut()
                .unwrap()
                .apply(command, &segments, T0 + 60_000)
        })
        .unwrap();
        assert_eq!(ws.shows[0].timer.as_ref().unwrap().status, status);
        assert!(on_air(&ws.shows[0]), "{status:?}");
        assert_eq!(
            ws.move_show(&show_id, date(12, 2)),
            Err(PlanError::ShowStarted),
            "{status:?}"
        );
    }
}

#[test]
fn a_timer_that_is_ready_or_was_reset_does_not_hold_the_show_in_place() {
    let (mut ws, _) = sample();
    let show_id = ws.shows[0].id.clone();
    ws.update_show(&show_id, |s| s.timer = Some(TimerState::new()))
        .unwrap();
    assert!(!on_air(&ws.shows[0]));
    ws.move_show(&show_id, date(12, 1)).unwrap();

    start_timer(&mut ws, &show_id);
    let segments = ws.shows[0].script.as_ref().unwrap().segments.clone();
    ws.update_show(&show_id, |s| {
        s.timer
            .as_mut()
            .unwrap()
            .apply(Command::Reset, &segments, T0)
    })
    .unwrap();
    assert!(!on_air(&ws.shows[0]));
    ws.move_show(&show_id, date(12, 2)).unwrap();
    assert_eq!(ws.shows[0].starts_at, at(date(12, 2), 20, 0));
}

#[test]
fn a_show_with_figures_entered_refuses_a_move_but_takes_a_title_change() {
    let (mut ws, _) = sample();
    let show_id = ws.shows[0].id.clone();
    ws.update_show(&show_id, |s| {
        s.actuals = Some(ShowActuals {
            gmv: 12_345.0,
            ..ShowActuals::default()
        })
    })
    .unwrap();
    assert!(on_air(&ws.shows[0]));
    assert!(ws.shows[0].timer.is_none());
    let before = ws.clone();
    assert_eq!(
        ws.move_show(&show_id, date(12, 2)),
        Err(PlanError::ShowStarted)
    );
    assert_eq!(ws, before);
    ws.update_show(&show_id, |s| s.title = "复盘过的".into())
        .unwrap();
    assert_eq!(ws.shows[0].title, "复盘过的");
    assert_eq!(ws.shows[0].starts_at, before.shows[0].starts_at);
}

#[test]
fn a_show_change_refused_by_the_checks_leaves_the_show_unchanged() {
    let (mut ws, _) = sample();
    let show_id = ws.shows[0].id.clone();
    let before = ws.clone();
    let errors = invalid(ws.update_show(&show_id, |s| {
        s.theme = "新".into();
        s.title = "x".repeat(MAX_NAME_CHARS + 1);
    }));
    assert_eq!(
        errors,
        [field_error(
            "show.title",
            Problem::TooLong {
                max: MAX_NAME_CHARS
            }
        )]
    );
    assert_eq!(ws, before);
    assert_eq!(
        ws.update_show(&id("nope"), |s| s.title = "x".into()),
        Err(PlanError::NotFound)
    );
    // Nor can the change give the show another id.
    ws.update_show(&show_id, |s| s.id = id("hijack")).unwrap();
    assert_eq!(ws.shows[0].id, show_id);
}

// ------------------------------------------------------------ duplicate_show

#[test]
fn a_duplicated_show_copies_title_theme_length_team_and_script_words_with_fresh_ids() {
    let (mut ws, _) = sample();
    let show_id = ws.shows[0].id.clone();
    let item = ws.plans[0].checklist[0].id.clone();
    ws.tick_checklist(&show_id, &item, true).unwrap();
    start_timer(&mut ws, &show_id);
    ws.update_show(&show_id, |s| {
        s.review_notes = "复盘".into();
        s.actuals = Some(ShowActuals {
            gmv: 1_000.0,
            ..ShowActuals::default()
        });
    })
    .unwrap();
    let original = ws.shows[0].clone();
    assert!(!original.assignments.is_empty());
    let original_segments = &original.script.as_ref().unwrap().segments;
    assert!(
        original_segments.iter().any(|s| !s.lines.is_empty()),
        "the sample script has words to copy"
    );

    let copy_id = ws
        .duplicate_show(
            &show_id,
            at(date(12, 5), 19, 0),
            &mut SequentialIds::new("c"),
        )
        .unwrap();
    assert_eq!(ws.shows.len(), 2);
    assert_eq!(ws.shows[0], original, "the original is untouched");
    let copy = &ws.shows[1];
    assert_eq!(copy.id, copy_id);
    assert_ne!(copy.id, original.id);
    assert_eq!(copy.starts_at, at(date(12, 5), 19, 0));
    assert_eq!(copy.plan_id, original.plan_id);
    assert_eq!(copy.title, original.title);
    assert_eq!(copy.theme, original.theme);
    assert_eq!(copy.platform, original.platform);
    assert_eq!(copy.planned_minutes, original.planned_minutes);
    assert_eq!(copy.assignments, original.assignments);

    let script = copy.script.as_ref().unwrap();
    assert_eq!(
        script.from_template,
        original.script.as_ref().unwrap().from_template
    );
    assert_eq!(script.segments.len(), original_segments.len());
    for (old, new) in original_segments.iter().zip(&script.segments) {
        assert_eq!(
            &Segment {
                id: old.id.clone(),
                ..new.clone()
            },
            old,
            "every word of the segment is copied"
        );
        assert!(
            original_segments.iter().all(|s| s.id != new.id),
            "{} is fresh",
            new.id
        );
        assert_ne!(new.id, copy.id);
    }
    let mut segment_ids: Vec<&Id> = script.segments.iter().map(|s| &s.id).collect();
    segment_ids.sort();
    segment_ids.dedup();
    assert_eq!(segment_ids.len(), original_segments.len());

    assert!(copy.checklist_done.is_empty());
    assert_eq!(copy.actuals, None);
    assert_eq!(copy.review_notes, "");
    assert_eq!(copy.timer, None);
    assert!(!on_air(copy));
    assert_loads(&ws);
}

#[test]
fn duplicating_an_unknown_show_is_not_found_and_changes_nothing() {
    let (mut ws, _) = sample();
    let before = ws.clone();
    assert_eq!(
        ws.duplicate_show(
            &id("nope"),
            at(date(12, 5), 19, 0),
            &mut SequentialIds::new("c")
        ),
        Err(PlanError::NotFound)
    );
    assert_eq!(ws, before);
}

#[test]
fn duplicating_to_a_start_outside_the_allowed_years_is_refused_whole() {
    let (mut ws, _) = sample();
    let show_id = ws.shows[0].id.clone();
    let before = ws.clone();
    let far = NaiveDate::from_ymd_opt(2101, 1, 1)
        .unwrap()
        .and_hms_opt(20, 0, 0)
        .unwrap();
    let errors = invalid(ws.duplicate_show(&show_id, far, &mut SequentialIds::new("c")));
    assert_eq!(errors, [field_error("show.starts_at", Problem::BadDate)]);
    assert_eq!(ws, before);
}

// ------------------------------------------------------ remove/restore show

#[test]
fn a_removed_show_comes_back_at_its_place() {
    let (mut ws, _) = sample();
    let first = ws.shows[0].id.clone();
    let mut c = SequentialIds::new("c");
    let middle = ws
        .duplicate_show(&first, at(date(12, 5), 19, 0), &mut c)
        .unwrap();
    let last = ws
        .duplicate_show(&first, at(date(12, 6), 19, 0), &mut c)
        .unwrap();
    let before = ws.clone();

    let removed = ws.remove_show(&middle).unwrap();
    assert_eq!(removed.index, 1);
    assert_eq!(removed.show, before.shows[1]);
    assert_eq!(ids_of(&ws.shows), [first.as_str(), last.as_str()]);
    assert_eq!(ws.remove_show(&middle), Err(PlanError::NotFound));
    ws.restore_show(removed);
    assert_eq!(ws, before);
}

#[test]
fn undoing_two_show_removals_in_reverse_order_restores_the_calendar() {
    let (mut ws, _) = sample();
    let first = ws.shows[0].id.clone();
    let mut c = SequentialIds::new("c");
    for day in [5, 6, 7] {
        ws.duplicate_show(&first, at(date(12, day), 19, 0), &mut c)
            .unwrap();
    }
    let before = ws.clone();
    let second = ws.shows[1].id.clone();
    let a = ws.remove_show(&first).unwrap();
    let b = ws.remove_show(&second).unwrap();
    assert_eq!((a.index, b.index), (0, 0));
    assert_eq!(ws.shows.len(), 2);
    ws.restore_show(b);
    ws.restore_show(a);
    assert_eq!(ws, before);
}

// ------------------------------------------------------------ tick_checklist

#[test]
fn ticking_an_item_twice_records_it_once_and_unticking_removes_it() {
    let (mut ws, _) = sample();
    let show_id = ws.shows[0].id.clone();
    let checklist = ws.plans[0].checklist.clone();
    let first = checklist[0].id.clone();
    let warm_up = checklist[9].id.clone();
    assert_eq!(checklist[9].days_before, 3);

    ws.tick_checklist(&show_id, &first, true).unwrap();
    ws.tick_checklist(&show_id, &first, true).unwrap();
    ws.tick_checklist(&show_id, &warm_up, true).unwrap();
    ws.tick_checklist(&show_id, &first, true).unwrap();
    let done = &ws.shows[0].checklist_done;
    assert_eq!(done.len(), 2);
    assert_eq!(done.iter().filter(|i| **i == first).count(), 1);
    assert!(done.contains(&warm_up));

    ws.tick_checklist(&show_id, &first, false).unwrap();
    assert_eq!(ws.shows[0].checklist_done, vec![warm_up.clone()]);
    let before = ws.clone();
    ws.tick_checklist(&show_id, &first, false).unwrap();
    assert_eq!(ws, before, "unticking an open item changes nothing");
}

#[test]
fn ticks_feed_the_shows_readiness() {
    let (mut ws, _) = sample();
    let show_id = ws.shows[0].id.clone();
    let checklist = ws.plans[0].checklist.clone();
    // Seen on 22 November, the show of 25 November has its two warm-up items
    // (3 days before) due; the rest fall due later.
    let state = |ws: &Workspace| {
        let show = ws.show(&show_id).unwrap();
        readiness(
            &checklist,
            &show.checklist_done,
            show.starts_at.date(),
            date(11, 22),
        )
    };
    let start = state(&ws);
    assert_eq!((start.done, start.total), (0, 11));
    assert_eq!(
        start.overdue,
        [checklist[9].id.clone(), checklist[10].id.clone()]
    );

    ws.tick_checklist(&show_id, &checklist[9].id, true).unwrap();
    ws.tick_checklist(&show_id, &checklist[0].id, true).unwrap();
    ws.tick_checklist(&show_id, &checklist[0].id, true).unwrap();
    let ticked = state(&ws);
    assert_eq!(ticked.done, 2);
    assert_eq!(ticked.overdue, [checklist[10].id.clone()]);

    ws.tick_checklist(&show_id, &checklist[9].id, false)
        .unwrap();
    let unticked = state(&ws);
    assert_eq!(unticked.done, 1);
    assert_eq!(
        unticked.overdue,
        [checklist[9].id.clone(), checklist[10].id.clone()]
    );
}

#[test]
fn ticking_works_on_a_show_on_air_and_is_not_found_for_an_unknown_show() {
    let (mut ws, _) = sample();
    let show_id = ws.shows[0].id.clone();
    let item = ws.plans[0].checklist[0].id.clone();
    start_timer(&mut ws, &show_id);
    ws.tick_checklist(&show_id, &item, true).unwrap();
    assert_eq!(ws.shows[0].checklist_done, vec![item.clone()]);
    let before = ws.clone();
    assert_eq!(
        ws.tick_checklist(&id("nope"), &item, true),
        Err(PlanError::NotFound)
    );
    assert_eq!(ws, before);
}

// ------------------------------------------------------- add_plan / add_show

#[test]
fn an_invalid_new_plan_is_refused_whole_with_the_field_named() {
    let (mut ws, mut ids) = sample();
    let before = ws.clone();
    let long = new_plan(
        Lang::En,
        "x".repeat(MAX_NAME_CHARS + 1),
        Platform::Douyin,
        &mut ids,
    );
    assert_eq!(
        invalid(ws.add_plan(long)),
        [field_error(
            "plan.name",
            Problem::TooLong {
                max: MAX_NAME_CHARS
            }
        )]
    );

    let mut late_start = new_plan(Lang::En, "P".into(), Platform::Douyin, &mut ids);
    late_start.phases.push(Phase {
        id: ids.next_id(),
        kind: PhaseKind::Preparation,
        name: String::new(),
        start: date(12, 2),
        end: date(12, 1),
        shows_per_week: 0,
    });
    assert_eq!(
        invalid(ws.add_plan(late_start)),
        [field_error("plan.phases[0].end", Problem::EndBeforeStart)]
    );

    let mut far_ahead = new_plan(Lang::En, "P".into(), Platform::Douyin, &mut ids);
    far_ahead.checklist[0].days_before = 400;
    assert_eq!(
        invalid(ws.add_plan(far_ahead)),
        [field_error(
            "plan.checklist[0].days_before",
            Problem::OutOfRange {
                min: 0.0,
                max: 366.0
            }
        )]
    );
    assert_eq!(ws, before);
}

#[test]
fn an_invalid_new_show_is_refused_whole_with_the_field_named() {
    let (mut ws, mut ids) = sample();
    let before = ws.clone();
    let fresh = |ids: &mut SequentialIds| Show {
        id: ids.next_id(),
        ..before.shows[0].clone()
    };

    let mut zero = fresh(&mut ids);
    zero.planned_minutes = 0;
    assert_eq!(
        invalid(ws.add_show(zero)),
        [field_error(
            "show.planned_minutes",
            Problem::OutOfRange {
                min: 1.0,
                max: MAX_SHOW_MINUTES.into()
            }
        )]
    );

    let mut long = fresh(&mut ids);
    long.theme = "主".repeat(MAX_NAME_CHARS + 1);
    assert_eq!(
        invalid(ws.add_show(long)),
        [field_error(
            "show.theme",
            Problem::TooLong {
                max: MAX_NAME_CHARS
            }
        )]
    );

    let mut ancient = fresh(&mut ids);
    ancient.starts_at = NaiveDate::from_ymd_opt(1999, 12, 31)
        .unwrap()
        .and_hms_opt(20, 0, 0)
        .unwrap();
    assert_eq!(
        invalid(ws.add_show(ancient)),
        [field_error("show.starts_at", Problem::BadDate)]
    );
    assert_eq!(ws, before);

    // The same show with a sane length goes in, at the end of the list.
    let good = fresh(&mut ids);
    let good_id = good.id.clone();
    ws.add_show(good).unwrap();
    assert_eq!(ws.shows.last().unwrap().id, good_id);
    assert_loads(&ws);
}

#[test]
fn invalid_products_are_refused_whole_and_valid_changes_kept() {
    let (mut ws, mut ids) = sample();
    let before = ws.clone();
    let mut product = ws.products[0].clone();
    product.id = ids.next_id();
    product.margin_rate = 2.0;
    assert_eq!(
        invalid(ws.add_product(product)),
        [field_error(
            "product.margin_rate",
            Problem::OutOfRange { min: 0.0, max: 1.0 }
        )]
    );
    let product_id = ws.products[0].id.clone();
    assert_eq!(
        invalid(ws.update_product(&product_id, |p| p.price = -1.0)),
        [field_error("product.price", Problem::Negative)]
    );
    assert_eq!(ws, before);
    ws.update_product(&product_id, |p| p.stock = 7).unwrap();
    assert_eq!(ws.products[0].stock, 7);
}

// -------------------------------------------------------------------- budget

fn line(category: BudgetCategory, planned: f64, spent: f64) -> BudgetLine {
    BudgetLine {
        id: id("line"),
        category,
        item: String::new(),
        planned,
        spent,
    }
}

#[test]
fn the_sample_budget_totals_413000_in_people_equipment_traffic_marketing_order() {
    // By hand from samples/plan.rs: people 60 000 + 5 000, equipment
    // 25 000 + 3 000, traffic 20 000 + 30 000 + 150 000, marketing
    // 80 000 + 40 000; 413 000 in all, nothing spent yet.
    let (ws, _) = sample();
    let sum = summary(&ws.plans[0].budget, 4, 0);
    use BudgetCategory::*;
    assert_eq!(CATEGORIES, [People, Equipment, Traffic, Marketing]);
    let by_category: Vec<(BudgetCategory, f64, f64)> = sum
        .by_category
        .iter()
        .map(|(c, a)| (*c, a.planned, a.spent))
        .collect();
    assert_eq!(
        by_category,
        [
            (People, 65_000.0, 0.0),
            (Equipment, 28_000.0, 0.0),
            (Traffic, 200_000.0, 0.0),
            (Marketing, 120_000.0, 0.0)
        ]
    );
    assert_eq!(
        sum.total,
        Amounts {
            planned: 413_000.0,
            spent: 0.0
        }
    );
    assert_eq!(sum.total.remaining(), 413_000.0);
    assert_eq!(sum.total.used(), Some(0.0));
    assert!(!sum.total.over());
    assert_eq!(sum.planned_per_show, Some(103_250.0), "413 000 / 4");
    assert_eq!(sum.spent_per_held_show, None, "no show held yet");
}

#[test]
fn budget_categories_come_out_in_fixed_order_whatever_the_line_order() {
    use BudgetCategory::*;
    let lines = [
        line(Marketing, 4.0, 0.5),
        line(Traffic, 3.0, 0.0),
        line(Marketing, 40.0, 1.5),
        line(People, 1.0, 0.0),
        line(Equipment, 2.0, 8.0),
    ];
    let sum = summary(&lines, 1, 1);
    let got: Vec<(BudgetCategory, Amounts)> = sum.by_category.to_vec();
    let amounts = |planned, spent| Amounts { planned, spent };
    assert_eq!(
        got,
        [
            (People, amounts(1.0, 0.0)),
            (Equipment, amounts(2.0, 8.0)),
            (Traffic, amounts(3.0, 0.0)),
            (Marketing, amounts(44.0, 2.0))
        ]
    );
    assert_eq!(sum.total, amounts(50.0, 10.0));
}

#[test]
fn spending_over_the_plan_leaves_a_negative_remainder_and_counts_as_over() {
    let (ws, _) = sample();
    let mut lines = ws.plans[0].budget.clone();
    assert_eq!(lines[6].planned, 150_000.0, "paid promotion");
    lines[6].spent = 210_000.0;
    lines[0].spent = 30_000.0; // half the salaries
    let sum = summary(&lines, 4, 2);
    let traffic = sum.by_category[2].1;
    assert_eq!(traffic.remaining(), -10_000.0);
    assert!(traffic.over());
    assert_eq!(traffic.used(), Some(1.05));
    let people = sum.by_category[0].1;
    assert_eq!(people.remaining(), 35_000.0);
    assert!(!people.over());
    assert_eq!(sum.total.spent, 240_000.0);
    assert_eq!(sum.total.remaining(), 173_000.0);
    assert!(!sum.total.over());
    assert_eq!(sum.spent_per_held_show, Some(120_000.0), "240 000 / 2");
    assert_eq!(sum.planned_per_show, Some(103_250.0));
}

#[test]
fn the_share_used_is_none_when_nothing_was_planned() {
    use BudgetCategory::*;
    // Spending with nothing planned: over, negative remainder, no share.
    let sum = summary(&[line(People, 0.0, 500.0)], 0, 0);
    let people = sum.by_category[0].1;
    assert_eq!(people.used(), None);
    assert!(people.over());
    assert_eq!(people.remaining(), -500.0);
    // A category without lines at all.
    assert_eq!(sum.by_category[1].1, Amounts::default());
    assert_eq!(sum.by_category[1].1.used(), None);
    assert!(!sum.by_category[1].1.over());

    let empty = summary(&[], 0, 0);
    assert_eq!(empty.total, Amounts::default());
    assert_eq!(empty.total.used(), None);
}

#[test]
fn per_show_costs_need_scheduled_and_held_shows() {
    use BudgetCategory::*;
    let lines = [line(Traffic, 9_000.0, 3_000.0)];
    let none = summary(&lines, 0, 0);
    assert_eq!(none.planned_per_show, None);
    assert_eq!(none.spent_per_held_show, None, "spent, but no show held");
    let some = summary(&lines, 3, 4);
    assert_eq!(some.planned_per_show, Some(3_000.0));
    assert_eq!(some.spent_per_held_show, Some(750.0));
}

// ------------------------------------------------------------------ new_plan

#[test]
fn a_new_plan_in_either_language_passes_the_checks_with_a_checklist_and_emergency_plans() {
    for lang in [Lang::ZhCn, Lang::En] {
        let (mut ws, mut ids) = sample();
        let plan = new_plan(lang, "P".into(), Platform::TaobaoLive, &mut ids);
        assert_eq!(plan.name, "P");
        assert_eq!(plan.platform, Platform::TaobaoLive);
        assert!(plan.phases.is_empty(), "{lang:?}");
        assert_eq!(plan.targets, Targets::default(), "{lang:?}");
        assert!(plan.lineup.is_empty() && plan.budget.is_empty() && plan.themes.is_empty());
        assert!(!plan.checklist.is_empty(), "{lang:?}");
        assert!(
            plan.checklist
                .iter()
                .any(|item| item.days_before == 3 && item.category == ChecklistCategory::WarmUp),
            "a warm-up three days before, {lang:?}"
        );
        assert!(plan.checklist.iter().all(|item| !item.text.is_empty()));
        for situation in [
            Emergency::NetworkDrop,
            Emergency::HostileComments,
            Emergency::MisspokenPrice,
            Emergency::AnchorUnwell,
            Emergency::StockOut,
        ] {
            assert!(
                plan.emergency_plans
                    .iter()
                    .any(|e| e.situation == situation && !e.action.is_empty()),
                "{situation:?} in {lang:?}"
            );
        }
        let mut all_ids: Vec<&Id> = std::iter::once(&plan.id)
            .chain(plan.checklist.iter().map(|i| &i.id))
            .chain(plan.emergency_plans.iter().map(|e| &e.id))
            .collect();
        let count = all_ids.len();
        all_ids.sort();
        all_ids.dedup();
        assert_eq!(all_ids.len(), count, "every id is fresh");

        ws.add_plan(plan.clone()).unwrap();
        assert_eq!(ws.plans.last(), Some(&plan));
        assert_loads(&ws);
    }
}

#[test]
fn a_new_plan_differs_between_languages_only_in_its_words() {
    let zh = new_plan(
        Lang::ZhCn,
        "P".into(),
        Platform::Douyin,
        &mut SequentialIds::new("p"),
    );
    let en = new_plan(
        Lang::En,
        "P".into(),
        Platform::Douyin,
        &mut SequentialIds::new("p"),
    );
    let shape = |p: &Plan| {
        (
            p.checklist
                .iter()
                .map(|i| (i.id.clone(), i.category, i.days_before))
                .collect::<Vec<_>>(),
            p.emergency_plans
                .iter()
                .map(|e| (e.id.clone(), e.situation, e.owner))
                .collect::<Vec<_>>(),
        )
    };
    assert_eq!(shape(&zh), shape(&en));
    assert_ne!(zh.checklist[0].text, en.checklist[0].text);
    assert_ne!(zh.emergency_plans[0].action, en.emergency_plans[0].action);
}

#[test]
fn an_entry_whose_id_is_taken_is_refused_and_changes_nothing() {
    let (mut ws, mut ids) = sample();
    let before = ws.clone();
    let mut plan = new_plan(Lang::ZhCn, "P".into(), Platform::Douyin, &mut ids);
    plan.id = ws.plans[0].id.clone();
    assert!(matches!(ws.add_plan(plan), Err(PlanError::Invalid(_))));
    assert!(matches!(
        ws.add_show(ws.shows[0].clone()),
        Err(PlanError::Invalid(_))
    ));
    assert!(matches!(
        ws.add_product(ws.products[0].clone()),
        Err(PlanError::Invalid(_))
    ));
    assert_eq!(ws, before);
    // The workspace still loads: no command let a duplicate in.
    assert_loads(&ws);
}
