//! Pace against the month's GMV target: what the shows so far brought in, and
//! what each show still to come must bring for the month to land.

use chrono::{Datelike, NaiveDate};

use crate::model::Show;

#[derive(Debug, Clone, PartialEq)]
pub struct Pace {
    /// GMV of the month's shows with actual figures entered.
    pub gmv_to_date: f64,
    pub target: f64,
    /// Shows of the month on or after `today` with no figures yet.
    pub remaining_shows: usize,
    /// What each remaining show must bring in (0 once the target is met);
    /// None when the target is not met and no show is left.
    pub needed_per_show: Option<f64>,
}

impl Pace {
    pub fn met(&self) -> bool {
        self.gmv_to_date >= self.target
    }

    /// GMV to date as a share of the target (1 when there is no target to speak of).
    pub fn share(&self) -> f64 {
        if self.target > 0.0 {
            self.gmv_to_date / self.target
        } else {
            1.0
        }
    }
}

/// How many of `shows` start in the calendar month that holds `day`.
pub fn shows_in_month<'a>(shows: impl IntoIterator<Item = &'a Show>, day: NaiveDate) -> usize {
    shows
        .into_iter()
        .filter(|show| {
            let start = show.starts_at.date();
            start.year() == day.year() && start.month() == day.month()
        })
        .count()
}

/// The pace of the calendar month that holds `today`, over `shows` (a plan's).
pub fn month_pace(target: f64, shows: &[Show], today: NaiveDate) -> Pace {
    let in_month = |show: &&Show| {
        let day = show.starts_at.date();
        day.year() == today.year() && day.month() == today.month()
    };
    let gmv_to_date: f64 = shows
        .iter()
        .filter(in_month)
        .filter_map(|show| show.actuals.as_ref().map(|a| a.gmv))
        .sum();
    let remaining_shows = shows
        .iter()
        .filter(in_month)
        .filter(|show| show.actuals.is_none() && show.starts_at.date() >= today)
        .count();
    let missing = (target - gmv_to_date).max(0.0);
    let needed_per_show = if missing == 0.0 {
        Some(0.0)
    } else if remaining_shows == 0 {
        None
    } else {
        Some(missing / remaining_shows as f64)
    };
    Pace {
        gmv_to_date,
        target,
        remaining_shows,
        needed_per_show,
    }
}
