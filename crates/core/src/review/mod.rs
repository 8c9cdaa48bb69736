//! After a show: its figures against the plan's targets, the timer's log of
//! segment times, the series its charts draw, a platform's data export read
//! into its figures, and a plan's reviews as CSV.

mod export;
mod platform_export;
mod segments;
mod series;

pub use export::{reviews_csv, CsvHeadings};
pub use platform_export::{read_figures, ExportError, FigureReading};
pub use segments::{segment_log, SegmentActual};
pub use series::{funnel, show_review, trend, FunnelStage, Stage, TrendPoint};
