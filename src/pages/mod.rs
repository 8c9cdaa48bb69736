//! One module per screen.

pub mod data;
pub mod home;
pub mod not_found;
pub mod plans;
pub mod scripts;
pub mod section;
pub mod timer;
