//! The segment timer against a fake clock: every instant is a plain number of
//! milliseconds since the epoch, passed in by the test. The timer keeps
//! timestamps, never a countdown, so whatever the ticks, pauses, reloads or
//! clock jumps, the remaining time must equal the truth computed from the
//! known press times, to the millisecond.

use livedesk_core::model::{Cue, CueKind, Id, Segment, SegmentKind, Settings};
use livedesk_core::scripts::edit::new_segment;
use livedesk_core::timer::{
    cue_at, format_clock, phase_of, Command, CueNow, Phase, SegmentRun, Status, TimerState,
    TimerView,
};

/// 2027-01-15 08:00 UTC: any plausible epoch-ms start.
const T0: i64 = 1_800_000_000_000;
const SEC: i64 = 1_000;
const MIN: i64 = 60 * SEC;
const HOUR: i64 = 60 * MIN;

fn id(raw: &str) -> Id {
    Id::new(raw).unwrap()
}

fn segment(name: &str, planned_seconds: u32) -> Segment {
    let mut segment = new_segment(
        SegmentKind::ProductExplanation,
        name.to_owned(),
        &mut || id(name),
    );
    segment.planned_seconds = planned_seconds;
    segment
}

fn with_cues(mut segment: Segment, cues: &[(u32, CueKind, &str)]) -> Segment {
    segment.cues = cues
        .iter()
        .map(|&(at_seconds, kind, label)| Cue {
            at_seconds,
            kind,
            label: label.to_owned(),
        })
        .collect();
    segment
}

/// Segments `s0`, `s1`… of the given planned lengths in seconds.
fn script(planned: &[u32]) -> Vec<Segment> {
    planned
        .iter()
        .enumerate()
        .map(|(i, &seconds)| segment(&format!("s{i}"), seconds))
        .collect()
}

fn view<'a>(timer: &TimerState, segments: &'a [Segment], now: i64) -> TimerView<'a> {
    timer.view(segments, &Settings::default(), now)
}

fn started(segments: &[Segment], at: i64) -> TimerState {
    let mut timer = TimerState::new();
    timer.start(segments, at);
    timer
}

fn run(
    segment_id: &str,
    index: usize,
    started_at_ms: i64,
    ended_at_ms: Option<i64>,
    paused_ms: i64,
    added_ms: i64,
) -> SegmentRun {
    SegmentRun {
        segment_id: id(segment_id),
        index,
        started_at_ms,
        ended_at_ms,
        paused_ms,
        added_ms,
    }
}

/// A tiny seeded PRNG (xorshift64*), so the irregular ticks are reproducible.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// Uniform in `lo..=hi`.
    fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + (self.next() % (hi - lo + 1) as u64) as i64
    }
}

// ---- Starting, pausing, resuming.

#[test]
fn a_new_timer_is_ready_and_shows_the_first_segment_in_full() {
    let segments = script(&[900, 600]);
    let timer = TimerState::new();
    assert_eq!(timer, TimerState::default());
    for now in [T0, T0 + HOUR, T0 - HOUR] {
        let v = view(&timer, &segments, now);
        assert_eq!(v.status, Status::Ready);
        assert_eq!(v.index, 0);
        assert_eq!(v.segment, Some(&segments[0]));
        assert_eq!(v.next_segment, Some(&segments[1]));
        assert_eq!(v.remaining_ms, 900 * SEC);
        assert_eq!(v.elapsed_ms, 0);
        assert_eq!(v.phase, Phase::Normal);
        assert_eq!(v.behind_ms, 0);
        assert_eq!(v.expected_end_ms, None);
        assert_eq!(v.progress, 0.0);
    }
}

#[test]
fn start_opens_the_first_run_and_counts_down_from_now() {
    let segments = script(&[900, 600]);
    let timer = started(&segments, T0);
    assert_eq!(timer.status, Status::Running);
    assert_eq!(timer.current, 0);
    assert_eq!(timer.show_started_at_ms, Some(T0));
    assert_eq!(timer.log, vec![run("s0", 0, T0, None, 0, 0)]);
    assert_eq!(view(&timer, &segments, T0).remaining_ms, 900 * SEC);
    let v = view(&timer, &segments, T0 + 1_234);
    assert_eq!(v.remaining_ms, 900 * SEC - 1_234);
    assert_eq!(v.elapsed_ms, 1_234);
    assert_eq!(timer.elapsed_ms(T0 + 1_234), 1_234);
}

#[test]
fn start_does_nothing_once_started_or_when_there_is_nothing_to_time() {
    let segments = script(&[900]);
    let mut timer = started(&segments, T0);
    let before = timer.clone();
    timer.start(&segments, T0 + MIN);
    assert_eq!(timer, before);

    let mut empty = TimerState::new();
    empty.start(&[], T0);
    assert_eq!(empty, TimerState::new());
}

#[test]
fn pause_freezes_the_remaining_time_and_resume_continues_from_it() {
    let segments = script(&[900]);
    let mut timer = started(&segments, T0);
    timer.pause(T0 + 10 * SEC);
    assert_eq!(timer.status, Status::Paused);
    assert_eq!(timer.paused_at_ms, Some(T0 + 10 * SEC));
    for now in [T0 + 10 * SEC, T0 + 5 * MIN, T0 + 10 * MIN] {
        let v = view(&timer, &segments, now);
        assert_eq!(v.status, Status::Paused);
        assert_eq!(v.remaining_ms, 890 * SEC, "at +{}ms", now - T0);
        assert_eq!(v.elapsed_ms, 10 * SEC);
    }
    timer.resume(T0 + 10 * MIN);
    assert_eq!(timer.status, Status::Running);
    assert_eq!(timer.paused_at_ms, None);
    assert_eq!(timer.log[0].paused_ms, 10 * MIN - 10 * SEC);
    assert_eq!(
        view(&timer, &segments, T0 + 10 * MIN).remaining_ms,
        890 * SEC
    );
    assert_eq!(
        view(&timer, &segments, T0 + 10 * MIN + 5 * SEC).remaining_ms,
        885 * SEC
    );
}

#[test]
fn several_pauses_in_one_segment_add_up() {
    let segments = script(&[900]);
    let mut timer = started(&segments, T0);
    let mut paused = 0;
    let mut now = T0;
    for (run_for, pause_for) in [(7_001, 3_000), (60_000, 999), (1, 45 * MIN)] {
        now += run_for;
        timer.pause(now);
        now += pause_for;
        paused += pause_for;
        timer.resume(now);
    }
    assert_eq!(timer.log[0].paused_ms, paused);
    let v = view(&timer, &segments, now + 500);
    assert_eq!(v.elapsed_ms, now + 500 - T0 - paused);
    assert_eq!(v.remaining_ms, 900 * SEC - (7_001 + 60_000 + 1 + 500));
}

// ---- Moving between segments.

#[test]
fn next_closes_the_run_and_starts_the_next_segment_in_full() {
    let segments = script(&[900, 600, 300]);
    let mut timer = started(&segments, T0);
    timer.next(&segments, T0 + 800 * SEC);
    assert_eq!(timer.current, 1);
    assert_eq!(
        timer.log,
        vec![
            run("s0", 0, T0, Some(T0 + 800 * SEC), 0, 0),
            run("s1", 1, T0 + 800 * SEC, None, 0, 0),
        ]
    );
    let v = view(&timer, &segments, T0 + 800 * SEC);
    assert_eq!((v.index, v.remaining_ms), (1, 600 * SEC));
    assert_eq!(v.segment, Some(&segments[1]));
    assert_eq!(v.next_segment, Some(&segments[2]));
    assert_eq!(
        view(&timer, &segments, T0 + 801 * SEC).remaining_ms,
        599 * SEC
    );
}

