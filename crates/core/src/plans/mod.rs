//! The operations plan's rules (issue #6, in progress): which days a phase's
//! cadence puts shows on (`cadence`), what a lineup lacks (`lineup`), how
//! ready a show's pre-show checklist is on a given day (`readiness`);
//! and the month's GMV pace against its target (`pace`).

pub mod cadence;
pub mod lineup;
pub mod pace;
pub mod readiness;
