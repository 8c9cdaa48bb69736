//! Where each segment falls in time: offsets from the start of the show, and
//! times of day once a show gives the start.

use chrono::{Duration, NaiveDateTime};

use crate::model::Segment;

/// The offset in seconds at which each segment starts, plus the total at the end
/// (so `starts(s)[i]..starts(s)[i + 1]` is segment `i`'s slot).
pub fn offsets(segments: &[Segment]) -> Vec<u64> {
    let mut at = 0u64;
    let mut offsets = Vec::with_capacity(segments.len() + 1);
    offsets.push(0);
    for segment in segments {
        at += u64::from(segment.planned_seconds);
        offsets.push(at);
    }
    offsets
}

/// The planned length of the whole script, in seconds.
pub fn total_seconds(segments: &[Segment]) -> u64 {
    segments.iter().map(|s| u64::from(s.planned_seconds)).sum()
}

/// The time of day `offset_seconds` after a show's start.
pub fn time_of_day(starts_at: NaiveDateTime, offset_seconds: u64) -> NaiveDateTime {
    let offset = i64::try_from(offset_seconds).unwrap_or(i64::MAX);
    starts_at
        .checked_add_signed(Duration::seconds(offset))
        .unwrap_or(starts_at)
}

/// An offset as `h:mm` (from the start of a show), the way run sheets write it.
pub fn format_offset(offset_seconds: u64) -> String {
    let minutes = offset_seconds / 60;
    format!("{}:{:02}", minutes / 60, minutes % 60)
}

/// An offset inside a segment as `m:ss`, the way cues are typed.
pub fn format_cue_at(seconds: u32) -> String {
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

/// Reads `m:ss` or a whole number of minutes (`8` = 8:00); None if neither.
pub fn parse_cue_at(text: &str) -> Option<u32> {
    let text = text.trim().replace('：', ":");
    match text.split_once(':') {
        Some((minutes, seconds)) => {
            let minutes: u32 = minutes.trim().parse().ok()?;
            let seconds: u32 = seconds.trim().parse().ok()?;
            (seconds < 60).then(|| minutes.checked_mul(60)?.checked_add(seconds))?
        }
        None => text.parse::<u32>().ok()?.checked_mul(60),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Id, SegmentKind};
    use chrono::NaiveDate;

    fn segment(seconds: u32) -> Segment {
        Segment {
            id: Id::new("s").unwrap(),
            kind: SegmentKind::Opening,
            title: String::new(),
            planned_seconds: seconds,
            product_id: None,
            interaction: None,
            selling_points: vec![],
            lines: vec![],
            offer: String::new(),
            owner: None,
            notes: String::new(),
            cues: vec![],
        }
    }

    #[test]
    fn offsets_accumulate_and_end_with_the_total() {
        let s = [segment(300), segment(900), segment(600)];
        assert_eq!(offsets(&s), vec![0, 300, 1200, 1800]);
        assert_eq!(total_seconds(&s), 1800);
        assert_eq!(offsets(&[]), vec![0]);
    }

    #[test]
    fn cue_offsets_read_as_typed() {
        let read: Vec<_> = ["8:00", " 12：30 ", "8", "0:59", "1:60", "x", "-1", "", "5:"]
            .into_iter()
            .map(parse_cue_at)
            .collect();
        assert_eq!(
            read,
            [
                Some(480),
                Some(750),
                Some(480),
                Some(59),
                None,
                None,
                None,
                None,
                None
            ]
        );
        assert_eq!(format_cue_at(750), "12:30");
        assert_eq!(parse_cue_at(&format_cue_at(3599)), Some(3599));
    }

    #[test]
    fn times_of_day_cross_midnight() {
        let start = NaiveDate::from_ymd_opt(2026, 11, 11)
            .unwrap()
            .and_hms_opt(23, 30, 0)
            .unwrap();
        let later = time_of_day(start, 45 * 60);
        assert_eq!(later.format("%m-%d %H:%M").to_string(), "11-12 00:15");
        assert_eq!(format_offset(0), "0:00");
        assert_eq!(format_offset(5400), "1:30");
        assert_eq!(format_offset(899), "0:14");
    }
}
