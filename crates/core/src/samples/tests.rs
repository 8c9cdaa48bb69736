use chrono::{DateTime, Datelike, Days, NaiveDate, Utc};
use serde_json::Value;
use std::collections::HashSet;

use super::*;
use crate::document::Document;
use crate::model::{CueKind, PhaseKind, ScriptTemplate, SegmentKind, SequentialIds};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

fn saved_at() -> DateTime<Utc> {
    today().and_hms_opt(12, 0, 0).unwrap().and_utc()
}

fn sample(lang: Lang) -> Workspace {
    first_run_workspace(lang, today(), &mut SequentialIds::new("s"))
}

fn templates(lang: Lang) -> Vec<ScriptTemplate> {
    builtin_templates(lang, &mut SequentialIds::new("t"))
}

fn total_seconds(segments: &[Segment]) -> u32 {
    segments.iter().map(|s| s.planned_seconds).sum()
}

/// Han characters, or CJK and full-width punctuation (，。：！ …).
fn has_cjk(text: &str) -> bool {
    text.chars().any(|c| {
        ('\u{4e00}'..='\u{9fff}').contains(&c)
            || ('\u{3000}'..='\u{303f}').contains(&c)
            || ('\u{ff00}'..='\u{ffef}').contains(&c)
    })
}

#[test]
fn both_languages_pass_validation() {
    for lang in Lang::ALL {
        let doc = Document::workspace(saved_at(), sample(lang));
        assert_eq!(doc.validate(), Ok(()), "{lang:?}");
    }
}

#[test]
fn both_languages_survive_a_round_trip() {
    for lang in Lang::ALL {
        let doc = Document::workspace(saved_at(), sample(lang));
        assert_eq!(Document::read(&doc.to_json()), Ok(doc), "{lang:?}");
    }
}

/// Same keys, lengths, numbers, ids and enum values; texts may differ, but a
/// differing text is Chinese on one side and free of Chinese on the other.
fn assert_same_shape(zh: &Value, en: &Value, path: &str) {
    match (zh, en) {
        (Value::Object(a), Value::Object(b)) => {
            assert_eq!(
                a.keys().collect::<Vec<_>>(),
                b.keys().collect::<Vec<_>>(),
                "{path}"
            );
            for (key, value) in a {
                assert_same_shape(value, &b[key], &format!("{path}.{key}"));
            }
        }
        (Value::Array(a), Value::Array(b)) => {
            assert_eq!(a.len(), b.len(), "{path}");
            for (i, (x, y)) in a.iter().zip(b).enumerate() {
                assert_same_shape(x, y, &format!("{path}[{i}]"));
            }
        }
        (Value::String(a), Value::String(b)) if a != b => {
            assert!(has_cjk(a) && !has_cjk(b), "{path}: {a:?} / {b:?}");
        }
        _ => assert_eq!(zh, en, "{path}"),
    }
}

#[test]
fn languages_differ_only_in_their_texts() {
    let zh = sample(Lang::ZhCn);
    let en = sample(Lang::En);
    assert_eq!(zh.counts(), en.counts());
    let zh = serde_json::to_value(&zh).unwrap();
    let en = serde_json::to_value(&en).unwrap();
    assert_same_shape(&zh, &en, "data");
    assert!(
        !has_cjk(&en.to_string()),
        "Chinese left in the English sample"
    );
}

#[test]
fn the_sample_has_what_the_domain_describes() {
    let ws = sample(Lang::En);
    assert_eq!(ws.counts().products, 6);
    assert_eq!(ws.counts().templates, 4);
    let plan = &ws.plans[0];
    assert_eq!(plan.targets.monthly_gmv, Some(5_000_000.0));
    assert_eq!(plan.team.len(), 4);
    assert_eq!(plan.lineup.len(), ws.products.len());
    assert!(plan.checklist.iter().any(|item| item.days_before == 3));
    assert!(plan
        .budget
        .iter()
        .all(|line| line.spent == 0.0 && line.planned > 0.0));
    for product in &ws.products {
        assert!(
            (2..=4).contains(&product.selling_points.len()),
            "{}",
            product.name
        );
        assert!(product.live_price < product.price, "{}", product.name);
        assert!(!product.compliance_note.is_empty(), "{}", product.name);
    }
}

#[test]
fn beauty_template_is_two_hours_of_15_minute_nodes() {
    let beauty = &templates(Lang::ZhCn)[0];
    assert_eq!(beauty.segments.len(), 8);
    assert_eq!(total_seconds(&beauty.segments), 7200);
    assert!(beauty.segments.iter().all(|s| s.planned_seconds <= 900));
    assert_eq!(beauty.segments[0].kind, SegmentKind::Opening);
    assert_eq!(beauty.segments[7].kind, SegmentKind::WrapUp);
}