#[test]
fn next_from_ready_starts_the_show() {
    let segments = script(&[900, 600]);
    let mut timer = TimerState::new();
    timer.next(&segments, T0);
    assert_eq!(timer, started(&segments, T0));
}

#[test]
fn next_on_the_last_segment_finishes_the_show() {
    let segments = script(&[900, 600]);
    let mut timer = started(&segments, T0);
    timer.next(&segments, T0 + 900 * SEC);
    timer.next(&segments, T0 + 1_500 * SEC);
    assert_eq!(timer.status, Status::Finished);
    assert_eq!(timer.finished_at_ms, Some(T0 + 1_500 * SEC));
    assert_eq!(timer.current, 1, "stays on the last segment");
    assert!(timer.log.iter().all(|r| r.ended_at_ms.is_some()));
    let v = view(&timer, &segments, T0 + 2 * HOUR);
    assert_eq!(
        (v.status, v.index, v.remaining_ms, v.elapsed_ms),
        (Status::Finished, 1, 0, 0)
    );
    assert_eq!(v.next_segment, None);
}

#[test]
fn previous_goes_back_one_segment_as_a_new_run_with_its_full_time() {
    let segments = script(&[900, 600, 300]);
    let mut timer = started(&segments, T0);
    timer.next(&segments, T0 + 900 * SEC);
    timer.previous(&segments, T0 + 960 * SEC);
    assert_eq!(timer.current, 0);
    assert_eq!(timer.log.len(), 3);
    assert_eq!(timer.log[2], run("s0", 0, T0 + 960 * SEC, None, 0, 0));
    assert_eq!(
        view(&timer, &segments, T0 + 970 * SEC).remaining_ms,
        890 * SEC
    );
}

#[test]
fn previous_on_the_first_segment_restarts_it_as_a_new_run() {
    // A stray PageUp on the opening restarts its countdown; the first run
    // stays in the log and the show's start (so ahead/behind) is unchanged.
    let segments = script(&[900, 600]);
    let mut timer = started(&segments, T0);
    timer.previous(&segments, T0 + 100 * SEC);
    assert_eq!(timer.current, 0);
    assert_eq!(
        timer.log,
        vec![
            run("s0", 0, T0, Some(T0 + 100 * SEC), 0, 0),
            run("s0", 0, T0 + 100 * SEC, None, 0, 0),
        ]
    );
    let v = view(&timer, &segments, T0 + 100 * SEC);
    assert_eq!(v.remaining_ms, 900 * SEC);
    assert_eq!(v.behind_ms, 100 * SEC);
    assert_eq!(timer.show_started_at_ms, Some(T0));
}

#[test]
fn jump_moves_to_any_segment_and_past_the_end_finishes() {
    let segments = script(&[900, 600, 300, 300]);
    let mut timer = started(&segments, T0);
    timer.jump(&segments, 3, T0 + 60 * SEC);
    assert_eq!(timer.current, 3);
    assert_eq!(
        view(&timer, &segments, T0 + 70 * SEC).remaining_ms,
        290 * SEC
    );
    timer.jump(&segments, 1, T0 + 80 * SEC);
    assert_eq!(timer.current, 1);
    let ids: Vec<(&str, usize)> = timer
        .log
        .iter()
        .map(|r| (r.segment_id.as_str(), r.index))
        .collect();
    assert_eq!(ids, [("s0", 0), ("s3", 3), ("s1", 1)]);
    timer.jump(&segments, 99, T0 + 90 * SEC);
    assert_eq!(timer.status, Status::Finished);
    assert_eq!(timer.finished_at_ms, Some(T0 + 90 * SEC));
}

#[test]
fn jump_from_ready_to_the_first_segment_just_starts() {
    let segments = script(&[900, 600]);
    let mut timer = TimerState::new();
    timer.jump(&segments, 0, T0);
    assert_eq!(timer, started(&segments, T0));
}

#[test]
fn jump_from_ready_starts_the_show_at_that_segment_without_a_phantom_first_run() {
    let segments = script(&[900, 600, 300]);
    let mut timer = TimerState::new();
    timer.jump(&segments, 2, T0);
    assert_eq!(timer.status, Status::Running);
    assert_eq!(timer.current, 2);
    assert_eq!(timer.show_started_at_ms, Some(T0));
    assert_eq!(timer.log, vec![run("s2", 2, T0, None, 0, 0)]);
}

#[test]
fn a_paused_timer_stays_paused_in_the_segment_it_moves_to() {
    let segments = script(&[900, 600, 300]);
    let mut timer = started(&segments, T0);
    timer.pause(T0 + 100 * SEC);
    timer.next(&segments, T0 + 400 * SEC);
    assert_eq!(timer.status, Status::Paused);
    assert_eq!(timer.paused_at_ms, Some(T0 + 400 * SEC));
    // The pause so far belongs to the run it happened in.
    assert_eq!(
        timer.log[0],
        run("s0", 0, T0, Some(T0 + 400 * SEC), 300 * SEC, 0)
    );
    // The new segment waits at its full length until resumed.
    assert_eq!(view(&timer, &segments, T0 + HOUR).remaining_ms, 600 * SEC);
    timer.resume(T0 + 500 * SEC);
    assert_eq!(timer.log[1].paused_ms, 100 * SEC);
    assert_eq!(
        view(&timer, &segments, T0 + 530 * SEC).remaining_ms,
        570 * SEC
    );
    // Previous while paused, too.
    timer.pause(T0 + 540 * SEC);
    timer.previous(&segments, T0 + 541 * SEC);
    assert_eq!((timer.status, timer.current), (Status::Paused, 0));
    assert_eq!(
        view(&timer, &segments, T0 + 600 * SEC).remaining_ms,
        900 * SEC
    );
}

#[test]
fn finish_closes_the_open_run_and_counts_an_ongoing_pause() {
    let segments = script(&[900, 600]);
    let mut timer = started(&segments, T0);
    timer.pause(T0 + 100 * SEC);
    timer.finish(T0 + 130 * SEC);
    assert_eq!(timer.status, Status::Finished);
    assert_eq!(timer.finished_at_ms, Some(T0 + 130 * SEC));
    assert_eq!(timer.paused_at_ms, None);
    assert_eq!(
        timer.log,
        vec![run("s0", 0, T0, Some(T0 + 130 * SEC), 30 * SEC, 0)]
    );
}

#[test]
fn reset_returns_to_ready_and_clears_the_log() {
    let segments = script(&[900, 600]);
    let mut timer = started(&segments, T0);
    timer.next(&segments, T0 + MIN);
    timer.pause(T0 + 2 * MIN);
    timer.reset();
    assert_eq!(timer, TimerState::new());
    timer.start(&segments, T0 + HOUR);
    assert_eq!(timer, started(&segments, T0 + HOUR));
}

// ---- Adding and removing time.

