//! Export and import of whole backups, single plans and single templates.
//!
//! An import never edits the current workspace: it builds the would-be result
//! beside it, validates that, and returns it with a summary for the user to
//! confirm. Only then does the shell swap it in (keeping a backup).

use chrono::{DateTime, Utc};
use std::collections::{HashMap, HashSet};

use crate::document::{Document, Kind, Payload, PlanBundle, TemplateBundle};
use crate::model::*;
use crate::problem::{FieldError, Problem, ReadError};
use crate::validate::{self, Checker};
use crate::Lang;

/// How an imported document joins the current workspace.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportMode {
    /// Everything gets new ids and is added beside what is there.
    AddAsCopy,
    /// A backup replaces the whole workspace; a plan or template replaces the
    /// one with the same id (or is added if there is none).
    Replace,
}

impl ImportMode {
    /// The modes the user picks from for a file of this kind: both, for every
    /// kind, whatever a preview says (a copy too large to add can still
    /// replace). A restore of a stored backup offers none: it replaces.
    pub fn offered(kind: Kind) -> &'static [ImportMode] {
        match kind {
            Kind::Workspace | Kind::Plan | Kind::Template => {
                &[ImportMode::AddAsCopy, ImportMode::Replace]
            }
        }
    }
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

/// Why an import cannot go ahead, and whose fault that is: the file, or the
/// workspace the import would leave (the file is fine; another mode may do).
#[derive(Debug, Clone, PartialEq)]
pub enum ImportError {
    /// The file did not read: damaged, foreign, too new, or breaking a rule.
    File(ReadError),
    /// The file read, but importing it in `mode` would leave a workspace that
    /// breaks a rule. Every problem is told in terms of the file or of the
    /// current workspace, never of the would-be result's own positions.
    Result {
        mode: ImportMode,
        problems: Vec<ResultProblem>,
    },
}

/// One of the four lists of a workspace.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum List {
    Plans,
    Shows,
    Templates,
    Products,
}

/// What would be wrong with the workspace an import leaves.
#[derive(Debug, Clone, PartialEq)]
pub enum ResultProblem {
    /// The list would hold `would_hold` items, more than `max`.
    TooMany {
        list: List,
        would_hold: usize,
        max: usize,
    },
    /// The item at `path` of the file has an id that an item of the current
    /// workspace (one the import keeps) already has.
    IdTaken { path: String, id: String },
    /// A problem at a path of the file that shows only once it is combined.
    InFile(FieldError),
    /// A problem of the current workspace itself, at its stored path.
    InWorkspace(FieldError),
}

impl ImportError {
    /// Whether the file itself is at fault (rather than what importing it
    /// this way would make).
    pub fn blames_file(&self) -> bool {
        matches!(self, ImportError::File(_))
    }

    /// One paragraph for the user, in their language, saying whose fault it is.
    pub fn message(&self, lang: Lang) -> String {
        let zh = lang == Lang::ZhCn;
        let (mode, problems) = match self {
            ImportError::File(error) => return error.message(lang),
            ImportError::Result { mode, problems } => (mode, problems),
        };
        let list: Vec<String> = problems.iter().map(|p| p.message(lang)).collect();
        let too_many = problems
            .iter()
            .any(|p| matches!(p, ResultProblem::TooMany { .. }));
        let mut text = match (mode, zh) {
            (ImportMode::AddAsCopy, true) => {
                "文件本身没有问题，但作为副本添加后，工作区会超出限制，未导入任何内容：".to_owned()
            }
            (ImportMode::Replace, true) => {
                "文件本身没有问题，但替换后的工作区不符合要求，未导入任何内容：".to_owned()
            }
            (ImportMode::AddAsCopy, false) => {
                "The file itself is valid, but adding it as a copy would leave a workspace that breaks a limit; nothing was imported:".to_owned()
            }
            (ImportMode::Replace, false) => {
                "The file itself is valid, but replacing with it would leave a workspace that breaks a rule; nothing was imported:".to_owned()
            }
        };
        for line in list {
            text.push('\n');
            text.push_str(&line);
        }
        if *mode == ImportMode::AddAsCopy && too_many {
            text.push('\n');
            text.push_str(if zh {
                "可以改选“替换”，用文件的内容替换现有数据。"
            } else {
                "Choose “Replace” to put the file's content in place of the current data instead."
            });
        }
        text
    }
}

