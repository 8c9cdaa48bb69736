//! LiveDesk's pure core: every business rule, formula and stored format lives here,
//! free of any browser dependency, so `cargo test` checks it natively in seconds.

pub mod lang;
pub mod prefs;

pub use lang::Lang;
pub use prefs::Prefs;
