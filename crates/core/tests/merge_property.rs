//! The many-window merge as a property: two windows share one stored copy,
//! each applies random edits made with the real edit functions (plans,
//! shows, checklists, scripts, products, settings, timer commands), saves
//! and hears the other's saves at random moments, exactly as the shell
//! does (a save first merges any stored copy it has not seen; a heard save
//! is merged, and saved at once if it leaves edits of this window unsaved).
//!
//! A window sees the other's writes late, as windows of one browser do: a
//! save may merge with an older copy than the one it overwrites, and the
//! copy's revision (its parent) must lead the other window to the right base.
//!
//! Checked at every merge: its base is a common ancestor of both sides (each
//! copy tracks the edits it holds); and, by an oracle that reads the three copies as JSON
//! (independently of the typed merge): every field one side changed and the
//! other did not is the changed value in the result, and every field both
//! sides changed to different values is reported as a conflict (unless a
//! reported conflict covers the whole item); runs of a timer both sides
//! advanced are each present exactly once. Checked at the end: once every
//! save is heard, both windows and the stored copy are equal.
//!
//! 10,002 schedules over three fixed seeds, so a failure reproduces; the
//! failing schedule's seed and number are printed.

use std::collections::{BTreeSet, VecDeque};

use chrono::NaiveDate;
use livedesk_core::document::{Document, Revision};
use livedesk_core::merge::{Absorbed, Clash, Conflict, Replica, Step};
use livedesk_core::model::*;
use livedesk_core::samples::first_run_workspace;
use livedesk_core::scripts::edit::{new_segment, Edit, ScriptRef};
use livedesk_core::timer::{Command, TimerState};
use livedesk_core::Lang;
use serde_json::Value;

mod common;
use common::Rng;

const SCHEDULES: usize = 10_000;
const SEEDS: [u64; 3] = [0x4D45_5247_0001, 0xB0A7_5EED_0077, 0x0DDF_00D2_0260];
const STEPS: usize = 14;
const T0: i64 = 1_800_000_000_000;
/// Writes of one window the other has not heard yet, at most.
const IN_FLIGHT: usize = Revision::ANCESTORS - 2;

/// A small workspace: the sample plan and show, two templates, all products.
fn start() -> Workspace {
    let mut ids = SequentialIds::new("s");
    let date = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    let mut ws = first_run_workspace(Lang::ZhCn, date, &mut ids);
    // Small, so that the two windows often touch the same things.
    ws.templates.truncate(1);
    ws.templates[0].segments.truncate(5);
    ws.products.truncate(4);
    ws.shows[0].script.as_mut().unwrap().segments.truncate(5);
    let plan = &mut ws.plans[0];
    plan.checklist.truncate(4);
    plan.risks.truncate(3);
    plan.emergency_plans.truncate(2);
    plan.budget.truncate(2);
    // A second show of the same plan, with the first show's script.
    let mut second = ws.shows[0].clone();
    second.id = Id::new("s-second").unwrap();
    for (i, segment) in second
        .script
        .as_mut()
        .unwrap()
        .segments
        .iter_mut()
        .enumerate()
    {
        segment.id = Id::new(format!("s-second-{i}")).unwrap();
    }
    ws.shows.push(second);
    ws
}

/// A few values per field, so both sides often pick the same field.
const NAMES: [&str; 3] = ["一月计划", "Plan B", "双十一冲刺"];