#[test]
fn add_time_extends_the_current_segment_and_negative_time_shortens_it() {
    let segments = script(&[900, 600]);
    let mut timer = started(&segments, T0);
    timer.add_time(&segments, 60 * SEC);
    assert_eq!(
        view(&timer, &segments, T0 + 10 * SEC).remaining_ms,
        950 * SEC
    );
    timer.add_time(&segments, -90 * SEC);
    assert_eq!(timer.log[0].added_ms, -30 * SEC);
    assert_eq!(
        view(&timer, &segments, T0 + 10 * SEC).remaining_ms,
        860 * SEC
    );
    // Added time belongs to its run: the next segment starts afresh.
    timer.next(&segments, T0 + 20 * SEC);
    assert_eq!(timer.log[0].added_ms, -30 * SEC);
    assert_eq!(
        view(&timer, &segments, T0 + 20 * SEC).remaining_ms,
        600 * SEC
    );
}

#[test]
fn add_time_works_while_paused() {
    let segments = script(&[900]);
    let mut timer = started(&segments, T0);
    timer.pause(T0 + 100 * SEC);
    timer.add_time(&segments, 2 * MIN);
    assert_eq!(view(&timer, &segments, T0 + HOUR).remaining_ms, 920 * SEC);
}

#[test]
fn removing_more_time_than_planned_clamps_the_segment_total_to_zero() {
    let segments = script(&[900, 600]);
    let mut timer = started(&segments, T0);
    timer.add_time(&segments, -10 * HOUR);
    assert_eq!(timer.log[0].added_ms, -900 * SEC);
    assert_eq!(view(&timer, &segments, T0).remaining_ms, 0);
    let v = view(&timer, &segments, T0 + 5 * SEC);
    assert_eq!((v.remaining_ms, v.phase), (-5 * SEC, Phase::Overtime));
    // Once clamped, added time counts from zero again.
    timer.add_time(&segments, 60 * SEC);
    assert_eq!(timer.log[0].added_ms, -840 * SEC);
    assert_eq!(view(&timer, &segments, T0 + 5 * SEC).remaining_ms, 55 * SEC);
    // Minus a minute, six times, on a five-minute segment: the clicker's "-".
    let short = script(&[300]);
    let mut timer = started(&short, T0);
    for _ in 0..6 {
        timer.apply(Command::AddSeconds(-60), &short, T0);
    }
    assert_eq!(timer.log[0].added_ms, -300 * SEC);
    assert_eq!(view(&timer, &short, T0).remaining_ms, 0);
}

#[test]
fn add_time_does_nothing_before_the_start_or_after_the_finish() {
    let segments = script(&[900]);
    let mut ready = TimerState::new();
    ready.add_time(&segments, MIN);
    assert_eq!(ready, TimerState::new());
    assert_eq!(view(&ready, &segments, T0).remaining_ms, 900 * SEC);

    let mut finished = started(&segments, T0);
    finished.finish(T0 + MIN);
    let before = finished.clone();
    finished.add_time(&segments, MIN);
    assert_eq!(finished, before);
}

// ---- The clicker's Space, and actions that do not apply.

#[test]
fn toggle_starts_then_pauses_then_resumes_and_is_ignored_when_finished() {
    let segments = script(&[900, 600]);
    let mut timer = TimerState::new();
    timer.toggle(&segments, T0);
    assert_eq!(timer, started(&segments, T0));
    timer.toggle(&segments, T0 + MIN);
    assert_eq!(
        (timer.status, timer.paused_at_ms),
        (Status::Paused, Some(T0 + MIN))
    );
    timer.toggle(&segments, T0 + 3 * MIN);
    assert_eq!((timer.status, timer.paused_at_ms), (Status::Running, None));
    assert_eq!(timer.log[0].paused_ms, 2 * MIN);
    timer.finish(T0 + 4 * MIN);
    let finished = timer.clone();
    timer.toggle(&segments, T0 + 5 * MIN);
    assert_eq!(timer, finished);

    // Toggle on an empty script stays ready.
    let mut empty = TimerState::new();
    empty.toggle(&[], T0);
    assert_eq!(empty, TimerState::new());
}

#[test]
fn actions_in_the_wrong_state_change_nothing() {
    let segments = script(&[900, 600]);
    let ready = TimerState::new();
    let running = started(&segments, T0);
    let mut paused = running.clone();
    paused.pause(T0 + MIN);
    let mut finished = running.clone();
    finished.finish(T0 + 2 * MIN);

    let later = T0 + 3 * MIN;
    type Action = fn(&mut TimerState, &[Segment], i64);
    let no_ops: &[(&str, &TimerState, Action)] = &[
        ("pause when ready", &ready, |t, _, now| t.pause(now)),
        ("resume when ready", &ready, |t, _, now| t.resume(now)),
        ("previous when ready", &ready, |t, s, now| {
            t.previous(s, now)
        }),
        ("finish when ready", &ready, |t, _, now| t.finish(now)),
        ("resume when running", &running, |t, _, now| t.resume(now)),
        ("start when running", &running, |t, s, now| t.start(s, now)),
        ("pause when paused", &paused, |t, _, now| t.pause(now)),
        ("start when paused", &paused, |t, s, now| t.start(s, now)),
        ("next after finish", &finished, |t, s, now| t.next(s, now)),
        ("previous after finish", &finished, |t, s, now| {
            t.previous(s, now)
        }),
        ("jump after finish", &finished, |t, s, now| {
            t.jump(s, 0, now)
        }),
        ("pause after finish", &finished, |t, _, now| t.pause(now)),
        ("resume after finish", &finished, |t, _, now| t.resume(now)),
        ("finish after finish", &finished, |t, _, now| t.finish(now)),
        ("start after finish", &finished, |t, s, now| t.start(s, now)),
    ];
    for (what, state, action) in no_ops {
        let mut timer = (*state).clone();
        action(&mut timer, &segments, later);
        assert_eq!(&timer, *state, "{what}");
    }
}

#[test]
fn apply_does_what_the_named_method_does() {
    let segments = script(&[900, 600, 300]);
    let steps: &[(Command, i64)] = &[
        (Command::Toggle, T0),
        (Command::AddSeconds(60), T0 + SEC),
        (Command::Toggle, T0 + MIN),
        (Command::Toggle, T0 + 2 * MIN),
        (Command::Next, T0 + 10 * MIN),
        (Command::Previous, T0 + 11 * MIN),
        (Command::Jump(2), T0 + 12 * MIN),
        (Command::AddSeconds(-30), T0 + 12 * MIN),
        (Command::Finish, T0 + 15 * MIN),
    ];
    let mut applied = TimerState::new();
    let mut direct = TimerState::new();
    for &(command, now) in steps {
        applied.apply(command, &segments, now);
        match command {
            Command::Toggle => direct.toggle(&segments, now),
            Command::Next => direct.next(&segments, now),
            Command::Previous => direct.previous(&segments, now),
            Command::Jump(i) => direct.jump(&segments, i, now),
            Command::AddSeconds(s) => direct.add_time(&segments, i64::from(s) * SEC),
            Command::Finish => direct.finish(now),
            Command::Reset => direct.reset(),
        }
        assert_eq!(applied, direct, "after {command:?}");
    }
    assert_eq!(applied.status, Status::Finished);
    applied.apply(Command::Reset, &segments, T0 + HOUR);
    assert_eq!(applied, TimerState::new());
}

