//! The operations plan's rules (issue #6, in progress): which days a phase's
//! cadence puts shows on (`cadence`), what a lineup lacks (`lineup`), and how
//! ready a show's pre-show checklist is on a given day (`readiness`).

pub mod cadence;
pub mod lineup;
pub mod readiness;
