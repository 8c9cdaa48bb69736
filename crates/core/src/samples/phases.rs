//! The plan's four phases, dated from the first run.

use chrono::{Datelike, Days, NaiveDate};

use super::{pick, Text};
use crate::model::{IdSource, Phase, PhaseKind};
use crate::Lang;

// Phase lengths, in days.
const PREPARATION_DAYS: u64 = 14;
/// About a month at one show a week: 4 or 5 trial shows.
const TRIAL_DAYS: u64 = 30;
/// The stable phase lasts 3 to 6 months.
const STABLE_MIN_DAYS: u64 = 91;
const STABLE_MAX_DAYS: u64 = 183;
/// A show a day for the ten days up to the festival.
const SPRINT_DAYS: u64 = 10;

/// Preparation from today, a month of trial shows, then the stable phase,
/// stretched (within 3–6 months) so that the sprint ends on the next 618 or
/// Double 11; if no festival falls in reach, the sprint follows 3 stable months.
pub(super) fn phases(lang: Lang, today: NaiveDate, ids: &mut dyn IdSource) -> Vec<Phase> {
    let preparation_end = today + Days::new(PREPARATION_DAYS - 1);
    let trial_start = preparation_end + Days::new(1);
    let trial_end = trial_start + Days::new(TRIAL_DAYS - 1);
    let stable_start = trial_end + Days::new(1);

    let earliest_sprint_end = stable_start + Days::new(STABLE_MIN_DAYS + SPRINT_DAYS - 1);
    let latest_sprint_end = stable_start + Days::new(STABLE_MAX_DAYS + SPRINT_DAYS - 1);
    let festival =
        next_festival(earliest_sprint_end).filter(|(date, _)| *date <= latest_sprint_end);
    let (sprint_end, sprint_name) = match festival {
        Some((date, name)) => (date, name),
        None => (earliest_sprint_end, ("冲刺期", "Sprint")),
    };
    let sprint_start = sprint_end - Days::new(SPRINT_DAYS - 1);
    let stable_end = sprint_start - Days::new(1);

    [
        (
            PhaseKind::Preparation,
            ("筹备期", "Preparation"),
            today,
            preparation_end,
            0,
        ),
        (
            PhaseKind::Trial,
            ("试播期", "Trial"),
            trial_start,
            trial_end,
            1,
        ),
        (
            PhaseKind::Stable,
            ("稳定期", "Stable"),
            stable_start,
            stable_end,
            3,
        ),
        (PhaseKind::Sprint, sprint_name, sprint_start, sprint_end, 7),
    ]
    .into_iter()
    .map(|(kind, name, start, end, shows_per_week)| Phase {
        id: ids.next_id(),
        kind,
        name: pick(lang, name),
        start,
        end,
        shows_per_week,
    })
    .collect()
}

/// The first 618 (June 18) or Double 11 (November 11) on or after `date`,
/// with the sprint's name.
fn next_festival(date: NaiveDate) -> Option<(NaiveDate, Text)> {
    [date.year(), date.year() + 1]
        .into_iter()
        .flat_map(|year| {
            [
                (
                    NaiveDate::from_ymd_opt(year, 6, 18),
                    ("冲刺期 · 618", "Sprint · 618"),
                ),
                (
                    NaiveDate::from_ymd_opt(year, 11, 11),
                    ("冲刺期 · 双11", "Sprint · Double 11"),
                ),
            ]
        })
        .filter_map(|(day, name)| Some((day?, name)))
        .find(|(day, _)| *day >= date)
}