/// One random edit through the core's own edit functions. Refused edits
/// (a show on air keeps its segment order…) change nothing, as in the app.
fn edit(ws: &mut Workspace, rng: &mut Rng, ids: &mut SequentialIds, now: i64) {
    let plan_id = ws.plans.first().map(|p| p.id.clone());
    let show_ids: Vec<Id> = ws.shows.iter().map(|s| s.id.clone()).collect();
    let template_ids: Vec<Id> = ws.templates.iter().map(|t| t.id.clone()).collect();
    let product_ids: Vec<Id> = ws.products.iter().map(|p| p.id.clone()).collect();
    let name = NAMES[rng.below(NAMES.len())].to_owned();
    let n = rng.below(1000) as u32;
    match rng.below(17) {
        0 => {
            if let Some(id) = &plan_id {
                let _ = ws.update_plan(id, |p| p.name = name);
            }
        }
        1 => {
            if let Some(id) = &plan_id {
                let _ = ws.update_plan(id, |p| p.notes = format!("notes {n}"));
            }
        }
        2 => {
            if let Some(id) = &plan_id {
                let _ = ws.update_plan(id, |p| p.targets.monthly_gmv = Some(f64::from(n) * 1000.0));
            }
        }
        3 => {
            if let Some(id) = &plan_id {
                let which = rng.below(4);
                let _ = ws.update_plan(id, |p| {
                    if let Some(phase) = p.phases.get_mut(which) {
                        phase.shows_per_week = (n % 7) as u8;
                    }
                });
            }
        }
        4 => {
            if let Some(id) = &plan_id {
                let new_id = ids.next_id();
                let _ = ws.update_plan(id, |p| {
                    let mut item = p.checklist[0].clone();
                    item.id = new_id;
                    item.text = name;
                    p.checklist.push(item);
                });
            }
        }
        5 => {
            if let Some(id) = &plan_id {
                let which = rng.below(12);
                let _ = ws.update_plan(id, |p| {
                    if which < p.risks.len() {
                        p.risks.remove(which);
                    }
                });
            }
        }
        6 => {
            if let Some(id) = rng.pick_any(&show_ids) {
                let _ = ws.update_show(id, |s| s.title = name);
            }
        }
        7 => {
            if let Some(id) = rng.pick_any(&show_ids) {
                let _ = ws.update_show(id, |s| s.planned_minutes = 60 + n % 120);
            }
        }
        8 => {
            let items: Vec<Id> = ws
                .plans
                .iter()
                .flat_map(|p| p.checklist.iter().map(|c| c.id.clone()))
                .collect();
            if let (Some(show), Some(item)) = (rng.pick_any(&show_ids), rng.pick_any(&items)) {
                let _ = ws.tick_checklist(show, item, rng.below(3) > 0);
            }
        }
        9 | 10 => {
            let script = match rng.below(2) {
                0 => rng.pick_any(&show_ids).cloned().map(ScriptRef::Show),
                _ => rng
                    .pick_any(&template_ids)
                    .cloned()
                    .map(ScriptRef::Template),
            };
            let Some(script) = script else { return };
            let len = ws.script_segments(&script).map_or(0, <[Segment]>::len);
            let at = rng.below(len.max(1));
            let segment = ws.script_segments(&script).and_then(|s| s.get(at)).cloned();
            let change = match (rng.below(6), segment) {
                (0, _) => Edit::Insert {
                    at: rng.below(len + 1),
                    segment: new_segment(SegmentKind::Interaction, name, ids),
                },
                (1, Some(_)) if len > 1 => Edit::Remove { index: at },
                (2, Some(_)) if len > 1 => Edit::Move {
                    from: at,
                    to: rng.below(len),
                },
                (3, Some(mut segment)) => {
                    segment.lines = vec![format!("line {n}")];
                    Edit::Replace { index: at, segment }
                }
                (_, Some(mut segment)) => {
                    segment.title = name;
                    Edit::Replace { index: at, segment }
                }
                _ => return,
            };
            let _ = ws.edit_script(&script, change);
        }
        11 => {
            if let Some(id) = rng.pick_any(&product_ids) {
                let _ = ws.update_product(id, |p| p.live_price = f64::from(n % 300));
            }
        }
        12 => {
            let (warning, danger) = (60 * (1 + n % 4), 30 * (1 + n % 5));
            ws.settings.set_thresholds(warning, danger);
        }
        13 => {
            if let Some(id) = rng.pick_any(&show_ids) {
                let mut show = ws.show(id).unwrap().clone();
                show.id = ids.next_id();
                show.timer = None;
                show.checklist_done.clear();
                if let Some(script) = show.script.as_mut() {
                    for segment in &mut script.segments {
                        segment.id = ids.next_id();
                    }
                }
                let _ = ws.add_show(show);
            }
        }
        14 => {
            if show_ids.len() > 1 {
                let id = rng.pick(&show_ids).clone();
                let _ = ws.remove_show(&id);
            }
        }
        _ => {
            // A timer command on a show, as the presenter applies it.
            let Some(id) = rng.pick_any(&show_ids) else {
                return;
            };
            let command = match rng.below(12) {
                0..=3 => Command::Toggle,
                4..=6 => Command::Next,
                7 => Command::Previous,
                8 => Command::AddSeconds(60),
                9 => Command::AddSeconds(-30),
                10 => Command::Finish,
                _ => Command::Jump(rng.below(4)),
            };
            let show = ws.shows.iter_mut().find(|s| &s.id == id).unwrap();
            let segments = show.segments().to_vec();
            let mut timer = show.timer.clone().unwrap_or_default();
            timer.apply(command, &segments, now);
            show.timer = Some(timer);
        }
    }
}