#[test]
fn an_empty_script_never_panics_and_its_view_is_sane() {
    let commands = [
        Command::Toggle,
        Command::Next,
        Command::Previous,
        Command::Jump(0),
        Command::AddSeconds(60),
        Command::AddSeconds(-60),
        Command::Toggle,
        Command::Finish,
        Command::Reset,
    ];
    let mut timer = TimerState::new();
    for (i, command) in commands.into_iter().enumerate() {
        let now = T0 + i as i64 * MIN;
        timer.apply(command, &[], now);
        assert_eq!(timer.status, Status::Ready, "after {command:?}");
        assert!(timer.log.is_empty());
        for at in [now, now - HOUR, now + 10 * HOUR] {
            let v = view(&timer, &[], at);
            assert_eq!(v.segment, None);
            assert_eq!(v.next_segment, None);
            assert_eq!((v.index, v.remaining_ms, v.elapsed_ms), (0, 0, 0));
            assert_eq!((v.behind_ms, v.expected_end_ms), (0, None));
            assert_eq!(v.progress, 0.0);
            assert_eq!(v.cue.current, None);
            assert_eq!(v.cue.next, None);
        }
    }
    // A running timer whose script was emptied under it (a stored state read
    // back beside an edited script) views without panicking too.
    let segments = script(&[900, 600]);
    let mut timer = started(&segments, T0);
    timer.next(&segments, T0 + MIN);
    let v = view(&timer, &[], T0 + 2 * MIN);
    assert_eq!((v.segment, v.remaining_ms), (None, 0));
    assert!(v.progress.is_finite() && (0.0..=1.0).contains(&v.progress));
    for command in commands {
        timer.clone().apply(command, &[], T0 + 3 * MIN);
    }
    timer.apply(Command::Finish, &[], T0 + 3 * MIN);
    assert_eq!(view(&timer, &[], T0 + 4 * MIN).remaining_ms, 0);
}

#[test]
fn jump_on_an_empty_script_leaves_the_timer_ready() {
    let mut timer = TimerState::new();
    timer.jump(&[], 3, T0);
    assert_eq!(timer, TimerState::new());
}

// ---- Remaining time and phases.

#[test]
fn remaining_is_planned_plus_added_minus_elapsed_and_negative_in_overtime() {
    let segments = script(&[300]);
    let mut timer = started(&segments, T0);
    timer.add_time(&segments, 45 * SEC);
    for elapsed in [0, 1, 299_999, 300_000, 344_999, 345_000, 345_001, 3 * HOUR] {
        let v = view(&timer, &segments, T0 + elapsed);
        assert_eq!(v.remaining_ms, 300 * SEC + 45 * SEC - elapsed, "{elapsed}");
        assert_eq!(v.elapsed_ms, elapsed);
    }
    let over = view(&timer, &segments, T0 + 345_001);
    assert_eq!((over.remaining_ms, over.phase), (-1, Phase::Overtime));
}

/// The phase at `remaining` ms left in a 10-minute segment, read through the
/// timer at the matching instant.
fn phase_at(remaining: i64, settings: &Settings) -> Phase {
    let segments = script(&[600]);
    let timer = started(&segments, T0);
    let v = timer.view(&segments, settings, T0 + 600 * SEC - remaining);
    assert_eq!(v.remaining_ms, remaining);
    assert_eq!(v.phase, phase_of(remaining, settings));
    v.phase
}

#[test]
fn phases_change_at_the_default_thresholds_to_the_millisecond() {
    let defaults = Settings::default();
    assert_eq!(
        (defaults.warning_seconds, defaults.danger_seconds),
        (120, 60)
    );
    for (remaining, phase) in [
        (600_000, Phase::Normal),
        (120_001, Phase::Normal),
        (120_000, Phase::Warning),
        (60_001, Phase::Warning),
        (60_000, Phase::Danger),
        (1, Phase::Danger),
        (0, Phase::Danger),
        (-1, Phase::Overtime),
        (-HOUR, Phase::Overtime),
    ] {
        assert_eq!(phase_at(remaining, &defaults), phase, "{remaining} ms left");
    }
}

#[test]
fn phases_follow_custom_thresholds() {
    let custom = Settings {
        warning_seconds: 300,
        danger_seconds: 30,
        ..Settings::default()
    };
    for (remaining, phase) in [
        (300_001, Phase::Normal),
        (300_000, Phase::Warning),
        (120_000, Phase::Warning),
        (30_001, Phase::Warning),
        (30_000, Phase::Danger),
        (0, Phase::Danger),
        (-1, Phase::Overtime),
    ] {
        assert_eq!(phase_at(remaining, &custom), phase, "{remaining} ms left");
    }
    // Equal thresholds: no warning phase at all.
    let equal = Settings {
        warning_seconds: 60,
        danger_seconds: 60,
        ..Settings::default()
    };
    assert_eq!(phase_at(60_001, &equal), Phase::Normal);
    assert_eq!(phase_at(60_000, &equal), Phase::Danger);
    // Zero thresholds: normal up to the end, danger only at exactly 0.
    let zero = Settings {
        warning_seconds: 0,
        danger_seconds: 0,
        ..Settings::default()
    };
    assert_eq!(phase_at(1, &zero), Phase::Normal);
    assert_eq!(phase_at(0, &zero), Phase::Danger);
    assert_eq!(phase_at(-1, &zero), Phase::Overtime);
    // The largest thresholds (an hour) on a short segment: warning from the start.
    let largest = Settings {
        warning_seconds: 3600,
        danger_seconds: 3600,
        ..Settings::default()
    };
    assert_eq!(phase_at(600_000, &largest), Phase::Danger);
}

#[test]
fn a_segment_shorter_than_the_warning_starts_in_warning() {
    let segments = script(&[90]);
    let timer = started(&segments, T0);
    assert_eq!(view(&timer, &segments, T0).phase, Phase::Warning);
    assert_eq!(view(&timer, &segments, T0 + 30 * SEC).phase, Phase::Danger);
}

// ---- Cues.

fn cued_segment() -> Segment {
    with_cues(
        segment("tea", 900),
        &[
            (0, CueKind::Explain, "explain"),
            (480, CueKind::Interact, "interact"),
            (720, CueKind::CloseSale, "close"),
        ],
    )
}

fn labels<'a>(cue: &CueNow<'a>) -> (Option<&'a str>, Option<&'a str>, Option<i64>) {
    (
        cue.current.map(|c| c.label.as_str()),
        cue.next.map(|c| c.label.as_str()),
        cue.until_next_ms,
    )
}

#[test]
fn cues_show_what_to_do_now_what_comes_next_and_when() {
    let segments = vec![cued_segment(), segment("next", 300)];
    let timer = started(&segments, T0);
    for (elapsed, want) in [
        (0, (Some("explain"), Some("interact"), Some(480_000))),
        (1, (Some("explain"), Some("interact"), Some(479_999))),
        (479_999, (Some("explain"), Some("interact"), Some(1))),
        (480_000, (Some("interact"), Some("close"), Some(240_000))),
        (719_999, (Some("interact"), Some("close"), Some(1))),
        (720_000, (Some("close"), None, None)),
        (899_999, (Some("close"), None, None)),
        (2 * HOUR, (Some("close"), None, None)),
    ] {
        let v = view(&timer, &segments, T0 + elapsed);
        assert_eq!(labels(&v.cue), want, "{elapsed} ms in");
    }
}

