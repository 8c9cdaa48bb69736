//! Regression tests for bugs found while writing the format tests: arrays read
//! as objects, a newer file not called newer, add-as-copy mixing ids across
//! lists, `from_template` left on the old template, and products missing from
//! what a workspace replace lists, and (with schema 2) a timer log refused by
//! the shape check, and duplicate keys dropped in older-schema files (all fixed).

use livedesk_core::document::{Document, Payload, SCHEMA};
use livedesk_core::model::*;
use livedesk_core::problem::ReadError;
use livedesk_core::transfer::{self, ImportMode};
use serde_json::{json, Value};

const WORKSPACE: &str = include_str!("fixtures/v1/workspace.livedesk.json");
const PLAN: &str = include_str!("fixtures/v1/plan.livedesk.json");

fn id(raw: &str) -> Id {
    Id::new(raw).unwrap()
}

fn stored() -> Workspace {
    match Document::read(WORKSPACE).unwrap().payload {
        Payload::Workspace(ws) => ws,
        other => panic!("{other:?}"),
    }
}

/// Bug 1 (fixed): a JSON array is accepted wherever an object is expected.
///
/// serde's derived `Deserialize` for structs also accepts a sequence (fields
/// by position), and serde_json's `deserialize_struct` takes `[` as well as
/// `{`. So `"data": []` reads as an empty workspace (a Replace import of it
/// would empty the user's workspace, after the usual confirmation), and a
/// plan written as `["p1", "名", "douyin"]` or even the whole envelope written
/// as `["livedesk", "workspace", 1, "<time>", {}]` is accepted. The format
/// (docs/file-format.md) only allows objects; wrong types must be refused.
///
/// Fix: make struct deserialization go through `deserialize_map`, e.g. wrap
/// the `serde_json::Deserializer` in a small adapter (like the one
/// serde_path_to_error uses) whose `deserialize_struct` forwards to the inner
/// `deserialize_map` — also for nested values, by wrapping the `MapAccess` /
/// `SeqAccess` seeds — or add `#[serde(deserialize_with)]`-free guards by
/// deserializing through a `Value` and checking that every struct position
/// holds an object.
#[test]
fn bug_json_arrays_are_accepted_in_place_of_objects() {
    let envelope = |data: &str| {
        format!(
            r#"{{"format":"livedesk","kind":"workspace","schema":1,"saved_at":"2024-01-01T00:00:00Z","data":{data}}}"#
        )
    };
    let cases = [
        ("data as []", envelope("[]")),
        (
            "plans as positional arrays",
            envelope(r#"[[["p1","名","douyin"]]]"#),
        ),
        (
            "the whole envelope as an array",
            r#"["livedesk","workspace",1,"2024-01-01T00:00:00Z",{}]"#.to_owned(),
        ),
        (
            "settings as an array",
            envelope(r#"{"settings":[120,60,true,false]}"#),
        ),
        ("targets as []", {
            let mut value: Value = serde_json::from_str(WORKSPACE).unwrap();
            value["data"]["plans"][0]["targets"] = json!([]);
            value.to_string()
        }),
    ];
    let accepted: Vec<&str> = cases
        .iter()
        .filter(|(_, input)| Document::read(input).is_ok())
        .map(|(name, _)| *name)
        .collect();
    assert!(
        accepted.is_empty(),
        "arrays accepted as objects: {accepted:?}"
    );
}

/// Bug 2 (fixed): a newer file is not always recognised as newer.
///
/// The header is read with `deny_unknown_fields` and the kind is checked
/// before the schema, so a file from a future LiveDesk that adds an envelope
/// key (say `"generator"`) or a new kind (say `"report"`) is refused as
/// "unknown field" / "unknown value" instead of "saved by a newer version,
/// update the app" (design §2: a newer file is refused with a clear message).
///
/// Fix: in `Document::read`, first read a lenient probe `{format, schema}`
/// (no `deny_unknown_fields`); if `schema > SCHEMA` return `NewerSchema`
/// before the strict header and the kind are checked.
#[test]
fn bug_a_newer_file_with_a_new_envelope_key_or_kind_is_not_called_newer() {
    let newer = u64::from(SCHEMA) + 1;
    let with_key = format!(
        r#"{{"format":"livedesk","kind":"workspace","schema":{newer},"saved_at":"2030-01-01T00:00:00Z","generator":"LiveDesk 3.0","data":{{}}}}"#
    );
    let with_kind = format!(
        r#"{{"format":"livedesk","kind":"report","schema":{newer},"saved_at":"2030-01-01T00:00:00Z","data":{{}}}}"#
    );
    for input in [with_key, with_kind] {
        let got = Document::read(&input);
        assert!(
            matches!(got, Err(ReadError::NewerSchema { .. })),
            "{input}\n  gives {got:?}"
        );
    }
}

/// Bug 3 (fixed): "add as copy" mixes up references when two lists share an id.
///
/// Ids only have to be unique within their own list, so another tool may well
/// number products 1, 2… and checklist items 1, 2… too. `Renewer` keeps one
/// `HashMap<Id, Id>` for everything, so the later list's new id overwrites the
/// earlier one and references follow the wrong thing: here the lineup and the
/// script name the new ids of checklist items instead of the copied products,
/// and the show's assignments point at checklist items instead of the team.
///
/// Fix: keep one map per id space (products, plans, phases, team, checklist,
/// templates…), e.g. `HashMap<(Space, Id), Id>`, and look references up in
/// the space they point into.
#[test]
fn bug_add_as_copy_confuses_references_when_ids_repeat_across_lists() {
    let mut value: Value = serde_json::from_str(PLAN).unwrap();
    let data = &mut value["data"];
    data["products"][0]["id"] = json!("1");
    data["products"][1]["id"] = json!("2");
    data["plan"]["lineup"][0]["product_id"] = json!("1");
    data["plan"]["lineup"][1]["product_id"] = json!("2");
    data["plan"]["phases"][0]["id"] = json!("1");
    data["plan"]["checklist"][0]["id"] = json!("1");
    data["plan"]["checklist"][1]["id"] = json!("2");
    data["plan"]["team"][0]["id"] = json!("1");
    data["plan"]["team"][1]["id"] = json!("2");
    data["shows"][0]["checklist_done"] = json!(["1"]);
    data["shows"][0]["assignments"] = json!([
        {"member_id": "1", "role": "anchor"},
        {"member_id": "2", "role": "assistant_host"}
    ]);
    data["shows"][0]["script"]["segments"][1]["product_id"] = json!("1");
    data["shows"][0]["script"]["segments"][2]["product_id"] = json!("2");
    let doc = Document::read(&value.to_string()).expect("ids may repeat across lists");

    let current = stored();
    let preview = transfer::prepare_import(
        &current,
        &doc,
        ImportMode::AddAsCopy,
        &mut SequentialIds::new("n"),
    )
    .unwrap();
    let ws = &preview.result;
    let plan = ws.plans.last().unwrap();
    let products = &ws.products[current.products.len()..];
    let show = &ws.shows[current.shows.len()];

    let mut wrong = Vec::new();
    let lineup: Vec<&Id> = plan.lineup.iter().map(|l| &l.product_id).collect();
    if lineup != [&products[0].id, &products[1].id] {
        wrong.push(format!("lineup names {lineup:?}, not the copied products"));
    }
    let segment = |i: usize| show.script.as_ref().unwrap().segments[i].product_id.clone();
    if [segment(1), segment(2)] != [Some(products[0].id.clone()), Some(products[1].id.clone())] {
        wrong.push("script segments name something other than the copied products".into());
    }
    if show.checklist_done != [plan.checklist[0].id.clone()] {
        wrong.push(format!(
            "ticked {:?}, not the copied checklist item",
            show.checklist_done
        ));
    }
    let members: Vec<&Id> = show.assignments.iter().map(|a| &a.member_id).collect();
    if members != [&plan.team[0].id, &plan.team[1].id] {
        wrong.push(format!("assigned {members:?}, not the copied team"));
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// Bug 4 (fixed): a backup added as a copy leaves `script.from_template` pointing
/// at the original template.
///
/// `Renewer::workspace` renews shows before templates, so when a show's
/// `from_template` is looked up the template's new id is not known yet and the
/// old id stays: the copied show claims to come from the *original* template
/// (or from one that does not exist in this workspace).
///
/// Fix: in `Renewer::workspace`, renew templates before shows.
#[test]
fn bug_a_backup_added_as_copy_keeps_from_template_on_the_old_template() {
    let current = stored();
    let doc = Document::read(WORKSPACE).unwrap();
    let preview = transfer::prepare_import(
        &current,
        &doc,
        ImportMode::AddAsCopy,
        &mut SequentialIds::new("c"),
    )
    .unwrap();
    let ws = &preview.result;
    let copied_template = &ws.templates[current.templates.len()];
    let copied_show = &ws.shows[current.shows.len()];
    assert_eq!(
        copied_show.script.as_ref().unwrap().from_template.as_ref(),
        Some(&copied_template.id),
        "the copied show should name the copied template"
    );
}

/// Bug 5 (fixed): replacing the whole workspace does not warn when only products
/// (or settings) would be lost.
///
/// `prepare_import` lists replaced plans, templates and shows, but not
/// products. A workspace holding only a product catalogue, replaced by a
/// backup with other products, gives `replaced == []` and
/// `destroys_data() == false`, so the UI may not ask before the catalogue is
/// gone.
///
/// Fix: in the `(Workspace, Replace)` arm also list
/// `current.products` (at least those not identical in the incoming
/// workspace), or compute `replaced` as "everything in current that is not
/// unchanged in result".
#[test]
fn bug_replacing_the_workspace_does_not_warn_about_lost_products() {
    let catalogue = Workspace {
        products: stored().products,
        ..Workspace::default()
    };
    let incoming = Workspace {
        products: vec![Product {
            id: id("other"),
            name: "别的商品".into(),
            sku: String::new(),
            category: String::new(),
            price: 1.0,
            live_price: 1.0,
            stock: 1,
            margin_rate: 0.1,
            coupon: String::new(),
            selling_points: Vec::new(),
            compliance_note: String::new(),
        }],
        ..Workspace::default()
    };
    let doc = Document::workspace("2024-01-01T00:00:00Z".parse().unwrap(), incoming);
    let preview = transfer::prepare_import(
        &catalogue,
        &doc,
        ImportMode::Replace,
        &mut SequentialIds::new("x"),
    )
    .unwrap();
    assert_eq!(
        preview.result.products.len(),
        1,
        "the catalogue is replaced"
    );
    assert!(
        preview.destroys_data(),
        "3 products would be lost, yet replaced = {:?}",
        preview.replaced
    );
}

/// Bug 6 (fixed): a show's timer log made the whole document unreadable.
///
/// Schema 2 added `timer.log`, a list, but the shape check that refuses
/// arrays in place of objects (`shape::LIST_FIELDS` in
/// crates/core/src/shape.rs) did not list `log`. So as soon as a timer had
/// been started and the workspace saved, reading it back failed with
/// `data.shows[i].timer.log: wrong type (invalid type: array, expected an
/// object or a single value)`: the stored copy would be moved aside as
/// unreadable on the next load, and no backup or plan with a timer could be
/// imported.
///
/// Fix: `"log"` in `LIST_FIELDS`. Every new list field must be added there.
#[test]
fn bug_a_saved_timer_log_makes_the_document_unreadable() {
    use livedesk_core::timer::TimerState;
    let mut ws = stored();
    let show = &mut ws.shows[0];
    let segments = show.script.as_ref().unwrap().segments.clone();
    let mut timer = TimerState::new();
    timer.start(&segments, 1_720_180_800_000);
    timer.next(&segments, 1_720_181_100_000);
    show.timer = Some(timer);
    let saved_at = "2024-07-05T12:20:00Z".parse().unwrap();
    let doc = Document::workspace(saved_at, ws);
    assert_eq!(doc.validate(), Ok(()));
    let text = doc.to_json();
    assert_eq!(Document::read(&text), Ok(doc), "{}", &text[..200]);
    // An empty log (a ready timer) too.
    let mut ws = stored();
    ws.shows[0].timer = Some(TimerState::new());
    let doc = Document::workspace(saved_at, ws);
    assert_eq!(Document::read(&doc.to_json()), Ok(doc));
}

/// Bug 7 (open): duplicate keys in a file of an older schema are silently
/// dropped (the last one wins) instead of refused.
///
/// `Document::read` catches duplicate keys through the typed read of the
/// text. A file of an older schema is first parsed into a `serde_json::Map`
/// for the migration steps and typed from that map re-serialized, and a map
/// keeps only the last of two equal keys. Since schema 2, every v1 file takes
/// that path: `"planned_seconds": 900, "planned_seconds": 60` silently reads
/// as 60 (here then failing on the cues, which no longer fit), and a
/// duplicated plan `name` reads as the second name, where the docs promise
/// "a key that appears twice in one object is an error".
///
/// Fix (one place for every schema): make the shape pass that already walks
/// every object (`NoList::visit_map` in crates/core/src/shape.rs) refuse a
/// key it has seen in the same object, with serde's wording so `classify`
/// maps it to `Problem::DuplicateField` at the object's path:
/// `let mut seen = HashSet::new();` and, after each `next_key`,
/// `if !seen.insert(key.clone()) { return Err(de::Error::custom(format_args!("duplicate field `{key}`"))); }`.
/// Then drop `DUPLICATES_LOST_BY_MIGRATION` in read_errors.rs.
#[test]
fn bug_duplicate_keys_in_an_older_schema_file_are_silently_dropped() {
    use livedesk_core::problem::{FieldError, Problem};
    let v1 = WORKSPACE;
    assert!(v1.contains("\"schema\": 1,") && SCHEMA > 1);
    for (from, to, path, key) in [
        (
            "\"name\": \"2024 夏季抖音直播计划\",",
            "\"name\": \"2024 夏季抖音直播计划\", \"name\": \"另一个\",",
            "data.plans[0]",
            "name",
        ),
        (
            "\"planned_seconds\": 900,",
            "\"planned_seconds\": 900, \"planned_seconds\": 60,",
            "data.shows[0].script.segments[1]",
            "planned_seconds",
        ),
        (
            "\"review_notes\": \"开场留人不错，逼单环节太短。\"",
            "\"review_notes\": \"x\", \"review_notes\": \"开场留人不错，逼单环节太短。\"",
            "data.shows[0]",
            "review_notes",
        ),
    ] {
        let input = v1.replacen(from, to, 1);
        assert_ne!(input, v1);
        assert_eq!(
            Document::read(&input),
            Err(ReadError::Invalid(vec![FieldError {
                path: path.to_owned(),
                problem: Problem::DuplicateField(key.to_owned()),
            }])),
            "{key}"
        );
    }
}
