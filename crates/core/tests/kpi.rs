//! The metric formulas against worked examples, including the seed plan's
//! figures, and their guards: a zero denominator gives no value, never 0 or NaN.

use livedesk_core::kpi::*;
use livedesk_core::model::{ShowActuals, Targets};

fn close(actual: Option<f64>, expected: Option<f64>, what: &str) {
    match (actual, expected) {
        (Some(a), Some(e)) => assert!(
            (a - e).abs() <= 1e-9 * e.abs().max(1.0),
            "{what}: got {a}, expected {e}"
        ),
        (a, e) => assert_eq!(a, e, "{what}"),
    }
}

/// A show with round figures: 50,000 viewers, 5 % click, 3 % of clicks order, ¥200 a order.
fn seed_show() -> ShowActuals {
    ShowActuals {
        viewers: 50_000,
        views: 80_000,
        peak_online: 4_000,
        avg_watch_seconds: 95,
        new_followers: 1_500,
        product_exposures: 40_000,
        product_clicks: 2_500,
        orders: 75,
        buyers: 60,
        gmv: 15_000.0,
        interacting_viewers: 5_000,
        comments: 3_200,
        shares: 400,
        gift_value: 800.0,
        spend: 5_000.0,
        refunded_orders: 6,
        refund_amount: 1_200.0,
    }
}

#[test]
fn every_metric_of_the_seed_show() {
    let show = seed_show();
    let cases: [(Metric, f64); 23] = [
        (Metric::Viewers, 50_000.0),
        (Metric::PeakOnline, 4_000.0),
        (Metric::AverageWatchSeconds, 95.0),
        (Metric::FollowRate, 0.03),
        (Metric::ClickThroughRate, 0.05),
        (Metric::ClickThroughPerExposure, 0.0625),
        (Metric::ConversionRate, 0.03),
        (Metric::ViewerConversion, 0.0012),
        (Metric::Orders, 75.0),
        (Metric::Gmv, 15_000.0),
        (Metric::AovPerOrder, 200.0),
        (Metric::AovPerBuyer, 250.0),
        (Metric::UvValue, 0.3),
        (Metric::Gpm, 187.5),
        (Metric::InteractionRate, 0.1),
        (Metric::Comments, 3_200.0),
        (Metric::ShareRate, 0.008),
        (Metric::GiftValue, 800.0),
        (Metric::Spend, 5_000.0),
        (Metric::CostPerViewer, 0.1),
        (Metric::Roi, 3.0),
        (Metric::ReturnRateByOrders, 0.08),
        (Metric::ReturnRateByAmount, 0.08),
    ];
    for (metric, expected) in cases {
        close(metric.of(&show), Some(expected), &format!("{metric:?}"));
    }
    assert_eq!(cases.len(), Metric::ALL.len(), "every metric has a case");
}

#[test]
fn a_show_with_nothing_counted_has_no_rates() {
    let empty = ShowActuals::default();
    for metric in Metric::ALL {
        let value = metric.of(&empty);
        match metric.unit() {
            Unit::Rate | Unit::Times => assert_eq!(value, None, "{metric:?}"),
            Unit::Money if !matches!(metric, Metric::Gmv | Metric::GiftValue | Metric::Spend) => {
                assert_eq!(value, None, "{metric:?}")
            }
            _ => assert_eq!(value, Some(0.0), "{metric:?}"),
        }
    }
}

#[test]
fn the_funnel_multiplies_and_solves_for_any_factor() {
    let funnel = Funnel {
        viewers: 50_000.0,
        click_through_rate: 0.05,
        conversion_rate: 0.03,
        average_order_value: 200.0,
    };
    close(Some(funnel.clicks()), Some(2_500.0), "clicks");
    close(Some(funnel.orders()), Some(75.0), "orders");
    close(Some(funnel.gmv()), Some(15_000.0), "GMV");
    // To double GMV, any one factor doubles.
    for factor in Factor::ALL {
        let needed = funnel.solve(factor, 30_000.0);
        close(
            needed,
            Some(funnel.get(factor) * 2.0),
            &format!("{factor:?}"),
        );
        close(
            needed.map(|v| funnel.with(factor, v).gmv()),
            Some(30_000.0),
            "round trip",
        );
    }
    // 50,000 viewers bring ¥15,000: 4.8 % of ¥312,500, enough for ¥15,000.
    let short = funnel.reach(312_500.0);
    assert!(!short.enough);
    close(Some(short.share), Some(0.048), "share");
    assert!(funnel.reach(15_000.0).enough);
    assert_eq!(funnel.reach(0.0).share, 1.0);
    // With no viewers, no CTR can make up for it.
    let dark = funnel.with(Factor::Viewers, 0.0);
    assert_eq!(dark.solve(Factor::ClickThroughRate, 30_000.0), None);
    close(
        dark.solve(Factor::Viewers, 30_000.0),
        Some(100_000.0),
        "viewers",
    );
}

#[test]
fn the_seed_targets_decompose_per_show() {
    // ¥5,000,000 a month over 16 shows (4 a week) at 5 % CTR, 3 % conversion, ¥200 AOV.
    let d = decompose(5_000_000.0, 16, 0.05, 0.03, 200.0).unwrap();
    close(Some(d.gmv_per_show), Some(312_500.0), "GMV per show");
    close(d.orders_per_show, Some(1_562.5), "orders");
    close(d.clicks_per_show, Some(52_083.333_333_333_336), "clicks");
    close(d.viewers_per_show, Some(1_041_666.666_666_666_7), "viewers");
    assert_eq!(decompose(5_000_000.0, 0, 0.05, 0.03, 200.0), None);
    let no_ctr = decompose(5_000_000.0, 16, 0.0, 0.03, 200.0).unwrap();
    assert_eq!(no_ctr.viewers_per_show, None);
    close(
        no_ctr.clicks_per_show,
        Some(52_083.333_333_333_336),
        "clicks",
    );
}