#[test]
fn cues_follow_elapsed_time_so_a_pause_holds_them() {
    let segments = vec![cued_segment()];
    let mut timer = started(&segments, T0);
    timer.pause(T0 + 470 * SEC);
    let v = view(&timer, &segments, T0 + HOUR);
    assert_eq!(
        labels(&v.cue),
        (Some("explain"), Some("interact"), Some(10_000))
    );
    timer.resume(T0 + HOUR);
    let v = view(&timer, &segments, T0 + HOUR + 10 * SEC);
    assert_eq!(labels(&v.cue).0, Some("interact"));
}

#[test]
fn before_the_first_cue_there_is_no_current_one() {
    let cues = with_cues(segment("x", 600), &[(60, CueKind::Offer, "offer")]).cues;
    assert_eq!(
        labels(&cue_at(&cues, 0)),
        (None, Some("offer"), Some(60_000))
    );
    assert_eq!(
        labels(&cue_at(&cues, 59_999)),
        (None, Some("offer"), Some(1))
    );
    assert_eq!(labels(&cue_at(&cues, 60_000)), (Some("offer"), None, None));
    assert_eq!(labels(&cue_at(&[], 5_000)), (None, None, None));
    // Two cues at the same second: the later one in the list is current.
    let same = with_cues(
        segment("y", 600),
        &[
            (0, CueKind::Explain, "a"),
            (0, CueKind::Other, "b"),
            (10, CueKind::Offer, "c"),
        ],
    )
    .cues;
    assert_eq!(
        labels(&cue_at(&same, 0)),
        (Some("b"), Some("c"), Some(10_000))
    );
}

// ---- The clock face.

#[test]
fn format_clock_rounds_up_while_counting_down_so_0_00_means_time_is_up() {
    for (ms, shown) in [
        (900_000, "15:00"),
        (899_001, "15:00"),
        (899_000, "14:59"),
        (60_000, "1:00"),
        (59_001, "1:00"),
        (59_000, "0:59"),
        (1_001, "0:02"),
        (1_000, "0:01"),
        (1, "0:01"),
        (0, "0:00"),
        (3_599_001, "1:00:00"),
        (3_599_000, "59:59"),
        (3_600_000, "1:00:00"),
        (3_600_001, "1:00:01"),
        (4 * HOUR, "4:00:00"),
        (36_000_000, "10:00:00"),
    ] {
        assert_eq!(format_clock(ms), shown, "{ms} ms");
    }
}

#[test]
fn format_clock_counts_overtime_up_in_whole_seconds_so_the_first_second_over_is_minus_0_00() {
    for (ms, shown) in [
        (-1, "-0:00"),
        (-999, "-0:00"),
        (-1_000, "-0:01"),
        (-1_001, "-0:01"),
        (-59_999, "-0:59"),
        (-61_000, "-1:01"),
        (-3_600_000, "-1:00:00"),
        (-(2 * HOUR + 45 * MIN), "-2:45:00"),
    ] {
        assert_eq!(format_clock(ms), shown, "{ms} ms");
    }
    // Every millisecond around zero: never "-0:00" before time is up, and
    // "0:00" only at exactly zero.
    for ms in -3_000..=3_000 {
        let shown = format_clock(ms);
        assert_eq!(shown.starts_with('-'), ms < 0, "{ms}: {shown}");
        assert_eq!(shown == "0:00", ms == 0, "{ms}: {shown}");
    }
}

#[test]
fn format_clock_never_panics_even_on_extreme_values() {
    for ms in [i64::MIN, i64::MIN + 1, i64::MAX - 998, i64::MAX] {
        let shown = format_clock(ms);
        assert!(!shown.is_empty());
    }
}

// ---- Ahead or behind, expected end, progress.

#[test]
fn on_schedule_the_expected_end_is_the_planned_end() {
    let segments = script(&[600, 600, 600]);
    let timer = started(&segments, T0);
    for elapsed in [0, 1, 100 * SEC, 599_999, 600_000] {
        let v = view(&timer, &segments, T0 + elapsed);
        assert_eq!(v.behind_ms, 0, "{elapsed}");
        assert_eq!(v.expected_end_ms, Some(T0 + 1_800 * SEC));
    }
}

#[test]
fn running_over_a_segment_makes_the_show_late_by_the_overtime() {
    let segments = script(&[600, 600, 600]);
    let mut timer = started(&segments, T0);
    let v = view(&timer, &segments, T0 + 690 * SEC);
    assert_eq!(v.remaining_ms, -90 * SEC);
    assert_eq!(v.behind_ms, 90 * SEC);
    assert_eq!(v.expected_end_ms, Some(T0 + 1_890 * SEC));
    // The delay carries into the next segment.
    timer.next(&segments, T0 + 690 * SEC);
    let v = view(&timer, &segments, T0 + 700 * SEC);
    assert_eq!(v.behind_ms, 90 * SEC);
    assert_eq!(v.expected_end_ms, Some(T0 + 1_890 * SEC));
}

#[test]
fn pressing_next_before_the_segment_ended_puts_the_show_ahead() {
    let segments = script(&[600, 600, 600]);
    let mut timer = started(&segments, T0);
    timer.next(&segments, T0 + 500 * SEC);
    for now in [T0 + 500 * SEC, T0 + 800 * SEC] {
        let v = view(&timer, &segments, now);
        assert_eq!(v.behind_ms, -100 * SEC);
        assert_eq!(v.expected_end_ms, Some(T0 + 1_700 * SEC));
    }
}

#[test]
fn a_pause_makes_the_show_late_by_the_pause_length() {
    let segments = script(&[600, 600, 600]);
    let mut timer = started(&segments, T0);
    timer.pause(T0 + 100 * SEC);
    let v = view(&timer, &segments, T0 + 100 * SEC + 7 * MIN);
    assert_eq!(v.behind_ms, 7 * MIN);
    assert_eq!(v.expected_end_ms, Some(T0 + 1_800 * SEC + 7 * MIN));
    timer.resume(T0 + 100 * SEC + 7 * MIN);
    let v = view(&timer, &segments, T0 + 200 * SEC + 7 * MIN);
    assert_eq!(v.behind_ms, 7 * MIN);
}

#[test]
fn added_time_makes_the_show_late_by_what_was_added() {
    let segments = script(&[600, 600]);
    let mut timer = started(&segments, T0);
    timer.add_time(&segments, 2 * MIN);
    assert_eq!(view(&timer, &segments, T0 + SEC).behind_ms, 2 * MIN);
    timer.add_time(&segments, -3 * MIN);
    assert_eq!(view(&timer, &segments, T0 + SEC).behind_ms, -MIN);
}

