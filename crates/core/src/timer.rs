//! The segment timer's state machine. State is timestamps (when the show and
//! the current segment started, paused time, added time, a log of every
//! segment's actual run), never a decremented counter, so the remaining time
//! is recomputed from `now` on every read: it cannot drift, and a reload,
//! crash or sleeping tablet resumes at the true value. Every method takes
//! `now_ms` (milliseconds since the Unix epoch); nothing here reads a clock.

use serde::{Deserialize, Serialize};

use crate::model::{Cue, Id, Segment, Settings};

/// Where the show is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Ready,
    Running,
    Paused,
    Finished,
}

impl Status {
    /// Started and not finished: the show is live, running or paused.
    pub fn on_air(self) -> bool {
        matches!(self, Status::Running | Status::Paused)
    }

    /// Its name in the stored format, which style sheets and tests also read.
    pub fn name(self) -> &'static str {
        match self {
            Status::Ready => "ready",
            Status::Running => "running",
            Status::Paused => "paused",
            Status::Finished => "finished",
        }
    }
}

/// One segment's actual run, for the post-show review. A segment run twice
/// (the anchor went back) has two entries.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SegmentRun {
    pub segment_id: Id,
    pub index: usize,
    pub started_at_ms: i64,
    #[serde(default)]
    pub ended_at_ms: Option<i64>,
    /// Paused time within this run.
    #[serde(default)]
    pub paused_ms: i64,
    /// Time added (or, negative, removed) during this run.
    #[serde(default)]
    pub added_ms: i64,
}

/// The timer of one show, stored with the show.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TimerState {
    pub status: Status,
    /// Index of the current segment.
    #[serde(default)]
    pub current: usize,
    #[serde(default)]
    pub show_started_at_ms: Option<i64>,
    #[serde(default)]
    pub finished_at_ms: Option<i64>,
    /// When the current pause began.
    #[serde(default)]
    pub paused_at_ms: Option<i64>,
    /// Every run so far; the last one is the current segment's while running.
    #[serde(default)]
    pub log: Vec<SegmentRun>,
}

impl Default for TimerState {
    fn default() -> TimerState {
        TimerState::new()
    }
}

/// Colour of the countdown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    Normal,
    Warning,
    Danger,
    Overtime,
}

/// The cue in effect and the next one.
#[derive(Debug, Clone, PartialEq)]
pub struct CueNow<'a> {
    pub current: Option<&'a Cue>,
    pub next: Option<&'a Cue>,
    /// Until the next cue, in ms (None when there is none).
    pub until_next_ms: Option<i64>,
}

/// Everything the presenter screen shows, computed for one instant.
#[derive(Debug, Clone, PartialEq)]
pub struct TimerView<'a> {
    pub status: Status,
    pub index: usize,
    pub segment: Option<&'a Segment>,
    pub next_segment: Option<&'a Segment>,
    /// Planned + added − elapsed; negative in overtime.
    pub remaining_ms: i64,
    pub elapsed_ms: i64,
    pub phase: Phase,
    pub cue: CueNow<'a>,
    /// Projected end minus planned end: positive = running late.
    pub behind_ms: i64,
    /// When the show is now expected to end (ms since epoch); None before the start.
    pub expected_end_ms: Option<i64>,
    /// Share of the planned show already done, 0.0–1.0.
    pub progress: f64,
}

fn planned_ms(segment: &Segment) -> i64 {
    i64::from(segment.planned_seconds) * 1000
}

impl TimerState {
    pub fn new() -> TimerState {
        TimerState {
            status: Status::Ready,
            current: 0,
            show_started_at_ms: None,
            finished_at_ms: None,
            paused_at_ms: None,
            log: Vec::new(),
        }
    }

    fn current_run(&self) -> Option<&SegmentRun> {
        self.log.last().filter(|run| run.ended_at_ms.is_none())
    }

    fn current_run_mut(&mut self) -> Option<&mut SegmentRun> {
        self.log.last_mut().filter(|run| run.ended_at_ms.is_none())
    }

    fn open_run(&mut self, segments: &[Segment], index: usize, now_ms: i64) {
        self.current = index;
        if let Some(segment) = segments.get(index) {
            self.log.push(SegmentRun {
                segment_id: segment.id.clone(),
                index,
                started_at_ms: now_ms,
                ended_at_ms: None,
                paused_ms: 0,
                added_ms: 0,
            });
        }
    }

    fn close_run(&mut self, now_ms: i64) {
        let ongoing_pause = self
            .paused_at_ms
            .take()
            .map(|at| now_ms.saturating_sub(at).max(0));
        if let Some(run) = self.current_run_mut() {
            run.paused_ms = run.paused_ms.saturating_add(ongoing_pause.unwrap_or(0));
            run.ended_at_ms = Some(now_ms.max(run.started_at_ms));
        }
    }

