//! Import (add as copy, replace) and export of backups, plans and templates.
//! An import only ever builds a preview beside the current workspace; these
//! tests check the preview's result and that the current workspace is untouched.

use std::collections::{BTreeSet, HashMap};

use chrono::{DateTime, Utc};
use livedesk_core::document::{Document, Kind, Payload, PlanBundle, TemplateBundle};
use livedesk_core::limits::MAX_SHOWS;
use livedesk_core::model::*;
use livedesk_core::problem::{FieldError, Problem, ReadError};
use livedesk_core::transfer::{self, ImportError, ImportMode, ImportPreview, List, ResultProblem};
use livedesk_core::Lang;

const WORKSPACE: &str = include_str!("fixtures/v1/workspace.livedesk.json");
const PLAN: &str = include_str!("fixtures/v1/plan.livedesk.json");
const TEMPLATE: &str = include_str!("fixtures/v1/template.livedesk.json");

fn read(text: &str) -> Document {
    Document::read(text).unwrap()
}

fn stored() -> Workspace {
    match read(WORKSPACE).payload {
        Payload::Workspace(ws) => ws,
        other => panic!("{other:?}"),
    }
}

fn plan_bundle() -> PlanBundle {
    match read(PLAN).payload {
        Payload::Plan(bundle) => *bundle,
        other => panic!("{other:?}"),
    }
}

fn template_bundle() -> TemplateBundle {
    match read(TEMPLATE).payload {
        Payload::Template(bundle) => *bundle,
        other => panic!("{other:?}"),
    }
}

fn at() -> DateTime<Utc> {
    "2024-09-01T08:00:00Z".parse().unwrap()
}

fn plan_doc(bundle: PlanBundle) -> Document {
    Document {
        saved_at: at(),
        payload: Payload::Plan(Box::new(bundle)),
    }
}

fn id(raw: &str) -> Id {
    Id::new(raw).unwrap()
}

/// Imports, checking the invariants every import keeps: the current workspace
/// is unchanged and the result is a valid workspace.
fn import(
    current: &Workspace,
    doc: &Document,
    mode: ImportMode,
    ids: &mut dyn IdSource,
) -> ImportPreview {
    let before = current.clone();
    let preview = transfer::prepare_import(current, doc, mode, ids)
        .unwrap_or_else(|e| panic!("import failed: {e:?}"));
    assert_eq!(
        current, &before,
        "prepare_import changed the current workspace"
    );
    assert_eq!(
        Document::workspace(at(), preview.result.clone()).validate(),
        Ok(())
    );
    assert_eq!(preview.before, current.counts());
    assert_eq!(preview.after, preview.result.counts());
    assert_eq!(preview.kind, doc.kind());
    assert_eq!(preview.mode, mode);
    preview
}

/// Every id defined (not referenced) by a plan.
fn plan_ids(plan: &Plan) -> Vec<Id> {
    let mut ids = vec![plan.id.clone()];
    ids.extend(plan.phases.iter().map(|x| x.id.clone()));
    ids.extend(plan.team.iter().map(|x| x.id.clone()));
    ids.extend(plan.checklist.iter().map(|x| x.id.clone()));
    ids.extend(plan.risks.iter().map(|x| x.id.clone()));
    ids.extend(plan.emergency_plans.iter().map(|x| x.id.clone()));
    ids.extend(plan.budget.iter().map(|x| x.id.clone()));
    ids
}

fn show_ids(show: &Show) -> Vec<Id> {
    let mut ids = vec![show.id.clone()];
    if let Some(script) = &show.script {
        ids.extend(script.segments.iter().map(|s| s.id.clone()));
    }
    ids
}

fn workspace_ids(ws: &Workspace) -> BTreeSet<Id> {
    let mut ids = BTreeSet::new();
    ws.plans.iter().for_each(|p| ids.extend(plan_ids(p)));
    ws.shows.iter().for_each(|s| ids.extend(show_ids(s)));
    for t in &ws.templates {
        ids.insert(t.id.clone());
        ids.extend(t.segments.iter().map(|s| s.id.clone()));
    }
    ids.extend(ws.products.iter().map(|p| p.id.clone()));
    ids
}

fn product_named<'a>(ws: &'a Workspace, name: &str, among: &[Product]) -> &'a Product {
    let candidates: Vec<&Product> = ws
        .products
        .iter()
        .filter(|p| p.name == name && among.iter().any(|a| a.id == p.id))
        .collect();
    assert_eq!(candidates.len(), 1, "{name}");
    candidates[0]
}

// ---- Add as copy.