#[test]
fn a_finished_show_ends_when_it_was_finished() {
    let segments = script(&[600, 600, 600]);
    let mut timer = started(&segments, T0);
    timer.next(&segments, T0 + 600 * SEC);
    timer.next(&segments, T0 + 1_150 * SEC);
    timer.finish(T0 + 1_750 * SEC);
    for now in [T0 + 1_750 * SEC, T0 + 5 * HOUR] {
        let v = view(&timer, &segments, now);
        assert_eq!(v.status, Status::Finished);
        assert_eq!(v.expected_end_ms, Some(T0 + 1_750 * SEC));
        assert_eq!(v.behind_ms, -50 * SEC);
        assert_eq!((v.remaining_ms, v.elapsed_ms), (0, 0));
        assert_eq!(v.progress, 1.0);
        assert_ne!(v.phase, Phase::Overtime);
    }
    // Finished late.
    let mut late = started(&segments, T0);
    late.jump(&segments, 3, T0 + 2_000 * SEC);
    assert_eq!(view(&late, &segments, T0 + 3 * HOUR).behind_ms, 200 * SEC);
}

#[test]
fn progress_goes_from_0_to_1_and_never_past_it() {
    let segments = script(&[600, 600, 600]);
    let mut timer = TimerState::new();
    assert_eq!(view(&timer, &segments, T0).progress, 0.0);
    timer.start(&segments, T0);
    let close = |a: f64, b: f64| (a - b).abs() < 1e-12;
    assert!(close(view(&timer, &segments, T0).progress, 0.0));
    assert!(close(
        view(&timer, &segments, T0 + 300 * SEC).progress,
        1.0 / 6.0
    ));
    // Overtime does not count as progress past the segment.
    assert!(close(
        view(&timer, &segments, T0 + 2 * HOUR).progress,
        1.0 / 3.0
    ));
    timer.next(&segments, T0 + 600 * SEC);
    timer.next(&segments, T0 + 1_200 * SEC);
    assert!(close(
        view(&timer, &segments, T0 + 1_500 * SEC).progress,
        5.0 / 6.0
    ));
    assert!(close(view(&timer, &segments, T0 + 10 * HOUR).progress, 1.0));
    let mut last = 0.0;
    for step in 0..=120 {
        let p = view(&timer, &segments, T0 + 1_200 * SEC + step * 5 * SEC).progress;
        assert!(p >= last && p <= 1.0, "{step}: {p}");
        last = p;
    }
    timer.finish(T0 + 1_900 * SEC);
    assert_eq!(view(&timer, &segments, T0 + 1_900 * SEC).progress, 1.0);
}

// ---- (a) A three-hour show with irregular ticks: no drift.

/// Something the anchor does at a known instant.
#[derive(Debug, Clone, Copy)]
enum Press {
    Next,
    Pause,
    Resume,
    Add(i64),
}

/// The truth, kept independently of the timer: the current segment, when it
/// started, how long it was paused, what was added, and the pause going on.
struct Truth {
    planned: Vec<i64>,
    show_start: i64,
    index: usize,
    segment_start: i64,
    paused: i64,
    added: i64,
    pause_since: Option<i64>,
    finished_at: Option<i64>,
}

impl Truth {
    fn new(planned: &[u32], start: i64) -> Truth {
        Truth {
            planned: planned.iter().map(|&s| i64::from(s) * SEC).collect(),
            show_start: start,
            index: 0,
            segment_start: start,
            paused: 0,
            added: 0,
            pause_since: None,
            finished_at: None,
        }
    }

    fn press(&mut self, press: Press, at: i64) {
        match press {
            Press::Next => {
                self.index += 1;
                self.segment_start = at;
                self.paused = 0;
                self.added = 0;
                if self.pause_since.is_some() {
                    self.pause_since = Some(at);
                }
                if self.index == self.planned.len() {
                    self.finished_at = Some(at);
                }
            }
            Press::Pause => self.pause_since = Some(at),
            Press::Resume => {
                self.paused += at - self.pause_since.take().unwrap();
            }
            Press::Add(ms) => self.added += ms,
        }
    }

    fn remaining(&self, now: i64) -> i64 {
        let until = self.pause_since.unwrap_or(now);
        self.planned[self.index] + self.added - (until - self.segment_start - self.paused)
    }

    fn behind(&self, now: i64) -> i64 {
        let total: i64 = self.planned.iter().sum();
        if let Some(end) = self.finished_at {
            return end - (self.show_start + total);
        }
        let later: i64 = self.planned[self.index + 1..].iter().sum();
        now + self.remaining(now).max(0) + later - (self.show_start + total)
    }
}

/// Runs a show with `presses` at their instants and a tick every 1–2,000 ms
/// (seeded), comparing the view with the truth at every tick and press.
/// Returns the number of instants checked.
fn simulate(planned: &[u32], presses: &[(i64, Press)], seed: u64) -> (TimerState, usize) {
    let segments = script(planned);
    let mut rng = Rng(seed);
    let mut timer = started(&segments, T0);
    let mut truth = Truth::new(planned, T0);
    let mut checked = 0;
    let mut check = |timer: &TimerState, truth: &Truth, now: i64| {
        let v = view(timer, &segments, now);
        if let Some(end) = truth.finished_at {
            assert_eq!(v.status, Status::Finished, "at +{} ms", now - T0);
            assert_eq!(v.expected_end_ms, Some(end));
        } else {
            assert_eq!(v.index, truth.index, "at +{} ms", now - T0);
            assert_eq!(v.remaining_ms, truth.remaining(now), "at +{} ms", now - T0);
            assert_eq!(
                v.elapsed_ms,
                truth.planned[truth.index] + truth.added - truth.remaining(now)
            );
            assert_eq!(
                v.phase,
                phase_of(truth.remaining(now), &Settings::default())
            );
        }
        assert_eq!(v.behind_ms, truth.behind(now), "at +{} ms", now - T0);
        checked += 1;
    };
    let last_press = presses.last().map_or(T0, |p| p.0);
    let mut pending = presses.iter().peekable();
    let mut now = T0;
    check(&timer, &truth, now);
    while now < last_press + 10 * MIN {
        now += rng.range(1, 2_000);
        while let Some(&&(at, press)) = pending.peek() {
            if at > now {
                break;
            }
            pending.next();
            match press {
                Press::Next => timer.next(&segments, at),
                Press::Pause => timer.pause(at),
                Press::Resume => timer.resume(at),
                Press::Add(ms) => timer.add_time(&segments, ms),
            }
            truth.press(press, at);
            check(&timer, &truth, at);
        }
        check(&timer, &truth, now);
    }
    (timer, checked)
}

#[test]
fn a_three_hour_show_with_irregular_ticks_never_drifts() {
    // Twelve 15-minute segments; each ends up to 2 min early or 3 min late,
    // at a millisecond the seeded PRNG picks.
    let planned = [900; 12];
    let mut rng = Rng(0x5EED_1234_ABCD_0001);
    let mut presses = Vec::new();
    let mut segment_start = T0;
    for _ in 0..planned.len() {
        segment_start += 900 * SEC + rng.range(-2 * MIN, 3 * MIN);
        presses.push((segment_start, Press::Next));
    }
    let (timer, checked) = simulate(&planned, &presses, 42);
    assert!(checked > 10_000, "only {checked} instants checked");
    assert_eq!(timer.status, Status::Finished);
    assert_eq!(timer.finished_at_ms, Some(segment_start));
    assert_eq!(timer.log.len(), 12);
    let mut start = T0;
    for (i, (entry, (press, _))) in timer.log.iter().zip(&presses).enumerate() {
        assert_eq!(entry, &run(&format!("s{i}"), i, start, Some(*press), 0, 0));
        start = *press;
    }
}

