//! Scripts as the editor sees them: edits are commands on the workspace that
//! either leave it valid or change nothing at all, and the checks flag what the
//! domain's rules of thumb say a script lacks. A refused edit is compared
//! against a clone of the whole workspace, so a stray side effect anywhere
//! (a script created, a timer cleared) fails the test.

use chrono::{NaiveDate, NaiveDateTime};
use livedesk_core::limits::{MAX_LIST_ITEMS, MAX_NAME_CHARS, MAX_SEGMENTS, MAX_SEGMENT_SECONDS};
use livedesk_core::model::*;
use livedesk_core::problem::{FieldError, Problem};
use livedesk_core::samples::{builtin_templates, first_run_workspace};
use livedesk_core::scripts::checks::{check, Context, Finding};
use livedesk_core::scripts::edit::{new_segment, Edit, EditError, ScriptRef};
use livedesk_core::timer::{Command, Status, TimerState};
use livedesk_core::Lang;

/// 2027-01-15 08:00 UTC: any plausible epoch-ms instant.
const T0: i64 = 1_800_000_000_000;

fn id(raw: &str) -> Id {
    Id::new(raw).unwrap()
}

fn segment(name: &str, kind: SegmentKind, planned_seconds: u32) -> Segment {
    let mut segment = new_segment(kind, name.to_owned(), &mut || id(name));
    segment.planned_seconds = planned_seconds;
    segment
}

fn with_cues(mut segment: Segment, cues: &[(u32, CueKind)]) -> Segment {
    segment.cues = cues
        .iter()
        .map(|&(at_seconds, kind)| Cue {
            at_seconds,
            kind,
            label: format!("{kind:?} at {at_seconds}"),
        })
        .collect();
    segment
}

fn with_offer(mut segment: Segment, offer: &str) -> Segment {
    segment.offer = offer.to_owned();
    segment
}

fn with_product(mut segment: Segment, product: &str) -> Segment {
    segment.product_id = Some(id(product));
    segment
}

/// Segments with some content of their own, so a copy that lost it shows.
fn filled(names: &[&str]) -> Vec<Segment> {
    names
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let mut s = with_cues(
                segment(
                    name,
                    SegmentKind::ProductExplanation,
                    600 + 60 * (i % 5) as u32,
                ),
                &[(0, CueKind::Explain), (300, CueKind::CloseSale)],
            );
            s.lines = vec![
                format!("{name}: first line"),
                format!("{name}: second line"),
            ];
            s.offer = format!("{name} offer");
            s.owner = Some(Role::Anchor);
            s
        })
        .collect()
}

fn template(raw_id: &str, segments: &[&str]) -> ScriptTemplate {
    ScriptTemplate {
        id: id(raw_id),
        name: format!("{raw_id} name"),
        description: format!("{raw_id} description"),
        segments: filled(segments),
    }
}

fn evening() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, 11)
        .unwrap()
        .and_hms_opt(20, 0, 0)
        .unwrap()
}

fn show(raw_id: &str, segments: Option<&[&str]>) -> Show {
    Show {
        id: id(raw_id),
        plan_id: None,
        title: raw_id.to_owned(),
        theme: String::new(),
        platform: Platform::Douyin,
        starts_at: evening(),
        planned_minutes: 60,
        script: segments.map(|names| ShowScript {
            from_template: None,
            segments: filled(names),
        }),
        checklist_done: Vec::new(),
        assignments: Vec::new(),
        actuals: None,
        review_notes: String::new(),
        timer: None,
    }
}

/// Three templates and two shows: `show-1` has its own script, `show-bare` none.
fn workspace() -> Workspace {
    Workspace {
        templates: vec![
            template("tpl-a", &["a0", "a1", "a2"]),
            template("tpl-b", &["b0"]),
            template("tpl-c", &["c0", "c1"]),
        ],
        shows: vec![
            show("show-1", Some(&["s0", "s1", "s2"])),
            show("show-bare", None),
        ],
        ..Workspace::default()
    }
}

fn tpl(raw: &str) -> ScriptRef {
    ScriptRef::Template(id(raw))
}

fn show_ref(raw: &str) -> ScriptRef {
    ScriptRef::Show(id(raw))
}

fn segments<'a>(ws: &'a Workspace, script: &ScriptRef) -> &'a [Segment] {
    ws.script_segments(script).unwrap()
}

fn segment_ids(ws: &Workspace, script: &ScriptRef) -> Vec<String> {
    segments(ws, script)
        .iter()
        .map(|s| s.id.to_string())
        .collect()
}

fn show_of<'a>(ws: &'a Workspace, raw: &str) -> &'a Show {
    ws.show(&id(raw)).unwrap()
}

/// Applies an edit that must be refused, checking that nothing changed.
fn refused(ws: &mut Workspace, script: &ScriptRef, edit: Edit) -> EditError {
    let before = ws.clone();
    let error = ws.edit_script(script, edit.clone()).unwrap_err();
    assert_eq!(
        *ws, before,
        "{edit:?} was refused but changed the workspace"
    );
    error
}

fn invalid(path: &str, problem: Problem) -> EditError {
    EditError::Invalid(vec![FieldError {
        path: path.to_owned(),
        problem,
    }])
}

/// Runs the timer of a show through `commands`, a minute apart.
fn run_timer(ws: &mut Workspace, show_id: &str, commands: &[Command]) -> Status {
    let show = ws.shows.iter_mut().find(|s| s.id == id(show_id)).unwrap();
    let segments = show.script.as_ref().unwrap().segments.clone();
    let timer = show.timer.get_or_insert_with(TimerState::new);
    for (i, &command) in commands.iter().enumerate() {
        timer.apply(command, &segments, T0 + i as i64 * 60_000);
    }
    timer.status
}