#[test]
fn a_plan_added_as_copy_gets_new_ids_and_its_references_follow() {
    let current = stored();
    let bundle = plan_bundle();
    let old_ids: BTreeSet<Id> = plan_ids(&bundle.plan)
        .into_iter()
        .chain(bundle.shows.iter().flat_map(show_ids))
        .chain(bundle.products.iter().map(|p| p.id.clone()))
        .collect();
    let mut ids = SequentialIds::new("n");
    let preview = import(
        &current,
        &plan_doc(bundle.clone()),
        ImportMode::AddAsCopy,
        &mut ids,
    );
    let ws = &preview.result;

    assert_eq!(preview.title, "秋季快手计划");
    assert!(preview.replaced.is_empty() && !preview.destroys_data());
    let (b, a) = (preview.before, preview.after);
    assert_eq!(
        (a.plans, a.shows, a.templates, a.products),
        (b.plans + 1, b.shows + 2, b.templates, b.products + 2)
    );
    // What was there is still there, unchanged and first.
    assert_eq!(ws.plans[..current.plans.len()], current.plans[..]);
    assert_eq!(ws.shows[..current.shows.len()], current.shows[..]);
    assert_eq!(ws.products[..current.products.len()], current.products[..]);

    let plan = ws.plans.last().unwrap();
    let new_products = &ws.products[current.products.len()..];
    let new_shows = &ws.shows[current.shows.len()..];
    // Every id is new: neither the file's nor any already in the workspace.
    let existing = workspace_ids(&current);
    let fresh: Vec<Id> = plan_ids(plan)
        .into_iter()
        .chain(new_shows.iter().flat_map(show_ids))
        .chain(new_products.iter().map(|p| p.id.clone()))
        .collect();
    assert_eq!(fresh.len(), old_ids.len());
    for new in &fresh {
        assert!(new.as_str().starts_with("n-"), "{new} was not renewed");
        assert!(!old_ids.contains(new) && !existing.contains(new), "{new}");
    }
    assert_eq!(
        fresh.iter().collect::<BTreeSet<_>>().len(),
        fresh.len(),
        "new ids repeat"
    );

    // References follow: lineup and segments name the copied products.
    let mooncake = product_named(ws, "流心月饼礼盒", new_products);
    let tea = product_named(ws, "桂花乌龙 100g", new_products);
    let lineup: Vec<&Id> = plan.lineup.iter().map(|l| &l.product_id).collect();
    assert_eq!(lineup, [&mooncake.id, &tea.id]);
    let first = &new_shows[0];
    let segment_products: Vec<Option<&Id>> = first
        .script
        .as_ref()
        .unwrap()
        .segments
        .iter()
        .map(|s| s.product_id.as_ref())
        .collect();
    assert_eq!(segment_products, [None, Some(&mooncake.id), Some(&tea.id)]);
    // Shows point at the copied plan, its checklist and its team.
    for show in new_shows {
        assert_eq!(show.plan_id.as_ref(), Some(&plan.id));
    }
    let coupons = plan
        .checklist
        .iter()
        .find(|c| c.text == "设置中秋满减券")
        .unwrap();
    assert_eq!(first.checklist_done, std::slice::from_ref(&coupons.id));
    let member = |name: &str| {
        plan.team
            .iter()
            .find(|m| m.name == name)
            .unwrap()
            .id
            .clone()
    };
    let assigned: Vec<Id> = first
        .assignments
        .iter()
        .map(|a| a.member_id.clone())
        .collect();
    assert_eq!(assigned, [member("小林"), member("阿杰")]);
    // The content itself is the file's.
    assert_eq!(plan.name, bundle.plan.name);
    assert_eq!(plan.targets, bundle.plan.targets);
    assert_eq!(plan.phases.len(), bundle.plan.phases.len());
    assert_eq!(mooncake.live_price, 128.0);
}

#[test]
fn the_same_plan_added_twice_gives_two_independent_plans() {
    let doc = plan_doc(plan_bundle());
    let mut ids = SequentialIds::new("n");
    let current = stored();
    let once = import(&current, &doc, ImportMode::AddAsCopy, &mut ids);
    let twice = import(&once.result, &doc, ImportMode::AddAsCopy, &mut ids);
    let ws = &twice.result;
    assert_eq!(ws.plans.len(), current.plans.len() + 2);
    assert_eq!(ws.shows.len(), current.shows.len() + 4);
    assert_eq!(ws.products.len(), current.products.len() + 4);

    let copies: Vec<&Plan> = ws
        .plans
        .iter()
        .filter(|p| p.name == "秋季快手计划")
        .collect();
    assert_eq!(copies.len(), 2);
    let (one, two) = (copies[0], copies[1]);
    let one_ids: BTreeSet<Id> = plan_ids(one).into_iter().collect();
    let two_ids: BTreeSet<Id> = plan_ids(two).into_iter().collect();
    assert!(one_ids.is_disjoint(&two_ids), "the copies share ids");
    let one_lineup: BTreeSet<&Id> = one.lineup.iter().map(|l| &l.product_id).collect();
    let two_lineup: BTreeSet<&Id> = two.lineup.iter().map(|l| &l.product_id).collect();
    assert!(
        one_lineup.is_disjoint(&two_lineup),
        "the copies share products"
    );

    // Each copy's shows point at their own plan and its own checklist and team.
    for plan in [one, two] {
        let shows: Vec<&Show> = ws
            .shows
            .iter()
            .filter(|s| s.plan_id.as_ref() == Some(&plan.id))
            .collect();
        assert_eq!(shows.len(), 2);
        let checklist: BTreeSet<&Id> = plan.checklist.iter().map(|c| &c.id).collect();
        let team: BTreeSet<&Id> = plan.team.iter().map(|m| &m.id).collect();
        for show in shows {
            assert!(show.checklist_done.iter().all(|c| checklist.contains(c)));
            assert!(show.assignments.iter().all(|a| team.contains(&a.member_id)));
        }
    }
    // A later Replace of the first copy leaves the second alone.
    let mut edited = PlanBundle {
        plan: one.clone(),
        shows: Vec::new(),
        products: Vec::new(),
    };
    edited.plan.name = "改过的副本".into();
    let replaced = import(ws, &plan_doc(edited), ImportMode::Replace, &mut ids);
    assert!(replaced.result.plans.contains(two));
    assert_eq!(
        replaced
            .result
            .shows
            .iter()
            .filter(|s| s.plan_id.as_ref() == Some(&two.id))
            .count(),
        2
    );
}

