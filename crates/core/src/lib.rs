//! LiveDesk's pure core: every business rule, formula and stored format lives here,
//! free of any browser dependency, so `cargo test` checks it natively in seconds.

pub mod document;
pub mod file_text;
pub mod format;
pub mod kpi;
pub mod lang;
pub mod limits;
pub mod merge;
pub mod migrate;
pub mod model;
pub mod plans;
pub mod prefs;
pub mod presenter;
pub mod problem;
pub mod review;
pub mod samples;
pub mod scripts;
mod shape;
pub mod sheet;
pub mod timer;
pub mod transfer;
pub mod validate;

pub use lang::Lang;
pub use prefs::Prefs;
