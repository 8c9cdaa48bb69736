//! Plan and show commands: each leaves a valid workspace or changes nothing,
//! a phase's cadence fills the calendar once, a show on air keeps its date,
//! removals come back whole, and the budget adds up.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use livedesk_core::model::*;
use livedesk_core::plans::budget::{summary, CATEGORIES};
use livedesk_core::plans::edit::{on_air, PlanError, ShowDefaults};
use livedesk_core::plans::readiness::readiness;
use livedesk_core::samples::{first_run_workspace, new_plan};
use livedesk_core::timer::{Command, TimerState};
use livedesk_core::Lang;

fn date(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).unwrap()
}

fn at(day: NaiveDate, h: u32) -> NaiveDateTime {
    day.and_time(NaiveTime::from_hms_opt(h, 0, 0).unwrap())
}

fn sample() -> (Workspace, SequentialIds) {
    let mut ids = SequentialIds::new("s");
    let ws = first_run_workspace(Lang::ZhCn, date(11, 22), &mut ids);
    (ws, SequentialIds::new("n"))
}

/// A sample workspace with a second, empty plan holding one phase.
fn with_phase(start: NaiveDate, end: NaiveDate, per_week: u8) -> (Workspace, Id, Id) {
    let (mut ws, mut ids) = sample();
    let mut plan = new_plan(Lang::ZhCn, "冲刺".into(), Platform::Kuaishou, &mut ids);
    plan.themes = vec!["A".into(), "B".into()];
    let phase_id = ids.next_id();
    plan.phases.push(Phase {
        id: phase_id.clone(),
        kind: PhaseKind::Stable,
        name: String::new(),
        start,
        end,
        shows_per_week: per_week,
    });
    let plan_id = plan.id.clone();
    ws.add_plan(plan).unwrap();
    (ws, plan_id, phase_id)
}

fn defaults() -> ShowDefaults {
    ShowDefaults::evening("直播".into())
}

#[test]
fn a_refused_plan_change_leaves_the_plan_as_it_was() {
    let (mut ws, mut ids) = sample();
    let id = ws.plans[0].id.clone();
    let before = ws.clone();
    let bad_phase = Phase {
        id: ids.next_id(),
        kind: PhaseKind::Trial,
        name: String::new(),
        start: date(12, 10),
        end: date(12, 1),
        shows_per_week: 3,
    };
    let Err(PlanError::Invalid(errors)) = ws.update_plan(&id, |p| p.phases.push(bad_phase)) else {
        panic!("a phase ending before it starts is refused");
    };
    assert!(errors[0].path.contains("phases"), "{errors:?}");
    let Err(PlanError::Invalid(errors)) =
        ws.update_plan(&id, |p| p.targets.click_through_rate = Some(1.5))
    else {
        panic!("a rate above 100 % is refused");
    };
    assert!(errors[0].path.ends_with("click_through_rate"), "{errors:?}");
    assert!(ws.update_plan(&id, |p| p.name = "名".repeat(201)).is_err());
    assert_eq!(ws, before);

    let other = Id::new("nope").unwrap();
    assert_eq!(ws.update_plan(&other, |_| {}), Err(PlanError::NotFound));
    // The closure cannot change which plan it is.
    ws.update_plan(&id, |p| p.id = Id::new("hijack").unwrap())
        .unwrap();
    assert_eq!(ws.plans[0].id, id);
}

#[test]
fn a_removed_plan_takes_only_its_shows_and_comes_back_in_place() {
    let (ws0, plan_id, phase_id) = with_phase(date(12, 1), date(12, 14), 3);
    let mut ws = ws0.clone();
    ws.schedule_phase(
        &plan_id,
        &phase_id,
        &defaults(),
        &mut SequentialIds::new("x"),
    )
    .unwrap();
    // Interleave: a show of the sample plan after the new plan's shows.
    let sample_show = ws.shows[0].clone();
    ws.duplicate_show(
        &sample_show.id,
        at(date(12, 20), 20),
        &mut SequentialIds::new("y"),
    )
    .unwrap();
    let before = ws.clone();
    let removed = ws.remove_plan(&plan_id).unwrap();
    assert_eq!(removed.shows.len(), 6);
    assert_eq!(ws.plans.len(), 1);
    assert_eq!(ws.shows.len(), 2, "the sample plan's shows stay");
    assert!(ws
        .shows
        .iter()
        .all(|s| s.plan_id.as_ref() != Some(&plan_id)));
    ws.restore_plan(removed);
    assert_eq!(ws, before);
}

