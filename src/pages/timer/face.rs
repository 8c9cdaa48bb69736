//! What the presenter screen shows at one instant, reduced to small owned
//! values so each part of the screen re-renders only when its own value
//! changes: a tick that leaves the displayed second unchanged touches nothing.

use chrono::{DateTime, Local};
use livedesk_core::model::{Segment, Settings};
use livedesk_core::timer::{format_clock, Phase, Status, TimerState};

/// The changing part of the screen.
#[derive(Debug, Clone, PartialEq)]
pub struct Face {
    pub status: Status,
    pub index: usize,
    pub remaining: String,
    pub phase: Phase,
    pub cue_now: Option<String>,
    pub cue_next_label: Option<String>,
    /// Time until the next cue.
    pub cue_next_in: Option<String>,
    /// Whole seconds behind (positive) or ahead (negative) of plan.
    pub behind_seconds: i64,
    /// Expected end, in whole minutes since the epoch (formatted only when it
    /// changes, see [`format_minute`]).
    pub expected_end_minute: Option<i64>,
    /// Progress through the segment, in tenths of a percent; a per-tick
    /// value, like the countdown, written straight to the bar.
    pub progress_permille: u32,
}

impl Face {
    pub fn at(timer: &TimerState, segments: &[Segment], settings: &Settings, now_ms: i64) -> Face {
        let view = timer.view(segments, settings, now_ms);
        Face {
            status: view.status,
            index: view.index,
            remaining: format_clock(view.remaining_ms),
            phase: view.phase,
            cue_now: view.cue.current.map(|c| c.label.clone()),
            cue_next_label: view.cue.next.map(|cue| cue.label.clone()),
            cue_next_in: view.cue.until_next_ms.map(format_clock),
            behind_seconds: view.behind_ms / 1000,
            expected_end_minute: view.expected_end_ms.map(|ms| ms.div_euclid(60_000)),
            progress_permille: (view.progress * 1000.0).round() as u32,
        }
    }
}

/// Local `HH:MM` of a minute since the epoch.
pub fn format_minute(minute: i64) -> Option<String> {
    DateTime::from_timestamp_millis(minute * 60_000)
        .map(|t| t.with_timezone(&Local).format("%H:%M").to_string())
}

impl Face {
    /// The face without its per-tick values (countdown, cue countdown,
    /// progress), for the signal: it changes only when something else does.
    pub fn without_seconds(mut self) -> Face {
        self.remaining.clear();
        self.cue_next_in = None;
        self.progress_permille = 0;
        self
    }
}