/// The timer states after which a show's segment order is fixed.
const STARTED: [(&[Command], Status); 3] = [
    (&[Command::Toggle], Status::Running),
    (&[Command::Toggle, Command::Toggle], Status::Paused),
    (&[Command::Toggle, Command::Finish], Status::Finished),
];

// ---- Inserting, removing, moving, replacing.

#[test]
fn insert_puts_the_segment_at_the_position_and_past_the_end_at_the_end() {
    for (at, expected) in [
        (0, ["new", "a0", "a1", "a2"]),
        (1, ["a0", "new", "a1", "a2"]),
        (2, ["a0", "a1", "new", "a2"]),
        (3, ["a0", "a1", "a2", "new"]),
        (4, ["a0", "a1", "a2", "new"]),
        (usize::MAX, ["a0", "a1", "a2", "new"]),
    ] {
        let mut ws = workspace();
        let inserted = segment("new", SegmentKind::Interaction, 300);
        ws.edit_script(
            &tpl("tpl-a"),
            Edit::Insert {
                at,
                segment: inserted.clone(),
            },
        )
        .unwrap();
        assert_eq!(segment_ids(&ws, &tpl("tpl-a")), expected, "at {at}");
        let position = expected.iter().position(|&s| s == "new").unwrap();
        assert_eq!(segments(&ws, &tpl("tpl-a"))[position], inserted);
    }
}

#[test]
fn remove_takes_out_only_the_segment_at_the_index() {
    for (index, expected) in [(0, ["a1", "a2"]), (1, ["a0", "a2"]), (2, ["a0", "a1"])] {
        let mut ws = workspace();
        let before = ws.clone();
        ws.edit_script(&tpl("tpl-a"), Edit::Remove { index })
            .unwrap();
        assert_eq!(segment_ids(&ws, &tpl("tpl-a")), expected, "index {index}");
        assert_eq!(ws.shows, before.shows);
        assert_eq!(ws.templates[1..], before.templates[1..]);
    }
}

#[test]
fn move_puts_the_segment_at_the_target_position() {
    for (from, to, expected) in [
        (0, 2, ["a1", "a2", "a0"]),
        (0, 1, ["a1", "a0", "a2"]),
        (2, 0, ["a2", "a0", "a1"]),
        (2, 1, ["a0", "a2", "a1"]),
        (1, 1, ["a0", "a1", "a2"]),
    ] {
        let mut ws = workspace();
        let before = segments(&ws, &tpl("tpl-a")).to_vec();
        ws.edit_script(&tpl("tpl-a"), Edit::Move { from, to })
            .unwrap();
        assert_eq!(segment_ids(&ws, &tpl("tpl-a")), expected, "{from} -> {to}");
        // Moving carries the whole segment, not just its id.
        assert_eq!(segments(&ws, &tpl("tpl-a"))[to], before[from]);
    }
}

#[test]
fn replace_keeps_the_original_id_whatever_the_new_segment_says() {
    let mut ws = workspace();
    let mut replacement = segment("other-id", SegmentKind::ClosingSale, 420);
    replacement.lines = vec!["Only 20 left".to_owned()];
    replacement.offer = "Second one half price".to_owned();
    ws.edit_script(
        &tpl("tpl-a"),
        Edit::Replace {
            index: 1,
            segment: replacement.clone(),
        },
    )
    .unwrap();

    let after = segments(&ws, &tpl("tpl-a"));
    assert_eq!(
        after[1],
        Segment {
            id: id("a1"),
            ..replacement
        }
    );
    assert_eq!(segment_ids(&ws, &tpl("tpl-a")), ["a0", "a1", "a2"]);
}

#[test]
fn replace_and_insert_put_cues_in_time_order() {
    let typed = with_cues(
        segment("x", SegmentKind::ProductExplanation, 900),
        &[
            (720, CueKind::CloseSale),
            (0, CueKind::Explain),
            (480, CueKind::Interact),
            (240, CueKind::Explain),
        ],
    );
    let edits = [
        (
            Edit::Replace {
                index: 0,
                segment: typed.clone(),
            },
            0,
        ),
        (
            Edit::Insert {
                at: 3,
                segment: typed.clone(),
            },
            3,
        ),
    ];
    for (edit, index) in edits {
        let mut ws = workspace();
        ws.edit_script(&tpl("tpl-a"), edit.clone()).unwrap();
        let times: Vec<u32> = segments(&ws, &tpl("tpl-a"))[index]
            .cues
            .iter()
            .map(|c| c.at_seconds)
            .collect();
        assert_eq!(times, [0, 240, 480, 720], "{edit:?}");
        let kinds: Vec<CueKind> = segments(&ws, &tpl("tpl-a"))[index]
            .cues
            .iter()
            .map(|c| c.kind)
            .collect();
        assert_eq!(
            kinds,
            [
                CueKind::Explain,
                CueKind::Explain,
                CueKind::Interact,
                CueKind::CloseSale
            ]
        );
    }
}

#[test]
fn indices_out_of_range_are_no_such_segment_and_change_nothing() {
    let any = segment("z", SegmentKind::Opening, 300);
    for script in [tpl("tpl-a"), show_ref("show-1")] {
        for edit in [
            Edit::Remove { index: 3 },
            Edit::Remove { index: usize::MAX },
            Edit::Move { from: 3, to: 0 },
            Edit::Move { from: 0, to: 3 },
            Edit::Replace {
                index: 3,
                segment: any.clone(),
            },
        ] {
            let mut ws = workspace();
            assert_eq!(
                refused(&mut ws, &script, edit.clone()),
                EditError::NoSuchSegment,
                "{script:?} {edit:?}"
            );
        }
    }
}

