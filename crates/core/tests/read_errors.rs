//! Bad inputs give the specific error, naming the field (path) and the reason.
//! Each case starts from a valid fixture and breaks one thing; every case is
//! run on the fixtures of every schema version, since a file of an older
//! schema (read through the migration path) must be refused just as strictly.

use livedesk_core::document::{Document, Kind, SCHEMA};
use livedesk_core::limits::*;
use livedesk_core::problem::{Expected, FieldError, Found, Problem, ReadError};
use livedesk_core::Lang;
use serde_json::{json, Value};

const WORKSPACE: &str = include_str!("fixtures/v1/workspace.livedesk.json");
const PLAN: &str = include_str!("fixtures/v1/plan.livedesk.json");
const TEMPLATE: &str = include_str!("fixtures/v1/template.livedesk.json");
const WORKSPACE_V2: &str = include_str!("fixtures/v2/workspace.livedesk.json");
const PLAN_V2: &str = include_str!("fixtures/v2/plan.livedesk.json");
const TEMPLATE_V2: &str = include_str!("fixtures/v2/template.livedesk.json");
const WORKSPACE_V3: &str = include_str!("fixtures/v3/workspace.livedesk.json");
const PLAN_V3: &str = include_str!("fixtures/v3/plan.livedesk.json");
const TEMPLATE_V3: &str = include_str!("fixtures/v3/template.livedesk.json");

/// The fixtures of one schema version.
struct Fixtures {
    schema: u32,
    workspace: &'static str,
    plan: &'static str,
    template: &'static str,
}

const VERSIONS: [Fixtures; 3] = [
    Fixtures {
        schema: 1,
        workspace: WORKSPACE,
        plan: PLAN,
        template: TEMPLATE,
    },
    Fixtures {
        schema: 2,
        workspace: WORKSPACE_V2,
        plan: PLAN_V2,
        template: TEMPLATE_V2,
    },
    Fixtures {
        schema: 3,
        workspace: WORKSPACE_V3,
        plan: PLAN_V3,
        template: TEMPLATE_V3,
    },
];

fn parse(text: &str) -> Value {
    serde_json::from_str(text).unwrap()
}

/// The fixture with the value at a JSON pointer replaced.
fn set(text: &str, pointer: &str, new: Value) -> String {
    let mut value = parse(text);
    *value
        .pointer_mut(pointer)
        .unwrap_or_else(|| panic!("no {pointer}")) = new;
    value.to_string()
}

/// The fixture with one key removed from the object at a JSON pointer.
fn remove(text: &str, pointer: &str, key: &str) -> String {
    let mut value = parse(text);
    let object = value.pointer_mut(pointer).unwrap().as_object_mut().unwrap();
    assert!(object.remove(key).is_some(), "no {pointer}/{key}");
    value.to_string()
}

/// The fixture with a key added to the object at a JSON pointer.
fn add(text: &str, pointer: &str, key: &str, new: Value) -> String {
    let mut value = parse(text);
    let object = value.pointer_mut(pointer).unwrap().as_object_mut().unwrap();
    object.insert(key.to_owned(), new);
    value.to_string()
}

/// A textual edit, for what a `Value` cannot hold (duplicate keys, `1e400`).
fn replace_once(text: &str, from: &str, to: &str) -> String {
    assert!(text.contains(from), "fixture lacks {from:?}");
    text.replacen(from, to, 1)
}

