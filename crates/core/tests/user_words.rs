//! No Rust type name reaches a user. Every value of every fixture is replaced
//! in turn by values of every other JSON kind (and every key removed), and
//! each refusal's message, in both languages, is searched for the names of
//! the core's types and of Rust's primitive types and for serde's own words.
//! A valid JSON file is never called "not valid JSON" either.

use std::collections::BTreeSet;

use livedesk_core::document::{Document, Kind};
use livedesk_core::problem::{Expected, FieldError, Found, Problem, ReadError};
use livedesk_core::Lang;
use serde_json::{json, Value};

const FIXTURES: [&str; 9] = [
    include_str!("fixtures/v1/workspace.livedesk.json"),
    include_str!("fixtures/v1/plan.livedesk.json"),
    include_str!("fixtures/v1/template.livedesk.json"),
    include_str!("fixtures/v2/workspace.livedesk.json"),
    include_str!("fixtures/v2/plan.livedesk.json"),
    include_str!("fixtures/v2/template.livedesk.json"),
    include_str!("fixtures/v3/workspace.livedesk.json"),
    include_str!("fixtures/v3/plan.livedesk.json"),
    include_str!("fixtures/v3/template.livedesk.json"),
];

/// The sources whose `pub struct` and `pub enum` names must stay unseen.
const SOURCES: [&str; 10] = [
    include_str!("../src/document/mod.rs"),
    include_str!("../src/model/mod.rs"),
    include_str!("../src/model/ids.rs"),
    include_str!("../src/model/plan.rs"),
    include_str!("../src/model/product.rs"),
    include_str!("../src/model/script.rs"),
    include_str!("../src/model/show.rs"),
    include_str!("../src/model/workspace.rs"),
    include_str!("../src/timer.rs"),
    include_str!("../src/prefs.rs"),
];

/// Words of Rust and serde that mean nothing to someone editing JSON.
const RUST_WORDS: &[&str] = &[
    "u8",
    "u16",
    "u32",
    "u64",
    "u128",
    "usize",
    "i8",
    "i16",
    "i32",
    "i64",
    "i128",
    "isize",
    "f32",
    "f64",
    "bool",
    "struct",
    "enum",
    "Option",
    "Vec",
    "String",
    "str",
    "sequence",
    "map",
    "variant",
    "identifier",
    "ident",
    "borrowed",
    "unit",
    "tuple",
    "elements",
    "formatted",
    "NaiveDate",
    "NaiveDateTime",
    "DateTime",
    "Utc",
];

fn type_names() -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for source in SOURCES {
        for line in source.lines() {
            let line = line.trim_start();
            for prefix in [
                "pub struct ",
                "pub enum ",
                "pub(crate) struct ",
                "struct ",
                "enum ",
            ] {
                if let Some(rest) = line.strip_prefix(prefix) {
                    let name: String = rest
                        .chars()
                        .take_while(|c| c.is_alphanumeric() || *c == '_')
                        .collect();
                    names.insert(name);
                }
            }
        }
    }
    names
}

/// Every JSON pointer in the value; of each array, the first item only.
fn pointers(value: &Value, at: String, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, inner) in map {
                let pointer = format!("{at}/{key}");
                out.push(pointer.clone());
                pointers(inner, pointer, out);
            }
        }
        Value::Array(items) => {
            if let Some(first) = items.first() {
                let pointer = format!("{at}/0");
                out.push(pointer.clone());
                pointers(first, pointer, out);
            }
        }
        _ => {}
    }
}

fn wrong_values() -> Vec<Value> {
    vec![
        json!([]),
        json!({}),
        json!("x"),
        json!(5),
        json!(-1),
        json!(1.5),
        json!(true),
        Value::Null,
        json!(300),
        json!([1]),
        json!([{}]),
        json!({"douyin": 1}),
        json!(1e300),
    ]
}

/// The files: each fixture with one value replaced or one key removed.
fn broken_files() -> Vec<String> {
    let mut files = Vec::new();
    for text in FIXTURES {
        let base: Value = serde_json::from_str(text).unwrap();
        let mut all = Vec::new();
        pointers(&base, String::new(), &mut all);
        for pointer in all {
            for wrong in wrong_values() {
                let mut value = base.clone();
                *value.pointer_mut(&pointer).unwrap() = wrong;
                files.push(value.to_string());
            }
            let (parent, key) = pointer.rsplit_once('/').unwrap();
            let mut value = base.clone();
            if let Some(object) = value.pointer_mut(parent).and_then(Value::as_object_mut) {
                object.remove(key);
                files.push(value.to_string());
            }
        }
    }
    files
}