#[test]
fn a_long_show_with_pauses_and_added_time_never_drifts_either() {
    let planned = [300, 900, 900, 600, 900, 900, 600, 900, 900, 300];
    let mut rng = Rng(0xC0FF_EE00_0000_0007);
    let mut presses = Vec::new();
    let mut at = T0;
    for &seconds in &planned {
        let length = i64::from(seconds) * SEC;
        if rng.range(0, 1) == 1 {
            at += rng.range(1, length / 2);
            presses.push((at, Press::Pause));
            at += rng.range(1, 20 * MIN);
            presses.push((at, Press::Resume));
        }
        if rng.range(0, 2) == 0 {
            at += rng.range(0, MIN);
            presses.push((at, Press::Add(rng.range(-2, 3) * MIN)));
        }
        // Sometimes Next is pressed while paused: the pause carries over.
        if rng.range(0, 3) == 0 {
            at += rng.range(1, MIN);
            presses.push((at, Press::Pause));
            at += rng.range(1, 5 * MIN);
            presses.push((at, Press::Next));
            at += rng.range(1, 5 * MIN);
            presses.push((at, Press::Resume));
        } else {
            at += rng.range(length / 2, length + 3 * MIN);
            presses.push((at, Press::Next));
        }
    }
    // Resuming after the finish is a no-op in both models: drop a trailing one.
    if matches!(presses.last(), Some((_, Press::Resume))) {
        presses.pop();
    }
    let (timer, checked) = simulate(&planned, &presses, 7);
    assert!(checked > 5_000, "only {checked} instants checked");
    assert_eq!(timer.status, Status::Finished);
    assert_eq!(timer.log.len(), planned.len());
}

// ---- (b) A pause across hours.

#[test]
fn a_pause_across_hours_leaves_the_remaining_time_unchanged() {
    let segments = script(&[900, 900]);
    let mut timer = started(&segments, T0);
    let paused_at = T0 + 5 * MIN + 123;
    timer.pause(paused_at);
    let resumed_at = paused_at + 2 * HOUR + 30 * MIN;
    for now in [
        paused_at,
        paused_at + 1,
        paused_at + HOUR,
        resumed_at - 1,
        resumed_at,
    ] {
        let v = view(&timer, &segments, now);
        assert_eq!(
            v.remaining_ms,
            10 * MIN - 123,
            "{} ms into the pause",
            now - paused_at
        );
        assert_eq!(v.phase, Phase::Normal);
        assert_eq!(format_clock(v.remaining_ms), "10:00");
        assert_eq!(v.behind_ms, now - paused_at);
    }
    timer.resume(resumed_at);
    assert_eq!(timer.log[0].paused_ms, 2 * HOUR + 30 * MIN);
    let v = view(&timer, &segments, resumed_at);
    assert_eq!(v.remaining_ms, 10 * MIN - 123);
    assert_eq!(v.behind_ms, 2 * HOUR + 30 * MIN);
    assert_eq!(
        view(&timer, &segments, resumed_at + MIN).remaining_ms,
        9 * MIN - 123
    );
    assert_eq!(
        view(&timer, &segments, resumed_at + 10 * MIN).remaining_ms,
        -123
    );
}

// ---- (c) A reload mid-segment and while paused.

fn reload(timer: &TimerState) -> TimerState {
    let saved = serde_json::to_string(timer).unwrap();
    let back: TimerState = serde_json::from_str(&saved).unwrap();
    assert_eq!(&back, timer, "{saved}");
    back
}

#[test]
fn a_reload_mid_segment_resumes_at_the_true_remaining_time() {
    let segments = script(&[900, 600, 300]);
    let mut timer = started(&segments, T0);
    timer.add_time(&segments, MIN);
    timer.next(&segments, T0 + 910 * SEC);
    timer.add_time(&segments, 30 * SEC);
    // Saved on that last action; the tab sleeps and comes back 7 min later.
    let mut back = reload(&timer);
    let later = T0 + 910 * SEC + 7 * MIN;
    let v = view(&back, &segments, later);
    assert_eq!(v.index, 1);
    assert_eq!(v.remaining_ms, 600 * SEC + 30 * SEC - 7 * MIN);
    assert_eq!(v.behind_ms, (910 - 900) * SEC + 30 * SEC);
    assert_eq!(v, view(&timer, &segments, later));
    // And it carries on as if nothing happened.
    back.next(&segments, later);
    timer.next(&segments, later);
    assert_eq!(back, timer);
    assert_eq!(view(&back, &segments, later + SEC).remaining_ms, 299 * SEC);
}

#[test]
fn a_reload_while_paused_stays_paused_at_the_same_remaining_time() {
    let segments = script(&[900, 600]);
    let mut timer = started(&segments, T0);
    timer.pause(T0 + 200 * SEC);
    let mut back = reload(&timer);
    let reloaded_at = T0 + 3 * HOUR;
    let v = view(&back, &segments, reloaded_at);
    assert_eq!((v.status, v.remaining_ms), (Status::Paused, 700 * SEC));
    back.resume(reloaded_at + MIN);
    let v = view(&back, &segments, reloaded_at + MIN + 100 * SEC);
    assert_eq!(v.remaining_ms, 600 * SEC);
    assert_eq!(back.log[0].paused_ms, 3 * HOUR + MIN - 200 * SEC);
    // Reloading a running state and a finished one gives the same views.
    let running = reload(&back);
    assert_eq!(
        view(&running, &segments, reloaded_at + 2 * HOUR),
        view(&back, &segments, reloaded_at + 2 * HOUR)
    );
    back.finish(reloaded_at + 2 * HOUR);
    let finished = reload(&back);
    assert_eq!(
        view(&finished, &segments, T0 + 9 * HOUR).status,
        Status::Finished
    );
}

