//! The review's charts as ECharts options, drawn from the core's series.
//! Labels are on the chart itself (no hover tooltips: a tablet has no hover,
//! and ECharts' HTML tooltips need inline styles a strict CSP refuses).

use charming::component::{Axis, Grid, Legend};
use charming::datatype::{DataPoint, DataPointItem};
use charming::element::{
    AxisLabel, AxisType, Color, ItemStyle, Label, LabelPosition, LineStyle, LineStyleType,
    MarkLine, MarkLineData, MarkLineVariant, Symbol,
};
use charming::series::{Bar, Funnel, Line};
use charming::Chart;
use livedesk_core::format;
use livedesk_core::kpi::{Metric, ReviewLine, Unit};
use livedesk_core::review::{FunnelStage, SegmentActual, TrendPoint};

use crate::i18n::KpiTexts;

const BLUE: &str = "#2563eb";
const GREEN: &str = "#15803d";
const RED: &str = "#b91c1c";
const GREY: &str = "#9ca3af";

/// Viewers → clicks → orders; each label carries its count and step rate.
pub fn funnel_chart(stages: &[FunnelStage], t: &KpiTexts) -> Chart {
    let data: Vec<DataPoint> = stages
        .iter()
        .map(|stage| {
            let name = match stage.from_previous {
                Some(rate) => format!(
                    "{} {} ({})",
                    (t.stage)(stage.stage),
                    format::grouped(stage.count),
                    format::percent(rate)
                ),
                None => format!(
                    "{} {}",
                    (t.stage)(stage.stage),
                    format::grouped(stage.count)
                ),
            };
            (stage.count as f64, name.as_str()).into()
        })
        .collect();
    chart(&[BLUE, "#3b82f6", "#60a5fa"]).series(
        Funnel::new()
            .min_size("25%")
            .top(8)
            .bottom(8)
            .gap(4)
            .left("5%")
            .right("5%")
            .label(
                Label::new()
                    .show(true)
                    .position(LabelPosition::Inside)
                    .formatter("{b}"),
            )
            .data(data),
    )
}

/// Each metric that has a target, as a bar of its attainment in percent,
/// red where missed, with a line at 100 %.
pub fn attainment_chart(lines: &[ReviewLine], t: &KpiTexts) -> Option<Chart> {
    let lines: Vec<(&ReviewLine, f64)> = lines
        .iter()
        .filter_map(|line| Some((line, line.attainment()?)))
        .collect();
    if lines.is_empty() {
        return None;
    }
    // ECharts draws a category axis on y from the bottom up: reverse it so
    // the bars read in the review's order.
    let names: Vec<String> = lines
        .iter()
        .rev()
        .map(|(l, _)| (t.metric)(l.metric).to_owned())
        .collect();
    let bars: Vec<DataPoint> = lines
        .iter()
        .rev()
        .map(|(line, attainment)| {
            let colour = if line.missed() == Some(true) {
                RED
            } else {
                GREEN
            };
            DataPoint::Item(
                DataPointItem::new(Unit::Rate.axis_value(*attainment))
                    .item_style(ItemStyle::new().color(colour)),
            )
        })
        .collect();
    Some(
        chart(&[GREEN])
            .grid(
                Grid::new()
                    .left("3%")
                    .right("12%")
                    .top(8)
                    .bottom(8)
                    .contain_label(true),
            )
            .x_axis(
                Axis::new()
                    .type_(AxisType::Value)
                    .axis_label(AxisLabel::new().formatter("{value}%")),
            )
            .y_axis(Axis::new().type_(AxisType::Category).data(names))
            .series(
                Bar::new()
                    .label(
                        Label::new()
                            .show(true)
                            .position(LabelPosition::Right)
                            .formatter("{c}%"),
                    )
                    .mark_line(
                        MarkLine::new()
                            .symbol(vec![Symbol::None, Symbol::None])
                            .line_style(LineStyle::new().color(GREY).type_(LineStyleType::Dashed))
                            .label(Label::new().show(false))
                            .data(vec![MarkLineVariant::Simple(
                                MarkLineData::new().x_axis(100),
                            )]),
                    )
                    .data(bars),
            ),
    )
}