#[test]
fn a_backup_added_as_copy_doubles_the_workspace_with_consistent_references() {
    let current = stored();
    let doc = read(WORKSPACE);
    let preview = import(
        &current,
        &doc,
        ImportMode::AddAsCopy,
        &mut SequentialIds::new("c"),
    );
    let ws = &preview.result;
    assert!(preview.replaced.is_empty());
    assert_eq!(preview.title, "");
    assert_eq!(ws.plans.len(), 2 * current.plans.len());
    assert_eq!(ws.shows.len(), 2 * current.shows.len());
    assert_eq!(ws.templates.len(), 2 * current.templates.len());
    assert_eq!(ws.products.len(), 2 * current.products.len());
    assert_eq!(
        ws.settings, current.settings,
        "settings stay the current ones"
    );

    let copy_plan = &ws.plans[current.plans.len()];
    let copy_products: BTreeSet<&Id> = ws.products[current.products.len()..]
        .iter()
        .map(|p| &p.id)
        .collect();
    assert!(copy_plan
        .lineup
        .iter()
        .all(|l| copy_products.contains(&l.product_id)));
    for show in &ws.shows[current.shows.len()..] {
        if let Some(plan_id) = &show.plan_id {
            assert_eq!(plan_id, &copy_plan.id);
        }
        for segment in show.script.iter().flat_map(|s| &s.segments) {
            if let Some(product) = &segment.product_id {
                assert!(copy_products.contains(product), "{product}");
            }
        }
    }
    for template in &ws.templates[current.templates.len()..] {
        for segment in &template.segments {
            if let Some(product) = &segment.product_id {
                assert!(copy_products.contains(product), "{product}");
            }
        }
    }
    // Nothing of the copy shares an id with the original.
    let original = workspace_ids(&current);
    let mut copy = ws.clone();
    copy.plans.drain(..current.plans.len());
    copy.shows.drain(..current.shows.len());
    copy.templates.drain(..current.templates.len());
    copy.products.drain(..current.products.len());
    assert!(workspace_ids(&copy).is_disjoint(&original));
}

#[test]
fn a_template_added_as_copy_gets_new_ids_and_names_its_copied_products() {
    let current = stored();
    let doc = read(TEMPLATE);
    let preview = import(
        &current,
        &doc,
        ImportMode::AddAsCopy,
        &mut SequentialIds::new("t"),
    );
    assert_eq!(preview.title, "一小时快闪脚本");
    assert!(!preview.destroys_data());
    let ws = &preview.result;
    let template = ws.templates.last().unwrap();
    let cup = ws.products.last().unwrap();
    assert_eq!(cup.name, "保温杯 500ml");
    assert!(template.id.as_str().starts_with("t-") && cup.id.as_str().starts_with("t-"));
    assert!(template
        .segments
        .iter()
        .all(|s| s.id.as_str().starts_with("t-")));
    assert_eq!(template.segments[1].product_id.as_ref(), Some(&cup.id));
    assert_eq!(template.segments[1].cues.len(), 2);
}

#[test]
fn a_copy_keeps_references_to_things_outside_the_file() {
    // A show whose product is not in the file keeps naming it.
    let mut bundle = plan_bundle();
    bundle.shows[0].script.as_mut().unwrap().segments[0].product_id = Some(id("prod-tea"));
    let preview = import(
        &stored(),
        &plan_doc(bundle),
        ImportMode::AddAsCopy,
        &mut SequentialIds::new("n"),
    );
    let show = &preview.result.shows[stored().shows.len()];
    assert_eq!(
        show.script.as_ref().unwrap().segments[0].product_id,
        Some(id("prod-tea"))
    );
}