#[test]
fn roi_profit_and_break_even() {
    let r = roi_of(RoiInput {
        spend: 10_000.0,
        gmv: 50_000.0,
        gross_margin: 0.4,
        return_rate: 0.2,
        platform_fee: 0.05,
    });
    close(r.roi, Some(5.0), "ROI");
    close(Some(r.net_gmv), Some(40_000.0), "net GMV");
    close(r.net_roi, Some(4.0), "net ROI");
    // 1 ÷ (0.8 × 0.35) = 3.571…: below that ROI the show loses money.
    close(r.break_even_roi, Some(1.0 / 0.28), "break-even ROI");
    close(Some(r.profit), Some(4_000.0), "profit");
    // At exactly the break-even ROI, profit is zero.
    let even = roi_of(RoiInput {
        gmv: 10_000.0 / 0.28,
        ..RoiInput {
            spend: 10_000.0,
            gmv: 0.0,
            gross_margin: 0.4,
            return_rate: 0.2,
            platform_fee: 0.05,
        }
    });
    assert!(even.profit.abs() < 1e-6, "{}", even.profit);
    // No spend: no ROI; a margin eaten by the fee: no break-even.
    assert_eq!(roi(1.0, 0.0), None);
    assert_eq!(break_even_roi(0.05, 0.0, 0.05), None);
    assert_eq!(break_even_roi(0.3, 1.0, 0.0), None);
}

#[test]
fn a_review_sets_actuals_against_per_show_targets() {
    let targets = Targets {
        monthly_gmv: Some(5_000_000.0),
        followers: Some(100_000),
        avg_viewers_per_show: Some(50_000),
        click_through_rate: Some(0.05),
        conversion_rate: Some(0.03),
        average_order_value: Some(200.0),
        favourability: Some(0.8),
    };
    let mut show = seed_show();
    show.product_clicks = 2_000; // 4 %: CTR missed
    let lines = review(&show, &targets, 16);
    let line = |m: Metric| *lines.iter().find(|l| l.metric == m).unwrap();
    assert_eq!(line(Metric::Viewers).missed(), Some(false));
    assert_eq!(line(Metric::ClickThroughRate).missed(), Some(true));
    close(
        line(Metric::ClickThroughRate).attainment(),
        Some(0.8),
        "CTR attainment",
    );
    // 75 orders from 2,000 clicks is 3.75 %: above target.
    assert_eq!(line(Metric::ConversionRate).missed(), Some(false));
    close(line(Metric::Gmv).target, Some(312_500.0), "GMV per show");
    assert_eq!(line(Metric::Gmv).missed(), Some(true));
    close(line(Metric::Orders).target, Some(75.0), "orders");
    close(line(Metric::UvValue).target, Some(6.25), "UV value");
    assert_eq!(line(Metric::Comments).missed(), None, "no target");
    assert_eq!(
        likely_cause(Metric::ClickThroughRate),
        Some(Cause::WeakProductPresentation)
    );
    assert_eq!(likely_cause(Metric::Comments), None);
    // A plan without shows this month has no per-show GMV target.
    assert_eq!(Metric::Gmv.target(&targets, 0), None);
}

#[test]
fn every_metric_sits_in_one_of_the_four_dimensions_in_order() {
    let order = [
        Dimension::Traffic,
        Dimension::Conversion,
        Dimension::Interaction,
        Dimension::Cost,
    ];
    let positions: Vec<usize> = Metric::ALL
        .iter()
        .map(|m| order.iter().position(|d| *d == m.dimension()).unwrap())
        .collect();
    assert!(
        positions.windows(2).all(|w| w[0] <= w[1]),
        "grouped by dimension"
    );
    assert!(!Metric::Spend.higher_is_better());
    assert_eq!(Metric::UvValue.unit().show(0.3), "¥0.30");
    assert_eq!(Metric::FollowRate.unit().show(0.03), "3%");
    assert_eq!(Metric::Roi.unit().show(3.0), "3×");
    assert_eq!(Metric::Viewers.unit().show(50_000.0), "50,000");
    assert!(Metric::Gmv.higher_is_better());
}

#[test]
fn every_figure_reads_back_what_was_set() {
    let mut a = ShowActuals::default();
    for (n, figure) in Figure::ALL.into_iter().enumerate() {
        figure.set(&mut a, n as f64 + 1.4);
    }
    for (n, figure) in Figure::ALL.into_iter().enumerate() {
        let expected = if figure.is_money() {
            n as f64 + 1.4
        } else {
            (n + 1) as f64
        };
        assert_eq!(figure.get(&a), expected, "{figure:?}");
    }
    // All 17 fields are distinct: setting each changed only its own.
    assert_eq!(a.viewers, 1);
    assert_eq!(a.refund_amount, 17.4);
    Figure::Orders.set(&mut a, -5.0);
    assert_eq!(a.orders, 0, "no negative counts");
}

#[test]
fn charts_plot_rates_in_percent_without_float_noise() {
    assert_eq!(Unit::Rate.axis_value(0.0375), 3.75);
    assert_eq!(Unit::Rate.axis_value(0.1 + 0.2), 30.0);
    assert_eq!(Unit::Money.axis_value(15_000.004), 15_000.0);
    assert_eq!(Unit::Times.axis_value(3.5714), 3.57);
}
