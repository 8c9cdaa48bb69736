//! The show days a phase's cadence implies ("3 a week" → Monday, Wednesday,
//! Friday), spread evenly over each week so that rest days fall between shows.

use chrono::{Datelike, Days, NaiveDate};

use crate::model::Phase;

/// How many shows fall on each weekday (Monday first) for `shows_per_week`
/// (at most three a day: values above 21 count as 21).
pub fn week_pattern(shows_per_week: u8) -> [u8; 7] {
    let shows = shows_per_week.min(21);
    let mut pattern = [shows / 7; 7];
    // The shows left over after whole rounds go to days ⌊i·7/r⌋: 3 → Mon, Wed, Fri.
    let extra = u32::from(shows % 7);
    for i in 0..extra {
        pattern[(i * 7 / extra) as usize] += 1;
    }
    pattern
}

/// Every show date of a phase, in order; a day with two shows appears twice.
pub fn show_dates(phase: &Phase) -> Vec<NaiveDate> {
    let pattern = week_pattern(phase.shows_per_week);
    let mut dates = Vec::new();
    let mut day = phase.start;
    while day <= phase.end {
        let weekday = day.weekday().num_days_from_monday() as usize;
        for _ in 0..pattern[weekday] {
            dates.push(day);
        }
        match day.checked_add_days(Days::new(1)) {
            Some(next) => day = next,
            None => break,
        }
    }
    dates
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Id, PhaseKind};

    fn phase(start: (i32, u32, u32), end: (i32, u32, u32), shows_per_week: u8) -> Phase {
        Phase {
            id: Id::new("p").unwrap(),
            kind: PhaseKind::Stable,
            name: String::new(),
            start: NaiveDate::from_ymd_opt(start.0, start.1, start.2).unwrap(),
            end: NaiveDate::from_ymd_opt(end.0, end.1, end.2).unwrap(),
            shows_per_week,
        }
    }

    #[test]
    fn shows_spread_over_the_week() {
        let cases: [(u8, [u8; 7]); 8] = [
            (0, [0; 7]),
            (1, [1, 0, 0, 0, 0, 0, 0]),
            (2, [1, 0, 0, 1, 0, 0, 0]),
            (3, [1, 0, 1, 0, 1, 0, 0]),
            (5, [1, 1, 1, 0, 1, 1, 0]),
            (7, [1; 7]),
            (10, [2, 1, 2, 1, 2, 1, 1]),
            (21, [3; 7]),
        ];
        for (n, expected) in cases {
            let pattern = week_pattern(n);
            assert_eq!(pattern, expected, "{n} a week");
            assert_eq!(
                pattern.iter().map(|&d| u32::from(d)).sum::<u32>(),
                u32::from(n)
            );
        }
        assert_eq!(week_pattern(200), [3; 7], "capped at three a day");
    }

    #[test]
    fn a_phase_lists_its_show_days_within_its_dates() {
        // 2026-11-01 is a Sunday; three a week → Mon, Wed, Fri.
        let dates = show_dates(&phase((2026, 11, 1), (2026, 11, 14), 3));
        let days: Vec<String> = dates
            .iter()
            .map(|d| d.format("%m-%d %a").to_string())
            .collect();
        assert_eq!(
            days,
            [
                "11-02 Mon",
                "11-04 Wed",
                "11-06 Fri",
                "11-09 Mon",
                "11-11 Wed",
                "11-13 Fri"
            ]
        );
        assert!(show_dates(&phase((2026, 11, 1), (2026, 11, 30), 0)).is_empty());
        assert_eq!(
            show_dates(&phase((2026, 11, 11), (2026, 11, 11), 14)).len(),
            2
        );
        assert!(show_dates(&phase((2026, 11, 12), (2026, 11, 11), 7)).is_empty());
    }
}
