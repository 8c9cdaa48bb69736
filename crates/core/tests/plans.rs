//! Plan rules: lineup warnings and checklist readiness.

use chrono::NaiveDate;
use livedesk_core::model::*;
use livedesk_core::plans::lineup::{warnings, LineupWarning};
use livedesk_core::plans::readiness::readiness;
use livedesk_core::samples::first_run_workspace;
use livedesk_core::Lang;

fn id(raw: &str) -> Id {
    Id::new(raw).unwrap()
}

fn date(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
}

fn item(product: &str, tier: Tier, expected: u64) -> LineupItem {
    LineupItem {
        product_id: id(product),
        tier,
        expected_units_per_show: expected,
    }
}

fn product(raw: &str, stock: u64) -> Product {
    Product {
        id: id(raw),
        name: raw.to_owned(),
        sku: String::new(),
        category: String::new(),
        price: 10.0,
        live_price: 9.0,
        stock,
        margin_rate: 0.3,
        coupon: String::new(),
        selling_points: Vec::new(),
        compliance_note: String::new(),
    }
}

#[test]
fn a_lineup_needs_a_traffic_driver_a_profit_product_and_stock_for_a_show() {
    let products = [product("a", 100), product("b", 5)];
    assert_eq!(warnings(&[], &products), [LineupWarning::Empty]);
    assert_eq!(
        warnings(&[item("a", Tier::Strategic, 10)], &products),
        [
            LineupWarning::NoTrafficDriver,
            LineupWarning::NoProfitProduct
        ]
    );
    assert_eq!(
        warnings(
            &[
                item("a", Tier::TrafficDriver, 100),
                item("b", Tier::Profit, 6),
                item("gone", Tier::Profit, 1)
            ],
            &products
        ),
        [
            LineupWarning::StockBelowOneShow {
                product_id: id("b"),
                stock: 5,
                expected: 6
            },
            LineupWarning::UnknownProduct {
                product_id: id("gone")
            },
        ],
        "stock equal to a show's sales is enough"
    );
}

#[test]
fn the_sample_plan_lineup_has_no_warnings() {
    let ws = first_run_workspace(Lang::ZhCn, date(1), &mut SequentialIds::new("s"));
    assert_eq!(warnings(&ws.plans[0].lineup, &ws.products), []);
}

fn check(raw: &str, days_before: u16) -> ChecklistItem {
    ChecklistItem {
        id: id(raw),
        category: ChecklistCategory::Other,
        text: raw.to_owned(),
        days_before,
    }
}

#[test]
fn items_become_overdue_on_their_lead_day() {
    let list = [check("warm-up", 3), check("stock", 1), check("mic", 0)];
    let show = date(20);
    let on = |today, ticked: &[&str]| {
        let ticked: Vec<Id> = ticked.iter().map(|t| id(t)).collect();
        readiness(&list, &ticked, show, today)
    };
    assert_eq!(on(date(16), &[]).overdue, Vec::<Id>::new());
    assert_eq!(on(date(17), &[]).overdue, [id("warm-up")]);
    assert_eq!(on(date(19), &["warm-up"]).overdue, [id("stock")]);
    let day_of = on(date(20), &["warm-up", "stock", "gone"]);
    assert_eq!(
        (day_of.done, day_of.total),
        (2, 3),
        "a tick of a removed item does not count"
    );
    assert_eq!(day_of.overdue, [id("mic")]);
    assert!(!day_of.is_complete());
    assert!(on(date(20), &["warm-up", "stock", "mic"]).is_complete());
    assert!(readiness(&[], &[], show, date(1)).is_complete());
}

fn show(day: u32, month: u32, gmv: Option<f64>) -> Show {
    let ws = first_run_workspace(Lang::ZhCn, date(1), &mut SequentialIds::new("s"));
    let mut show = ws.shows[0].clone();
    show.starts_at = NaiveDate::from_ymd_opt(2026, month, day)
        .unwrap()
        .and_hms_opt(20, 0, 0)
        .unwrap();
    show.actuals = gmv.map(|gmv| ShowActuals {
        gmv,
        ..ShowActuals::default()
    });
    show
}

#[test]
fn pace_spreads_what_is_missing_over_the_shows_left() {
    use livedesk_core::plans::pace::month_pace;
    let shows = [
        show(3, 11, Some(120_000.0)),
        show(10, 11, Some(80_000.0)),
        show(31, 10, Some(999_999.0)),
        show(1, 12, None),
        show(22, 11, None),
        show(25, 11, None),
        show(28, 11, None),
        show(15, 11, None),
    ];
    let pace = month_pace(500_000.0, &shows, date(22));
    assert_eq!(pace.gmv_to_date, 200_000.0, "other months do not count");
    assert_eq!(
        pace.remaining_shows, 3,
        "today's show counts, a past one without figures does not"
    );
    assert_eq!(pace.needed_per_show, Some(100_000.0));
    assert!(!pace.met());

    let late = month_pace(500_000.0, &shows, date(29));
    assert_eq!((late.remaining_shows, late.needed_per_show), (0, None));
    let met = month_pace(150_000.0, &shows, date(22));
    assert_eq!(met.needed_per_show, Some(0.0));
    assert!(met.met());
}

#[test]
fn a_timer_is_on_air_while_running_or_paused_and_not_before_or_after() {
    use livedesk_core::timer::TimerState;
    let mut ws = first_run_workspace(Lang::ZhCn, date(1), &mut SequentialIds::new("s"));
    assert!(!ws.timer_on_air(), "no timer has started");
    let show = ws
        .shows
        .iter()
        .position(|s| s.script.is_some())
        .expect("a sample show has a script");
    let segments = ws.shows[show].script.as_ref().unwrap().segments.clone();
    let mut timer = TimerState::new();
    ws.shows[show].timer = Some(timer.clone());
    assert!(!ws.timer_on_air(), "a ready timer is not on air");
    timer.start(&segments, 1_000);
    ws.shows[show].timer = Some(timer.clone());
    assert!(ws.timer_on_air(), "running");
    timer.pause(2_000);
    ws.shows[show].timer = Some(timer.clone());
    assert!(ws.timer_on_air(), "paused mid-show is still on air");
    timer.finish(3_000);
    ws.shows[show].timer = Some(timer);
    assert!(!ws.timer_on_air(), "a finished show is off air");
}