#[test]
fn a_phase_cadence_fills_the_calendar_once() {
    // 1–14 December 2026 at 3 a week: Mon/Wed/Fri.
    let (mut ws, plan_id, phase_id) = with_phase(date(12, 1), date(12, 14), 3);
    assert_eq!(ws.phase_shortfall(&plan_id, &phase_id), 6);
    let added = ws
        .schedule_phase(
            &plan_id,
            &phase_id,
            &defaults(),
            &mut SequentialIds::new("x"),
        )
        .unwrap();
    assert_eq!(added, 6);
    let shows = ws.plan_shows(&plan_id);
    let days: Vec<u32> = shows
        .iter()
        .map(|s| chrono::Datelike::day(&s.starts_at))
        .collect();
    assert_eq!(days, [2, 4, 7, 9, 11, 14]);
    for (n, show) in shows.iter().enumerate() {
        assert_eq!(
            show.starts_at.time(),
            NaiveTime::from_hms_opt(20, 0, 0).unwrap()
        );
        assert_eq!(show.platform, Platform::Kuaishou);
        assert_eq!(show.planned_minutes, 120);
        assert_eq!(show.title, "直播");
        assert_eq!(show.theme, ["A", "B"][n % 2], "themes are taken in turn");
    }
    assert_eq!(ws.phase_shortfall(&plan_id, &phase_id), 0);
    let again = ws
        .schedule_phase(
            &plan_id,
            &phase_id,
            &defaults(),
            &mut SequentialIds::new("z"),
        )
        .unwrap();
    assert_eq!(again, 0);
}

#[test]
fn existing_shows_of_the_plan_count_toward_a_day_but_not_other_plans_shows() {
    let (mut ws, plan_id, phase_id) = with_phase(date(12, 1), date(12, 7), 3);
    // The sample plan's show on Wednesday 2 December does not count.
    let sample_show = ws.shows[0].id.clone();
    ws.move_show(&sample_show, date(12, 2)).unwrap();
    assert_eq!(ws.phase_shortfall(&plan_id, &phase_id), 3);
    // A show of this plan on Friday 4 December does.
    let plan = ws.plan(&plan_id).unwrap().clone();
    ws.add_show(Show::scheduled(
        Id::new("mine").unwrap(),
        &plan,
        at(date(12, 4), 10),
        &defaults(),
    ))
    .unwrap();
    assert_eq!(ws.phase_shortfall(&plan_id, &phase_id), 2);
    let added = ws
        .schedule_phase(
            &plan_id,
            &phase_id,
            &defaults(),
            &mut SequentialIds::new("x"),
        )
        .unwrap();
    assert_eq!(added, 2);
    assert_eq!(ws.plan_shows(&plan_id).len(), 3);
}

#[test]
fn fourteen_a_week_puts_two_shows_on_each_day() {
    let (mut ws, plan_id, phase_id) = with_phase(date(12, 1), date(12, 3), 14);
    let added = ws
        .schedule_phase(
            &plan_id,
            &phase_id,
            &defaults(),
            &mut SequentialIds::new("x"),
        )
        .unwrap();
    assert_eq!(added, 6);
}

#[test]
fn scheduling_refuses_unknown_phases_and_bad_defaults_without_adding_anything() {
    let (mut ws, plan_id, phase_id) = with_phase(date(12, 1), date(12, 14), 3);
    let before = ws.clone();
    let nope = Id::new("nope").unwrap();
    let mut ids = SequentialIds::new("x");
    assert_eq!(
        ws.schedule_phase(&nope, &phase_id, &defaults(), &mut ids),
        Err(PlanError::NotFound)
    );
    assert_eq!(
        ws.schedule_phase(&plan_id, &nope, &defaults(), &mut ids),
        Err(PlanError::NotFound)
    );
    let zero = ShowDefaults {
        planned_minutes: 0,
        ..defaults()
    };
    assert!(matches!(
        ws.schedule_phase(&plan_id, &phase_id, &zero, &mut ids),
        Err(PlanError::Invalid(_))
    ));
    assert_eq!(ws, before);
}

