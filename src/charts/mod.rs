//! Charts: charming builds the ECharts options from the core's series, and
//! ECharts (a vendored custom build) is loaded the first time one is shown.

mod loader;
pub mod review;
mod view;

pub use view::ChartView;