impl From<ReadError> for ImportError {
    fn from(error: ReadError) -> ImportError {
        ImportError::File(error)
    }
}

impl List {
    fn of(name: &str) -> Option<List> {
        match name {
            "plans" => Some(List::Plans),
            "shows" => Some(List::Shows),
            "templates" => Some(List::Templates),
            "products" => Some(List::Products),
            _ => None,
        }
    }

    /// How many items of this list, as a count is said ("5,001 shows").
    fn count(self, n: usize, lang: Lang) -> String {
        let n = crate::format::grouped(n as u64);
        match (self, lang) {
            (List::Plans, Lang::ZhCn) => format!("{n} 个计划"),
            (List::Shows, Lang::ZhCn) => format!("{n} 场直播"),
            (List::Templates, Lang::ZhCn) => format!("{n} 个脚本模板"),
            (List::Products, Lang::ZhCn) => format!("{n} 个商品"),
            (List::Plans, Lang::En) => format!("{n} plans"),
            (List::Shows, Lang::En) => format!("{n} shows"),
            (List::Templates, Lang::En) => format!("{n} script templates"),
            (List::Products, Lang::En) => format!("{n} products"),
        }
    }

    fn one(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (List::Plans, Lang::ZhCn) => "计划",
            (List::Shows, Lang::ZhCn) => "直播",
            (List::Templates, Lang::ZhCn) => "脚本模板",
            (List::Products, Lang::ZhCn) => "商品",
            (List::Plans, Lang::En) => "plan",
            (List::Shows, Lang::En) => "show",
            (List::Templates, Lang::En) => "script template",
            (List::Products, Lang::En) => "product",
        }
    }
}

impl ResultProblem {
    pub fn message(&self, lang: Lang) -> String {
        let zh = lang == Lang::ZhCn;
        match self {
            ResultProblem::TooMany {
                list,
                would_hold,
                max,
            } => {
                let (would, max) = (list.count(*would_hold, lang), list.count(*max, lang));
                if zh {
                    format!("导入后工作区将有 {would}，最多 {max}。")
                } else {
                    format!("The workspace would hold {would}; at most {max}.")
                }
            }
            ResultProblem::IdTaken { path, id } => {
                let list = path_list(path);
                if zh {
                    let what = list.map_or("内容", |l| l.one(lang));
                    format!("文件中的 {path}：编号 “{id}” 已被工作区里的另一个{what}使用。")
                } else {
                    let what = list.map_or("item", |l| l.one(lang));
                    format!("{path} of the file: its id \"{id}\" is already used by another {what} in the workspace.")
                }
            }
            ResultProblem::InFile(error) => {
                let what = error.problem.message(lang);
                if zh {
                    format!("文件中的 {}：{what}", error.path)
                } else {
                    format!("{} of the file: {what}", error.path)
                }
            }
            ResultProblem::InWorkspace(error) => {
                let what = error.problem.message(lang);
                if zh {
                    format!("当前工作区的 {}：{what}", error.path)
                } else {
                    format!("{} of the current workspace: {what}", error.path)
                }
            }
        }
    }
}

/// The list a file path such as `data.shows[3]` points into.
fn path_list(path: &str) -> Option<List> {
    let rest = path.strip_prefix("data.")?;
    List::of(rest.split(['[', '.']).next()?)
}

/// Where an item of the would-be workspace comes from, so that a problem
/// found in the result can be told where the user can find it.
#[derive(Debug, Clone, PartialEq)]
enum Origin {
    /// The current workspace's item at this index of the same list.
    Current(usize),
    /// The file's item at this path (`data.shows[3]`, `data.plan`).
    File(String),
}

/// The origin of every item of the four lists of a would-be workspace, and
/// whether its settings are the file's.
#[derive(Debug, Default)]
struct Origins {
    plans: Vec<Origin>,
    shows: Vec<Origin>,
    templates: Vec<Origin>,
    products: Vec<Origin>,
    settings_from_file: bool,
}

impl Origins {
    fn current(ws: &Workspace) -> Origins {
        let each = |n: usize| (0..n).map(Origin::Current).collect();
        Origins {
            plans: each(ws.plans.len()),
            shows: each(ws.shows.len()),
            templates: each(ws.templates.len()),
            products: each(ws.products.len()),
            settings_from_file: false,
        }
    }

    fn list(&mut self, list: List) -> &mut Vec<Origin> {
        match list {
            List::Plans => &mut self.plans,
            List::Shows => &mut self.shows,
            List::Templates => &mut self.templates,
            List::Products => &mut self.products,
        }
    }