#[test]
fn a_show_on_air_keeps_its_date_but_not_its_words() {
    let (mut ws, _) = sample();
    let id = ws.shows[0].id.clone();
    let time = ws.shows[0].starts_at.time();
    ws.move_show(&id, date(12, 1)).unwrap();
    assert_eq!(ws.shows[0].starts_at, date(12, 1).and_time(time));
    assert!(!on_air(&ws.shows[0]));

    // Start its timer.
    let show = &mut ws.shows[0];
    let segments = show.script.as_ref().unwrap().segments.clone();
    let mut timer = TimerState::new();
    timer.apply(Command::Toggle, &segments, 1_800_000_000_000);
    show.timer = Some(timer);
    assert!(on_air(&ws.shows[0]));
    assert_eq!(ws.move_show(&id, date(12, 2)), Err(PlanError::ShowStarted));
    ws.update_show(&id, |s| s.title = "改名".into()).unwrap();
    assert_eq!(ws.shows[0].title, "改名");
    assert_eq!(ws.shows[0].starts_at.date(), date(12, 1));

    // Figures entered count as on air too.
    let (mut ws, _) = sample();
    let id = ws.shows[0].id.clone();
    ws.update_show(&id, |s| s.actuals = Some(ShowActuals::default()))
        .unwrap();
    assert_eq!(ws.move_show(&id, date(12, 2)), Err(PlanError::ShowStarted));
}

#[test]
fn a_copied_show_keeps_its_plan_and_script_but_not_what_happened_on_air() {
    let (mut ws, _) = sample();
    let id = ws.shows[0].id.clone();
    ws.update_show(&id, |s| {
        s.review_notes = "复盘".into();
        s.actuals = Some(ShowActuals::default());
    })
    .unwrap();
    let item = ws.plans[0].checklist[0].id.clone();
    ws.tick_checklist(&id, &item, true).unwrap();
    let original = ws.shows[0].clone();
    let copy_id = ws
        .duplicate_show(&id, at(date(12, 5), 19), &mut SequentialIds::new("c"))
        .unwrap();
    let copy = ws.show(&copy_id).unwrap();
    assert_ne!(copy.id, original.id);
    assert_eq!(copy.starts_at, at(date(12, 5), 19));
    assert_eq!(
        (
            &copy.title,
            &copy.theme,
            copy.planned_minutes,
            &copy.assignments,
            &copy.plan_id
        ),
        (
            &original.title,
            &original.theme,
            original.planned_minutes,
            &original.assignments,
            &original.plan_id
        )
    );
    let (a, b) = (
        &original.script.as_ref().unwrap().segments,
        &copy.script.as_ref().unwrap().segments,
    );
    assert_eq!(a.len(), b.len());
    for (x, y) in a.iter().zip(b) {
        assert_ne!(x.id, y.id, "segment ids are fresh");
        assert_eq!((&x.title, x.planned_seconds), (&y.title, y.planned_seconds));
    }
    assert!(copy.checklist_done.is_empty());
    assert!(copy.actuals.is_none() && copy.timer.is_none() && copy.review_notes.is_empty());
    assert_eq!(
        ws.duplicate_show(
            &Id::new("nope").unwrap(),
            at(date(12, 5), 19),
            &mut SequentialIds::new("c")
        ),
        Err(PlanError::NotFound)
    );
}

#[test]
fn a_removed_show_comes_back_in_place() {
    let (mut ws, _) = sample();
    let id = ws.shows[0].id.clone();
    ws.duplicate_show(&id, at(date(12, 5), 19), &mut SequentialIds::new("c"))
        .unwrap();
    let before = ws.clone();
    let removed = ws.remove_show(&id).unwrap();
    assert_eq!(ws.shows.len(), 1);
    assert_eq!(ws.remove_show(&id), Err(PlanError::NotFound));
    ws.restore_show(removed);
    assert_eq!(ws, before);
}

