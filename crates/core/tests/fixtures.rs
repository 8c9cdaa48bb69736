//! Every fixture of every schema version still reads, and reads back the same
//! after a save (which always writes the current schema). Fixtures live in
//! `tests/fixtures/v<N>/<kind>.livedesk.json`; when the schema changes, the old
//! version's files stay here for good (see `migrate.rs` and
//! docs/file-format.md).

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use livedesk_core::document::{Document, Kind, Payload, SCHEMA};
use livedesk_core::model::*;
use livedesk_core::problem::ReadError;
use livedesk_core::timer::{Status, TimerState};
use livedesk_core::Lang;
use serde::Serialize;

fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `(schema version from the directory name, path)` of every fixture file.
fn fixture_files() -> Vec<(u32, PathBuf)> {
    let root = manifest_dir().join("tests/fixtures");
    let mut files = Vec::new();
    for dir in fs::read_dir(&root).expect("tests/fixtures exists") {
        let dir = dir.unwrap().path();
        let Some(version) = dir
            .file_name()
            .and_then(|n| n.to_str())
            .and_then(|n| n.strip_prefix('v'))
            .and_then(|n| n.parse::<u32>().ok())
        else {
            continue;
        };
        for file in fs::read_dir(&dir).unwrap() {
            let file = file.unwrap().path();
            if file.to_string_lossy().ends_with(".livedesk.json") {
                files.push((version, file));
            }
        }
    }
    files.sort();
    files
}

/// The kind a fixture's name announces: `plan.livedesk.json` or
/// `plan-something.livedesk.json` hold a plan.
fn kind_from_name(path: &Path) -> Kind {
    let name = path.file_name().unwrap().to_str().unwrap();
    let stem = name.trim_end_matches(".livedesk.json");
    let tag = stem.split(['-', '.']).next().unwrap();
    match tag {
        "workspace" => Kind::Workspace,
        "plan" => Kind::Plan,
        "template" => Kind::Template,
        other => panic!("{name}: file name must start with a kind, not {other:?}"),
    }
}

