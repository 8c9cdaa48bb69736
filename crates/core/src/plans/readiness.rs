//! How ready a show is: its plan's pre-show checklist, ticked per show, with
//! the items whose day has come ("warm-up 3 days before") still open.

use chrono::{Days, NaiveDate};

use crate::model::{ChecklistItem, Id};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Readiness {
    pub done: usize,
    pub total: usize,
    /// Open items due on or before `today` (the show date minus their lead days).
    pub overdue: Vec<Id>,
}

impl Readiness {
    pub fn is_complete(&self) -> bool {
        self.done == self.total
    }
}

impl ChecklistItem {
    /// The day it must be done by, for a show on `show_date`.
    pub fn due(&self, show_date: NaiveDate) -> NaiveDate {
        show_date
            .checked_sub_days(Days::new(u64::from(self.days_before)))
            .unwrap_or(NaiveDate::MIN)
    }
}

/// The checklist's state for a show on `show_date`, as seen on `today`.
/// Ticks of items no longer in the checklist are not counted.
pub fn readiness(
    checklist: &[ChecklistItem],
    ticked: &[Id],
    show_date: NaiveDate,
    today: NaiveDate,
) -> Readiness {
    let is_ticked = |item: &ChecklistItem| ticked.contains(&item.id);
    let overdue = checklist
        .iter()
        .filter(|item| !is_ticked(item))
        .filter(|item| item.due(show_date) <= today)
        .map(|item| item.id.clone())
        .collect();
    Readiness {
        done: checklist.iter().filter(|item| is_ticked(item)).count(),
        total: checklist.len(),
        overdue,
    }
}