#[test]
fn no_message_names_a_rust_type_and_valid_json_is_never_called_broken() {
    let names = type_names();
    for expected in ["PlanBundle", "Workspace", "Show", "TimerState", "Platform"] {
        assert!(
            names.contains(expected),
            "{expected} not found in the sources"
        );
    }
    let forbidden: BTreeSet<&str> = names
        .iter()
        .map(String::as_str)
        .chain(RUST_WORDS.iter().copied())
        .collect();
    let files = broken_files();
    assert!(files.len() > 5_000, "{} files", files.len());
    let mut refused = 0;
    let mut bad = BTreeSet::new();
    for file in &files {
        let results = [
            Document::read(file),
            Document::read_kind(file, Kind::Workspace),
        ];
        for error in results.into_iter().filter_map(Result::err) {
            refused += 1;
            if let ReadError::NotJson { .. } = error {
                bad.insert(format!("valid JSON called broken: {file}"));
            }
            for lang in [Lang::ZhCn, Lang::En] {
                let message = error.message(lang);
                let words = message.split(|c: char| !(c.is_alphanumeric() || c == '_'));
                for word in words.filter(|w| forbidden.contains(w)) {
                    bad.insert(format!("{word:?} in {message:?}"));
                }
            }
        }
    }
    assert!(refused > 5_000, "only {refused} refused");
    let shown: Vec<&String> = bad.iter().take(30).collect();
    assert!(
        bad.is_empty(),
        "{} bad messages, e.g. {shown:#?}",
        bad.len()
    );
}

#[test]
fn data_as_an_array_names_the_field_and_what_belongs_there() {
    for text in FIXTURES {
        let mut value: Value = serde_json::from_str(text).unwrap();
        value["data"] = json!([]);
        let error = Document::read(&value.to_string()).unwrap_err();
        assert_eq!(
            error,
            ReadError::Invalid(vec![FieldError {
                path: "data".into(),
                problem: Problem::WrongType {
                    expected: Expected::Object,
                    found: Found::Array,
                },
            }]),
            "{}",
            value["kind"]
        );
        let zh = error.message(Lang::ZhCn);
        assert!(
            zh.contains("字段 data：应为对象 {…}，实际是数组 […]"),
            "{zh}"
        );
        let en = error.message(Lang::En);
        assert!(
            en.contains("data: must be an object {…}, not an array […]"),
            "{en}"
        );
    }
}

#[test]
fn wrong_kinds_are_told_in_json_words() {
    let text = FIXTURES[3];
    let with = |pointer: &str, new: Value| {
        let mut value: Value = serde_json::from_str(text).unwrap();
        *value.pointer_mut(pointer).unwrap() = new;
        match Document::read(&value.to_string()) {
            Err(ReadError::Invalid(errors)) => errors[0].clone(),
            other => panic!("{pointer}: {other:?}"),
        }
    };
    let cases = [
        (
            "/data/shows/0/platform",
            json!(5),
            "data.shows[0].platform",
            Expected::Name,
            Found::Number("5".into()),
        ),
        (
            "/data/shows/0/platform",
            json!([]),
            "data.shows[0].platform",
            Expected::Name,
            Found::Array,
        ),
        (
            "/data/shows/0/platform",
            json!({"douyin": 1}),
            "data.shows[0].platform",
            Expected::Name,
            Found::Object,
        ),
        (
            "/data/plans/0",
            json!([1]),
            "data.plans[0]",
            Expected::NotArray,
            Found::Array,
        ),
        (
            "/data/plans/0/targets",
            json!([]),
            "data.plans[0].targets",
            Expected::Object,
            Found::Array,
        ),
        (
            "/data/shows/0/starts_at",
            json!("tomorrow"),
            "data.shows[0].starts_at",
            Expected::DateTime,
            Found::Text("tomorrow".into()),
        ),
        (
            "/data/plans/0/phases/0/end",
            json!(5),
            "data.plans[0].phases[0].end",
            Expected::Date,
            Found::Number("5".into()),
        ),
        (
            "/data/products/0/stock",
            json!(-1),
            "data.products[0].stock",
            Expected::Count { max: None },
            Found::Number("-1".into()),
        ),
        (
            "/data/plans/0/phases/0/shows_per_week",
            json!(300),
            "data.plans[0].phases[0].shows_per_week",
            Expected::Count { max: Some(255) },
            Found::Number("300".into()),
        ),
        (
            "/data/products/0/price",
            json!("198"),
            "data.products[0].price",
            Expected::Number,
            Found::Text("198".into()),
        ),
        (
            "/data/plans/0/name",
            Value::Null,
            "data.plans[0].name",
            Expected::Text,
            Found::Null,
        ),
        (
            "/data/plans",
            json!({}),
            "data.plans",
            Expected::Array,
            Found::Object,
        ),
    ];
    for (pointer, new, path, expected, found) in cases {
        assert_eq!(
            with(pointer, new),
            FieldError {
                path: path.into(),
                problem: Problem::WrongType { expected, found },
            },
            "{pointer}"
        );
    }
    let error = with("/data/shows/0/platform", json!(5));
    assert_eq!(
        error.message(Lang::En),
        "data.shows[0].platform: must be one of the names the format lists, in quotes, not the number 5"
    );
    assert_eq!(
        error.message(Lang::ZhCn),
        "字段 data.shows[0].platform：应为规定的名称之一（带引号的文字），实际是数字 5"
    );
}
