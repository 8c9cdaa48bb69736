//! The operations plan's rules: which days a phase's cadence puts shows on
//! (`cadence`), the month grid (`calendar`), plans and shows changed as checked commands (`edit`), what a
//! lineup lacks (`lineup`), how ready a show's pre-show checklist is on a
//! given day (`readiness`), the month's GMV pace against its target (`pace`)
//! and the budget's totals (`budget`).

pub mod budget;
pub mod cadence;
pub mod calendar;
pub mod edit;
pub mod lineup;
pub mod pace;
pub mod readiness;