    /// Starts the show at its first segment. Does nothing once started or
    /// when there is nothing to time.
    pub fn start(&mut self, segments: &[Segment], now_ms: i64) {
        if self.status != Status::Ready || segments.is_empty() {
            return;
        }
        self.status = Status::Running;
        self.show_started_at_ms = Some(now_ms);
        self.open_run(segments, 0, now_ms);
    }

    pub fn pause(&mut self, now_ms: i64) {
        if self.status == Status::Running {
            self.status = Status::Paused;
            self.paused_at_ms = Some(now_ms);
        }
    }

    pub fn resume(&mut self, now_ms: i64) {
        if self.status == Status::Paused {
            let paused = self
                .paused_at_ms
                .take()
                .map(|at| now_ms.saturating_sub(at).max(0))
                .unwrap_or(0);
            if let Some(run) = self.current_run_mut() {
                run.paused_ms = run.paused_ms.saturating_add(paused);
            }
            self.status = Status::Running;
        }
    }

    /// Space on a clicker: start, pause or resume, whichever applies.
    pub fn toggle(&mut self, segments: &[Segment], now_ms: i64) {
        match self.status {
            Status::Ready => self.start(segments, now_ms),
            Status::Running => self.pause(now_ms),
            Status::Paused => self.resume(now_ms),
            Status::Finished => {}
        }
    }

    /// Moves to segment `index`; past the last segment, finishes the show.
    /// A paused timer stays paused in the new segment.
    pub fn jump(&mut self, segments: &[Segment], index: usize, now_ms: i64) {
        match self.status {
            // Starting straight at a later segment: only that segment runs.
            Status::Ready => {
                if index < segments.len() {
                    self.status = Status::Running;
                    self.show_started_at_ms = Some(now_ms);
                    self.open_run(segments, index, now_ms);
                }
                return;
            }
            Status::Finished => return,
            Status::Running | Status::Paused => {}
        }
        let was_paused = self.status == Status::Paused;
        self.close_run(now_ms);
        if index >= segments.len() {
            self.status = Status::Finished;
            self.finished_at_ms = Some(now_ms);
            return;
        }
        self.open_run(segments, index, now_ms);
        if was_paused {
            self.paused_at_ms = Some(now_ms);
        }
    }

    pub fn next(&mut self, segments: &[Segment], now_ms: i64) {
        if self.status == Status::Ready {
            self.start(segments, now_ms);
        } else {
            self.jump(segments, self.current + 1, now_ms);
        }
    }

    pub fn previous(&mut self, segments: &[Segment], now_ms: i64) {
        if self.status.on_air() {
            self.jump(segments, self.current.saturating_sub(1), now_ms);
        }
    }

    /// Adds time to the current segment (negative removes it). The segment's
    /// total never goes below zero.
    pub fn add_time(&mut self, segments: &[Segment], delta_ms: i64) {
        let planned = segments.get(self.current).map(planned_ms).unwrap_or(0);
        if let Some(run) = self.current_run_mut() {
            run.added_ms = run.added_ms.saturating_add(delta_ms).max(-planned);
        }
    }

    pub fn finish(&mut self, now_ms: i64) {
        if self.status.on_air() {
            self.close_run(now_ms);
            self.status = Status::Finished;
            self.finished_at_ms = Some(now_ms);
        }
    }

    /// Starts over: clears the log (the caller confirms first).
    pub fn reset(&mut self) {
        *self = TimerState::new();
    }

    /// Time spent in the current segment, pauses excluded. Never negative,
    /// even if the device clock jumped backwards.
    pub fn elapsed_ms(&self, now_ms: i64) -> i64 {
        let Some(run) = self.current_run() else {
            return 0;
        };
        let end = match self.status {
            Status::Paused => self.paused_at_ms.unwrap_or(now_ms),
            _ => now_ms,
        };
        end.saturating_sub(run.started_at_ms)
            .saturating_sub(run.paused_ms)
            .max(0)
    }