// ---- The oracle: the workspace as JSON leaves by path.

/// Lists whose items have ids are entered by id; these two are sets.
const SETS: [&str; 2] = ["checklist_done", "assignments"];
const KEYED: [&str; 12] = [
    "plans",
    "shows",
    "templates",
    "products",
    "phases",
    "team",
    "lineup",
    "checklist",
    "risks",
    "emergency_plans",
    "budget",
    "segments",
];

/// The paths where `from` and `to` differ, walked together: equal subtrees
/// are passed over at once, items of id-keyed lists are compared by id, sets
/// by element; an item's presence has a path of its own (`…[id]#`).
fn changed(from: &Value, to: &Value) -> Vec<String> {
    let mut out = Vec::new();
    walk("", Some(from), Some(to), "", &mut out);
    out.sort();
    out
}

fn walk<'a>(
    path: &str,
    from: Option<&'a Value>,
    to: Option<&'a Value>,
    field: &str,
    out: &mut Vec<String>,
) {
    if from == to {
        return;
    }
    let items = |v: Option<&'a Value>| v.and_then(Value::as_array).map_or(&[][..], Vec::as_slice);
    match (from, to) {
        _ if SETS.contains(&field) => {
            let (a, b) = (items(from), items(to));
            let only = |x: &'a [Value], y: &'a [Value]| x.iter().filter(move |i| !y.contains(i));
            for item in only(a, b).chain(only(b, a)) {
                out.push(format!("{path}{{{item}}}"));
            }
        }
        _ if KEYED.contains(&field) => {
            let (a, b) = (items(from), items(to));
            let find = |list: &'a [Value], key: &str| list.iter().find(|i| key_of(i) == Some(key));
            let mut keys: Vec<&str> = a.iter().chain(b).filter_map(key_of).collect();
            keys.sort_unstable();
            keys.dedup();
            let empty = Value::Object(Default::default());
            for key in keys {
                let (x, y) = (find(a, key), find(b, key));
                let item_path = format!("{path}[{key}]");
                if x.is_some() != y.is_some() {
                    out.push(format!("{item_path}#"));
                }
                // Every field of an item one side lacks differs.
                walk(
                    &item_path,
                    Some(x.unwrap_or(&empty)),
                    Some(y.unwrap_or(&empty)),
                    "",
                    out,
                );
            }
        }
        (Some(Value::Object(a)), Some(Value::Object(b))) => {
            for key in a.keys().chain(b.keys().filter(|k| !a.contains_key(*k))) {
                if key != "timer" {
                    walk(&format!("{path}.{key}"), a.get(key), b.get(key), key, out);
                }
            }
        }
        _ => out.push(path.to_owned()),
    }
}

const PRESENT: Value = Value::Bool(true);

/// The value at a path of [`changed`] (`None` where there is none).
fn at<'a>(root: &'a Value, path: &str) -> Option<&'a Value> {
    if let Some(item_path) = path.strip_suffix('#') {
        return at(root, item_path).map(|_| &PRESENT);
    }
    if let Some(open) = path.rfind('{').filter(|_| path.ends_with('}')) {
        let set = at(root, &path[..open])?;
        let item: Value = serde_json::from_str(&path[open + 1..path.len() - 1]).ok()?;
        return set.as_array()?.contains(&item).then_some(&PRESENT);
    }
    let mut here = root;
    let mut rest = path;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix('.') {
            let end = after.find(['.', '[']).unwrap_or(after.len());
            here = here.get(&after[..end])?;
            rest = &after[end..];
        } else {
            let after = rest.strip_prefix('[')?;
            let end = after.find(']')?;
            let key = &after[..end];
            here = here.as_array()?.iter().find(|i| key_of(i) == Some(key))?;
            rest = &after[end + 1..];
        }
    }
    Some(here)
}