#[test]
fn a_new_segment_is_a_blank_15_minute_node_an_edit_accepts() {
    let mut ids = SequentialIds::new("seg");
    let fresh = new_segment(SegmentKind::Interaction, "Lucky draw".to_owned(), &mut ids);
    assert_eq!(fresh.id, id("seg-1"));
    assert_eq!(
        (fresh.kind, fresh.title.as_str(), fresh.planned_seconds),
        (SegmentKind::Interaction, "Lucky draw", 900)
    );
    assert!(fresh.cues.is_empty() && fresh.lines.is_empty() && fresh.offer.is_empty());

    let mut ws = workspace();
    ws.edit_script(
        &tpl("tpl-b"),
        Edit::Insert {
            at: 1,
            segment: fresh,
        },
    )
    .unwrap();
    assert_eq!(segment_ids(&ws, &tpl("tpl-b")), ["b0", "seg-1"]);
}

// ---- Edits whose result would not load are refused.

#[test]
fn a_title_longer_than_a_name_is_refused_at_its_path() {
    let mut ws = workspace();
    let mut long = segments(&ws, &tpl("tpl-a"))[1].clone();
    long.title = "长".repeat(MAX_NAME_CHARS + 1);
    assert_eq!(
        refused(
            &mut ws,
            &tpl("tpl-a"),
            Edit::Replace {
                index: 1,
                segment: long.clone(),
            }
        ),
        invalid(
            "script.segments[1].title",
            Problem::TooLong {
                max: MAX_NAME_CHARS
            }
        )
    );

    // The limit counts characters, not bytes: exactly the limit in CJK fits.
    long.title = "长".repeat(MAX_NAME_CHARS);
    ws.edit_script(
        &tpl("tpl-a"),
        Edit::Replace {
            index: 1,
            segment: long.clone(),
        },
    )
    .unwrap();
    assert_eq!(segments(&ws, &tpl("tpl-a"))[1].title, long.title);
}

#[test]
fn planned_seconds_must_be_at_least_one() {
    let zero = segment("z", SegmentKind::Opening, 0);
    for (script, edit, path) in [
        (
            tpl("tpl-a"),
            Edit::Replace {
                index: 2,
                segment: zero.clone(),
            },
            "script.segments[2].planned_seconds",
        ),
        (
            show_ref("show-1"),
            Edit::Insert {
                at: 1,
                segment: zero.clone(),
            },
            "script.segments[1].planned_seconds",
        ),
    ] {
        let mut ws = workspace();
        assert_eq!(
            refused(&mut ws, &script, edit),
            invalid(
                path,
                Problem::OutOfRange {
                    min: 1.0,
                    max: f64::from(MAX_SEGMENT_SECONDS)
                }
            )
        );
    }
}

#[test]
fn a_cue_must_fall_inside_its_segment() {
    let mut ws = workspace();
    let outside = with_cues(
        segment("z", SegmentKind::Opening, 600),
        &[(0, CueKind::Other), (600, CueKind::Offer)],
    );
    assert_eq!(
        refused(
            &mut ws,
            &tpl("tpl-a"),
            Edit::Replace {
                index: 1,
                segment: outside,
            }
        ),
        invalid(
            "script.segments[1].cues[1].at_seconds",
            Problem::OutOfRange {
                min: 0.0,
                max: 599.0
            }
        )
    );

    let last_second = with_cues(
        segment("z", SegmentKind::Opening, 600),
        &[(599, CueKind::Offer)],
    );
    ws.edit_script(
        &tpl("tpl-a"),
        Edit::Replace {
            index: 1,
            segment: last_second,
        },
    )
    .unwrap();
}

#[test]
fn inserting_a_segment_with_an_id_already_in_the_script_is_refused() {
    let mut ws = workspace();
    let twin = segment("a2", SegmentKind::Opening, 300);
    assert_eq!(
        refused(
            &mut ws,
            &tpl("tpl-a"),
            Edit::Insert {
                at: 0,
                segment: twin,
            }
        ),
        // The second of the pair is reported: the old a2, pushed to index 3.
        invalid("script.segments[3]", Problem::DuplicateId("a2".to_owned()))
    );
    // Ids need only be unique within one script.
    let from_elsewhere = segment("s0", SegmentKind::Opening, 300);
    ws.edit_script(
        &tpl("tpl-a"),
        Edit::Insert {
            at: 0,
            segment: from_elsewhere,
        },
    )
    .unwrap();
}

#[test]
fn a_script_holds_at_most_max_segments() {
    let names: Vec<String> = (0..MAX_SEGMENTS - 1).map(|i| format!("n{i}")).collect();
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    let mut ws = Workspace {
        templates: vec![template("big", &names)],
        ..Workspace::default()
    };
    ws.edit_script(
        &tpl("big"),
        Edit::Insert {
            at: 0,
            segment: segment("last-fits", SegmentKind::Opening, 60),
        },
    )
    .unwrap();
    assert_eq!(segments(&ws, &tpl("big")).len(), MAX_SEGMENTS);

    assert_eq!(
        refused(
            &mut ws,
            &tpl("big"),
            Edit::Insert {
                at: 0,
                segment: segment("one-too-many", SegmentKind::Opening, 60),
            }
        ),
        EditError::TooMany { max: MAX_SEGMENTS }
    );
    // A full script can still be reworded and reordered.
    ws.edit_script(&tpl("big"), Edit::Move { from: 0, to: 5 })
        .unwrap();
    ws.edit_script(&tpl("big"), Edit::Remove { index: 0 })
        .unwrap();
}