    /// The view of the timer at `now_ms`.
    pub fn view<'a>(
        &self,
        segments: &'a [Segment],
        settings: &Settings,
        now_ms: i64,
    ) -> TimerView<'a> {
        let index = self.current.min(segments.len().saturating_sub(1));
        let segment = segments.get(index);
        let elapsed_ms = if self.status == Status::Finished {
            0
        } else {
            self.elapsed_ms(now_ms)
        };
        let added = self.current_run().map(|run| run.added_ms).unwrap_or(0);
        let remaining_ms = match (self.status, segment) {
            (Status::Finished, _) | (_, None) => 0,
            (_, Some(segment)) => planned_ms(segment)
                .saturating_add(added)
                .saturating_sub(elapsed_ms),
        };
        // A finished (or empty) show is not "in danger": it has no countdown.
        let phase = match (self.status, segment) {
            (Status::Finished, _) | (_, None) => Phase::Normal,
            _ => phase_of(remaining_ms, settings),
        };
        let cue = segment
            .map(|s| cue_at(&s.cues, elapsed_ms))
            .unwrap_or(CueNow {
                current: None,
                next: None,
                until_next_ms: None,
            });

        let total_planned: i64 = segments.iter().map(planned_ms).sum();
        let later_planned: i64 = segments.iter().skip(index + 1).map(planned_ms).sum();
        let (behind_ms, expected_end_ms) = match (self.status, self.show_started_at_ms) {
            (Status::Ready, _) | (_, None) => (0, None),
            (Status::Finished, Some(start)) => {
                let end = self.finished_at_ms.unwrap_or(now_ms);
                (
                    end.saturating_sub(start.saturating_add(total_planned)),
                    Some(end),
                )
            }
            (_, Some(start)) => {
                let end = now_ms
                    .saturating_add(remaining_ms.max(0))
                    .saturating_add(later_planned);
                (
                    end.saturating_sub(start.saturating_add(total_planned)),
                    Some(end),
                )
            }
        };
        let done_planned: i64 = segments.iter().take(index).map(planned_ms).sum::<i64>()
            + segment.map(|s| elapsed_ms.min(planned_ms(s))).unwrap_or(0);
        let progress = match self.status {
            Status::Finished => 1.0,
            _ if total_planned > 0 => done_planned as f64 / total_planned as f64,
            _ => 0.0,
        };
        TimerView {
            status: self.status,
            index,
            segment,
            next_segment: segments.get(index + 1),
            remaining_ms,
            elapsed_ms,
            phase,
            cue,
            behind_ms,
            expected_end_ms,
            progress,
        }
    }
}

/// The phase for `remaining_ms`, with the team's thresholds.
pub fn phase_of(remaining_ms: i64, settings: &Settings) -> Phase {
    if remaining_ms < 0 {
        Phase::Overtime
    } else if remaining_ms <= i64::from(settings.danger_seconds) * 1000 {
        Phase::Danger
    } else if remaining_ms <= i64::from(settings.warning_seconds) * 1000 {
        Phase::Warning
    } else {
        Phase::Normal
    }
}

/// The cue in effect `elapsed_ms` into a segment, and the next one.
pub fn cue_at(cues: &[Cue], elapsed_ms: i64) -> CueNow<'_> {
    let passed = cues
        .iter()
        .take_while(|c| i64::from(c.at_seconds) * 1000 <= elapsed_ms)
        .count();
    let next = cues.get(passed);
    CueNow {
        current: passed.checked_sub(1).and_then(|i| cues.get(i)),
        next,
        until_next_ms: next.map(|c| i64::from(c.at_seconds) * 1000 - elapsed_ms),
    }
}

/// `m:ss` (or `h:mm:ss`), with a leading minus in overtime. Whole seconds are
/// rounded up while counting down, so 0:00 shows only when time is up.
pub fn format_clock(ms: i64) -> String {
    let negative = ms < 0;
    let abs = ms.unsigned_abs();
    let seconds = if negative {
        abs / 1000
    } else {
        abs.div_ceil(1000)
    };
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    let sign = if negative { "-" } else { "" };
    if h > 0 {
        format!("{sign}{h}:{m:02}:{s:02}")
    } else {
        format!("{sign}{m}:{s:02}")
    }
}

/// What the anchor asks of the timer, from a button, a key or a clicker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    /// Start, pause or resume.
    Toggle,
    Next,
    Previous,
    Jump(usize),
    /// Add (or, negative, remove) whole seconds.
    AddSeconds(i32),
    Finish,
    Reset,
}

impl TimerState {
    /// Applies one command at `now_ms`: the single entry point the screen uses.
    pub fn apply(&mut self, command: Command, segments: &[Segment], now_ms: i64) {
        match command {
            Command::Toggle => self.toggle(segments, now_ms),
            Command::Next => self.next(segments, now_ms),
            Command::Previous => self.previous(segments, now_ms),
            Command::Jump(index) => self.jump(segments, index, now_ms),
            Command::AddSeconds(seconds) => self.add_time(segments, i64::from(seconds) * 1000),
            Command::Finish => self.finish(now_ms),
            Command::Reset => self.reset(),
        }
    }
}
