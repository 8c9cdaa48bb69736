//! Export and import of whole backups, single plans and single templates.
//!
//! An import never edits the current workspace: it builds the would-be result
//! beside it, validates that, and returns it with a summary for the user to
//! confirm. Only then does the shell swap it in (keeping a backup).

use chrono::{DateTime, Utc};
use std::collections::{HashMap, HashSet};

use crate::document::{Document, Kind, Payload, PlanBundle, TemplateBundle};
use crate::model::*;
use crate::problem::ReadError;

/// How an imported document joins the current workspace.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportMode {
    /// Everything gets new ids and is added beside what is there.
    AddAsCopy,
    /// A backup replaces the whole workspace; a plan or template replaces the
    /// one with the same id (or is added if there is none).
    Replace,
}

/// What an import would do, and the workspace it would leave.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportPreview {
    pub kind: Kind,
    pub mode: ImportMode,
    /// The plan's or template's name; empty for a backup.
    pub title: String,
    pub before: Counts,
    pub after: Counts,
    /// Names of the things the import overwrites or removes.
    pub replaced: Vec<String>,
    pub result: Workspace,
}

impl ImportPreview {
    /// True when confirming would remove or overwrite something.
    pub fn destroys_data(&self) -> bool {
        !self.replaced.is_empty()
    }
}

/// Prepares an import of `incoming` into `current`, without changing `current`.
pub fn prepare_import(
    current: &Workspace,
    incoming: &Document,
    mode: ImportMode,
    ids: &mut dyn IdSource,
) -> Result<ImportPreview, ReadError> {
    let mut result = current.clone();
    let mut replaced = Vec::new();
    let title;
    match (&incoming.payload, mode) {
        (Payload::Workspace(ws), ImportMode::Replace) => {
            title = String::new();
            replaced.extend(current.plans.iter().map(|p| p.name.clone()));
            replaced.extend(current.templates.iter().map(|t| t.name.clone()));
            replaced.extend(current.shows.iter().map(|s| s.title.clone()));
            replaced.extend(current.products.iter().map(|p| p.name.clone()));
            result = ws.clone();
        }
        (Payload::Workspace(ws), ImportMode::AddAsCopy) => {
            title = String::new();
            let mut ws = ws.clone();
            Renewer::new(ids).workspace(&mut ws);
            result.products.extend(ws.products);
            result.plans.extend(ws.plans);
            result.shows.extend(ws.shows);
            result.templates.extend(ws.templates);
        }
        (Payload::Plan(bundle), mode) => {
            let mut bundle = (**bundle).clone();
            title = bundle.plan.name.clone();
            if mode == ImportMode::AddAsCopy {
                Renewer::new(ids).plan_bundle(&mut bundle);
            } else {
                let id = bundle.plan.id.clone();
                if let Some(old) = result.plans.iter().find(|p| p.id == id) {
                    replaced.push(old.name.clone());
                }
                replaced.extend(
                    result
                        .shows
                        .iter()
                        .filter(|s| s.plan_id.as_ref() == Some(&id))
                        .map(|s| s.title.clone()),
                );
                result.plans.retain(|p| p.id != id);
                result.shows.retain(|s| s.plan_id.as_ref() != Some(&id));
            }
            upsert_products(&mut result, bundle.products, &mut replaced);
            result.plans.push(bundle.plan);
            result.shows.extend(bundle.shows);
        }
        (Payload::Template(bundle), mode) => {
            let mut bundle = (**bundle).clone();
            title = bundle.template.name.clone();
            if mode == ImportMode::AddAsCopy {
                Renewer::new(ids).template_bundle(&mut bundle);
            } else if let Some(pos) = result
                .templates
                .iter()
                .position(|t| t.id == bundle.template.id)
            {
                replaced.push(result.templates.remove(pos).name);
            }
            upsert_products(&mut result, bundle.products, &mut replaced);
            result.templates.push(bundle.template);
        }
    }
    Document {
        saved_at: incoming.saved_at,
        payload: Payload::Workspace(result.clone()),
    }
    .validate()?;
    Ok(ImportPreview {
        kind: incoming.kind(),
        mode,
        title,
        before: current.counts(),
        after: result.counts(),
        replaced,
        result,
    })
}