#[test]
fn unknown_templates_and_shows_are_not_found() {
    let mut ws = workspace();
    let mut ids = SequentialIds::new("n");
    let edit = Edit::Remove { index: 0 };
    assert_eq!(
        refused(&mut ws, &tpl("gone"), edit.clone()),
        EditError::NotFound
    );
    assert_eq!(
        refused(&mut ws, &show_ref("gone"), edit.clone()),
        EditError::NotFound
    );
    // A show's id is not a template's, and the other way round.
    assert_eq!(
        refused(&mut ws, &tpl("show-1"), edit.clone()),
        EditError::NotFound
    );
    assert_eq!(
        refused(&mut ws, &show_ref("tpl-a"), edit),
        EditError::NotFound
    );

    let before = ws.clone();
    assert_eq!(
        ws.apply_template(&id("show-1"), &id("gone"), &mut ids),
        Err(EditError::NotFound)
    );
    assert_eq!(
        ws.apply_template(&id("gone"), &id("tpl-a"), &mut ids),
        Err(EditError::NotFound)
    );
    assert_eq!(
        ws.duplicate_template(&id("gone"), "copy".to_owned(), &mut ids),
        Err(EditError::NotFound)
    );
    assert_eq!(
        ws.describe_template(&id("gone"), "name".to_owned(), String::new()),
        Err(EditError::NotFound)
    );
    assert_eq!(ws.remove_template(&id("gone")), Err(EditError::NotFound));
    assert_eq!(ws, before);
}

// ---- A show's own script and its timer.

#[test]
fn a_started_timer_fixes_the_segment_order() {
    for (commands, status) in STARTED {
        let mut ws = workspace();
        assert_eq!(run_timer(&mut ws, "show-1", commands), status);
        for edit in [
            Edit::Insert {
                at: 3,
                segment: segment("late", SegmentKind::WrapUp, 300),
            },
            Edit::Remove { index: 2 },
            Edit::Move { from: 0, to: 1 },
        ] {
            assert_eq!(
                refused(&mut ws, &show_ref("show-1"), edit.clone()),
                EditError::TimerStarted,
                "{status:?} {edit:?}"
            );
        }
        // Its template is a separate script and stays editable.
        ws.edit_script(&tpl("tpl-a"), Edit::Remove { index: 0 })
            .unwrap();
    }
}

#[test]
fn a_started_show_may_still_change_words_and_lengths() {
    for (commands, status) in STARTED {
        let mut ws = workspace();
        run_timer(&mut ws, "show-1", commands);
        let timer = show_of(&ws, "show-1").timer.clone();
        let mut reworded = segments(&ws, &show_ref("show-1"))[1].clone();
        reworded.lines = vec!["New line".to_owned()];
        reworded.planned_seconds = 1200;
        ws.edit_script(
            &show_ref("show-1"),
            Edit::Replace {
                index: 1,
                segment: reworded.clone(),
            },
        )
        .unwrap();
        assert_eq!(
            segments(&ws, &show_ref("show-1"))[1],
            reworded,
            "{status:?}"
        );
        assert_eq!(segment_ids(&ws, &show_ref("show-1")), ["s0", "s1", "s2"]);
        assert_eq!(show_of(&ws, "show-1").timer, timer);

        // Allowed is not unchecked: an invalid rewording is still refused.
        reworded.planned_seconds = 0;
        assert!(matches!(
            refused(
                &mut ws,
                &show_ref("show-1"),
                Edit::Replace {
                    index: 1,
                    segment: reworded,
                }
            ),
            EditError::Invalid(_)
        ));
    }
}

#[test]
fn after_a_reset_the_segments_can_be_rearranged_again() {
    let mut ws = workspace();
    let status = run_timer(
        &mut ws,
        "show-1",
        &[Command::Toggle, Command::Next, Command::Reset],
    );
    assert_eq!(status, Status::Ready);
    ws.edit_script(&show_ref("show-1"), Edit::Move { from: 2, to: 0 })
        .unwrap();
    ws.edit_script(&show_ref("show-1"), Edit::Remove { index: 1 })
        .unwrap();
    ws.edit_script(
        &show_ref("show-1"),
        Edit::Insert {
            at: 0,
            segment: segment("warm-up", SegmentKind::Opening, 120),
        },
    )
    .unwrap();
    assert_eq!(
        segment_ids(&ws, &show_ref("show-1")),
        ["warm-up", "s2", "s1"]
    );
}

#[test]
fn inserting_into_a_show_without_a_script_creates_one() {
    let mut ws = workspace();
    assert_eq!(segments(&ws, &show_ref("show-bare")), &[] as &[Segment]);
    let first = segment("first", SegmentKind::Opening, 300);
    ws.edit_script(
        &show_ref("show-bare"),
        Edit::Insert {
            at: 5,
            segment: first.clone(),
        },
    )
    .unwrap();
    assert_eq!(
        show_of(&ws, "show-bare").script,
        Some(ShowScript {
            from_template: None,
            segments: vec![first],
        })
    );
}

