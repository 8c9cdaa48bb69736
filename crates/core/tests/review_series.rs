//! The numbers the review's charts draw: a show's funnel, its metrics against
//! the plan's per-show targets, and one metric across a plan's shows.

use chrono::{NaiveDate, NaiveDateTime};
use livedesk_core::kpi::Metric;
use livedesk_core::lang::Lang;
use livedesk_core::model::{Id, SequentialIds, Show, ShowActuals, Workspace};
use livedesk_core::plans::edit::ShowDefaults;
use livedesk_core::review::{funnel, show_review, trend, Stage};
use livedesk_core::samples::first_run_workspace;

fn id(raw: &str) -> Id {
    Id::new(raw).unwrap()
}

fn december(day: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 12, day)
        .unwrap()
        .and_hms_opt(20, 0, 0)
        .unwrap()
}

fn figures(viewers: u64, gmv: f64) -> ShowActuals {
    ShowActuals {
        viewers,
        product_clicks: viewers / 20,
        orders: viewers / 400,
        gmv,
        ..ShowActuals::default()
    }
}

/// The sample workspace (its plan: ¥5,000,000 a month, 50,000 viewers a
/// show; its one show on Nov 25 without figures) with three December shows
/// added out of order: Dec 9 without figures, Dec 5 with 0 viewers, Dec 2.
fn sample_with_december() -> (Workspace, Id) {
    let mut ids = SequentialIds::new("s");
    let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    let mut ws = first_run_workspace(Lang::ZhCn, today, &mut ids);
    let plan = ws.plans[0].clone();
    let defaults = ShowDefaults::evening("直播".into());
    for (raw, day, actuals) in [
        ("dec9", 9, None),
        ("dec5", 5, Some(figures(0, 300_000.0))),
        ("dec2", 2, Some(figures(40_000, 200_000.0))),
    ] {
        let show = Show {
            actuals,
            ..Show::scheduled(id(raw), &plan, december(day), &defaults)
        };
        ws.add_show(show).unwrap();
    }
    (ws, plan.id)
}

#[test]
fn the_funnel_of_the_seed_show_steps_at_five_then_three_percent() {
    let stages = funnel(&ShowActuals {
        viewers: 50_000,
        product_clicks: 2_500,
        orders: 75,
        ..ShowActuals::default()
    });
    assert_eq!(
        stages.map(|s| (s.stage, s.count)),
        [
            (Stage::Viewers, 50_000),
            (Stage::Clicks, 2_500),
            (Stage::Orders, 75)
        ]
    );
    assert_eq!(stages[0].from_previous, None);
    assert_eq!(stages[1].from_previous, Some(0.05));
    assert_eq!(stages[2].from_previous, Some(0.03));
}

#[test]
fn a_funnel_step_after_zero_has_no_rate() {
    let stages = funnel(&ShowActuals {
        orders: 3,
        ..ShowActuals::default()
    });
    assert_eq!(stages[1].from_previous, None);
    assert_eq!(
        stages[2].from_previous, None,
        "0 clicks: no conversion, not ∞"
    );
}

#[test]
fn a_review_spreads_the_monthly_gmv_over_the_shows_of_that_month() {
    let (ws, _) = sample_with_december();
    let show = ws.show(&id("dec2")).unwrap();
    let lines = show_review(&ws, show).unwrap();
    let gmv = lines.iter().find(|l| l.metric == Metric::Gmv).unwrap();
    assert_eq!(gmv.actual, Some(200_000.0));
    assert_eq!(
        gmv.target,
        Some(5_000_000.0 / 3.0),
        "three shows in December"
    );
    let viewers = lines.iter().find(|l| l.metric == Metric::Viewers).unwrap();
    assert_eq!(viewers.attainment(), Some(0.8));
    assert_eq!(viewers.missed(), Some(true));
}

#[test]
fn a_show_without_figures_has_no_review_and_one_without_a_plan_no_targets() {
    let (mut ws, _) = sample_with_december();
    assert_eq!(show_review(&ws, ws.show(&id("dec9")).unwrap()), None);
    ws.update_show(&id("dec2"), |show| show.plan_id = None)
        .unwrap();
    let lines = show_review(&ws, ws.show(&id("dec2")).unwrap()).unwrap();
    assert!(lines.iter().all(|l| l.target.is_none()));
    assert!(lines.iter().any(|l| l.actual.is_some()));
}

#[test]
fn a_trend_lists_the_plans_reviewed_shows_in_start_order() {
    let (ws, plan_id) = sample_with_december();
    let gmv = trend(&ws, &plan_id, Metric::Gmv);
    let shows: Vec<&str> = gmv.iter().map(|p| p.show_id.as_str()).collect();
    assert_eq!(shows, ["dec2", "dec5"], "Nov 25 and Dec 9 have no figures");
    assert_eq!(gmv[0].starts_at, december(2));
    assert_eq!(gmv[1].actual, Some(300_000.0));
    assert_eq!(gmv[1].target, Some(5_000_000.0 / 3.0));

    let uv_value = trend(&ws, &plan_id, Metric::UvValue);
    assert_eq!(
        uv_value[0].actual,
        Some(5.0),
        "¥200,000 over 40,000 viewers"
    );
    assert_eq!(uv_value[1].actual, None, "no viewers: no UV value");

    assert!(trend(&ws, &id("no-such-plan"), Metric::Gmv).is_empty());
}