#[test]
fn an_id_source_that_repeats_itself_is_caught_not_merged() {
    let mut same = || id("same");
    let current = stored();
    let before = current.clone();
    let err = transfer::prepare_import(
        &current,
        &plan_doc(plan_bundle()),
        ImportMode::AddAsCopy,
        &mut same,
    )
    .unwrap_err();
    let ImportError::Result { problems, .. } = err else {
        panic!("{err:?}")
    };
    // Both of a pair come from the file's copy: no id of the workspace is taken.
    assert!(problems.iter().any(|p| matches!(
        p,
        ResultProblem::InFile(FieldError {
            problem: Problem::DuplicateId(_),
            ..
        })
    )));
    assert_eq!(current, before);
}

// ---- Replace.

#[test]
fn replacing_a_plan_swaps_its_shows_and_names_what_goes() {
    let mut ids = SequentialIds::new("r");
    // First the plan arrives (no plan with its id yet: it is added).
    let first = import(
        &stored(),
        &plan_doc(plan_bundle()),
        ImportMode::Replace,
        &mut ids,
    );
    assert!(first.replaced.is_empty(), "{:?}", first.replaced);
    let current = first.result;
    assert!(current.plans.iter().any(|p| p.id == id("plan-autumn")));

    // Then a new version: renamed, one show dropped, one added.
    let mut bundle = plan_bundle();
    bundle.plan.name = "秋季快手计划（第二版）".into();
    bundle.shows.truncate(1);
    let mut added = bundle.shows[0].clone();
    added.id = id("sh-3");
    added.title = "国庆专场".into();
    added.script = None;
    added.starts_at = "2024-10-01T20:00:00".parse().unwrap();
    bundle.shows.push(added);
    let preview = import(&current, &plan_doc(bundle), ImportMode::Replace, &mut ids);
    let ws = &preview.result;

    assert!(preview.destroys_data());
    let replaced: BTreeSet<&str> = preview.replaced.iter().map(String::as_str).collect();
    assert_eq!(
        replaced,
        BTreeSet::from(["秋季快手计划", "中秋礼盒首播", "中秋返场"])
    );
    let autumn: Vec<&Plan> = ws
        .plans
        .iter()
        .filter(|p| p.id == id("plan-autumn"))
        .collect();
    assert_eq!(autumn.len(), 1);
    assert_eq!(autumn[0].name, "秋季快手计划（第二版）");
    let shows: BTreeSet<&str> = ws
        .shows
        .iter()
        .filter(|s| s.plan_id == Some(id("plan-autumn")))
        .map(|s| s.id.as_str())
        .collect();
    assert_eq!(shows, BTreeSet::from(["sh-1", "sh-3"]));
    // Ids are kept in Replace mode, and nothing else moved.
    assert!(ws.shows.iter().any(|s| s.id == id("sh-3")));
    for plan in &current.plans {
        if plan.id != id("plan-autumn") {
            assert!(ws.plans.contains(plan));
        }
    }
    for show in &current.shows {
        if show.plan_id != Some(id("plan-autumn")) {
            assert!(ws.shows.contains(show));
        }
    }
    assert_eq!(
        ws.products, current.products,
        "same products: nothing replaced"
    );
    assert_eq!(ws.templates, current.templates);
    assert_eq!(ws.settings, current.settings);
}

#[test]
fn replacing_a_plan_names_the_products_it_changes() {
    let mut ids = SequentialIds::new("r");
    let current = import(
        &stored(),
        &plan_doc(plan_bundle()),
        ImportMode::Replace,
        &mut ids,
    )
    .result;
    let mut bundle = plan_bundle();
    bundle.products[1].live_price = 35.0;
    let preview = import(&current, &plan_doc(bundle), ImportMode::Replace, &mut ids);
    assert!(preview.replaced.contains(&"桂花乌龙 100g".to_owned()));
    assert!(!preview.replaced.contains(&"流心月饼礼盒".to_owned()));
    let tea = preview
        .result
        .products
        .iter()
        .find(|p| p.id == id("pr-tea"))
        .unwrap();
    assert_eq!(tea.live_price, 35.0);
    assert_eq!(preview.result.products.len(), current.products.len());
}

#[test]
fn replacing_a_plan_whose_show_id_is_taken_by_another_plan_is_refused() {
    let current = stored();
    let mut bundle = plan_bundle();
    bundle.shows[1].id = id("show-0705");
    let err = transfer::prepare_import(
        &current,
        &plan_doc(bundle),
        ImportMode::Replace,
        &mut SequentialIds::new("r"),
    )
    .unwrap_err();
    assert!(!err.blames_file());
    // Named where the user finds it: the file's second show, not the
    // would-be workspace's position of it.
    assert_eq!(
        err,
        ImportError::Result {
            mode: ImportMode::Replace,
            problems: vec![ResultProblem::IdTaken {
                path: "data.shows[1]".into(),
                id: "show-0705".into(),
            }],
        }
    );
    let message = err.message(Lang::En);
    assert!(message.contains("The file itself is valid"), "{message}");
    assert!(message.contains("data.shows[1] of the file"), "{message}");
    assert!(err.message(Lang::ZhCn).contains("文件中的 data.shows[1]"));
    assert_eq!(current, stored());
}