#[test]
fn a_refused_edit_leaves_a_show_without_a_script_without_one() {
    for (edit, expected) in [
        (Edit::Remove { index: 0 }, EditError::NoSuchSegment),
        (Edit::Move { from: 0, to: 0 }, EditError::NoSuchSegment),
        (
            Edit::Replace {
                index: 0,
                segment: segment("x", SegmentKind::Opening, 300),
            },
            EditError::NoSuchSegment,
        ),
        (
            Edit::Insert {
                at: 0,
                segment: segment("x", SegmentKind::Opening, 0),
            },
            invalid(
                "script.segments[0].planned_seconds",
                Problem::OutOfRange {
                    min: 1.0,
                    max: f64::from(MAX_SEGMENT_SECONDS),
                },
            ),
        ),
    ] {
        let mut ws = workspace();
        let before = ws.clone();
        let error = ws
            .edit_script(&show_ref("show-bare"), edit.clone())
            .unwrap_err();
        assert_eq!(error, expected, "{edit:?}");
        assert_eq!(
            show_of(&ws, "show-bare").script,
            None,
            "{edit:?} was refused but gave the show an empty script"
        );
        assert_eq!(ws, before);
    }
}

// ---- Applying templates to shows.

#[test]
fn applying_a_template_copies_its_segments_under_fresh_ids() {
    let mut ws = workspace();
    let mut ids = SequentialIds::new("copy");
    ws.apply_template(&id("show-1"), &id("tpl-a"), &mut ids)
        .unwrap();

    let template = ws.template(&id("tpl-a")).unwrap();
    let script = show_of(&ws, "show-1").script.as_ref().unwrap();
    assert_eq!(script.from_template, Some(id("tpl-a")));
    assert_eq!(script.segments.len(), template.segments.len());
    for (copy, original) in script.segments.iter().zip(&template.segments) {
        assert!(
            template.segments.iter().all(|s| s.id != copy.id),
            "{} is shared with the template",
            copy.id
        );
        assert_eq!(
            *copy,
            Segment {
                id: copy.id.clone(),
                ..original.clone()
            }
        );
    }
    assert_eq!(
        segment_ids(&ws, &show_ref("show-1")),
        ["copy-1", "copy-2", "copy-3"]
    );
    let untouched = workspace();
    assert_eq!(ws.templates, untouched.templates);
    assert_eq!(ws.shows[1], untouched.shows[1]);
}

#[test]
fn applying_a_template_clears_a_ready_timer_and_fills_a_bare_show() {
    let mut ws = workspace();
    run_timer(&mut ws, "show-1", &[Command::Toggle, Command::Reset]);
    assert!(show_of(&ws, "show-1").timer.is_some());
    let mut ids = SequentialIds::new("copy");
    ws.apply_template(&id("show-1"), &id("tpl-c"), &mut ids)
        .unwrap();
    assert_eq!(show_of(&ws, "show-1").timer, None);
    assert_eq!(segments(&ws, &show_ref("show-1")).len(), 2);

    ws.apply_template(&id("show-bare"), &id("tpl-b"), &mut ids)
        .unwrap();
    let script = show_of(&ws, "show-bare").script.as_ref().unwrap();
    assert_eq!(script.from_template, Some(id("tpl-b")));
    assert_eq!(script.segments.len(), 1);
}

#[test]
fn a_started_show_refuses_a_template() {
    for (commands, status) in STARTED {
        let mut ws = workspace();
        run_timer(&mut ws, "show-1", commands);
        let before = ws.clone();
        let mut ids = SequentialIds::new("copy");
        assert_eq!(
            ws.apply_template(&id("show-1"), &id("tpl-a"), &mut ids),
            Err(EditError::TimerStarted),
            "{status:?}"
        );
        assert_eq!(ws, before);
    }
}

#[test]
fn editing_a_template_later_leaves_shows_copied_from_it_as_they_were() {
    let mut ws = workspace();
    let mut ids = SequentialIds::new("copy");
    ws.apply_template(&id("show-1"), &id("tpl-a"), &mut ids)
        .unwrap();
    let copied = show_of(&ws, "show-1").clone();

    let mut reworded = segments(&ws, &tpl("tpl-a"))[0].clone();
    reworded.lines = vec!["Rewritten".to_owned()];
    reworded.planned_seconds = 400;
    ws.edit_script(
        &tpl("tpl-a"),
        Edit::Replace {
            index: 0,
            segment: reworded,
        },
    )
    .unwrap();
    ws.edit_script(&tpl("tpl-a"), Edit::Remove { index: 2 })
        .unwrap();
    ws.edit_script(&tpl("tpl-a"), Edit::Move { from: 1, to: 0 })
        .unwrap();
    ws.describe_template(&id("tpl-a"), "Renamed".to_owned(), String::new())
        .unwrap();
    ws.remove_template(&id("tpl-a")).unwrap();

    assert_eq!(*show_of(&ws, "show-1"), copied);
}

#[test]
fn editing_a_show_copy_leaves_its_template_as_it_was() {
    let mut ws = workspace();
    let mut ids = SequentialIds::new("copy");
    ws.apply_template(&id("show-1"), &id("tpl-a"), &mut ids)
        .unwrap();
    let template = ws.template(&id("tpl-a")).unwrap().clone();

    let mut reworded = segments(&ws, &show_ref("show-1"))[1].clone();
    reworded.offer = "Show-only coupon".to_owned();
    ws.edit_script(
        &show_ref("show-1"),
        Edit::Replace {
            index: 1,
            segment: reworded,
        },
    )
    .unwrap();
    ws.edit_script(&show_ref("show-1"), Edit::Remove { index: 0 })
        .unwrap();

    assert_eq!(ws.template(&id("tpl-a")), Some(&template));
}

// ---- The template library.

