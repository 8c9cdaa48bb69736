//! The segment timer's own merge rule. A timer's log records what happened
//! on air (this segment ran from then to then), so runs are facts: two
//! windows' runs of one show are united by their start, never duplicated and
//! never dropped. What the timer is doing now (running, paused, finished, in
//! which segment) is one decision, taken from the side that changed it, the
//! other window's later save where both did; the log is then made to agree
//! with it. A timer restarted from zero in one window starts a new run of the
//! show, which replaces the old one as a whole (restarting is confirmed
//! because it erases the log).

use super::Merged;
use crate::model::{Id, Workspace};
use crate::timer::{SegmentRun, Status, TimerState};

/// The merge rule of a window that changes nothing but timers (the
/// presenter): the other window's save, with each show's timer merged by
/// [`merge_timer`]. Cheaper in code than [`super::merge`], which the
/// presenter's own wasm then does not carry.
pub fn merge_timers(base: &Workspace, ours: &Workspace, theirs: &Workspace) -> Merged {
    fn timer_of<'a>(ws: &'a Workspace, id: &Id) -> Option<&'a TimerState> {
        ws.show(id).and_then(|show| show.timer.as_ref())
    }
    let mut workspace = theirs.clone();
    for show in &mut workspace.shows {
        show.timer = merge_timer(
            timer_of(base, &show.id),
            timer_of(ours, &show.id),
            show.timer.as_ref(),
        );
    }
    Merged {
        workspace,
        conflicts: Vec::new(),
        set_aside: None,
    }
}

/// Merges a show's timer: `base` as both windows had it, `ours` this
/// window's, `theirs` the other window's later save (`None`: never started).
pub fn merge_timer(
    base: Option<&TimerState>,
    ours: Option<&TimerState>,
    theirs: Option<&TimerState>,
) -> Option<TimerState> {
    if ours == base {
        return theirs.cloned();
    }
    if theirs == base || ours == theirs {
        return ours.cloned();
    }
    let (Some(o), Some(t)) = (ours, theirs) else {
        return theirs.cloned();
    };
    // A different show start: a restart on one side; the later save wins.
    if o.show_started_at_ms != t.show_started_at_ms {
        return Some(t.clone());
    }
    let fresh = TimerState::new();
    let b = base
        .filter(|b| b.show_started_at_ms == t.show_started_at_ms)
        .unwrap_or(&fresh);
    let control = |timer: &TimerState| {
        (
            timer.status,
            timer.current,
            timer.paused_at_ms,
            timer.finished_at_ms,
        )
    };
    let decided = if control(o) == control(b) {
        t
    } else if control(t) == control(b) {
        o
    } else {
        t
    };
    let mut merged = TimerState {
        status: decided.status,
        current: decided.current,
        show_started_at_ms: t.show_started_at_ms,
        finished_at_ms: decided.finished_at_ms,
        paused_at_ms: decided.paused_at_ms,
        log: union_of_runs(&b.log, &o.log, &t.log),
    };
    agree_with_status(&mut merged);
    Some(merged)
}

/// Every run of either side once, by its start, in time order. A run both
/// sides changed takes each field from the side that changed it; two
/// different ends mean the segment ended at the first of them.
fn union_of_runs(
    base: &[SegmentRun],
    ours: &[SegmentRun],
    theirs: &[SegmentRun],
) -> Vec<SegmentRun> {
    let at =
        |log: &[SegmentRun], start: i64| log.iter().find(|run| run.started_at_ms == start).cloned();
    let mut starts: Vec<i64> = ours
        .iter()
        .chain(theirs)
        .map(|run| run.started_at_ms)
        .collect();
    starts.sort_unstable();
    starts.dedup();
    starts
        .into_iter()
        .filter_map(
            |start| match (at(base, start), at(ours, start), at(theirs, start)) {
                (_, Some(o), None) => Some(o),
                (_, None, Some(t)) => Some(t),
                (b, Some(o), Some(t)) => Some(one_run(b.as_ref(), o, t)),
                (_, None, None) => None,
            },
        )
        .collect()
}

fn one_run(base: Option<&SegmentRun>, o: SegmentRun, t: SegmentRun) -> SegmentRun {
    if o == t {
        return o;
    }
    let pick = |b: Option<i64>, o: i64, t: i64| {
        if b == Some(o) {
            t
        } else if b == Some(t) {
            o
        } else {
            t
        }
    };
    let ended_at_ms = match (o.ended_at_ms, t.ended_at_ms) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (end, None) | (None, end) => end,
    };
    SegmentRun {
        paused_ms: pick(base.map(|b| b.paused_ms), o.paused_ms, t.paused_ms),
        added_ms: pick(base.map(|b| b.added_ms), o.added_ms, t.added_ms),
        ended_at_ms,
        ..t
    }
}

/// Makes the log tell one story with the status: each run ends where the
/// next begins; on air, the last run is open and current; finished, it is closed.
fn agree_with_status(timer: &mut TimerState) {
    let starts: Vec<i64> = timer
        .log
        .iter()
        .skip(1)
        .map(|run| run.started_at_ms)
        .collect();
    for (run, next_start) in timer.log.iter_mut().zip(starts) {
        let end = run
            .ended_at_ms
            .map_or(next_start, |end| end.min(next_start));
        run.ended_at_ms = Some(end.max(run.started_at_ms));
    }
    let Some(last) = timer.log.last_mut() else {
        return;
    };
    match timer.status {
        Status::Running | Status::Paused => {
            last.ended_at_ms = None;
            timer.current = last.index;
            if let Some(paused_at) = timer.paused_at_ms.as_mut() {
                *paused_at = (*paused_at).max(last.started_at_ms);
            }
        }
        Status::Finished => {
            let finished = timer.finished_at_ms.unwrap_or(last.started_at_ms);
            let end = last.ended_at_ms.unwrap_or(finished);
            last.ended_at_ms = Some(end.max(last.started_at_ms));
        }
        Status::Ready => {}
    }
}