fn key_of(item: &Value) -> Option<&str> {
    item.get("id").or_else(|| item.get("product_id"))?.as_str()
}

fn conflict_path(conflict: &Conflict) -> String {
    conflict
        .path
        .iter()
        .map(|step| match step {
            Step::Field(name) => format!(".{name}"),
            Step::Item { key, .. } => format!("[{key}]"),
        })
        .collect()
}

fn covered(path: &str, conflicts: &[String]) -> bool {
    conflicts.iter().any(|c| {
        path.starts_with(c.as_str())
            && matches!(
                path[c.len()..].chars().next(),
                None | Some('.' | '[' | '#' | '{')
            )
    })
}

/// The oracle's verdict on one merge; `Err` says what was lost.
fn check_merge(
    base: &Workspace,
    ours: &Workspace,
    theirs: &Workspace,
    absorbed: &Absorbed,
) -> Result<(), String> {
    if absorbed.set_aside.is_some() {
        // Nothing merged: the stored copy kept, this window's copy set aside whole.
        return (absorbed.workspace == *theirs)
            .then_some(())
            .ok_or("set aside but not theirs".into());
    }
    let json = |ws: &Workspace| serde_json::to_value(ws).unwrap();
    let (b, o, t, m) = (
        json(base),
        json(ours),
        json(theirs),
        json(&absorbed.workspace),
    );
    let conflicts: Vec<String> = absorbed.conflicts.iter().map(conflict_path).collect();
    // Only the fallback for a merge that is not valid as a whole may replace
    // a change of one side: it takes a whole item (or the settings) from the
    // other window's save.
    let whole_items: Vec<String> = absorbed
        .conflicts
        .iter()
        .filter(|c| {
            matches!(c.path.last(), Some(Step::Item { .. })) || c.path == [Step::Field("settings")]
        })
        .map(conflict_path)
        .collect();
    let (by_ours, by_theirs) = (changed(&b, &o), changed(&b, &t));
    let both = |path: &String| {
        by_ours.binary_search(path).is_ok() && by_theirs.binary_search(path).is_ok()
    };
    for (path, mine, other) in by_ours
        .iter()
        .map(|p| (p, &o, &t))
        .chain(by_theirs.iter().map(|p| (p, &t, &o)))
        .map(|(p, mine, other)| (p, move |p: &str| at(mine, p), move |p: &str| at(other, p)))
    {
        if both(path) && mine(path) != other(path) {
            if !covered(path, &conflicts) {
                return Err(format!("both changed {path} and no conflict says so"));
            }
        } else if !covered(path, &whole_items) && at(&m, path) != mine(path) {
            return Err(format!(
                "a change to {path} is lost: {:?} -> {:?}",
                mine(path),
                at(&m, path)
            ));
        }
    }
    // A conflict about a field is only reported where both sides changed it.
    for (conflict, path) in absorbed.conflicts.iter().zip(&conflicts) {
        if let (Clash::Replaced { .. }, Some(Step::Field(_))) =
            (&conflict.clash, conflict.path.last())
        {
            if path != ".settings" && !both(path) {
                return Err(format!(
                    "a conflict is reported at {path}, which one side alone changed"
                ));
            }
        }
    }
    // Runs are facts: both sides' runs of one show's run, once each.
    for show in &absorbed.workspace.shows {
        let path = format!(".shows[{}]", show.id);
        if covered(&format!("{path}.timer"), &conflicts) {
            continue;
        }
        let timer = |ws: &Workspace| ws.show(&show.id).and_then(|s| s.timer.clone());
        let (bt, ot, tt, mt) = (timer(base), timer(ours), timer(theirs), show.timer.clone());
        let started = |t: &Option<TimerState>| t.as_ref().and_then(|t| t.show_started_at_ms);
        if ot != bt && tt != bt && started(&ot).is_some() && started(&ot) == started(&tt) {
            let mut starts: Vec<i64> = mt
                .as_ref()
                .unwrap()
                .log
                .iter()
                .map(|r| r.started_at_ms)
                .collect();
            let before = starts.len();
            starts.dedup();
            if starts.len() != before {
                return Err(format!("{path}: a run is duplicated"));
            }
            for run in ot.iter().chain(tt.iter()).flat_map(|t| &t.log) {
                if !starts.contains(&run.started_at_ms) {
                    return Err(format!(
                        "{path}: the run from {} is lost",
                        run.started_at_ms
                    ));
                }
            }
        } else if ot != bt && tt == bt && mt != ot {
            return Err(format!("{path}: this window's timer is lost"));
        } else if tt != bt && ot == bt && mt != tt {
            return Err(format!("{path}: the other window's timer is lost"));
        }
    }
    Document::workspace(chrono::DateTime::UNIX_EPOCH, absorbed.workspace.clone())
        .validate()
        .map_err(|e| format!("the merge is not valid: {e:?}"))
}