#[test]
fn duplicating_a_template_puts_a_renamed_copy_right_after_it() {
    let mut ws = workspace();
    let mut ids = SequentialIds::new("dup");
    let new_id = ws
        .duplicate_template(&id("tpl-a"), "Copy of A".to_owned(), &mut ids)
        .unwrap();

    let names: Vec<&str> = ws.templates.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(names, ["tpl-a", new_id.as_str(), "tpl-b", "tpl-c"]);
    let (original, copy) = (&ws.templates[0], &ws.templates[1]);
    assert_eq!(*original, workspace().templates[0]);
    assert_eq!(copy.name, "Copy of A");
    assert_eq!(copy.description, original.description);

    let mut copy_ids = vec![&copy.id];
    copy_ids.extend(copy.segments.iter().map(|s| &s.id));
    let mut original_ids = vec![&original.id];
    original_ids.extend(original.segments.iter().map(|s| &s.id));
    for fresh in &copy_ids {
        assert!(!original_ids.contains(fresh), "{fresh} is not new");
    }
    assert_eq!(
        copy_ids
            .iter()
            .collect::<std::collections::BTreeSet<_>>()
            .len(),
        copy_ids.len()
    );
    for (c, o) in copy.segments.iter().zip(&original.segments) {
        assert_eq!(
            *c,
            Segment {
                id: c.id.clone(),
                ..o.clone()
            }
        );
    }
}

#[test]
fn a_duplicate_with_a_name_too_long_is_refused() {
    let mut ws = workspace();
    let before = ws.clone();
    let mut ids = SequentialIds::new("dup");
    assert_eq!(
        ws.duplicate_template(&id("tpl-b"), "x".repeat(MAX_NAME_CHARS + 1), &mut ids),
        Err(invalid(
            "template.name",
            Problem::TooLong {
                max: MAX_NAME_CHARS
            }
        ))
    );
    assert_eq!(ws, before);
}

#[test]
fn describing_a_template_checks_the_name() {
    let mut ws = workspace();
    let before = ws.clone();
    assert_eq!(
        ws.describe_template(
            &id("tpl-b"),
            "n".repeat(MAX_NAME_CHARS + 1),
            "fine".to_owned()
        ),
        Err(invalid(
            "template.name",
            Problem::TooLong {
                max: MAX_NAME_CHARS
            }
        ))
    );
    assert_eq!(ws, before);

    ws.describe_template(&id("tpl-b"), "Evening".to_owned(), "For 8 pm".to_owned())
        .unwrap();
    let described = ws.template(&id("tpl-b")).unwrap();
    assert_eq!(
        (described.name.as_str(), described.description.as_str()),
        ("Evening", "For 8 pm")
    );
    assert_eq!(described.segments, before.templates[1].segments);
}

#[test]
fn a_removed_template_is_restored_at_its_place() {
    let mut ws = workspace();
    let before = ws.clone();
    let removed = ws.remove_template(&id("tpl-b")).unwrap();
    assert_eq!(removed.index, 1);
    assert_eq!(removed.template, before.templates[1]);
    assert_eq!(ws.template(&id("tpl-b")), None);
    assert_eq!(ws.templates.len(), 2);

    ws.restore_template(removed.clone()).unwrap();
    assert_eq!(ws, before);

    // Restoring twice (a double click on "undo") adds nothing.
    ws.restore_template(removed).unwrap();
    assert_eq!(ws, before);
}

#[test]
fn a_template_restored_after_others_went_lands_at_the_end() {
    let mut ws = workspace();
    let last = ws.remove_template(&id("tpl-c")).unwrap();
    ws.remove_template(&id("tpl-a")).unwrap();
    ws.restore_template(last).unwrap();
    let names: Vec<&str> = ws.templates.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(names, ["tpl-b", "tpl-c"]);
}

#[test]
fn adding_a_template_refuses_a_taken_id_and_an_invalid_template() {
    let mut ws = workspace();
    let before = ws.clone();
    assert_eq!(
        ws.add_template(template("tpl-b", &["other"])),
        Err(invalid(
            "template.id",
            Problem::DuplicateId("tpl-b".to_owned())
        ))
    );
    let mut broken = template("tpl-new", &["n0", "n1"]);
    broken.segments[1].planned_seconds = 0;
    broken.segments[1].cues.clear();
    assert_eq!(
        ws.add_template(broken),
        Err(invalid(
            "template.segments[1].planned_seconds",
            Problem::OutOfRange {
                min: 1.0,
                max: f64::from(MAX_SEGMENT_SECONDS)
            }
        ))
    );
    assert_eq!(ws, before);

    let fine = template("tpl-new", &["n0"]);
    ws.add_template(fine.clone()).unwrap();
    assert_eq!(ws.templates.last(), Some(&fine));
    assert_eq!(ws.templates.len(), before.templates.len() + 1);
}

#[test]
fn a_full_library_takes_no_more_templates() {
    let mut ws = Workspace {
        templates: (0..MAX_LIST_ITEMS)
            .map(|i| template(&format!("t{i}"), &[]))
            .collect(),
        ..Workspace::default()
    };
    let before = ws.clone();
    let mut ids = SequentialIds::new("dup");
    let full = EditError::TooMany {
        max: MAX_LIST_ITEMS,
    };
    assert_eq!(
        ws.add_template(template("one-more", &[])),
        Err(full.clone())
    );
    assert_eq!(
        ws.duplicate_template(&id("t0"), "copy".to_owned(), &mut ids),
        Err(full)
    );
    assert_eq!(ws, before);
}

// ---- Checks: the shipped scripts.

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 2).unwrap()
}

#[test]
fn every_built_in_template_passes_every_check() {
    for lang in [Lang::ZhCn, Lang::En] {
        let templates = builtin_templates(lang, &mut SequentialIds::new("b"));
        assert_eq!(templates.len(), 4);
        for template in &templates {
            assert_eq!(
                check(&template.segments, Context::default()),
                [],
                "{lang:?} {}",
                template.name
            );
        }
    }
}