#[test]
fn ticks_are_counted_once_and_feed_readiness() {
    let (mut ws, _) = sample();
    let show_id = ws.shows[0].id.clone();
    let checklist = ws.plans[0].checklist.clone();
    let (first, second) = (checklist[0].id.clone(), checklist[1].id.clone());
    let ready = |ws: &Workspace| {
        let show = &ws.shows[0];
        readiness(
            &checklist,
            &show.checklist_done,
            show.starts_at.date(),
            date(11, 22),
        )
        .done
    };
    ws.tick_checklist(&show_id, &first, true).unwrap();
    ws.tick_checklist(&show_id, &first, true).unwrap();
    ws.tick_checklist(&show_id, &second, true).unwrap();
    assert_eq!(ws.shows[0].checklist_done.len(), 2);
    assert_eq!(ready(&ws), 2);
    ws.tick_checklist(&show_id, &first, false).unwrap();
    assert_eq!(ready(&ws), 1);
    assert_eq!(
        ws.tick_checklist(&Id::new("nope").unwrap(), &first, true),
        Err(PlanError::NotFound)
    );
}

#[test]
fn invalid_new_plans_products_and_shows_are_refused_whole() {
    let (mut ws, mut ids) = sample();
    let before = ws.clone();
    let long = new_plan(Lang::En, "x".repeat(201), Platform::Douyin, &mut ids);
    assert!(matches!(ws.add_plan(long), Err(PlanError::Invalid(_))));
    let mut show = ws.shows[0].clone();
    show.id = ids.next_id();
    show.planned_minutes = 0;
    assert!(matches!(ws.add_show(show), Err(PlanError::Invalid(_))));
    let mut product = ws.products[0].clone();
    product.id = ids.next_id();
    product.margin_rate = 2.0;
    assert!(matches!(
        ws.add_product(product),
        Err(PlanError::Invalid(_))
    ));
    let product_id = ws.products[0].id.clone();
    assert!(ws.update_product(&product_id, |p| p.price = -1.0).is_err());
    assert_eq!(ws, before);
    ws.update_product(&product_id, |p| p.stock = 7).unwrap();
    assert_eq!(ws.products[0].stock, 7);
}

#[test]
fn the_sample_budget_adds_up_by_category() {
    let (ws, _) = sample();
    let budget = &ws.plans[0].budget;
    let sum = summary(budget, 4, 0);
    let planned: Vec<f64> = sum.by_category.iter().map(|(_, a)| a.planned).collect();
    assert_eq!(planned, [65_000.0, 28_000.0, 200_000.0, 120_000.0]);
    assert_eq!(
        sum.by_category.map(|(c, _)| c),
        CATEGORIES,
        "people, equipment, traffic, marketing"
    );
    assert_eq!(sum.total.planned, 413_000.0);
    assert_eq!(sum.planned_per_show, Some(103_250.0));
    assert_eq!(sum.spent_per_held_show, None, "no show held yet");
    assert_eq!(sum.total.used(), Some(0.0));

    let mut lines = budget.clone();
    lines[6].spent = 210_000.0; // paid promotion
    let sum = summary(&lines, 4, 2);
    let traffic = sum.by_category[2].1;
    assert!(traffic.over());
    assert_eq!(traffic.remaining(), -10_000.0);
    assert_eq!(sum.spent_per_held_show, Some(105_000.0));
    let empty = summary(&[], 0, 0);
    assert_eq!(empty.total.used(), None);
    assert_eq!(empty.planned_per_show, None);
}

#[test]
fn a_new_plan_starts_with_a_checklist_and_emergency_plans_in_both_languages() {
    for lang in [Lang::ZhCn, Lang::En] {
        let (mut ws, mut ids) = sample();
        let plan = new_plan(lang, "P".into(), Platform::TaobaoLive, &mut ids);
        assert!(plan.phases.is_empty() && plan.lineup.is_empty());
        assert_eq!(plan.targets, Targets::default());
        assert!(plan.checklist.len() >= 5);
        assert!(
            plan.checklist.iter().any(|item| item.days_before == 3),
            "warm-up"
        );
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
        ws.add_plan(plan).unwrap();
    }
}