// ---- The two windows and their shared storage.
//
// As in a browser, a window sees the other's writes late: its view of
// storage moves on only when it hears a write's event (or makes its own), so
// a save can merge with an older copy than the one it then overwrites. Each
// copy tracks the edits it holds, so that every merge can be checked to start
// from a true common ancestor.

type Edits = BTreeSet<u32>;

struct Stored {
    workspace: Workspace,
    revision: Revision,
    edits: Edits,
}

struct Window {
    replica: Replica,
    local: Workspace,
    /// The edits this window's state holds.
    edits: Edits,
    /// The stored version this window's base is.
    base_version: usize,
    /// The newest stored version this window can see.
    view: usize,
    /// Writes of the other window not yet heard (storage events in flight).
    inbox: VecDeque<usize>,
    ids: SequentialIds,
}

struct Shared {
    versions: Vec<Stored>,
    next_edit: u32,
    merges: usize,
    conflicts: usize,
}

fn rev(version: usize) -> Id {
    Id::new(format!("v{version}")).unwrap()
}

impl Window {
    fn new(start: &Workspace, ids: SequentialIds) -> Window {
        Window {
            replica: Replica::new(start.clone(), Some(Revision::after(rev(0), None))),
            local: start.clone(),
            edits: Edits::new(),
            base_version: 0,
            view: 0,
            inbox: VecDeque::new(),
            ids,
        }
    }

    fn edit(&mut self, shared: &mut Shared, rng: &mut Rng, now: i64) {
        let before = self.local.clone();
        edit(&mut self.local, rng, &mut self.ids, now);
        if self.local != before {
            shared.next_edit += 1;
            self.edits.insert(shared.next_edit);
        }
    }

    /// Merges the stored version `version` into this window's state.
    fn absorb(&mut self, version: usize, shared: &mut Shared) -> Result<bool, String> {
        let stored = &shared.versions[version];
        let (base, base_edits) = match self.replica.older_base(Some(&stored.revision)) {
            Some(older) => {
                let version = shared
                    .versions
                    .iter()
                    .position(|v| {
                        v.workspace == *older && stored.revision.ancestors.contains(&v.revision.id)
                    })
                    .unwrap();
                (older.clone(), shared.versions[version].edits.clone())
            }
            None => (
                self.replica.base().clone(),
                shared.versions[self.base_version].edits.clone(),
            ),
        };
        // The merge base must be an ancestor of both sides, or a side's
        // edits would look like the other side removing them.
        if !base_edits.is_subset(&self.edits) || !base_edits.is_subset(&stored.edits) {
            return Err(format!(
                "version {version} merged from a base that is not a common ancestor"
            ));
        }
        let ours = self.local.clone();
        let absorbed = self.replica.absorb(
            &self.local,
            stored.workspace.clone(),
            Some(&stored.revision),
        );
        if ours != base {
            shared.merges += 1;
            shared.conflicts += absorbed.conflicts.len();
            check_merge(&base, &ours, &stored.workspace, &absorbed)?;
        }
        self.edits = match absorbed.set_aside {
            Some(_) => stored.edits.clone(),
            None => self.edits.union(&stored.edits).copied().collect(),
        };
        self.local = absorbed.workspace;
        self.base_version = version;
        Ok(absorbed.unsaved)
    }

    /// A save: merge a stored copy this window sees and has not merged, then write.
    fn save(&mut self, shared: &mut Shared, other: &mut Window) -> Result<(), String> {
        if self.view != self.base_version {
            self.absorb(self.view, shared)?;
        }
        let version = shared.versions.len();
        let revision = self.replica.next_revision(rev(version));
        shared.versions.push(Stored {
            workspace: self.local.clone(),
            revision: revision.clone(),
            edits: self.edits.clone(),
        });
        self.replica.saved(self.local.clone(), revision);
        self.base_version = version;
        self.view = version;
        other.inbox.push_back(version);
        Ok(())
    }