#[test]
fn replacing_the_workspace_names_everything_it_replaces() {
    let current = stored();
    let incoming = Workspace {
        templates: vec![template_bundle().template],
        products: template_bundle().products,
        ..Workspace::default()
    };
    let doc = Document::workspace(at(), incoming.clone());
    let preview = import(
        &current,
        &doc,
        ImportMode::Replace,
        &mut SequentialIds::new("x"),
    );
    assert_eq!(preview.result, incoming);
    assert_eq!(preview.title, "");
    assert!(preview.destroys_data());
    let mut expected: Vec<String> = current.plans.iter().map(|p| p.name.clone()).collect();
    expected.extend(current.templates.iter().map(|t| t.name.clone()));
    expected.extend(current.shows.iter().map(|s| s.title.clone()));
    for name in &expected {
        assert!(preview.replaced.contains(name), "{name} not listed");
    }
    assert!(preview
        .replaced
        .contains(&"2024 夏季抖音直播计划".to_owned()));
    assert!(preview.replaced.contains(&"新茶上市首播".to_owned()));

    // Into an empty workspace nothing is replaced.
    let empty = import(
        &Workspace::default(),
        &read(WORKSPACE),
        ImportMode::Replace,
        &mut SequentialIds::new("x"),
    );
    assert!(empty.replaced.is_empty());
    assert_eq!(empty.result, current);
}

#[test]
fn replacing_a_template_swaps_it_in_place_of_the_one_with_its_id() {
    let mut ids = SequentialIds::new("r");
    let current = import(&stored(), &read(TEMPLATE), ImportMode::Replace, &mut ids).result;
    assert_eq!(current.templates.len(), stored().templates.len() + 1);
    let mut bundle = template_bundle();
    bundle.template.name = "一小时快闪脚本 v2".into();
    bundle.template.segments.pop();
    let doc = Document {
        saved_at: at(),
        payload: Payload::Template(Box::new(bundle)),
    };
    let preview = import(&current, &doc, ImportMode::Replace, &mut ids);
    assert_eq!(preview.replaced, ["一小时快闪脚本"]);
    assert_eq!(preview.result.templates.len(), current.templates.len());
    let template = preview
        .result
        .templates
        .iter()
        .find(|t| t.id == id("tpl-flash"))
        .unwrap();
    assert_eq!(template.name, "一小时快闪脚本 v2");
    assert_eq!(template.segments.len(), 2);
}

#[test]
fn no_import_changes_the_current_workspace_and_every_result_validates() {
    for current in [stored(), Workspace::default()] {
        for text in [WORKSPACE, PLAN, TEMPLATE] {
            for mode in [ImportMode::AddAsCopy, ImportMode::Replace] {
                let json = Document::workspace(at(), current.clone()).to_json();
                let preview = import(&current, &read(text), mode, &mut SequentialIds::new("z"));
                assert_eq!(Document::workspace(at(), current.clone()).to_json(), json);
                // The result survives a save and a read.
                let saved = Document::workspace(at(), preview.result.clone()).to_json();
                assert_eq!(
                    Document::read(&saved).map(|d| d.payload),
                    Ok(Payload::Workspace(preview.result))
                );
            }
        }
    }
}

// ---- Export.

#[test]
fn export_plan_takes_its_shows_and_only_the_products_they_name() {
    let mut ws = stored();
    // A product nobody in the plan names, and a show of another plan.
    let mut unrelated = ws.products[0].clone();
    unrelated.id = id("prod-unrelated");
    unrelated.name = "无关商品".into();
    ws.products.push(unrelated);
    ws.plans[0]
        .lineup
        .retain(|l| l.product_id != id("prod-gift"));
    let mut other_plan = ws.plans[0].clone();
    other_plan.id = id("plan-other");
    other_plan.lineup.clear();
    ws.plans.push(other_plan);
    let mut other_show = ws.shows[1].clone();
    other_show.id = id("show-other");
    other_show.plan_id = Some(id("plan-other"));
    ws.shows.push(other_show);
    assert_eq!(Document::workspace(at(), ws.clone()).validate(), Ok(()));

    let doc = transfer::export_plan(&ws, &id("plan-summer"), at()).unwrap();
    assert_eq!(doc.kind(), Kind::Plan);
    assert_eq!(doc.saved_at, at());
    let Payload::Plan(bundle) = &doc.payload else {
        panic!()
    };
    assert_eq!(bundle.plan, ws.plans[0]);
    let shows: Vec<&str> = bundle.shows.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(shows, ["show-0705", "show-0712"]);
    let products: BTreeSet<&str> = bundle.products.iter().map(|p| p.id.as_str()).collect();
    // prod-tea and prod-sample are in the lineup (and the script); prod-gift
    // left the lineup and no segment names it.
    assert_eq!(products, BTreeSet::from(["prod-sample", "prod-tea"]));

    // The file reads back as the same plan.
    let again = Document::read_kind(&doc.to_json(), Kind::Plan).unwrap();
    assert_eq!(again, doc);

    // A plan with no shows and no lineup exports alone.
    let alone = transfer::export_plan(&ws, &id("plan-other"), at()).unwrap();
    let Payload::Plan(alone) = alone.payload else {
        panic!()
    };
    assert_eq!(alone.shows.len(), 1);
    assert!(alone.products.iter().all(|p| p.id != id("prod-unrelated")));

    assert!(transfer::export_plan(&ws, &id("no-such-plan"), at()).is_none());
}

