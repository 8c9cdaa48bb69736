//! The post-show review's view of the timer: for each segment of the script,
//! how long it was planned to run and how long it ran on air (all its runs
//! together, pauses left out), from the timer's log.

use crate::model::Segment;
use crate::timer::TimerState;

#[derive(Debug, Clone, PartialEq)]
pub struct SegmentActual {
    pub index: usize,
    pub title: String,
    pub planned_seconds: u32,
    /// Seconds on air over its finished runs; None if it never ran.
    pub actual_seconds: Option<u64>,
}

impl SegmentActual {
    /// Actual minus planned, in seconds (positive: it ran over).
    pub fn overrun_seconds(&self) -> Option<i64> {
        self.actual_seconds
            .map(|actual| actual as i64 - i64::from(self.planned_seconds))
    }

    /// Planned and actual minutes (to a tenth), as a chart plots them.
    pub fn minutes(&self) -> (f64, Option<f64>) {
        let minutes = |seconds: f64| (seconds / 6.0).round() / 10.0;
        (
            minutes(f64::from(self.planned_seconds)),
            self.actual_seconds.map(|s| minutes(s as f64)),
        )
    }
}

/// Planned against actual time per segment. A run still open (the show is on
/// air) does not count until it ends.
pub fn segment_log(segments: &[Segment], timer: Option<&TimerState>) -> Vec<SegmentActual> {
    segments
        .iter()
        .enumerate()
        .map(|(index, segment)| {
            let runs = timer.map_or(&[][..], |t| t.log.as_slice());
            let mut ran = false;
            let mut ms: i64 = 0;
            for run in runs.iter().filter(|run| run.segment_id == segment.id) {
                if let Some(end) = run.ended_at_ms {
                    ran = true;
                    ms += (end - run.started_at_ms - run.paused_ms).max(0);
                }
            }
            SegmentActual {
                index,
                title: segment.title.clone(),
                planned_seconds: segment.planned_seconds,
                actual_seconds: ran.then_some((ms / 1000) as u64),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{SegmentKind, SequentialIds};
    use crate::scripts::edit::new_segment;
    use crate::timer::Command;

    #[test]
    fn runs_add_up_per_segment_without_pauses() {
        let mut ids = SequentialIds::new("s");
        let segments = vec![
            new_segment(SegmentKind::Opening, "开场".into(), &mut ids),
            new_segment(SegmentKind::ProductExplanation, "讲解".into(), &mut ids),
            new_segment(SegmentKind::WrapUp, "收尾".into(), &mut ids),
        ];
        let mut timer = TimerState::new();
        let t0 = 1_800_000_000_000;
        let min = 60_000;
        timer.apply(Command::Toggle, &segments, t0); // start
        timer.apply(Command::Toggle, &segments, t0 + 10 * min); // pause 5 min
        timer.apply(Command::Toggle, &segments, t0 + 15 * min);
        timer.apply(Command::Next, &segments, t0 + 17 * min); // 12 min on air
        timer.apply(Command::Previous, &segments, t0 + 20 * min); // 3 min
        timer.apply(Command::Next, &segments, t0 + 21 * min); // +1 min to the first
        let log = segment_log(&segments, Some(&timer));
        assert_eq!(log[0].actual_seconds, Some(13 * 60));
        assert_eq!(log[0].overrun_seconds(), Some(-2 * 60));
        assert_eq!(log[0].minutes().1, Some(13.0));
        // The second segment's current run is still open: only its first run counts.
        assert_eq!(log[1].actual_seconds, Some(3 * 60));
        assert_eq!(log[2].actual_seconds, None);
        assert_eq!(segment_log(&segments, None)[0].actual_seconds, None);
    }
}