    /// Hears one write of the other window: reads the stored copy as this
    /// window sees it now; saves at once what the merge leaves unsaved.
    fn hear(&mut self, shared: &mut Shared, other: &mut Window) -> Result<(), String> {
        let Some(version) = self.inbox.pop_front() else {
            return Ok(());
        };
        self.view = self.view.max(version);
        if self.view == self.base_version {
            return Ok(());
        }
        if self.absorb(self.view, shared)? {
            self.save(shared, other)?;
        }
        Ok(())
    }

    fn dirty(&self) -> bool {
        self.local != *self.replica.base()
    }
}

fn run_schedule(seed: u64, start: &Workspace) -> Result<(usize, usize), String> {
    let mut rng = Rng::new(seed);
    let mut windows = [
        Window::new(start, SequentialIds::new("a")),
        Window::new(start, SequentialIds::new("b")),
    ];
    let mut shared = Shared {
        versions: vec![Stored {
            workspace: start.clone(),
            revision: Revision::after(rev(0), None),
            edits: Edits::new(),
        }],
        next_edit: 0,
        merges: 0,
        conflicts: 0,
    };
    let mut now = T0;
    for _ in 0..STEPS {
        now += 1 + rng.below(120_000) as i64;
        let which = rng.below(2);
        let [a, b] = &mut windows;
        let (me, other) = if which == 0 { (a, b) } else { (b, a) };
        match rng.below(10) {
            0..=4 => me.edit(&mut shared, &mut rng, now),
            // The shell saves after a change, never an unchanged copy.
            5..=7 if me.dirty() => me.save(&mut shared, other)?,
            5..=7 => {}
            _ => me.hear(&mut shared, other)?,
        }
        // A browser delivers a write's event within milliseconds: a window
        // never has more writes in flight than a revision names ancestors.
        let [a, b] = &mut windows;
        while a.inbox.len() > IN_FLIGHT {
            a.hear(&mut shared, b)?;
        }
        while b.inbox.len() > IN_FLIGHT {
            b.hear(&mut shared, a)?;
        }
    }
    // Every write heard, every edit saved: both windows end equal.
    for _ in 0..100 {
        let [a, b] = &mut windows;
        if a.inbox.is_empty() && b.inbox.is_empty() && !a.dirty() && !b.dirty() {
            break;
        }
        while !a.inbox.is_empty() {
            a.hear(&mut shared, b)?;
        }
        while !b.inbox.is_empty() {
            b.hear(&mut shared, a)?;
        }
        if a.dirty() {
            a.save(&mut shared, b)?;
        }
        if b.dirty() {
            b.save(&mut shared, a)?;
        }
    }
    let [a, b] = &windows;
    let last = &shared.versions.last().unwrap().workspace;
    if a.local != b.local || a.local != *last {
        return Err("the windows did not converge".into());
    }
    Ok((shared.merges, shared.conflicts))
}

/// A third of the schedules from one seed; three tests, so they run in parallel.
fn schedules_from(seed_index: usize) {
    let start = start();
    let (mut merges, mut conflicts) = (0, 0);
    let count = SCHEDULES.div_ceil(SEEDS.len());
    for n in 0..count {
        let seed = SEEDS[seed_index].wrapping_add((n as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15));
        match run_schedule(seed, &start) {
            Ok((m, c)) => {
                merges += m;
                conflicts += c;
            }
            Err(why) => panic!("schedule {n} of seed {seed_index} ({seed:#x}): {why}"),
        }
    }
    // The schedules must exercise real merges and real conflicts.
    eprintln!("{count} schedules: {merges} merges, {conflicts} conflicts reported");
    assert!(merges > count, "only {merges} merges");
    assert!(conflicts > count / 20, "only {conflicts} conflicts");
}

#[test]
fn two_windows_lose_no_edit_and_converge_seed_1() {
    schedules_from(0);
}

#[test]
fn two_windows_lose_no_edit_and_converge_seed_2() {
    schedules_from(1);
}

#[test]
fn two_windows_lose_no_edit_and_converge_seed_3() {
    schedules_from(2);
}