#[test]
fn an_exported_plan_is_complete_in_an_empty_workspace() {
    let ws = stored();
    let doc = transfer::export_plan(&ws, &id("plan-summer"), at()).unwrap();
    let doc = Document::read(&doc.to_json()).unwrap();
    for mode in [ImportMode::AddAsCopy, ImportMode::Replace] {
        let preview = import(
            &Workspace::default(),
            &doc,
            mode,
            &mut SequentialIds::new("e"),
        );
        let result = &preview.result;
        let products: BTreeSet<&Id> = result.products.iter().map(|p| &p.id).collect();
        for item in &result.plans[0].lineup {
            assert!(products.contains(&item.product_id), "{mode:?}");
        }
        for show in &result.shows {
            assert_eq!(show.plan_id.as_ref(), Some(&result.plans[0].id));
            for segment in show.script.iter().flat_map(|s| &s.segments) {
                if let Some(product) = &segment.product_id {
                    assert!(products.contains(product), "{mode:?}");
                }
            }
        }
    }
}

#[test]
fn exporting_then_replacing_a_plan_changes_nothing_but_order() {
    let ws = stored();
    let doc = transfer::export_plan(&ws, &id("plan-summer"), at()).unwrap();
    let preview = import(&ws, &doc, ImportMode::Replace, &mut SequentialIds::new("e"));
    let by_id = |shows: &[Show]| -> HashMap<Id, Show> {
        shows.iter().map(|s| (s.id.clone(), s.clone())).collect()
    };
    assert_eq!(by_id(&preview.result.shows), by_id(&ws.shows));
    assert_eq!(preview.result.plans, ws.plans);
    assert_eq!(preview.result.products, ws.products);
}

#[test]
fn export_template_takes_the_products_its_segments_name() {
    let ws = stored();
    let doc = transfer::export_template(&ws, &id("tpl-standard"), at()).unwrap();
    let Payload::Template(bundle) = &doc.payload else {
        panic!()
    };
    assert_eq!(bundle.template, ws.templates[0]);
    let products: Vec<&str> = bundle.products.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(products, ["prod-tea"]);
    assert_eq!(
        Document::read_kind(&doc.to_json(), Kind::Template).unwrap(),
        doc
    );
    assert!(transfer::export_template(&ws, &id("tpl-none"), at()).is_none());
}

#[test]
fn export_workspace_round_trips() {
    let ws = stored();
    let doc = transfer::export_workspace(&ws, at());
    assert_eq!(doc.kind(), Kind::Workspace);
    let again = Document::read_kind(&doc.to_json(), Kind::Workspace).unwrap();
    assert_eq!(again.payload, Payload::Workspace(ws));
    assert_eq!(again.saved_at, at());
}

// ---- File names.

fn plan_named(name: &str) -> Document {
    let mut bundle = plan_bundle();
    bundle.plan.name = name.into();
    plan_doc(bundle)
}

fn assert_sane(file: &str) {
    assert!(file.starts_with("livedesk-"), "{file}");
    assert!(file.ends_with(".livedesk.json"), "{file}");
    for bad in [
        '/', '\\', ':', '*', '?', '"', '<', '>', '|', '\0', '\n', '\r', '\t',
    ] {
        assert!(!file.contains(bad), "{file:?} contains {bad:?}");
    }
    assert!(!file.contains(".."), "{file}");
    assert!(!file.contains(' '), "{file}");
    assert!(file.chars().count() <= 120, "{file}");
}

#[test]
fn file_names_keep_chinese_and_drop_what_file_systems_refuse() {
    let name = transfer::file_name(&plan_named("秋季快手计划"));
    assert_eq!(name, "livedesk-plan-秋季快手计划-2024-09-01.livedesk.json");
    assert_sane(&name);

    let workspace = transfer::file_name(&transfer::export_workspace(&stored(), at()));
    assert_eq!(workspace, "livedesk-backup-2024-09-01.livedesk.json");

    let template = Document {
        saved_at: at(),
        payload: Payload::Template(Box::new(template_bundle())),
    };
    assert_eq!(
        transfer::file_name(&template),
        "livedesk-template-一小时快闪脚本-2024-09-01.livedesk.json"
    );

    // The date is the UTC date of saved_at.
    let plan_file = read(PLAN);
    assert!(transfer::file_name(&plan_file).ends_with("-2024-08-01.livedesk.json"));
}