/// Adds products, replacing those with the same id (and naming them as replaced
/// when they differ).
fn upsert_products(ws: &mut Workspace, products: Vec<Product>, replaced: &mut Vec<String>) {
    for product in products {
        match ws.products.iter_mut().find(|p| p.id == product.id) {
            Some(existing) => {
                if *existing != product {
                    replaced.push(existing.name.clone());
                }
                *existing = product;
            }
            None => ws.products.push(product),
        }
    }
}

/// The lists ids are unique within: the same id may name a product and a
/// checklist item, so each list gets its own map.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Space {
    Product,
    Plan,
    PlanPart,
    Member,
    Checklist,
    Show,
    Template,
    Segment,
}

/// Gives everything in an imported copy a new id and rewrites the references
/// to match, so a copy never collides with what is already there.
struct Renewer<'a> {
    ids: &'a mut dyn IdSource,
    map: HashMap<(Space, Id), Id>,
}

impl<'a> Renewer<'a> {
    fn new(ids: &'a mut dyn IdSource) -> Renewer<'a> {
        Renewer {
            ids,
            map: HashMap::new(),
        }
    }

    fn fresh(&mut self, space: Space, id: &mut Id) {
        let new = self.ids.next_id();
        self.map.insert((space, id.clone()), new.clone());
        *id = new;
    }

    /// A reference to something renewed earlier; references to things outside
    /// the imported document stay as they are.
    fn refer(&self, space: Space, id: &mut Id) {
        if let Some(new) = self.map.get(&(space, id.clone())) {
            *id = new.clone();
        }
    }

    // Order matters: what is referred to is renewed before what refers to it.
    fn workspace(&mut self, ws: &mut Workspace) {
        ws.products
            .iter_mut()
            .for_each(|p| self.fresh(Space::Product, &mut p.id));
        ws.templates.iter_mut().for_each(|t| self.template(t));
        ws.plans.iter_mut().for_each(|p| self.plan(p));
        ws.shows.iter_mut().for_each(|s| self.show(s));
    }

    fn plan_bundle(&mut self, bundle: &mut PlanBundle) {
        bundle
            .products
            .iter_mut()
            .for_each(|p| self.fresh(Space::Product, &mut p.id));
        self.plan(&mut bundle.plan);
        bundle.shows.iter_mut().for_each(|s| self.show(s));
    }

    fn template_bundle(&mut self, bundle: &mut TemplateBundle) {
        bundle
            .products
            .iter_mut()
            .for_each(|p| self.fresh(Space::Product, &mut p.id));
        self.template(&mut bundle.template);
    }

    fn plan(&mut self, plan: &mut Plan) {
        self.fresh(Space::Plan, &mut plan.id);
        plan.team
            .iter_mut()
            .for_each(|x| self.fresh(Space::Member, &mut x.id));
        plan.checklist
            .iter_mut()
            .for_each(|x| self.fresh(Space::Checklist, &mut x.id));
        // Nothing refers to phases, risks, emergency plans or budget lines.
        plan.phases
            .iter_mut()
            .for_each(|x| self.fresh(Space::PlanPart, &mut x.id));
        plan.risks
            .iter_mut()
            .for_each(|x| self.fresh(Space::PlanPart, &mut x.id));
        plan.emergency_plans
            .iter_mut()
            .for_each(|x| self.fresh(Space::PlanPart, &mut x.id));
        plan.budget
            .iter_mut()
            .for_each(|x| self.fresh(Space::PlanPart, &mut x.id));
        plan.lineup
            .iter_mut()
            .for_each(|x| self.refer(Space::Product, &mut x.product_id));
    }

    fn show(&mut self, show: &mut Show) {
        self.fresh(Space::Show, &mut show.id);
        if let Some(plan_id) = &mut show.plan_id {
            self.refer(Space::Plan, plan_id);
        }
        show.checklist_done
            .iter_mut()
            .for_each(|id| self.refer(Space::Checklist, id));
        show.assignments
            .iter_mut()
            .for_each(|a| self.refer(Space::Member, &mut a.member_id));
        if let Some(script) = &mut show.script {
            if let Some(template) = &mut script.from_template {
                self.refer(Space::Template, template);
            }
            self.segments(&mut script.segments);
        }
        if let Some(timer) = &mut show.timer {
            timer
                .log
                .iter_mut()
                .for_each(|run| self.refer(Space::Segment, &mut run.segment_id));
        }
    }

    fn template(&mut self, template: &mut ScriptTemplate) {
        self.fresh(Space::Template, &mut template.id);
        self.segments(&mut template.segments);
    }

    fn segments(&mut self, segments: &mut [Segment]) {
        for segment in segments {
            self.fresh(Space::Segment, &mut segment.id);
            if let Some(product) = &mut segment.product_id {
                self.refer(Space::Product, product);
            }
        }
    }
}

/// A full backup of the workspace.
pub fn export_workspace(ws: &Workspace, saved_at: DateTime<Utc>) -> Document {
    Document::workspace(saved_at, ws.clone())
}

/// One plan with its shows and the products they name; `None` for an unknown id.
pub fn export_plan(ws: &Workspace, plan_id: &Id, saved_at: DateTime<Utc>) -> Option<Document> {
    let plan = ws.plans.iter().find(|p| &p.id == plan_id)?.clone();
    let shows: Vec<Show> = ws
        .shows
        .iter()
        .filter(|s| s.plan_id.as_ref() == Some(plan_id))
        .cloned()
        .collect();
    let mut named: HashSet<&Id> = plan.lineup.iter().map(|item| &item.product_id).collect();
    for show in &shows {
        if let Some(script) = &show.script {
            named.extend(script.segments.iter().filter_map(|s| s.product_id.as_ref()));
        }
    }
    let products = products_named(ws, &named);
    Some(Document {
        saved_at,
        payload: Payload::Plan(Box::new(PlanBundle {
            plan,
            shows,
            products,
        })),
    })
}

/// One template with the products its segments name; `None` for an unknown id.
pub fn export_template(
    ws: &Workspace,
    template_id: &Id,
    saved_at: DateTime<Utc>,
) -> Option<Document> {
    let template = ws.templates.iter().find(|t| &t.id == template_id)?.clone();
    let named: HashSet<&Id> = template
        .segments
        .iter()
        .filter_map(|s| s.product_id.as_ref())
        .collect();
    let products = products_named(ws, &named);
    Some(Document {
        saved_at,
        payload: Payload::Template(Box::new(TemplateBundle { template, products })),
    })
}

fn products_named(ws: &Workspace, named: &HashSet<&Id>) -> Vec<Product> {
    ws.products
        .iter()
        .filter(|p| named.contains(&p.id))
        .cloned()
        .collect()
}

/// A file name for a document: `<kind>-<name>-<date>.livedesk.json`, with
/// characters file systems refuse replaced.
pub fn file_name(document: &Document) -> String {
    let name = match &document.payload {
        Payload::Workspace(_) => "backup".to_owned(),
        Payload::Plan(bundle) => format!("plan-{}", bundle.plan.name),
        Payload::Template(bundle) => format!("template-{}", bundle.template.name),
    };
    let safe: String = name
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .take(60)
        .collect();
    format!(
        "livedesk-{}-{}.livedesk.json",
        safe.trim_matches('-'),
        document.saved_at.format("%Y-%m-%d")
    )
}