#[test]
fn the_stored_state_has_the_documented_keys_and_values() {
    let segments = script(&[900, 600]);
    let mut timer = started(&segments, T0);
    timer.pause(T0 + MIN);
    let value = serde_json::to_value(&timer).unwrap();
    assert_eq!(
        value,
        serde_json::json!({
            "status": "paused",
            "current": 0,
            "show_started_at_ms": T0,
            "finished_at_ms": null,
            "paused_at_ms": T0 + MIN,
            "log": [{
                "segment_id": "s0",
                "index": 0,
                "started_at_ms": T0,
                "ended_at_ms": null,
                "paused_ms": 0,
                "added_ms": 0
            }]
        })
    );
    for (status, text) in [
        (Status::Ready, "ready"),
        (Status::Running, "running"),
        (Status::Paused, "paused"),
        (Status::Finished, "finished"),
    ] {
        assert_eq!(
            serde_json::to_value(status).unwrap(),
            serde_json::json!(text)
        );
    }
    // Only `status` is required; unknown keys are refused.
    let minimal: TimerState = serde_json::from_str(r#"{"status": "ready"}"#).unwrap();
    assert_eq!(minimal, TimerState::new());
    assert!(serde_json::from_str::<TimerState>(r#"{"status": "ready", "x": 1}"#).is_err());
    assert!(serde_json::from_str::<TimerState>(r#"{"status": "stopped"}"#).is_err());
}

// ---- (d) The device clock jumps.

#[test]
fn a_clock_going_backwards_never_gives_negative_elapsed_time_or_panics() {
    let segments = script(&[900, 600]);
    let mut timer = started(&segments, T0);
    timer.add_time(&segments, MIN);
    let ceiling = 900 * SEC + MIN;
    for back in [1, SEC, HOUR, 30 * 24 * HOUR] {
        let v = view(&timer, &segments, T0 - back);
        assert_eq!(v.elapsed_ms, 0, "{back} ms back");
        assert_eq!(v.remaining_ms, ceiling);
        assert!(v.remaining_ms <= ceiling);
        assert!((0.0..=1.0).contains(&v.progress));
    }
    // Controls pressed while the clock is behind the log keep it valid:
    // no run ends before it started, no pause is negative.
    timer.pause(T0 + 5 * MIN);
    timer.resume(T0 + MIN);
    assert_eq!(timer.log[0].paused_ms, 0);
    assert!(view(&timer, &segments, T0 + 2 * MIN).elapsed_ms >= 0);
    timer.next(&segments, T0 - HOUR);
    timer.pause(T0 - 2 * HOUR);
    let v = view(&timer, &segments, T0 - 3 * HOUR);
    assert_eq!((v.elapsed_ms, v.remaining_ms), (0, 600 * SEC));
    timer.resume(T0 - 3 * HOUR);
    timer.previous(&segments, T0 - 4 * HOUR);
    timer.finish(T0 - 5 * HOUR);
    for run in &timer.log {
        assert!(run.ended_at_ms.unwrap() >= run.started_at_ms, "{run:?}");
        assert!(run.paused_ms >= 0, "{run:?}");
    }
    assert_eq!(timer.status, Status::Finished);
}

#[test]
fn a_clock_jumping_forward_by_hours_shows_overtime_and_the_delay() {
    let segments = script(&[900, 900, 900]);
    let mut timer = started(&segments, T0);
    timer.next(&segments, T0 + 900 * SEC);
    for jump in [HOUR, 3 * HOUR, 26 * HOUR] {
        let now = T0 + 900 * SEC + jump;
        let v = view(&timer, &segments, now);
        assert_eq!(v.remaining_ms, 900 * SEC - jump);
        assert_eq!(v.phase, Phase::Overtime);
        // The show ends one segment after now: late by the overtime.
        assert_eq!(v.expected_end_ms, Some(now + 900 * SEC));
        assert_eq!(v.behind_ms, jump - 900 * SEC);
    }
    assert_eq!(
        format_clock(view(&timer, &segments, T0 + 900 * SEC + 3 * HOUR).remaining_ms),
        "-2:45:00"
    );
}

// ---- (e) The log of a show with a `previous` press.

#[test]
fn the_log_has_one_entry_per_run_with_its_times_after_going_back() {
    let segments = script(&[600, 600, 300, 300]);
    let s = |n: i64| T0 + n * SEC;
    let mut timer = TimerState::new();
    timer.toggle(&segments, s(0));
    timer.toggle(&segments, s(100)); // pause 20 s
    timer.toggle(&segments, s(120));
    timer.add_time(&segments, 60 * SEC);
    timer.next(&segments, s(700));
    timer.previous(&segments, s(760)); // back to s0: a second run of it
    timer.add_time(&segments, -30 * SEC);
    timer.next(&segments, s(900));
    timer.next(&segments, s(1_500));
    timer.pause(s(1_600));
    timer.next(&segments, s(1_650)); // next while paused: stays paused
    timer.resume(s(1_700));
    timer.finish(s(2_000));

    assert_eq!(timer.status, Status::Finished);
    assert_eq!(timer.current, 3);
    assert_eq!(timer.show_started_at_ms, Some(s(0)));
    assert_eq!(timer.finished_at_ms, Some(s(2_000)));
    assert_eq!(timer.paused_at_ms, None);
    assert_eq!(
        timer.log,
        vec![
            run("s0", 0, s(0), Some(s(700)), 20 * SEC, 60 * SEC),
            run("s1", 1, s(700), Some(s(760)), 0, 0),
            run("s0", 0, s(760), Some(s(900)), 0, -30 * SEC),
            run("s1", 1, s(900), Some(s(1_500)), 0, 0),
            run("s2", 2, s(1_500), Some(s(1_650)), 50 * SEC, 0),
            run("s3", 3, s(1_650), Some(s(2_000)), 50 * SEC, 0),
        ]
    );
    // Every run names its segment by id and index, runs follow each other
    // without a gap, and their actual durations add up to the show minus pauses.
    for run in &timer.log {
        assert_eq!(run.segment_id, segments[run.index].id);
    }
    for pair in timer.log.windows(2) {
        assert_eq!(pair[0].ended_at_ms, Some(pair[1].started_at_ms));
    }
    let actual: i64 = timer
        .log
        .iter()
        .map(|r| r.ended_at_ms.unwrap() - r.started_at_ms - r.paused_ms)
        .sum();
    assert_eq!(actual, 2_000 * SEC - 120 * SEC);
    assert_eq!(
        view(&timer, &segments, s(3_000)).behind_ms,
        2_000 * SEC - 1_800 * SEC
    );
}

// ---- Stored states that no control could produce (a hand-edited file).

#[test]
fn a_stored_timer_with_extreme_numbers_never_panics() {
    let segments = script(&[900, 600]);
    for (started_at, paused, added) in [
        (i64::MIN, 0, 0),
        (i64::MAX, 0, 0),
        (T0, i64::MAX, 0),
        (T0, 0, i64::MAX),
        (T0, 0, i64::MIN),
    ] {
        let json = serde_json::json!({
            "status": "running",
            "show_started_at_ms": started_at,
            "log": [{
                "segment_id": "s0",
                "index": 0,
                "started_at_ms": started_at,
                "paused_ms": paused,
                "added_ms": added
            }]
        });
        let mut timer: TimerState = serde_json::from_value(json).unwrap();
        for now in [T0, i64::MIN, i64::MAX] {
            let v = view(&timer, &segments, now);
            let _ = format_clock(v.remaining_ms);
        }
        timer.add_time(&segments, i64::from(i32::MAX) * SEC);
        timer.pause(T0);
        timer.resume(i64::MAX);
        timer.next(&segments, T0);
    }
}

#[test]
fn a_stored_current_past_the_script_is_shown_on_the_last_segment() {
    // Validation allows `current` up to the number of segments; a script
    // shortened under a running timer must still view without panicking.
    let segments = script(&[900, 600]);
    let mut timer = started(&segments, T0);
    timer.next(&segments, T0 + MIN);
    let shorter = script(&[900]);
    let v = view(&timer, &shorter, T0 + 2 * MIN);
    assert_eq!(v.index, 0);
    assert_eq!(v.next_segment, None);
    timer.current = 5;
    let v = view(&timer, &segments, T0 + 2 * MIN);
    assert_eq!(v.index, 1);
    assert!((0.0..=1.0).contains(&v.progress));
    timer.next(&segments, T0 + 3 * MIN);
    assert_eq!(timer.status, Status::Finished);
}

#[test]
fn a_status_is_named_as_it_is_stored() {
    for status in [
        Status::Ready,
        Status::Running,
        Status::Paused,
        Status::Finished,
    ] {
        assert_eq!(serde_json::to_value(status).unwrap(), status.name());
    }
}