    /// Appends `n` items taken from the file's list at `path` (`data.shows`).
    fn append_file(&mut self, list: List, path: &str, n: usize) {
        self.list(list)
            .extend((0..n).map(|i| Origin::File(format!("{path}[{i}]"))));
    }

    /// Keeps the origins of the items `keep` says stay, in order.
    fn retain(&mut self, list: List, keep: impl Iterator<Item = bool>) {
        let kept = std::mem::take(self.list(list))
            .into_iter()
            .zip(keep)
            .filter_map(|(origin, keep)| keep.then_some(origin))
            .collect();
        *self.list(list) = kept;
    }
}

/// The title of what a file holds: the plan's or template's name; empty for a backup.
pub fn title(document: &Document) -> &str {
    match &document.payload {
        Payload::Workspace(_) => "",
        Payload::Plan(bundle) => &bundle.plan.name,
        Payload::Template(bundle) => &bundle.template.name,
    }
}

/// Prepares an import of `incoming` into `current`, without changing `current`.
/// `incoming` has been read (and so validated) on its own: what can still fail
/// is the combination, reported as [`ImportError::Result`].
pub fn prepare_import(
    current: &Workspace,
    incoming: &Document,
    mode: ImportMode,
    ids: &mut dyn IdSource,
) -> Result<ImportPreview, ImportError> {
    let mut result = current.clone();
    let mut origins = Origins::current(current);
    let mut replaced = Vec::new();
    match (&incoming.payload, mode) {
        (Payload::Workspace(ws), ImportMode::Replace) => {
            replaced.extend(current.plans.iter().map(|p| p.name.clone()));
            replaced.extend(current.templates.iter().map(|t| t.name.clone()));
            replaced.extend(current.shows.iter().map(|s| s.title.clone()));
            replaced.extend(current.products.iter().map(|p| p.name.clone()));
            result = ws.clone();
            origins = Origins {
                settings_from_file: true,
                ..Origins::default()
            };
            origins.append_file(List::Plans, "data.plans", ws.plans.len());
            origins.append_file(List::Shows, "data.shows", ws.shows.len());
            origins.append_file(List::Templates, "data.templates", ws.templates.len());
            origins.append_file(List::Products, "data.products", ws.products.len());
        }
        (Payload::Workspace(ws), ImportMode::AddAsCopy) => {
            let mut ws = ws.clone();
            Renewer::new(ids).workspace(&mut ws);
            origins.append_file(List::Products, "data.products", ws.products.len());
            origins.append_file(List::Plans, "data.plans", ws.plans.len());
            origins.append_file(List::Shows, "data.shows", ws.shows.len());
            origins.append_file(List::Templates, "data.templates", ws.templates.len());
            result.products.extend(ws.products);
            result.plans.extend(ws.plans);
            result.shows.extend(ws.shows);
            result.templates.extend(ws.templates);
        }
        (Payload::Plan(bundle), mode) => {
            let mut bundle = (**bundle).clone();
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
                origins.retain(List::Plans, result.plans.iter().map(|p| p.id != id));
                origins.retain(
                    List::Shows,
                    result.shows.iter().map(|s| s.plan_id.as_ref() != Some(&id)),
                );
                result.plans.retain(|p| p.id != id);
                result.shows.retain(|s| s.plan_id.as_ref() != Some(&id));
            }
            upsert_products(&mut result, &mut origins, bundle.products, &mut replaced);
            result.plans.push(bundle.plan);
            origins.plans.push(Origin::File("data.plan".to_owned()));
            origins.append_file(List::Shows, "data.shows", bundle.shows.len());
            result.shows.extend(bundle.shows);
        }
        (Payload::Template(bundle), mode) => {
            let mut bundle = (**bundle).clone();
            if mode == ImportMode::AddAsCopy {
                Renewer::new(ids).template_bundle(&mut bundle);
            } else if let Some(pos) = result
                .templates
                .iter()
                .position(|t| t.id == bundle.template.id)
            {
                replaced.push(result.templates.remove(pos).name);
                origins.templates.remove(pos);
            }
            upsert_products(&mut result, &mut origins, bundle.products, &mut replaced);
            result.templates.push(bundle.template);
            origins
                .templates
                .push(Origin::File("data.template".to_owned()));
        }
    }
    // The same checks as any document's (`Document::validate`), on the result.
    let mut checker = Checker::new("data");
    validate::workspace(&mut checker, &result);
    if let Err(errors) = checker.finish() {
        return Err(ImportError::Result {
            mode,
            problems: explain(errors, &result, &origins),
        });
    }
    Ok(ImportPreview {
        kind: incoming.kind(),
        mode,
        title: title(incoming).to_owned(),
        before: current.counts(),
        after: result.counts(),
        replaced,
        result,
    })
}