#[test]
fn the_sample_show_passes_its_plan_s_checks() {
    for lang in [Lang::ZhCn, Lang::En] {
        let ws = first_run_workspace(lang, today(), &mut SequentialIds::new("f"));
        let show = &ws.shows[0];
        let plan = ws
            .plans
            .iter()
            .find(|p| Some(&p.id) == show.plan_id.as_ref())
            .unwrap();
        let segments = &show.script.as_ref().unwrap().segments;
        let findings = check(
            segments,
            Context {
                show_seconds: Some(u64::from(show.planned_minutes) * 60),
                lineup: &plan.lineup,
            },
        );
        // The two traffic drivers are flash-sold (opening, draw), not explained:
        // that covers them.
        assert_eq!(findings, [], "{lang:?}");
        let drivers: Vec<_> = plan
            .lineup
            .iter()
            .filter(|l| l.tier == Tier::TrafficDriver)
            .map(|l| l.product_id.clone())
            .collect();
        assert_eq!(
            drivers,
            [
                segments[0].product_id.clone().unwrap(),
                segments[3].product_id.clone().unwrap()
            ]
        );
    }
}

// ---- Checks: each rule fires and clears.

fn opening(seconds: u32) -> Segment {
    with_offer(
        segment("open", SegmentKind::Opening, seconds),
        "9.9 flash sale",
    )
}

#[test]
fn an_empty_script_has_no_findings() {
    let lineup = profit_lineup(&["p1"]);
    let context = Context {
        show_seconds: Some(7200),
        lineup: &lineup,
    };
    assert_eq!(check(&[], context), []);
}

#[test]
fn the_script_must_fill_the_show() {
    let script = [opening(600), segment("i", SegmentKind::Interaction, 900)];
    for (show_seconds, expected) in [
        (None, vec![]),
        (Some(1500), vec![]),
        (
            Some(1800),
            vec![Finding::LengthMismatch {
                script_seconds: 1500,
                show_seconds: 1800,
            }],
        ),
        (
            Some(1499),
            vec![Finding::LengthMismatch {
                script_seconds: 1500,
                show_seconds: 1499,
            }],
        ),
    ] {
        let context = Context {
            show_seconds,
            lineup: &[],
        };
        assert_eq!(check(&script, context), expected, "{show_seconds:?}");
    }
}

#[test]
fn the_first_five_minutes_need_a_hook() {
    let plain = |name: &str, seconds| segment(name, SegmentKind::Interaction, seconds);
    let hook = vec![Finding::NoOpeningHook];
    let none: Vec<Finding> = vec![];
    let cases: Vec<(&str, Vec<Segment>, &Vec<Finding>)> = vec![
        ("nothing", vec![plain("a", 240), plain("b", 600)], &hook),
        (
            "offer text on a segment starting at 4:00",
            vec![plain("a", 240), with_offer(plain("b", 600), "coupon")],
            &none,
        ),
        (
            "offer text on a segment starting at 5:00",
            vec![plain("a", 300), with_offer(plain("b", 600), "coupon")],
            &hook,
        ),
        (
            "offer text that is only blanks",
            vec![with_offer(plain("a", 600), "  \n")],
            &hook,
        ),
        (
            "offer cue at 4:59",
            vec![
                plain("a", 240),
                with_cues(plain("b", 600), &[(59, CueKind::Offer)]),
            ],
            &none,
        ),
        (
            "offer cue at 5:00",
            vec![
                plain("a", 240),
                with_cues(plain("b", 600), &[(60, CueKind::Offer)]),
            ],
            &hook,
        ),
        (
            "close-sale cue at 0:00",
            vec![with_cues(plain("a", 600), &[(0, CueKind::CloseSale)])],
            &none,
        ),
        (
            "offer cue at 5:00 inside the first segment",
            vec![with_cues(plain("a", 600), &[(300, CueKind::Offer)])],
            &hook,
        ),
        (
            "cues that are no hook",
            vec![with_cues(
                plain("a", 600),
                &[
                    (0, CueKind::Explain),
                    (60, CueKind::Interact),
                    (120, CueKind::Other),
                ],
            )],
            &hook,
        ),
    ];
    for (case, script, expected) in cases {
        assert_eq!(check(&script, Context::default()), *expected, "{case}");
    }
}

#[test]
fn an_explanation_turns_to_interaction_or_the_close_by_minute_eight() {
    let explanation = |cues: &[(u32, CueKind)]| {
        with_cues(segment("pe", SegmentKind::ProductExplanation, 540), cues)
    };
    let long = |seconds| vec![Finding::LongExplanation { index: 1, seconds }];
    for (case, cues, expected) in [
        ("no cues", &[][..], long(540)),
        ("interact at 8:00", &[(480, CueKind::Interact)][..], vec![]),
        ("offer at 5:00", &[(300, CueKind::Offer)][..], vec![]),
        ("close at 8:00", &[(480, CueKind::CloseSale)][..], vec![]),
        (
            "interact at 8:01",
            &[(481, CueKind::Interact)][..],
            long(481),
        ),
        ("explain at 8:00", &[(480, CueKind::Explain)][..], long(540)),
        (
            "other, then interact late",
            &[(120, CueKind::Other), (500, CueKind::Interact)][..],
            long(500),
        ),
    ] {
        let script = [
            opening(60),
            explanation(cues),
            segment("close", SegmentKind::ClosingSale, 300),
        ];
        assert_eq!(check(&script, Context::default()), expected, "{case}");
    }

    let eight_minutes = [
        opening(60),
        segment("pe", SegmentKind::ProductExplanation, 480),
        segment("close", SegmentKind::ClosingSale, 300),
    ];
    assert_eq!(check(&eight_minutes, Context::default()), []);
}