/// A metric across a plan's reviewed shows, with its target where set.
pub fn trend_chart(points: &[TrendPoint], metric: Metric, t: &KpiTexts) -> Chart {
    let unit = metric.unit();
    // The label shows the item's name, which carries the value as the
    // review writes it ("¥15,000", "4%").
    let value = |v: Option<f64>| -> DataPoint {
        match v {
            Some(v) => DataPoint::Item(DataPointItem::new(unit.axis_value(v)).name(unit.show(v))),
            // ECharts' mark for "no value here": the line breaks.
            None => "-".into(),
        }
    };
    let days: Vec<String> = points
        .iter()
        .map(|p| p.starts_at.format("%m-%d").to_string())
        .collect();
    let mut trend = chart(&[BLUE, GREY])
        .legend(Legend::new().top(0))
        .grid(
            Grid::new()
                .left("3%")
                .right("4%")
                .top(36)
                .bottom(8)
                .contain_label(true),
        )
        .x_axis(Axis::new().type_(AxisType::Category).data(days))
        .y_axis(
            Axis::new()
                .type_(AxisType::Value)
                .axis_label(AxisLabel::new().formatter(axis_format(unit))),
        )
        .series(
            Line::new()
                .name(t.actual_series)
                .symbol_size(10)
                .label(
                    Label::new()
                        .show(true)
                        .position(LabelPosition::Top)
                        .formatter("{b}"),
                )
                .data(points.iter().map(|p| value(p.actual)).collect()),
        );
    if points.iter().any(|p| p.target.is_some()) {
        trend = trend.series(
            Line::new()
                .name(t.target_series)
                .line_style(LineStyle::new().type_(LineStyleType::Dashed))
                .data(points.iter().map(|p| value(p.target)).collect()),
        );
    }
    trend
}

/// Planned against actual minutes per segment, side by side.
pub fn segments_chart(rows: &[SegmentActual], t: &KpiTexts) -> Chart {
    let names: Vec<String> = rows.iter().map(|r| (r.index + 1).to_string()).collect();
    let minutes: Vec<(f64, Option<f64>)> = rows.iter().map(SegmentActual::minutes).collect();
    chart(&[GREY, BLUE])
        .legend(Legend::new().top(0))
        .grid(
            Grid::new()
                .left("3%")
                .right("4%")
                .top(36)
                .bottom(8)
                .contain_label(true),
        )
        .x_axis(Axis::new().type_(AxisType::Category).data(names))
        .y_axis(Axis::new().type_(AxisType::Value))
        .series(
            Bar::new().name(t.planned_col).data(
                minutes
                    .iter()
                    .map(|(planned, _)| DataPoint::from(*planned))
                    .collect(),
            ),
        )
        .series(
            Bar::new().name(t.ran_col).data(
                minutes
                    .iter()
                    .map(|(_, actual)| actual.map_or_else(|| "-".into(), DataPoint::from))
                    .collect(),
            ),
        )
}

/// Every chart starts here: drawn at once, without animation (a review is
/// read, not watched, and a tablet has better uses for its CPU).
fn chart(colours: &[&str]) -> Chart {
    Chart::new().animation(false).color(palette(colours))
}

fn palette(colours: &[&str]) -> Vec<Color> {
    colours.iter().map(|&c| Color::from(c)).collect()
}

fn axis_format(unit: Unit) -> &'static str {
    match unit {
        Unit::Count => "{value}",
        Unit::Money => "¥{value}",
        Unit::Rate => "{value}%",
        Unit::Seconds => "{value} s",
        Unit::Times => "{value}×",
    }
}