fn read_file(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn every_fixture_reads_with_its_kind_and_round_trips() {
    let files = fixture_files();
    assert!(
        files.len() >= 3,
        "expected fixtures under tests/fixtures/v*/, found {files:?}"
    );
    for (version, path) in &files {
        let text = read_file(path);
        let shown = path.display();

        let stated: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(
            stated["schema"].as_u64(),
            Some(u64::from(*version)),
            "{shown}: the schema field must match the v<N> directory"
        );

        let doc = Document::read(&text)
            .unwrap_or_else(|e| panic!("{shown} does not read: {e:?}\n{}", e.message(Lang::En)));
        assert_eq!(doc.kind(), kind_from_name(path), "{shown}");
        assert_eq!(doc.validate(), Ok(()), "{shown}");

        let saved = doc.to_json();
        let resaved: serde_json::Value = serde_json::from_str(&saved).unwrap();
        assert_eq!(
            resaved["schema"].as_u64(),
            Some(u64::from(SCHEMA)),
            "{shown}: a save writes the current schema, whatever was read"
        );
        let again = Document::read(&saved)
            .unwrap_or_else(|e| panic!("{shown}, saved again, does not read: {e:?}\n{saved}"));
        assert_eq!(again, doc, "{shown}: changed by a save and read");
        assert_eq!(again.to_json(), saved, "{shown}: second save differs");
        assert_eq!(Document::read_kind(&text, doc.kind()), Ok(doc), "{shown}");
    }
}

/// The design asks for a fixture of every schema version, so every migration
/// step is exercised by a real file.
#[test]
fn every_schema_version_has_a_fixture_of_every_kind() {
    let files = fixture_files();
    for version in 1..=SCHEMA {
        for kind in [Kind::Workspace, Kind::Plan, Kind::Template] {
            assert!(
                files
                    .iter()
                    .any(|(v, path)| *v == version && kind_from_name(path) == kind),
                "no {kind:?} fixture in tests/fixtures/v{version}/"
            );
        }
    }
    assert!(
        files.iter().all(|(v, _)| (1..=SCHEMA).contains(v)),
        "a fixture is newer than SCHEMA {SCHEMA}: {files:?}"
    );
}

fn fixtures_of(version: u32) -> Vec<PathBuf> {
    fixture_files()
        .into_iter()
        .filter(|(v, _)| *v == version)
        .map(|(_, path)| path)
        .collect()
}

/// Schema 2 only added the optional `timer` of a show, so `v1_to_v2` leaves
/// the data as it is: a v1 file reads exactly as the same file marked v2.
#[test]
fn a_v1_file_reads_as_the_same_data_marked_v2() {
    let files = fixtures_of(1);
    assert_eq!(files.len(), 3, "{files:?}");
    for path in files {
        let text = read_file(&path);
        let shown = path.display();
        let as_v1 = Document::read(&text).unwrap();
        let as_v2 = Document::read(&with_schema(&text, 2))
            .unwrap_or_else(|e| panic!("{shown} marked v2: {e:?}"));
        assert_eq!(as_v1, as_v2, "{shown}");
    }
}

/// A v1 file has no timers; once saved it is a schema-2 file whose shows
/// carry `"timer": null`, and it reads back without any migration.
#[test]
fn a_v1_file_is_saved_as_the_current_schema_with_no_timers() {
    for path in fixtures_of(1) {
        let shown = path.display();
        let doc = Document::read(&read_file(&path)).unwrap();
        let shows: Vec<&Show> = match &doc.payload {
            Payload::Workspace(ws) => ws.shows.iter().collect(),
            Payload::Plan(bundle) => bundle.shows.iter().collect(),
            Payload::Template(_) => Vec::new(),
        };
        assert!(shows.iter().all(|s| s.timer.is_none()), "{shown}");

        let saved: serde_json::Value = serde_json::from_str(&doc.to_json()).unwrap();
        assert_eq!(saved["schema"], serde_json::json!(SCHEMA), "{shown}");
        let saved_shows = saved["data"]["shows"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        assert_eq!(saved_shows.len(), shows.len(), "{shown}");
        for show in &saved_shows {
            assert_eq!(show["timer"], serde_json::Value::Null, "{shown}: {show}");
        }
        assert_eq!(Document::read(&doc.to_json()), Ok(doc), "{shown}");
    }
}

/// The shows of every fixture of this schema, with the file they come from.
fn current_fixture_shows() -> Vec<(String, Show)> {
    let mut shows = Vec::new();
    for path in fixtures_of(SCHEMA) {
        let doc = Document::read(&read_file(&path)).unwrap();
        let list = match doc.payload {
            Payload::Workspace(ws) => ws.shows,
            Payload::Plan(bundle) => bundle.shows,
            Payload::Template(_) => Vec::new(),
        };
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        shows.extend(list.into_iter().map(|s| (name.clone(), s)));
    }
    shows
}

/// The timers in the fixtures are ones the timer could have produced: the log
/// names the show's own segments by id and index, one run follows the other
/// without a gap, only a running or paused timer has an open run (its current
/// segment), and a finished one ended when its last run did.
#[test]
fn the_fixture_timers_are_consistent_with_their_scripts() {
    let shows = current_fixture_shows();
    let with_log: Vec<_> = shows
        .iter()
        .filter(|(_, s)| s.timer.as_ref().is_some_and(|t| !t.log.is_empty()))
        .collect();
    assert!(
        with_log.len() >= 3,
        "expected timers with a log in the v{SCHEMA} fixtures"
    );
    assert!(
        shows.iter().any(|(file, s)| file.starts_with("workspace")
            && s.timer.as_ref().is_some_and(|t| {
                matches!(t.status, Status::Running | Status::Paused) && !t.log.is_empty()
            })),
        "the workspace fixture needs a show whose timer is running or paused"
    );
    for (file, show) in &shows {
        let Some(timer) = &show.timer else { continue };
        let at = format!("{file}: show {}", show.id);
        let segments = show
            .script
            .as_ref()
            .map(|s| s.segments.as_slice())
            .unwrap_or(&[]);
        check_timer(&at, timer, segments);
    }
}

fn check_timer(at: &str, timer: &TimerState, segments: &[Segment]) {
    let log = &timer.log;
    for (i, run) in log.iter().enumerate() {
        let segment = segments
            .get(run.index)
            .unwrap_or_else(|| panic!("{at}: log[{i}].index {} has no segment", run.index));
        assert_eq!(run.segment_id, segment.id, "{at}: log[{i}]");
        assert!(run.paused_ms >= 0 && run.added_ms >= -i64::from(segment.planned_seconds) * 1000);
        if let Some(end) = run.ended_at_ms {
            assert!(end >= run.started_at_ms + run.paused_ms, "{at}: log[{i}]");
        }
        if let Some(next) = log.get(i + 1) {
            assert_eq!(
                run.ended_at_ms,
                Some(next.started_at_ms),
                "{at}: log[{i}] → log[{}]",
                i + 1
            );
        }
    }
    let first = log.first().map(|r| r.started_at_ms);
    let last = log.last();
    match timer.status {
        Status::Ready => {
            assert!(log.is_empty() && timer.show_started_at_ms.is_none(), "{at}");
            assert_eq!(timer.current, 0, "{at}");
        }
        Status::Running | Status::Paused => {
            let last = last.unwrap_or_else(|| panic!("{at}: started without a run"));
            assert_eq!(last.ended_at_ms, None, "{at}: the current run is open");
            assert_eq!(last.index, timer.current, "{at}");
            assert_eq!(timer.show_started_at_ms, first, "{at}");
            assert_eq!(timer.finished_at_ms, None, "{at}");
            assert!(
                log.iter().rev().skip(1).all(|r| r.ended_at_ms.is_some()),
                "{at}"
            );
            match timer.paused_at_ms {
                Some(at_ms) => {
                    assert_eq!(timer.status, Status::Paused, "{at}");
                    assert!(at_ms >= last.started_at_ms + last.paused_ms, "{at}");
                }
                None => assert_eq!(timer.status, Status::Running, "{at}"),
            }
        }
        Status::Finished => {
            assert!(log.iter().all(|r| r.ended_at_ms.is_some()), "{at}");
            assert_eq!(timer.show_started_at_ms, first, "{at}");
            assert_eq!(
                timer.finished_at_ms,
                last.and_then(|r| r.ended_at_ms),
                "{at}"
            );
            assert_eq!(timer.paused_at_ms, None, "{at}");
        }
    }
}

fn workspace_fixture_text() -> String {
    read_file(&manifest_dir().join(format!("tests/fixtures/v{SCHEMA}/workspace.livedesk.json")))
}

fn with_schema(text: &str, schema: u64) -> String {
    let mut value: serde_json::Value = serde_json::from_str(text).unwrap();
    value["schema"] = schema.into();
    serde_json::to_string_pretty(&value).unwrap()
}

#[test]
fn a_newer_schema_is_refused_with_a_message_naming_the_version() {
    let text = workspace_fixture_text();
    for newer in [u64::from(SCHEMA) + 1, u64::from(SCHEMA) + 41, u64::MAX] {
        let err = Document::read(&with_schema(&text, newer)).unwrap_err();
        assert_eq!(
            err,
            ReadError::NewerSchema {
                found: newer,
                supported: SCHEMA
            }
        );
        for lang in Lang::ALL {
            let message = err.message(lang);
            assert!(!message.trim().is_empty(), "{lang:?}");
            assert!(
                message.contains(&newer.to_string()),
                "{lang:?} message does not name version {newer}: {message}"
            );
            assert!(
                message.contains(&SCHEMA.to_string()),
                "{lang:?} message does not name the supported version: {message}"
            );
        }
    }
}

#[test]
fn a_newer_schema_is_refused_even_when_its_data_is_unreadable_today() {
    // A future version will add fields this build does not know; it must say
    // "newer version", not "unknown field".
    let text = workspace_fixture_text();
    let mut value: serde_json::Value = serde_json::from_str(&text).unwrap();
    value["schema"] = (u64::from(SCHEMA) + 1).into();
    value["data"]["plans"][0]["a_field_from_the_future"] = serde_json::json!({"x": 1});
    value["data"]["shows"] = serde_json::json!("a different shape");
    let err = Document::read(&value.to_string()).unwrap_err();
    assert!(matches!(err, ReadError::NewerSchema { .. }), "got {err:?}");
}

#[test]
fn the_documented_example_reads() {
    let path = manifest_dir().join("../../docs/example.livedesk.json");
    let text = read_file(&path);
    let doc = Document::read(&text)
        .unwrap_or_else(|e| panic!("docs/example.livedesk.json: {e:?}\n{}", e.message(Lang::En)));
    assert_eq!(doc.kind(), Kind::Workspace);
    let stated: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(
        stated["schema"].as_u64(),
        Some(u64::from(SCHEMA)),
        "the documented example should be of the current schema"
    );
}

// ---- The workspace fixture (and so the docs example) shows every value of
// every enum, and docs/file-format.md names every field and value.

fn tag<T: Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .unwrap()
        .as_str()
        .unwrap()
        .to_owned()
}

fn tags<T: Serialize>(values: impl IntoIterator<Item = T>) -> BTreeSet<String> {
    values.into_iter().map(|v| tag(&v)).collect()
}

/// Each enum's values, by name. The `match`es fail to compile when a variant
/// is added, which is the reminder to add it to the fixture and the docs.
fn enum_values() -> Vec<(&'static str, BTreeSet<String>)> {
    use BudgetCategory as B;
    use ChecklistCategory as C;
    use CueKind as Q;
    use Emergency as E;
    use InteractionKind as I;
    use PhaseKind as Ph;
    use Platform as P;
    use RiskCategory as Rk;
    use Role as R;
    use SegmentKind as S;
    use Status as St;
    use Tier as T;
    fn every<T: Copy + Serialize>(all: &[T], exhaustive: fn(T)) -> BTreeSet<String> {
        all.iter().for_each(|v| exhaustive(*v));
        tags(all.iter().copied())
    }
    vec![
        (
            "platform",
            every(
                &[
                    P::Douyin,
                    P::Kuaishou,
                    P::TaobaoLive,
                    P::WechatChannels,
                    P::Other,
                ],
                |v| match v {
                    P::Douyin | P::Kuaishou | P::TaobaoLive | P::WechatChannels | P::Other => {}
                },
            ),
        ),
        (
            "role",
            every(
                &[
                    R::Anchor,
                    R::AssistantHost,
                    R::FloorControl,
                    R::CustomerService,
                ],
                |v| match v {
                    R::Anchor | R::AssistantHost | R::FloorControl | R::CustomerService => {}
                },
            ),
        ),
        (
            "phase kind",
            every(
                &[Ph::Preparation, Ph::Trial, Ph::Stable, Ph::Sprint],
                |v| match v {
                    Ph::Preparation | Ph::Trial | Ph::Stable | Ph::Sprint => {}
                },
            ),
        ),
        (
            "checklist category",
            every(
                &[
                    C::Team,
                    C::Equipment,
                    C::Stock,
                    C::Coupons,
                    C::WarmUp,
                    C::Other,
                ],
                |v| match v {
                    C::Team | C::Equipment | C::Stock | C::Coupons | C::WarmUp | C::Other => {}
                },
            ),
        ),
        (
            "risk category",
            every(
                &[
                    Rk::Stock,
                    Rk::Logistics,
                    Rk::PublicOpinion,
                    Rk::Policy,
                    Rk::Other,
                ],
                |v| match v {
                    Rk::Stock | Rk::Logistics | Rk::PublicOpinion | Rk::Policy | Rk::Other => {}
                },
            ),
        ),
        (
            "emergency",
            every(
                &[
                    E::NetworkDrop,
                    E::HostileComments,
                    E::MisspokenPrice,
                    E::AnchorUnwell,
                    E::EquipmentFailure,
                    E::StockOut,
                    E::Other,
                ],
                |v| match v {
                    E::NetworkDrop
                    | E::HostileComments
                    | E::MisspokenPrice
                    | E::AnchorUnwell
                    | E::EquipmentFailure
                    | E::StockOut
                    | E::Other => {}
                },
            ),
        ),
        (
            "budget category",
            every(
                &[B::People, B::Equipment, B::Traffic, B::Marketing],
                |v| match v {
                    B::People | B::Equipment | B::Traffic | B::Marketing => {}
                },
            ),
        ),
        (
            "tier",
            every(&[T::TrafficDriver, T::Profit, T::Strategic], |v| match v {
                T::TrafficDriver | T::Profit | T::Strategic => {}
            }),
        ),
        (
            "segment kind",
            every(
                &[
                    S::Opening,
                    S::ProductExplanation,
                    S::Interaction,
                    S::ClosingSale,
                    S::WrapUp,
                    S::Break,
                ],
                |v| match v {
                    S::Opening
                    | S::ProductExplanation
                    | S::Interaction
                    | S::ClosingSale
                    | S::WrapUp
                    | S::Break => {}
                },
            ),
        ),
        (
            "interaction kind",
            every(
                &[I::LuckyDraw, I::QAndA, I::Vote, I::LikeGoal],
                |v| match v {
                    I::LuckyDraw | I::QAndA | I::Vote | I::LikeGoal => {}
                },
            ),
        ),
        (
            "cue kind",
            every(
                &[Q::Explain, Q::Interact, Q::CloseSale, Q::Offer, Q::Other],
                |v| match v {
                    Q::Explain | Q::Interact | Q::CloseSale | Q::Offer | Q::Other => {}
                },
            ),
        ),
        (
            "timer status",
            every(
                &[St::Ready, St::Running, St::Paused, St::Finished],
                |v| match v {
                    St::Ready | St::Running | St::Paused | St::Finished => {}
                },
            ),
        ),
    ]
}

/// The enum values a workspace uses, by the same names as [`enum_values`].
fn used_enum_values(ws: &Workspace) -> Vec<(&'static str, BTreeSet<String>)> {
    let plans = &ws.plans;
    let segments: Vec<&Segment> = ws
        .shows
        .iter()
        .filter_map(|s| s.script.as_ref())
        .flat_map(|s| &s.segments)
        .chain(ws.templates.iter().flat_map(|t| &t.segments))
        .collect();
    let roles = plans
        .iter()
        .flat_map(|p| p.team.iter().map(|m| m.role))
        .chain(
            ws.shows
                .iter()
                .flat_map(|s| s.assignments.iter().map(|a| a.role)),
        )
        .chain(
            plans
                .iter()
                .flat_map(|p| p.emergency_plans.iter().filter_map(|e| e.owner)),
        )
        .chain(segments.iter().filter_map(|s| s.owner));
    vec![
        (
            "platform",
            tags(
                plans
                    .iter()
                    .map(|p| p.platform)
                    .chain(ws.shows.iter().map(|s| s.platform)),
            ),
        ),
        ("role", tags(roles)),
        (
            "phase kind",
            tags(plans.iter().flat_map(|p| p.phases.iter().map(|x| x.kind))),
        ),
        (
            "checklist category",
            tags(
                plans
                    .iter()
                    .flat_map(|p| p.checklist.iter().map(|x| x.category)),
            ),
        ),
        (
            "risk category",
            tags(
                plans
                    .iter()
                    .flat_map(|p| p.risks.iter().map(|x| x.category)),
            ),
        ),
        (
            "emergency",
            tags(
                plans
                    .iter()
                    .flat_map(|p| p.emergency_plans.iter().map(|x| x.situation)),
            ),
        ),
        (
            "budget category",
            tags(
                plans
                    .iter()
                    .flat_map(|p| p.budget.iter().map(|x| x.category)),
            ),
        ),
        (
            "tier",
            tags(plans.iter().flat_map(|p| p.lineup.iter().map(|x| x.tier))),
        ),
        ("segment kind", tags(segments.iter().map(|s| s.kind))),
        (
            "interaction kind",
            tags(segments.iter().filter_map(|s| s.interaction)),
        ),
        (
            "cue kind",
            tags(segments.iter().flat_map(|s| s.cues.iter().map(|c| c.kind))),
        ),
        (
            "timer status",
            tags(
                ws.shows
                    .iter()
                    .filter_map(|s| s.timer.as_ref().map(|t| t.status)),
            ),
        ),
    ]
}

fn read_workspace(text: &str) -> Workspace {
    match Document::read(text).unwrap().payload {
        Payload::Workspace(ws) => ws,
        other => panic!("not a workspace: {other:?}"),
    }
}

#[test]
fn the_workspace_fixture_and_the_example_use_every_enum_value() {
    let example = read_file(&manifest_dir().join("../../docs/example.livedesk.json"));
    for (what, text) in [
        ("the workspace fixture", workspace_fixture_text()),
        ("docs/example.livedesk.json", example),
    ] {
        let ws = read_workspace(&text);
        assert!(!ws.plans.is_empty() && !ws.shows.is_empty(), "{what}");
        assert!(
            !ws.templates.is_empty() && !ws.products.is_empty(),
            "{what}"
        );
        assert!(ws.shows.iter().any(|s| s.actuals.is_some()), "{what}");
        assert!(
            ws.shows
                .iter()
                .filter_map(|s| s.script.as_ref())
                .any(|s| s.segments.iter().any(|seg| !seg.cues.is_empty())),
            "{what}"
        );
        for ((name, all), (_, used)) in enum_values().into_iter().zip(used_enum_values(&ws)) {
            let missing: Vec<&String> = all.difference(&used).collect();
            assert!(missing.is_empty(), "{what} uses no {name} {missing:?}");
        }
    }
}

/// Every key LiveDesk writes, collected from the saved fixtures (which write
/// every field, defaults included).
fn written_keys() -> BTreeSet<String> {
    fn walk(value: &serde_json::Value, keys: &mut BTreeSet<String>) {
        match value {
            serde_json::Value::Object(map) => {
                for (key, child) in map {
                    keys.insert(key.clone());
                    walk(child, keys);
                }
            }
            serde_json::Value::Array(items) => items.iter().for_each(|v| walk(v, keys)),
            _ => {}
        }
    }
    let mut keys = BTreeSet::new();
    for (_, path) in fixture_files() {
        let doc = Document::read(&read_file(&path)).unwrap();
        walk(&serde_json::from_str(&doc.to_json()).unwrap(), &mut keys);
    }
    keys
}

#[test]
fn the_format_doc_names_every_field_and_every_enum_value() {
    let doc = read_file(&manifest_dir().join("../../docs/file-format.md"));
    let keys = written_keys();
    assert!(keys.len() > 80, "{keys:?}");
    let missing: Vec<&String> = keys
        .iter()
        .filter(|k| !doc.contains(&format!("`{k}`")))
        .collect();
    assert!(
        missing.is_empty(),
        "docs/file-format.md does not describe {missing:?}"
    );
    for (name, values) in enum_values() {
        let missing: Vec<&String> = values
            .iter()
            .filter(|v| !doc.contains(&format!("`{v}`")))
            .collect();
        assert!(
            missing.is_empty(),
            "docs/file-format.md lacks the {name} values {missing:?}"
        );
    }
    // The limits it quotes are the ones the code enforces.
    use livedesk_core::limits::*;
    for (what, shown) in [
        ("MAX_NAME_CHARS", MAX_NAME_CHARS.to_string()),
        ("MAX_TEXT_CHARS", group(MAX_TEXT_CHARS as u64)),
        ("MAX_LIST_ITEMS", group(MAX_LIST_ITEMS as u64)),
        ("MAX_SHOWS", group(MAX_SHOWS as u64)),
        ("MAX_SEGMENTS", MAX_SEGMENTS.to_string()),
        ("MAX_COUNT", group(MAX_COUNT)),
        ("MAX_SEGMENT_SECONDS", group(MAX_SEGMENT_SECONDS.into())),
        ("MAX_SHOW_MINUTES", group(MAX_SHOW_MINUTES.into())),
        ("MAX_THRESHOLD_SECONDS", group(MAX_THRESHOLD_SECONDS.into())),
        ("MAX_SHOWS_PER_WEEK", MAX_SHOWS_PER_WEEK.to_string()),
        ("MAX_FILE_BYTES", group(MAX_FILE_BYTES as u64)),
        ("MAX_TIMER_RUNS", group(MAX_TIMER_RUNS as u64)),
        ("YEARS", format!("{}–{}", YEARS.start(), YEARS.end())),
    ] {
        assert!(doc.contains(&shown), "docs lack {what} = {shown}");
    }
    assert_eq!(MAX_MONEY, 1e11, "docs/file-format.md says money ≤ 1e11");
    assert_eq!(MAX_FILE_BYTES, 10 * 1024 * 1024, "docs say 10 MiB");
    // It describes the current schema, its fixtures and how it came to be.
    for shown in [
        format!("This page describes **schema version {SCHEMA}**"),
        format!("schema **{SCHEMA}**"),
        format!("fixtures/v{SCHEMA}/"),
        format!("| {SCHEMA} |"),
        format!("v{} → v{SCHEMA}", SCHEMA - 1),
    ] {
        assert!(
            doc.contains(&shown),
            "docs/file-format.md should describe schema {SCHEMA}: it lacks {shown:?}"
        );
    }
}

/// 1234567 → "1,234,567", as the docs write numbers.
fn group(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}
