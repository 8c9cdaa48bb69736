//! A platform's data export read into a show's figures: the layouts the
//! platforms and teams use, the row of the show's day in a sheet of several
//! shows, and the errors that name what is wrong.

use chrono::NaiveDate;
use livedesk_core::kpi::Figure;
use livedesk_core::model::ShowActuals;
use livedesk_core::review::{read_figures, ExportError, FigureReading};
use livedesk_core::sheet::read_csv;

fn dec(day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, day).unwrap()
}

fn read(csv: &str, day: u32) -> Result<FigureReading, ExportError> {
    read_figures(&read_csv(csv).unwrap(), dec(day))
}

fn value(reading: &FigureReading, figure: Figure) -> Option<f64> {
    reading
        .figures
        .iter()
        .find(|(f, _)| *f == figure)
        .map(|(_, v)| *v)
}

#[test]
fn a_compass_style_export_reads_past_its_title_row_and_leaves_rates_out() {
    let csv = "\u{feff}直播数据概览,,,,,,,,\n\
        直播间观看人数,观看次数,最高在线人数,人均观看时长,商品点击人数,商品点击率,成交订单数,成交金额,直播间曝光人数\n\
        \"1.2万\",\"20,000\",860,1分35秒,600,5%,45,\"¥9,000.50\",88000\n";
    let reading = read(csv, 2).unwrap();
    assert_eq!(value(&reading, Figure::Viewers), Some(12_000.0));
    assert_eq!(value(&reading, Figure::Views), Some(20_000.0));
    assert_eq!(value(&reading, Figure::PeakOnline), Some(860.0));
    assert_eq!(value(&reading, Figure::AverageWatchSeconds), Some(95.0));
    assert_eq!(value(&reading, Figure::ProductClicks), Some(600.0));
    assert_eq!(value(&reading, Figure::Orders), Some(45.0));
    assert_eq!(value(&reading, Figure::Gmv), Some(9_000.5));
    assert_eq!(reading.figures.len(), 7);
    assert_eq!(reading.ignored, ["商品点击率", "直播间曝光人数"]);

    // Applied, it sets what it read and keeps what the team typed itself.
    let mut actuals = ShowActuals {
        spend: 2_000.0,
        viewers: 1,
        ..ShowActuals::default()
    };
    reading.apply(&mut actuals);
    assert_eq!(
        (actuals.viewers, actuals.orders, actuals.gmv),
        (12_000, 45, 9_000.5)
    );
    assert_eq!(actuals.spend, 2_000.0);
}

#[test]
fn a_sheet_of_several_shows_gives_the_row_of_the_shows_day() {
    let csv = "开播时间,观看人数,成交金额,退款金额\n\
        2026-12-01 20:00,30000,8000,100\n\
        2026-12-02 20:00,40000,12000,300\n\
        2026-12-04 20:00,50000,15000,0\n";
    let reading = read(csv, 2).unwrap();
    assert_eq!(value(&reading, Figure::Viewers), Some(40_000.0));
    assert_eq!(value(&reading, Figure::Gmv), Some(12_000.0));
    assert_eq!(
        value(&reading, Figure::RefundAmount),
        Some(300.0),
        "a refund, not sales"
    );
    assert_eq!(read(csv, 3), Err(ExportError::WhichRow { rows: 3 }));
}

#[test]
fn several_rows_without_a_start_column_are_not_guessed() {
    let csv = "观看人数,成交金额\n30000,8000\n40000,12000\n";
    assert_eq!(read(csv, 2), Err(ExportError::WhichRow { rows: 2 }));
}

#[test]
fn a_name_and_value_sheet_reads_down_in_english_too() {
    let csv = "Metric,Value\nViewers,50000\nProduct clicks,2500\nOrders,75\nGMV,15000\nAd spend,5000\nConversion rate,3%\n";
    let reading = read(csv, 2).unwrap();
    assert_eq!(value(&reading, Figure::Viewers), Some(50_000.0));
    assert_eq!(value(&reading, Figure::ProductClicks), Some(2_500.0));
    assert_eq!(value(&reading, Figure::Orders), Some(75.0));
    assert_eq!(value(&reading, Figure::Gmv), Some(15_000.0));
    assert_eq!(value(&reading, Figure::Spend), Some(5_000.0));
    assert_eq!(reading.ignored, ["Metric", "Conversion rate"]);
}

#[test]
fn a_cell_that_is_not_a_number_names_its_figure_and_row() {
    let csv = "标题\n观看人数,成交金额\n50000,待统计\n";
    assert_eq!(
        read(csv, 2),
        Err(ExportError::NotANumber {
            figure: Figure::Gmv,
            row: 3,
            text: "待统计".into()
        })
    );
    let message = read(csv, 2)
        .unwrap_err()
        .message(livedesk_core::Lang::ZhCn, |_| "成交金额");
    assert_eq!(message, "第 3 行的“成交金额”不是数字：待统计");
}

#[test]
fn a_file_without_figures_is_refused() {
    assert_eq!(
        read("时间段,环节,话术\n20:00,开场,欢迎\n", 2),
        Err(ExportError::NoFigures)
    );
}

#[test]
fn a_wide_export_is_read_to_its_last_columns() {
    let mut header: Vec<String> = (1..=60).map(|i| format!("字段{i}")).collect();
    let mut row: Vec<String> = (1..=60).map(|i| i.to_string()).collect();
    header[55] = "成交金额".into();
    header[58] = "观看人数".into();
    row[55] = "15000".into();
    row[58] = "50000".into();
    let csv = format!("{}\n{}\n", header.join(","), row.join(","));
    let reading = read(&csv, 2).unwrap();
    assert_eq!(value(&reading, Figure::Gmv), Some(15_000.0));
    assert_eq!(value(&reading, Figure::Viewers), Some(50_000.0));
}
