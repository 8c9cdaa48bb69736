//! The month calendar's grid: whole weeks, Monday first, from the week that
//! holds the month's first day to the week that holds its last.

use chrono::{Datelike, Days, Months, NaiveDate};

/// The first day of the month that holds `day`.
pub fn month_start(day: NaiveDate) -> NaiveDate {
    day.with_day(1).expect("every month has a first day")
}

/// The first day of the month `delta` months after (or before) `month`'s.
pub fn shift_month(month: NaiveDate, delta: i32) -> NaiveDate {
    let start = month_start(month);
    let months = Months::new(delta.unsigned_abs());
    let shifted = if delta >= 0 {
        start.checked_add_months(months)
    } else {
        start.checked_sub_months(months)
    };
    shifted.unwrap_or(start)
}

/// The weeks shown for the month that holds `day` (four to six of them).
pub fn month_weeks(day: NaiveDate) -> Vec<[NaiveDate; 7]> {
    let first = month_start(day);
    let last = shift_month(first, 1).pred_opt().unwrap_or(first);
    let mut monday = first - Days::new(u64::from(first.weekday().num_days_from_monday()));
    let mut weeks = Vec::new();
    while monday <= last {
        let mut week = [monday; 7];
        for (offset, slot) in week.iter_mut().enumerate() {
            *slot = monday + Days::new(offset as u64);
        }
        weeks.push(week);
        monday = monday + Days::new(7);
    }
    weeks
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn weeks_cover_the_month_monday_first() {
        // November 2026 starts on a Sunday and ends on a Monday: six weeks.
        let weeks = month_weeks(date(2026, 11, 22));
        assert_eq!(weeks.len(), 6);
        assert_eq!(weeks[0][0], date(2026, 10, 26));
        assert_eq!(weeks[0][6], date(2026, 11, 1));
        assert_eq!(weeks[5][0], date(2026, 11, 30));
        // February 2027 starts on a Monday and has 28 days: four weeks.
        let weeks = month_weeks(date(2027, 2, 10));
        assert_eq!(weeks.len(), 4);
        assert_eq!(weeks[3][6], date(2027, 2, 28));
    }

    #[test]
    fn months_shift_from_their_first_day() {
        assert_eq!(shift_month(date(2026, 1, 31), 1), date(2026, 2, 1));
        assert_eq!(shift_month(date(2026, 1, 31), -1), date(2025, 12, 1));
        assert_eq!(shift_month(date(2026, 11, 22), 14), date(2028, 1, 1));
    }
}