/// Turns problems found at paths of the would-be workspace into problems at
/// paths of the file (or of the current workspace, for an item it keeps).
fn explain(errors: Vec<FieldError>, result: &Workspace, origins: &Origins) -> Vec<ResultProblem> {
    let counts = result.counts();
    errors
        .into_iter()
        .map(|error| {
            // "data.shows[12].title" -> list "shows", index 12, rest ".title".
            let rest = error.path.strip_prefix("data.").unwrap_or(&error.path);
            let name_end = rest.find(['[', '.']).unwrap_or(rest.len());
            let Some(list) = List::of(&rest[..name_end]) else {
                // Settings: the file's after a backup replaced everything.
                return if origins.settings_from_file {
                    ResultProblem::InFile(error)
                } else {
                    ResultProblem::InWorkspace(error)
                };
            };
            let after_name = &rest[name_end..];
            let Some((index, tail)) = after_name
                .strip_prefix('[')
                .and_then(|s| s.split_once(']'))
                .and_then(|(i, tail)| Some((i.parse::<usize>().ok()?, tail)))
            else {
                // The list itself: only its length is checked there.
                if let Problem::TooMany { max } = error.problem {
                    let would_hold = match list {
                        List::Plans => counts.plans,
                        List::Shows => counts.shows,
                        List::Templates => counts.templates,
                        List::Products => counts.products,
                    };
                    return ResultProblem::TooMany {
                        list,
                        would_hold,
                        max,
                    };
                }
                return ResultProblem::InWorkspace(error);
            };
            let list_origins = match list {
                List::Plans => &origins.plans,
                List::Shows => &origins.shows,
                List::Templates => &origins.templates,
                List::Products => &origins.products,
            };
            let at = |origin: Option<&Origin>| match origin {
                Some(Origin::File(path)) => (true, format!("{path}{tail}")),
                Some(Origin::Current(i)) => {
                    (false, format!("data.{}[{i}]{tail}", &rest[..name_end]))
                }
                None => (false, error.path.clone()),
            };
            let (in_file, path) = at(list_origins.get(index));
            if let (true, Problem::DuplicateId(id), true) =
                (in_file, &error.problem, tail.is_empty())
            {
                // Reported at the second of a pair: an id the workspace already
                // had when the first of the pair is one it keeps.
                let first = first_with_id(result, list, id);
                if matches!(
                    first.and_then(|i| list_origins.get(i)),
                    Some(Origin::Current(_))
                ) {
                    return ResultProblem::IdTaken {
                        path,
                        id: id.clone(),
                    };
                }
            }
            let error = FieldError {
                path,
                problem: error.problem,
            };
            if in_file {
                ResultProblem::InFile(error)
            } else {
                ResultProblem::InWorkspace(error)
            }
        })
        .collect()
}

/// The index of the first item of a list with this id.
fn first_with_id(ws: &Workspace, list: List, id: &str) -> Option<usize> {
    match list {
        List::Plans => ws.plans.iter().position(|x| x.id.as_str() == id),
        List::Shows => ws.shows.iter().position(|x| x.id.as_str() == id),
        List::Templates => ws.templates.iter().position(|x| x.id.as_str() == id),
        List::Products => ws.products.iter().position(|x| x.id.as_str() == id),
    }
}

/// Adds products, replacing those with the same id (and naming them as replaced
/// when they differ); each added or replacing product's origin is the file's.
fn upsert_products(
    ws: &mut Workspace,
    origins: &mut Origins,
    products: Vec<Product>,
    replaced: &mut Vec<String>,
) {
    for (i, product) in products.into_iter().enumerate() {
        let origin = Origin::File(format!("data.products[{i}]"));
        match ws.products.iter().position(|p| p.id == product.id) {
            Some(at) => {
                let existing = &mut ws.products[at];
                if *existing != product {
                    replaced.push(existing.name.clone());
                }
                *existing = product;
                origins.products[at] = origin;
            }
            None => {
                ws.products.push(product);
                origins.products.push(origin);
            }
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