#[test]
fn templates_have_their_lengths_and_sound_cues() {
    let lengths: Vec<u32> = templates(Lang::En)
        .iter()
        .map(|t| total_seconds(&t.segments))
        .collect();
    assert_eq!(lengths, [7200, 5400, 3600, 900]);

    for template in templates(Lang::En) {
        for segment in &template.segments {
            let at: Vec<u32> = segment.cues.iter().map(|c| c.at_seconds).collect();
            let name = format!("{} / {}", template.name, segment.title);
            assert!(segment.product_id.is_none(), "{name}");
            assert!(at.is_sorted(), "{name}");
            assert!(at.iter().all(|&s| s < segment.planned_seconds), "{name}");
            assert!((2..=4).contains(&segment.lines.len()), "{name}");
            assert!(segment.owner.is_some(), "{name}");
            match segment.kind {
                // The hook: an offer within the first 5 minutes.
                SegmentKind::Opening => assert!(
                    segment
                        .cues
                        .iter()
                        .any(|c| c.kind == CueKind::Offer && c.at_seconds <= 300),
                    "{name}"
                ),
                // Explain from 0, move on by minute 8, then close.
                SegmentKind::ProductExplanation => {
                    assert_eq!(segment.cues[0].kind, CueKind::Explain, "{name}");
                    assert_eq!(segment.cues[0].at_seconds, 0, "{name}");
                    let explained_until = segment
                        .cues
                        .iter()
                        .find(|c| c.kind != CueKind::Explain)
                        .map(|c| c.at_seconds);
                    assert!(explained_until.is_some_and(|s| s <= 480), "{name}");
                    assert_eq!(
                        segment.cues.last().unwrap().kind,
                        CueKind::CloseSale,
                        "{name}"
                    );
                }
                _ => {}
            }
        }
    }
}

#[test]
fn the_sample_show_copies_the_beauty_template_three_days_ahead() {
    let ws = sample(Lang::ZhCn);
    let show = &ws.shows[0];
    let beauty = &ws.templates[0];
    assert_eq!(show.starts_at.date(), today() + Days::new(3));
    assert_eq!(show.starts_at.format("%H:%M").to_string(), "20:00");
    assert_eq!(show.planned_minutes, 120);
    assert_eq!(show.plan_id.as_ref(), Some(&ws.plans[0].id));
    assert!(show.checklist_done.is_empty() && show.actuals.is_none());

    let script = show.script.as_ref().unwrap();
    assert_eq!(script.from_template.as_ref(), Some(&beauty.id));
    assert_eq!(total_seconds(&script.segments) / 60, show.planned_minutes);
    assert_eq!(script.segments.len(), beauty.segments.len());
    for (copy, original) in script.segments.iter().zip(&beauty.segments) {
        assert_ne!(copy.id, original.id);
        let same = Segment {
            id: original.id.clone(),
            product_id: None,
            ..copy.clone()
        };
        assert_eq!(&same, original);
    }
}

#[test]
fn every_reference_points_at_something_in_the_workspace() {
    let ws = sample(Lang::En);
    let plan = &ws.plans[0];
    let products: HashSet<_> = ws.products.iter().map(|p| &p.id).collect();
    let team: HashSet<_> = plan.team.iter().map(|m| &m.id).collect();
    assert!(plan
        .lineup
        .iter()
        .all(|item| products.contains(&item.product_id)));
    let show = &ws.shows[0];
    assert!(show.assignments.iter().all(|a| team.contains(&a.member_id)));
    let script = show.script.as_ref().unwrap();
    let named: Vec<_> = script
        .segments
        .iter()
        .filter_map(|s| s.product_id.as_ref())
        .collect();
    assert_eq!(named.len(), 6);
    assert!(named.iter().all(|id| products.contains(id)));

    // And no id is used twice anywhere in the workspace.
    fn collect_ids<'a>(value: &'a Value, ids: &mut Vec<&'a str>) {
        match value {
            Value::Object(map) => {
                if let Some(Value::String(id)) = map.get("id") {
                    ids.push(id);
                }
                map.values().for_each(|v| collect_ids(v, ids));
            }
            Value::Array(items) => items.iter().for_each(|v| collect_ids(v, ids)),
            _ => {}
        }
    }
    let json = serde_json::to_value(&ws).unwrap();
    let mut ids = Vec::new();
    collect_ids(&json, &mut ids);
    assert_eq!(ids.len(), ids.iter().collect::<HashSet<_>>().len());
}

#[test]
fn phases_follow_each_other_for_any_first_day() {
    let first = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    for offset in 0..800 {
        let today = first + Days::new(offset);
        let ws = first_run_workspace(Lang::En, today, &mut SequentialIds::new("p"));
        let phases = &ws.plans[0].phases;
        let kinds: Vec<_> = phases.iter().map(|p| p.kind).collect();
        use PhaseKind::*;
        assert_eq!(kinds, [Preparation, Trial, Stable, Sprint], "{today}");
        assert_eq!(phases[0].start, today);
        for pair in phases.windows(2) {
            assert_eq!(pair[0].end + Days::new(1), pair[1].start, "{today}");
        }
        let days = |i: usize| (phases[i].end - phases[i].start).num_days() + 1;
        assert_eq!(days(0), 14, "{today}");
        assert_eq!(days(1), 30, "{today}");
        assert!((91..=183).contains(&days(2)), "{today}: {}", days(2));
        assert_eq!(days(3), 10, "{today}");
        let shows_per_week: Vec<u8> = phases.iter().map(|p| p.shows_per_week).collect();
        assert_eq!(shows_per_week, [0, 1, 3, 7]);
    }
}

#[test]
fn the_sprint_ends_on_a_festival_when_one_is_in_reach() {
    let ws = sample(Lang::ZhCn);
    let sprint = &ws.plans[0].phases[3];
    assert_eq!(sprint.end, NaiveDate::from_ymd_opt(2027, 6, 18).unwrap());
    assert_eq!(sprint.name, "冲刺期 · 618");
    // In reach of Double 11 too, for a team starting in spring.
    let spring = NaiveDate::from_ymd_opt(2027, 4, 1).unwrap();
    let ws = first_run_workspace(Lang::En, spring, &mut SequentialIds::new("s"));
    let sprint = &ws.plans[0].phases[3];
    assert_eq!((sprint.end.month(), sprint.end.day()), (11, 11));
    assert_eq!(sprint.name, "Sprint · Double 11");
}