#[test]
fn file_names_strip_reserved_characters() {
    for hostile in [
        "a/b\\c:d*e?f\"g<h>i|j",
        "../../etc/passwd",
        "con",
        " leading and trailing ",
        "line\nbreak\ttab\r",
        "（双十一）大促：预热*冲刺?",
        "/\\:*?\"<>|",
        "",
    ] {
        let name = transfer::file_name(&plan_named(hostile));
        for bad in [
            '/', '\\', ':', '*', '?', '"', '<', '>', '|', '\n', '\r', '\t',
        ] {
            assert!(!name.contains(bad), "{hostile:?} -> {name:?}");
        }
        assert!(!name.contains(".."), "{hostile:?} -> {name:?}");
        assert!(name.starts_with("livedesk-plan"), "{name}");
        assert!(name.ends_with("-2024-09-01.livedesk.json"), "{name}");
    }
    let all_reserved = transfer::file_name(&plan_named("/\\:*?\"<>|"));
    assert!(all_reserved.starts_with("livedesk-plan"), "{all_reserved}");
}

#[test]
fn file_names_of_long_names_are_bounded() {
    let name = transfer::file_name(&plan_named(&"直".repeat(500)));
    assert!(name.chars().count() <= 100, "{}", name.chars().count());
    assert!(name.ends_with("-2024-09-01.livedesk.json"));
    assert_sane(&name);
}

// ---- Timers (schema 2): the log names its show's segments, and keeps doing
// so through an import.

const WORKSPACE_V2: &str = include_str!("fixtures/v2/workspace.livedesk.json");
const PLAN_V2: &str = include_str!("fixtures/v2/plan.livedesk.json");

/// Every run of every timer names the segment at its index in its own show.
fn assert_logs_follow_their_scripts(shows: &[Show]) -> usize {
    let mut runs = 0;
    for show in shows {
        let Some(timer) = &show.timer else { continue };
        let segments = show.script.as_ref().map_or(&[][..], |s| &s.segments[..]);
        for run in &timer.log {
            assert_eq!(
                Some(&run.segment_id),
                segments.get(run.index).map(|s| &s.id),
                "show {}",
                show.id
            );
            runs += 1;
        }
    }
    runs
}

#[test]
fn a_plan_with_a_timer_log_added_as_copy_keeps_the_log_on_its_renewed_segments() {
    let current = stored();
    let doc = read(PLAN_V2);
    let Payload::Plan(bundle) = &doc.payload else {
        panic!("a plan")
    };
    let preview = import(
        &current,
        &doc,
        ImportMode::AddAsCopy,
        &mut SequentialIds::new("n"),
    );
    let new_shows = &preview.result.shows[current.shows.len()..];
    assert_eq!(new_shows.len(), bundle.shows.len());
    assert_eq!(assert_logs_follow_their_scripts(new_shows), 3);
    let (copied, original) = (&new_shows[0], &bundle.shows[0]);
    let (timer, original_timer) = (
        copied.timer.as_ref().unwrap(),
        original.timer.as_ref().unwrap(),
    );
    for (run, was) in timer.log.iter().zip(&original_timer.log) {
        assert!(run.segment_id.as_str().starts_with("n-"), "{run:?}");
        assert_ne!(run.segment_id, was.segment_id);
        // Only the ids change: the times are the file's.
        assert_eq!(
            (
                run.index,
                run.started_at_ms,
                run.ended_at_ms,
                run.paused_ms,
                run.added_ms
            ),
            (
                was.index,
                was.started_at_ms,
                was.ended_at_ms,
                was.paused_ms,
                was.added_ms
            )
        );
    }
    assert_eq!(
        (timer.status, timer.current, timer.finished_at_ms),
        (
            original_timer.status,
            original_timer.current,
            original_timer.finished_at_ms
        )
    );
}

#[test]
fn a_backup_with_timers_added_as_copy_or_replacing_keeps_every_log_on_its_show() {
    let doc = read(WORKSPACE_V2);
    let Payload::Workspace(backup) = &doc.payload else {
        panic!("a workspace")
    };
    let runs = assert_logs_follow_their_scripts(&backup.shows);
    assert!(runs >= 10, "{runs}");

    let current = stored();
    let copy = import(
        &current,
        &doc,
        ImportMode::AddAsCopy,
        &mut SequentialIds::new("c"),
    );
    assert_eq!(
        assert_logs_follow_their_scripts(&copy.result.shows[current.shows.len()..]),
        runs
    );
    // Added beside itself, the logs of the copy name the copy's segments.
    let twice = import(
        backup,
        &doc,
        ImportMode::AddAsCopy,
        &mut SequentialIds::new("d"),
    );
    assert_eq!(
        assert_logs_follow_their_scripts(&twice.result.shows),
        2 * runs
    );

    let replaced = import(
        &current,
        &doc,
        ImportMode::Replace,
        &mut SequentialIds::new("r"),
    );
    assert_eq!(replaced.result.shows, backup.shows);
}

// ---- Whose fault: the file, or what importing it would make.