enum Want {
    /// Exactly one field error, with this path and problem.
    Field(&'static str, Problem),
    /// This whole-file error.
    Whole(ReadError),
    /// A whole-file error of this shape.
    WholeLike(&'static str, fn(&ReadError) -> bool),
}

struct Case {
    name: String,
    input: String,
    want: Want,
}

fn case(name: &str, input: String, want: Want) -> Case {
    Case {
        name: name.to_owned(),
        input,
        want,
    }
}

fn range(min: f64, max: f64) -> Problem {
    Problem::OutOfRange { min, max }
}

/// Every case, on the fixtures of every schema version.
fn cases() -> Vec<Case> {
    assert_eq!(VERSIONS.last().unwrap().schema, SCHEMA);
    VERSIONS
        .iter()
        .flat_map(|fixtures| {
            cases_for(fixtures).into_iter().map(|mut case| {
                case.name = format!("v{}: {}", fixtures.schema, case.name);
                case
            })
        })
        .collect()
}

fn cases_for(fixtures: &Fixtures) -> Vec<Case> {
    use Problem as P;
    use Want::*;
    let w = fixtures.workspace;
    let (plan, template) = (fixtures.plan, fixtures.template);
    let schema_line = format!("\"schema\": {},", fixtures.schema);
    let long_name = "名".repeat(MAX_NAME_CHARS + 1);
    let long_text = "x".repeat(MAX_TEXT_CHARS + 1);
    let cases = vec![
        // ---- Unknown keys, wrong types, bad enums: named by serde's path.
        case(
            "unknown key __proto__ in a plan",
            add(w, "/data/plans/0", "__proto__", json!({"polluted": true})),
            Field(
                "data.plans[0].__proto__",
                P::UnknownField("__proto__".into()),
            ),
        ),
        case(
            "unknown key constructor in a product",
            add(w, "/data/products/0", "constructor", json!("x")),
            Field(
                "data.products[0].constructor",
                P::UnknownField("constructor".into()),
            ),
        ),
        case(
            "unknown key in a cue",
            add(
                w,
                "/data/shows/0/script/segments/1/cues/0",
                "colour",
                json!("red"),
            ),
            Field(
                "data.shows[0].script.segments[1].cues[0].colour",
                P::UnknownField("colour".into()),
            ),
        ),
        case(
            "unknown key in data",
            add(w, "/data", "customers", json!([])),
            Field("data.customers", P::UnknownField("customers".into())),
        ),
        case(
            "unknown key in the envelope",
            add(w, "", "author", json!("me")),
            Field("author", P::UnknownField("author".into())),
        ),
        case(
            "unknown platform",
            set(w, "/data/plans/0/platform", json!("tiktok")),
            Field("data.plans[0].platform", P::UnknownValue("tiktok".into())),
        ),
        case(
            "unknown platform of a show",
            set(w, "/data/shows/2/platform", json!("Douyin")),
            Field("data.shows[2].platform", P::UnknownValue("Douyin".into())),
        ),
        case(
            "unknown segment kind",
            set(w, "/data/templates/0/segments/0/kind", json!("intro")),
            Field(
                "data.templates[0].segments[0].kind",
                P::UnknownValue("intro".into()),
            ),
        ),
        case(
            "unknown kind",
            set(w, "/kind", json!("spreadsheet")),
            Field("kind", P::UnknownValue("spreadsheet".into())),
        ),
        case(
            "price as a string",
            set(w, "/data/products/0/price", json!("198")),
            Field(
                "data.products[0].price",
                P::WrongType {
                    expected: Expected::Number,
                    found: Found::Text("198".into()),
                },
            ),
        ),
        case(
            "negative count",
            set(w, "/data/products/0/stock", json!(-1)),
            Field(
                "data.products[0].stock",
                P::WrongType {
                    expected: Expected::Count { max: None },
                    found: Found::Number("-1".into()),
                },
            ),
        ),
        case(
            "null name",
            set(w, "/data/plans/0/name", Value::Null),
            Field(
                "data.plans[0].name",
                P::WrongType {
                    expected: Expected::Text,
                    found: Found::Null,
                },
            ),
        ),
        case(
            "shows_per_week beyond u8",
            set(w, "/data/plans/0/phases/0/shows_per_week", json!(300)),
            Field(
                "data.plans[0].phases[0].shows_per_week",
                P::WrongType {
                    expected: Expected::Count { max: Some(255) },
                    found: Found::Number("300".into()),
                },
            ),
        ),
        case(
            "missing plan name",
            remove(w, "/data/plans/0", "name"),
            Field("data.plans[0]", P::MissingField("name".into())),
        ),
        case(
            "missing show start",
            remove(w, "/data/shows/1", "starts_at"),
            Field("data.shows[1]", P::MissingField("starts_at".into())),
        ),
        case(
            "missing data",
            remove(w, "", "data"),
            Field(".", P::MissingField("data".into())),
        ),
        case(
            "duplicate key in a plan",
            replace_once(
                w,
                "\"name\": \"2024 夏季抖音直播计划\",",
                "\"name\": \"2024 夏季抖音直播计划\", \"name\": \"另一个\",",
            ),
            Field("data.plans[0]", P::DuplicateField("name".into())),
        ),
        case(
            "duplicate key in the envelope",
            replace_once(w, &schema_line, &format!("{schema_line} {schema_line}")),
            Field(".", P::DuplicateField("schema".into())),
        ),
        case(
            "duplicate key deep in a segment",
            replace_once(
                w,
                "\"planned_seconds\": 900,",
                "\"planned_seconds\": 900, \"planned_seconds\": 60,",
            ),
            Field(
                "data.shows[0].script.segments[1]",
                P::DuplicateField("planned_seconds".into()),
            ),
        ),
        // ---- Ranges, checked after typing.
        case(
            "negative price",
            set(w, "/data/products/0/price", json!(-1)),
            Field("data.products[0].price", P::Negative),
        ),
        case(
            "negative budget line",
            set(w, "/data/plans/0/budget/1/spent", json!(-0.01)),
            Field("data.plans[0].budget[1].spent", P::Negative),
        ),
        case(
            "negative GMV target",
            set(w, "/data/plans/0/targets/monthly_gmv", json!(-5)),
            Field("data.plans[0].targets.monthly_gmv", P::Negative),
        ),
        case(
            "absurd price",
            set(w, "/data/products/1/live_price", json!(MAX_MONEY * 10.0)),
            Field("data.products[1].live_price", range(0.0, MAX_MONEY)),
        ),
        case(
            "margin rate 1.5",
            set(w, "/data/products/0/margin_rate", json!(1.5)),
            Field("data.products[0].margin_rate", range(0.0, 1.0)),
        ),
        case(
            "click-through rate 1.5 (a percentage typed as 150?)",
            set(w, "/data/plans/0/targets/click_through_rate", json!(1.5)),
            Field("data.plans[0].targets.click_through_rate", range(0.0, 1.0)),
        ),
        case(
            "conversion rate as a percentage",
            set(w, "/data/plans/0/targets/conversion_rate", json!(5)),
            Field("data.plans[0].targets.conversion_rate", range(0.0, 1.0)),
        ),
        case(
            "count beyond MAX_COUNT",
            set(w, "/data/shows/0/actuals/viewers", json!(MAX_COUNT + 1)),
            Field(
                "data.shows[0].actuals.viewers",
                range(0.0, MAX_COUNT as f64),
            ),
        ),
        case(
            "segment of zero seconds",
            set(
                w,
                "/data/shows/0/script/segments/2/planned_seconds",
                json!(0),
            ),
            Field(
                "data.shows[0].script.segments[2].planned_seconds",
                range(1.0, MAX_SEGMENT_SECONDS.into()),
            ),
        ),
        case(
            "segment of five hours",
            set(
                w,
                "/data/templates/0/segments/1/planned_seconds",
                json!(5 * 3600),
            ),
            Field(
                "data.templates[0].segments[1].planned_seconds",
                range(1.0, MAX_SEGMENT_SECONDS.into()),
            ),
        ),
        case(
            "show longer than a day",
            set(
                w,
                "/data/shows/1/planned_minutes",
                json!(MAX_SHOW_MINUTES + 1),
            ),
            Field(
                "data.shows[1].planned_minutes",
                range(1.0, MAX_SHOW_MINUTES.into()),
            ),
        ),
        case(
            "cue at or after the end of its segment (900 s)",
            set(
                w,
                "/data/shows/0/script/segments/1/cues/2/at_seconds",
                json!(900),
            ),
            Field(
                "data.shows[0].script.segments[1].cues[2].at_seconds",
                range(0.0, 899.0),
            ),
        ),
        case(
            "more shows per week than three a day",
            set(w, "/data/plans/0/phases/3/shows_per_week", json!(22)),
            Field(
                "data.plans[0].phases[3].shows_per_week",
                range(0.0, MAX_SHOWS_PER_WEEK.into()),
            ),
        ),
        case(
            "checklist item due more than a year before",
            set(w, "/data/plans/0/checklist/0/days_before", json!(367)),
            Field("data.plans[0].checklist[0].days_before", range(0.0, 366.0)),
        ),
        case(
            "danger threshold above warning",
            set(w, "/data/settings/danger_seconds", json!(121)),
            Field("data.settings.danger_seconds", range(0.0, 120.0)),
        ),
        case(
            "warning threshold above an hour",
            set(
                w,
                "/data/settings/warning_seconds",
                json!(MAX_THRESHOLD_SECONDS + 1),
            ),
            Field(
                "data.settings.warning_seconds",
                range(0.0, MAX_THRESHOLD_SECONDS.into()),
            ),
        ),
        case(
            "phase ends before it starts",
            set(w, "/data/plans/0/phases/1/end", json!("2024-06-01")),
            Field("data.plans[0].phases[1].end", P::EndBeforeStart),
        ),
        case(
            "phase in the year 1999",
            set(w, "/data/plans/0/phases/0/start", json!("1999-12-31")),
            Field("data.plans[0].phases[0].start", P::BadDate),
        ),
        case(
            "show in the year 2101",
            set(w, "/data/shows/1/starts_at", json!("2101-01-01T20:00:00")),
            Field("data.shows[1].starts_at", P::BadDate),
        ),
        case(
            "cues out of order",
            set(
                w,
                "/data/shows/0/script/segments/1/cues/1/at_seconds",
                json!(800),
            ),
            Field("data.shows[0].script.segments[1].cues", P::OutOfOrder),
        ),
        // ---- Text and list limits.
        case(
            "plan name over the limit (Chinese, counted in characters)",
            set(w, "/data/plans/0/name", json!(long_name)),
            Field(
                "data.plans[0].name",
                P::TooLong {
                    max: MAX_NAME_CHARS,
                },
            ),
        ),
        case(
            "review notes over the limit",
            set(w, "/data/shows/0/review_notes", json!(long_text)),
            Field(
                "data.shows[0].review_notes",
                P::TooLong {
                    max: MAX_TEXT_CHARS,
                },
            ),
        ),
        case(
            "a line of a script over the limit",
            set(
                w,
                "/data/shows/0/script/segments/0/lines/1",
                json!(long_text),
            ),
            Field(
                "data.shows[0].script.segments[0].lines[1]",
                P::TooLong {
                    max: MAX_TEXT_CHARS,
                },
            ),
        ),
        case(
            "a theme over the limit",
            set(w, "/data/plans/0/themes/0", json!(long_name)),
            Field(
                "data.plans[0].themes[0]",
                P::TooLong {
                    max: MAX_NAME_CHARS,
                },
            ),
        ),
        case(
            "too many segments",
            {
                let mut value = parse(w);
                let one = value["data"]["templates"][0]["segments"][0].clone();
                let many: Vec<Value> = (0..=MAX_SEGMENTS)
                    .map(|i| {
                        let mut s = one.clone();
                        s["id"] = json!(format!("s{i}"));
                        s
                    })
                    .collect();
                value["data"]["templates"][0]["segments"] = Value::Array(many);
                value.to_string()
            },
            Field(
                "data.templates[0].segments",
                P::TooMany { max: MAX_SEGMENTS },
            ),
        ),
        case(
            "too many selling points",
            set(
                w,
                "/data/products/0/selling_points",
                json!(vec!["好"; MAX_LIST_ITEMS + 1]),
            ),
            Field(
                "data.products[0].selling_points",
                P::TooMany {
                    max: MAX_LIST_ITEMS,
                },
            ),
        ),
        // ---- Ids.
        case(
            "duplicate product ids",
            set(w, "/data/products/1/id", json!("prod-tea")),
            Field("data.products[1]", P::DuplicateId("prod-tea".into())),
        ),
        case(
            "duplicate phase ids",
            set(w, "/data/plans/0/phases/2/id", json!("phase-prep")),
            Field(
                "data.plans[0].phases[2]",
                P::DuplicateId("phase-prep".into()),
            ),
        ),
        case(
            "duplicate segment ids",
            set(w, "/data/shows/0/script/segments/3/id", json!("seg-open")),
            Field(
                "data.shows[0].script.segments[3]",
                P::DuplicateId("seg-open".into()),
            ),
        ),
        case(
            "a product twice in a lineup",
            set(w, "/data/plans/0/lineup/2/product_id", json!("prod-sample")),
            Field(
                "data.plans[0].lineup[2]",
                P::DuplicateId("prod-sample".into()),
            ),
        ),
        case(
            "malformed id",
            set(w, "/data/products/0/id", json!("prod tea")),
            Field("data.products[0].id", P::BadId),
        ),
        case(
            "empty id",
            set(w, "/data/shows/0/plan_id", json!("")),
            Field("data.shows[0].plan_id", P::BadId),
        ),
        case(
            "id with markup",
            set(
                w,
                "/data/shows/0/checklist_done/0",
                json!("<img src=x onerror=alert(1)>"),
            ),
            Field("data.shows[0].checklist_done[0].id", P::BadId),
        ),
        // ---- The envelope.
        case(
            "saved_at not a time",
            set(w, "/saved_at", json!("yesterday")),
            Field(
                "saved_at",
                P::WrongType {
                    expected: Expected::Instant,
                    found: Found::Text("yesterday".into()),
                },
            ),
        ),
        case(
            "schema 0",
            set(w, "/schema", json!(0)),
            Field("schema", range(1.0, SCHEMA.into())),
        ),
        case(
            "schema as text",
            set(w, "/schema", json!("1")),
            Field(
                "schema",
                P::WrongType {
                    expected: Expected::Count { max: None },
                    found: Found::Text("1".into()),
                },
            ),
        ),
        case(
            "another format",
            set(w, "/format", json!("otherapp")),
            Whole(ReadError::NotLiveDesk),
        ),
        case(
            "a package.json",
            r#"{"name": "my-app", "version": "1.0.0"}"#.to_owned(),
            Whole(ReadError::NotLiveDesk),
        ),
        case(
            "a JSON list",
            "[1, 2, 3]".to_owned(),
            Whole(ReadError::NotLiveDesk),
        ),
        case(
            "a JSON string",
            r#""livedesk""#.to_owned(),
            Whole(ReadError::NotLiveDesk),
        ),
        case(
            "an empty object",
            "{}".to_owned(),
            Whole(ReadError::NotLiveDesk),
        ),
        case(
            "the format alone",
            r#"{"format": "livedesk"}"#.to_owned(),
            Field(".", P::MissingField("kind".into())),
        ),
        case(
            "newer schema",
            set(w, "/schema", json!(SCHEMA + 1)),
            Whole(ReadError::NewerSchema {
                found: (SCHEMA + 1).into(),
                supported: SCHEMA,
            }),
        ),
        // ---- Not JSON at all, or too much of it.
        case(
            "truncated file",
            w[..w.len() / 2].to_owned(),
            WholeLike("NotJson", |e| matches!(e, ReadError::NotJson { .. })),
        ),
        case(
            "file cut before the last brace",
            w.trim_end().trim_end_matches('}').to_owned(),
            WholeLike("NotJson", |e| matches!(e, ReadError::NotJson { .. })),
        ),
        case(
            "empty file",
            String::new(),
            Whole(ReadError::NotJson { line: 1, column: 0 }),
        ),
        case(
            "trailing garbage",
            format!("{w}\n{{}}"),
            WholeLike("NotJson", |e| matches!(e, ReadError::NotJson { .. })),
        ),
        case(
            "a number too large for f64 (1e400)",
            // serde_json refuses the number while parsing ("number out of
            // range"), a syntax-level error, so it is reported as NotJson with
            // its position, not as a field problem.
            replace_once(w, "\"price\": 198,", "\"price\": 1e400,"),
            WholeLike("NotJson", |e| matches!(e, ReadError::NotJson { .. })),
        ),
        case(
            "NaN",
            replace_once(w, "\"price\": 198,", "\"price\": NaN,"),
            WholeLike("NotJson", |e| matches!(e, ReadError::NotJson { .. })),
        ),
        case(
            "deep nesting",
            replace_once(
                w,
                "\"themes\": [",
                &format!("\"themes\": [{}", "[".repeat(10_000)),
            ),
            WholeLike("NotJson", |e| matches!(e, ReadError::NotJson { .. })),
        ),
        case(
            "over the size limit",
            format!("{w}{}", " ".repeat(MAX_FILE_BYTES + 1 - w.len())),
            Whole(ReadError::TooLarge {
                bytes: MAX_FILE_BYTES + 1,
                limit: MAX_FILE_BYTES,
            }),
        ),
        // ---- Plan and template files: their paths start at data.plan / data.template.
        case(
            "plan file: negative budget",
            set(plan, "/data/plan/budget/0/planned", json!(-300)),
            Field("data.plan.budget[0].planned", P::Negative),
        ),
        case(
            "plan file: unknown key in a show",
            add(plan, "/data/shows/1", "host", json!("x")),
            Field("data.shows[1].host", P::UnknownField("host".into())),
        ),
        case(
            "plan file: duplicate show ids",
            set(plan, "/data/shows/1/id", json!("sh-1")),
            Field("data.shows[1]", P::DuplicateId("sh-1".into())),
        ),
        case(
            "plan file: missing plan",
            remove(plan, "/data", "plan"),
            Field("data", P::MissingField("plan".into())),
        ),
        case(
            "template file: cues out of order",
            set(
                template,
                "/data/template/segments/1/cues/0/at_seconds",
                json!(601),
            ),
            Field("data.template.segments[1].cues", P::OutOfOrder),
        ),
        case(
            "template file: margin over 1",
            set(template, "/data/products/0/margin_rate", json!(45)),
            Field("data.products[0].margin_rate", range(0.0, 1.0)),
        ),
        case(
            "template file: a workspace's data under kind template",
            set(template, "/kind", json!("workspace")),
            Field("data.template", P::UnknownField("template".into())),
        ),
    ];
    cases
}

#[test]
fn each_bad_input_gives_its_specific_error() {
    let mut failures = Vec::new();
    for Case { name, input, want } in cases() {
        let got = Document::read(&input);
        let ok = match (&want, &got) {
            (Want::Field(path, problem), Err(ReadError::Invalid(errors))) => {
                errors
                    == &vec![FieldError {
                        path: (*path).to_owned(),
                        problem: problem.clone(),
                    }]
            }
            (Want::Whole(expected), Err(err)) => expected == err,
            (Want::WholeLike(_, check), Err(err)) => check(err),
            _ => false,
        };
        if !ok {
            let want = match &want {
                Want::Field(path, problem) => format!("{path}: {problem:?}"),
                Want::Whole(err) => format!("{err:?}"),
                Want::WholeLike(what, _) => what.to_string(),
            };
            failures.push(format!(
                "{name}\n    want {want}\n    got  {:?}",
                got.map(|d| d.kind())
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn field_errors_name_the_path_in_both_languages() {
    for Case { name, input, want } in cases() {
        let Want::Field(path, _) = want else {
            continue;
        };
        let err = Document::read(&input).unwrap_err();
        for lang in Lang::ALL {
            let message = err.message(lang);
            assert!(
                message.contains(path),
                "{name}: {lang:?} message lacks {path}: {message}"
            );
        }
        let zh = err.message(Lang::ZhCn);
        assert!(zh.contains("字段") && zh.contains("未导入"), "{name}: {zh}");
    }
}

#[test]
fn every_error_has_a_message_in_both_languages() {
    for Case { name, input, .. } in cases() {
        let err = Document::read(&input).unwrap_err();
        let zh = err.message(Lang::ZhCn);
        let en = err.message(Lang::En);
        assert!(!zh.trim().is_empty() && !en.trim().is_empty(), "{name}");
        assert_ne!(zh, en, "{name}: not translated");
        // Hostile or huge values are cut short in messages.
        assert!(zh.chars().count() < 400, "{name}: {zh}");
    }
}

#[test]
fn huge_values_are_cut_short_in_messages() {
    let huge = "毒".repeat(100_000);
    let input = set(WORKSPACE, "/data/plans/0/platform", json!(huge));
    let err = Document::read(&input).unwrap_err();
    let ReadError::Invalid(errors) = &err else {
        panic!("{err:?}")
    };
    let problem = &errors[0].problem;
    let Problem::UnknownValue(shown) = problem else {
        panic!("{problem:?}")
    };
    assert!(shown.chars().count() <= 81, "{}", shown.chars().count());
    assert!(err.message(Lang::ZhCn).chars().count() < 300);
}

#[test]
fn several_problems_are_all_reported_up_to_a_cap() {
    let mut value = parse(WORKSPACE);
    value["data"]["products"][0]["price"] = json!(-1);
    value["data"]["products"][1]["margin_rate"] = json!(2);
    let Err(ReadError::Invalid(errors)) = Document::read(&value.to_string()) else {
        panic!("expected field errors")
    };
    let paths: Vec<&str> = errors.iter().map(|e| e.path.as_str()).collect();
    assert_eq!(
        paths,
        ["data.products[0].price", "data.products[1].margin_rate"]
    );

    let one = value["data"]["products"][0].clone();
    let products: Vec<Value> = (0..50)
        .map(|i| {
            let mut p = one.clone();
            p["id"] = json!(format!("p{i}"));
            p
        })
        .collect();
    value["data"]["products"] = Value::Array(products);
    let Err(ReadError::Invalid(errors)) = Document::read(&value.to_string()) else {
        panic!("expected field errors")
    };
    assert_eq!(errors.len(), 20, "the report is capped");
    assert_eq!(errors[0].path, "data.products[0].price");
}

#[test]
fn limits_are_inclusive() {
    let at_limit = [
        set(
            WORKSPACE,
            "/data/plans/0/name",
            json!("名".repeat(MAX_NAME_CHARS)),
        ),
        set(
            WORKSPACE,
            "/data/shows/0/review_notes",
            json!("注".repeat(MAX_TEXT_CHARS)),
        ),
        set(WORKSPACE, "/data/products/0/margin_rate", json!(1.0)),
        set(WORKSPACE, "/data/products/0/price", json!(0)),
        set(WORKSPACE, "/data/products/0/live_price", json!(MAX_MONEY)),
        set(WORKSPACE, "/data/products/0/stock", json!(MAX_COUNT)),
        set(
            WORKSPACE,
            "/data/shows/1/planned_minutes",
            json!(MAX_SHOW_MINUTES),
        ),
        set(
            WORKSPACE,
            "/data/templates/0/segments/0/planned_seconds",
            json!(MAX_SEGMENT_SECONDS),
        ),
        set(WORKSPACE, "/data/settings/danger_seconds", json!(120)),
        set(WORKSPACE, "/data/plans/0/phases/1/end", json!("2024-06-17")),
        set(
            WORKSPACE,
            "/data/shows/1/starts_at",
            json!("2100-12-31T23:59:59"),
        ),
        set(WORKSPACE, "/data/products/0/id", json!("a".repeat(64))),
        set(
            WORKSPACE,
            "/data/shows/0/script/segments/1/cues/1/at_seconds",
            json!(0),
        ),
    ];
    for (i, input) in at_limit.iter().enumerate() {
        if let Err(e) = Document::read(input) {
            panic!("case {i}: {e:?}");
        }
    }
    // Whitespace padding up to exactly the limit is fine too.
    let padded = format!(
        "{WORKSPACE}{}",
        " ".repeat(MAX_FILE_BYTES - WORKSPACE.len())
    );
    assert!(Document::read(&padded).is_ok());
}

#[test]
fn read_kind_refuses_another_kind() {
    for (text, found) in [
        (WORKSPACE, Kind::Workspace),
        (PLAN, Kind::Plan),
        (TEMPLATE, Kind::Template),
    ] {
        for expected in [Kind::Workspace, Kind::Plan, Kind::Template] {
            let got = Document::read_kind(text, expected);
            if expected == found {
                assert_eq!(got.map(|d| d.kind()), Ok(found));
            } else {
                let err = got.unwrap_err();
                assert_eq!(err, ReadError::WrongKind { expected, found });
                for lang in Lang::ALL {
                    let message = err.message(lang);
                    assert!(message.contains(expected.label(lang)), "{message}");
                    assert!(message.contains(found.label(lang)), "{message}");
                }
            }
        }
    }
    // A read error wins over the kind check.
    assert!(matches!(
        Document::read_kind("{", Kind::Plan),
        Err(ReadError::NotJson { .. })
    ));
}

// ---- The segment timer of a show (schema 2), from the v2 workspace fixture:
// show 0 (6 segments) has a finished timer with 8 runs, show 3 has no script
// and a ready timer.

fn timer_runs(count: usize) -> Value {
    let runs: Vec<Value> = (0..count as i64)
        .map(|i| {
            let start = 1_720_180_895_000 + i * 1_000;
            json!({
                "segment_id": "seg-open",
                "index": 0,
                "started_at_ms": start,
                "ended_at_ms": start + 1_000
            })
        })
        .collect();
    Value::Array(runs)
}

/// Whether a field error's problem is the expected one.
type ProblemCheck = Box<dyn Fn(&Problem) -> bool>;

#[test]
fn timer_problems_name_the_field() {
    use Problem as P;
    let w = WORKSPACE_V3;
    let wrong_type = |p: &Problem| matches!(p, P::WrongType { .. });
    let cases: Vec<(&str, String, &str, ProblemCheck)> = vec![
        (
            "current past the last segment",
            set(w, "/data/shows/0/timer/current", json!(7)),
            "data.shows[0].timer.current",
            Box::new(|p| p == &range(0.0, 6.0)),
        ),
        (
            "current on a show without a script",
            add(w, "/data/shows/3/timer", "current", json!(1)),
            "data.shows[3].timer.current",
            Box::new(|p| p == &range(0.0, 0.0)),
        ),
        (
            "a run that ends before it starts",
            set(
                w,
                "/data/shows/0/timer/log/2/ended_at_ms",
                json!(1_720_182_196_899_i64),
            ),
            "data.shows[0].timer.log[2].ended_at_ms",
            Box::new(|p| p == &P::EndBeforeStart),
        ),
        (
            "a negative pause",
            set(w, "/data/shows/0/timer/log/1/paused_ms", json!(-1)),
            "data.shows[0].timer.log[1].paused_ms",
            Box::new(|p| p == &P::Negative),
        ),
        (
            "a malformed segment id in the log",
            set(w, "/data/shows/0/timer/log/0/segment_id", json!("seg open")),
            "data.shows[0].timer.log[0].segment_id",
            Box::new(|p| p == &P::BadId),
        ),
        (
            "too many runs",
            set(w, "/data/shows/0/timer/log", timer_runs(MAX_TIMER_RUNS + 1)),
            "data.shows[0].timer.log",
            Box::new(|p| {
                p == &P::TooMany {
                    max: MAX_TIMER_RUNS,
                }
            }),
        ),
        (
            "an unknown status",
            set(w, "/data/shows/0/timer/status", json!("stopped")),
            "data.shows[0].timer.status",
            Box::new(|p| p == &P::UnknownValue("stopped".into())),
        ),
        (
            "a status in capitals",
            set(w, "/data/shows/0/timer/status", json!("Running")),
            "data.shows[0].timer.status",
            Box::new(|p| p == &P::UnknownValue("Running".into())),
        ),
        (
            "no status",
            remove(w, "/data/shows/0/timer", "status"),
            "data.shows[0].timer",
            Box::new(|p| p == &P::MissingField("status".into())),
        ),
        (
            "an unknown key in the timer",
            add(w, "/data/shows/0/timer", "remaining_ms", json!(1)),
            "data.shows[0].timer.remaining_ms",
            Box::new(|p| p == &P::UnknownField("remaining_ms".into())),
        ),
        (
            "an unknown key in a run",
            add(w, "/data/shows/0/timer/log/0", "note", json!("x")),
            "data.shows[0].timer.log[0].note",
            Box::new(|p| p == &P::UnknownField("note".into())),
        ),
        (
            "a run without its start",
            remove(w, "/data/shows/0/timer/log/0", "started_at_ms"),
            "data.shows[0].timer.log[0]",
            Box::new(|p| p == &P::MissingField("started_at_ms".into())),
        ),
        (
            "an instant with a fraction",
            set(w, "/data/shows/0/timer/log/0/started_at_ms", json!(1.5)),
            "data.shows[0].timer.log[0].started_at_ms",
            Box::new(wrong_type),
        ),
        (
            "an instant as text",
            set(
                w,
                "/data/shows/0/timer/show_started_at_ms",
                json!("2024-07-05T12:01:35Z"),
            ),
            "data.shows[0].timer.show_started_at_ms",
            Box::new(wrong_type),
        ),
        (
            "a negative current",
            set(w, "/data/shows/0/timer/current", json!(-1)),
            "data.shows[0].timer.current",
            Box::new(wrong_type),
        ),
        (
            "a log that is not a list",
            set(w, "/data/shows/0/timer/log", json!({})),
            "data.shows[0].timer.log",
            Box::new(wrong_type),
        ),
    ];
    let mut failures = Vec::new();
    for (name, input, path, check) in &cases {
        match Document::read(input) {
            Err(ReadError::Invalid(errors))
                if errors.len() == 1 && errors[0].path == *path && check(&errors[0].problem) => {}
            other => failures.push(format!("{name}\n    want {path}\n    got  {other:?}")),
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn timer_limits_are_inclusive() {
    let w = WORKSPACE_V3;
    let at_limit = [
        ("the fixture itself", w.to_owned()),
        (
            "exactly the most runs",
            set(w, "/data/shows/0/timer/log", timer_runs(MAX_TIMER_RUNS)),
        ),
        (
            "current one past the last segment",
            set(w, "/data/shows/0/timer/current", json!(6)),
        ),
        (
            "a run that ends as it starts",
            set(
                w,
                "/data/shows/0/timer/log/2/ended_at_ms",
                json!(1_720_182_196_900_i64),
            ),
        ),
        (
            "removed time",
            set(w, "/data/shows/0/timer/log/1/added_ms", json!(-900_000)),
        ),
        ("an empty log", set(w, "/data/shows/0/timer/log", json!([]))),
        (
            "only a status",
            set(w, "/data/shows/0/timer", json!({"status": "ready"})),
        ),
        ("a null timer", set(w, "/data/shows/0/timer", json!(null))),
    ];
    for (name, input) in at_limit {
        if let Err(e) = Document::read(&input) {
            panic!("{name}: {e:?}");
        }
    }
}
