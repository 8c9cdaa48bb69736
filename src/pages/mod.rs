//! One module per screen.

pub mod data;
pub mod home;
pub mod kpi;
pub mod not_found;
pub mod plans;
pub mod scripts;
pub mod timer;