/// A backup holding `n` copies of a fixture show without a script (small
/// enough for 5,000 to fit in a file), each with its own id.
fn backup_with_shows(n: usize) -> Document {
    let template = stored()
        .shows
        .into_iter()
        .find(|s| s.script.is_none())
        .unwrap();
    let shows = (0..n)
        .map(|i| Show {
            id: id(&format!("bulk-{i}")),
            ..template.clone()
        })
        .collect();
    let ws = Workspace { shows, ..stored() };
    let doc = Document::workspace(at(), ws);
    // Valid on its own: a file a user could choose.
    Document::read(&doc.to_json()).unwrap()
}

#[test]
fn a_full_backup_too_large_to_add_is_the_results_fault_and_can_still_replace() {
    let current = stored();
    let doc = backup_with_shows(MAX_SHOWS);
    let err = transfer::prepare_import(
        &current,
        &doc,
        ImportMode::AddAsCopy,
        &mut SequentialIds::new("c"),
    )
    .unwrap_err();
    assert!(!err.blames_file());
    assert_eq!(
        err,
        ImportError::Result {
            mode: ImportMode::AddAsCopy,
            problems: vec![ResultProblem::TooMany {
                list: List::Shows,
                would_hold: current.shows.len() + MAX_SHOWS,
                max: MAX_SHOWS,
            }],
        }
    );
    let would = current.shows.len() + MAX_SHOWS;
    let en = err.message(Lang::En);
    assert!(en.starts_with("The file itself is valid"), "{en}");
    assert!(
        en.contains(&format!(
            "The workspace would hold {},{:03} shows; at most 5,000 shows.",
            would / 1000,
            would % 1000
        )),
        "{en}"
    );
    assert!(en.contains("Replace"), "{en}");
    let zh = err.message(Lang::ZhCn);
    assert!(zh.starts_with("文件本身没有问题"), "{zh}");
    assert!(zh.contains("最多 5,000 场直播"), "{zh}");
    assert!(zh.contains("替换"), "{zh}");
    // No path of the would-be workspace (where the file's shows sit after the
    // current ones) is named.
    assert!(!en.contains("data.shows["), "{en}");

    // Both modes stay on offer, and replacing works.
    assert_eq!(
        ImportMode::offered(Kind::Workspace),
        [ImportMode::AddAsCopy, ImportMode::Replace]
    );
    let preview = import(
        &current,
        &doc,
        ImportMode::Replace,
        &mut SequentialIds::new("r"),
    );
    assert_eq!(preview.after.shows, MAX_SHOWS);
}

#[test]
fn every_kind_offers_both_modes() {
    for kind in [Kind::Workspace, Kind::Plan, Kind::Template] {
        assert_eq!(
            ImportMode::offered(kind),
            [ImportMode::AddAsCopy, ImportMode::Replace]
        );
    }
}

#[test]
fn a_plan_whose_shows_overflow_the_workspace_names_the_limit_not_a_result_path() {
    // The workspace is one show short of full; the plan brings two.
    let mut current = stored();
    let template = current.shows[0].clone();
    let missing = MAX_SHOWS - 1 - current.shows.len();
    current.shows.extend((0..missing).map(|i| Show {
        id: id(&format!("own-{i}")),
        plan_id: None,
        ..template.clone()
    }));
    let bundle = plan_bundle();
    assert!(bundle.shows.len() >= 2);
    let err = transfer::prepare_import(
        &current,
        &plan_doc(bundle.clone()),
        ImportMode::AddAsCopy,
        &mut SequentialIds::new("c"),
    )
    .unwrap_err();
    assert_eq!(
        err,
        ImportError::Result {
            mode: ImportMode::AddAsCopy,
            problems: vec![ResultProblem::TooMany {
                list: List::Shows,
                would_hold: MAX_SHOWS - 1 + bundle.shows.len(),
                max: MAX_SHOWS,
            }],
        }
    );
}

#[test]
fn a_fault_of_the_current_workspace_is_named_as_its_own() {
    // Not the file's fault, nor what the file adds: the workspace in memory
    // already breaks a rule (no edit should allow it; the import still says so).
    let mut current = stored();
    current.products[1].price = -1.0;
    let err = transfer::prepare_import(
        &current,
        &Document {
            saved_at: at(),
            payload: Payload::Template(Box::new(template_bundle())),
        },
        ImportMode::AddAsCopy,
        &mut SequentialIds::new("c"),
    )
    .unwrap_err();
    let expected = ResultProblem::InWorkspace(FieldError {
        path: "data.products[1].price".into(),
        problem: Problem::Negative,
    });
    assert_eq!(
        err,
        ImportError::Result {
            mode: ImportMode::AddAsCopy,
            problems: vec![expected.clone()],
        }
    );
    assert!(expected
        .message(Lang::En)
        .starts_with("data.products[1].price of the current workspace"));
}

#[test]
fn file_faults_stay_the_files() {
    let err: ImportError = Document::read("{").unwrap_err().into();
    assert!(err.blames_file());
    assert!(err.message(Lang::En).contains("not valid JSON"));
    let ReadError::NotJson { .. } = Document::read("{").unwrap_err() else {
        panic!()
    };
}