#[test]
fn an_explanation_is_followed_by_the_close() {
    let pe = |name: &str| segment(name, SegmentKind::ProductExplanation, 300);
    let closing = || segment("close", SegmentKind::ClosingSale, 300);
    let interaction = || segment("draw", SegmentKind::Interaction, 300);
    let missing = |index| Finding::NoCloseAfterExplanation { index };
    for (case, script, expected) in [
        (
            "nothing after",
            vec![opening(60), pe("pe")],
            vec![missing(1)],
        ),
        (
            "close cue inside",
            vec![
                opening(60),
                with_cues(pe("pe"), &[(200, CueKind::CloseSale)]),
            ],
            vec![],
        ),
        (
            "interact cue inside is no close",
            vec![
                opening(60),
                with_cues(pe("pe"), &[(200, CueKind::Interact)]),
            ],
            vec![missing(1)],
        ),
        (
            "closing segment right after",
            vec![opening(60), pe("pe"), closing()],
            vec![],
        ),
        (
            "closing segment two later",
            vec![opening(60), pe("pe"), interaction(), closing()],
            vec![missing(1)],
        ),
        (
            "two explanations before one close",
            vec![opening(60), pe("pe1"), pe("pe2"), closing()],
            vec![missing(1)],
        ),
    ] {
        assert_eq!(check(&script, Context::default()), expected, "{case}");
    }
}

#[test]
fn no_segment_runs_past_the_15_minute_node() {
    for (seconds, expected) in [
        (900, vec![]),
        (
            901,
            vec![Finding::LongSegment {
                index: 1,
                seconds: 901,
            }],
        ),
    ] {
        let script = [
            opening(60),
            segment("draw", SegmentKind::Interaction, seconds),
        ];
        assert_eq!(check(&script, Context::default()), expected, "{seconds}");
    }
}

#[test]
fn every_lineup_product_needs_an_explanation_segment() {
    let script = [
        with_product(opening(60), "p1"),
        with_product(
            with_cues(
                segment("pe", SegmentKind::ProductExplanation, 300),
                &[(200, CueKind::CloseSale)],
            ),
            "p2",
        ),
        with_product(segment("draw", SegmentKind::Interaction, 300), "p4"),
    ];
    let never = |raw: &str| Finding::ProductNeverExplained {
        product_id: id(raw),
    };
    for (lineup, expected) in [
        (vec![], vec![]),
        (vec!["p2"], vec![]),
        (vec!["p1"], vec![never("p1")]),
        (vec!["p4", "p2"], vec![never("p4")]),
        (vec!["p3", "p2", "p1"], vec![never("p3"), never("p1")]),
        (vec!["p3", "p3", "p2", "p3"], vec![never("p3")]),
    ] {
        let lineup = profit_lineup(&lineup);
        let context = Context {
            show_seconds: None,
            lineup: &lineup,
        };
        assert_eq!(check(&script, context), expected, "{lineup:?}");
    }
}

fn profit_lineup(products: &[&str]) -> Vec<LineupItem> {
    products
        .iter()
        .map(|&p| LineupItem {
            product_id: id(p),
            tier: Tier::Profit,
            expected_units_per_show: 0,
        })
        .collect()
}

#[test]
fn a_traffic_driver_is_covered_by_any_segment_that_sells_it() {
    let script = [
        with_product(opening(60), "p1"),
        with_product(segment("draw", SegmentKind::Interaction, 300), "p4"),
    ];
    let mut lineup = profit_lineup(&["p1", "p4", "p5"]);
    for item in &mut lineup {
        item.tier = Tier::TrafficDriver;
    }
    let context = Context {
        show_seconds: None,
        lineup: &lineup,
    };
    assert_eq!(
        check(&script, context),
        [Finding::ProductNeverExplained {
            product_id: id("p5")
        }]
    );
}

#[test]
fn findings_come_script_wide_first_then_by_segment() {
    let script = [
        segment("draw", SegmentKind::Interaction, 1000),
        segment("pe", SegmentKind::ProductExplanation, 600),
    ];
    let lineup = profit_lineup(&["p9"]);
    let context = Context {
        show_seconds: Some(3600),
        lineup: &lineup,
    };
    assert_eq!(
        check(&script, context),
        [
            Finding::LengthMismatch {
                script_seconds: 1600,
                show_seconds: 3600
            },
            Finding::NoOpeningHook,
            Finding::ProductNeverExplained {
                product_id: id("p9")
            },
            Finding::LongSegment {
                index: 0,
                seconds: 1000
            },
            Finding::LongExplanation {
                index: 1,
                seconds: 600
            },
            Finding::NoCloseAfterExplanation { index: 1 },
        ]
    );
}

#[test]
fn a_finding_points_at_its_segment_if_it_has_one() {
    for (finding, segment) in [
        (
            Finding::LengthMismatch {
                script_seconds: 1,
                show_seconds: 2,
            },
            None,
        ),
        (Finding::NoOpeningHook, None),
        (
            Finding::ProductNeverExplained {
                product_id: id("p"),
            },
            None,
        ),
        (
            Finding::LongExplanation {
                index: 3,
                seconds: 600,
            },
            Some(3),
        ),
        (Finding::NoCloseAfterExplanation { index: 4 }, Some(4)),
        (
            Finding::LongSegment {
                index: 5,
                seconds: 1000,
            },
            Some(5),
        ),
    ] {
        assert_eq!(finding.segment(), segment, "{finding:?}");
    }
}
