//! After a show: its figures against the plan's targets, the timer's log of
//! segment times, the series its charts draw, and a plan's reviews as CSV.

mod export;
mod segments;
mod series;

pub use export::{reviews_csv, CsvHeadings};
pub use segments::{segment_log, SegmentActual};
pub use series::{funnel, show_review, trend, FunnelStage, Stage, TrendPoint};
