//! Many windows, one workspace, no edit lost. When another window's save
//! arrives (or is found in storage at save time), this window's state is
//! merged three ways: the base (the stored copy this window last loaded,
//! saved or merged), this window's current state ("ours") and the stored
//! copy ("theirs").
//!
//! The rules, in the order they apply:
//! - a value changed on one side only takes that side;
//! - plans, shows, templates, products and the lists with ids inside them
//!   (phases, team, lineup, checklist, risks, emergency plans, budget lines,
//!   segments) merge item by item, so two windows editing different items or
//!   different fields of one item both keep their edits; each side's new
//!   items stay where that side put them;
//! - the same field changed on both sides is a conflict: the other window's
//!   save is the later one and is kept; this window's value is reported
//!   ([`Conflict`]) and can be put back ([`Conflict::put_back`]);
//! - an item deleted on one side and changed on the other is kept with the
//!   change (a deletion is easily repeated, a lost edit is not) and reported;
//! - ticked checklist items and role assignments merge as sets: what either
//!   side added is in, what either side removed is out;
//! - a show's timer merges by its own rule (see [`merge_timer`]);
//! - the result is validated like an import. Where a combination of valid
//!   edits is not valid together (e.g. a warning threshold lowered below a
//!   danger threshold raised in the other window), the item at fault is
//!   taken whole from the other window's save and reported; if the whole
//!   would still be invalid, the other window's save is kept and this
//!   window's copy is set aside for the shell to keep as a recovery copy.

mod conflict;
mod model;
mod replica;
mod three_way;
mod timer;

pub use conflict::{brief, Clash, Conflict, PutBackError, Step};
pub use replica::{Absorbed, MergeRule, Replica};
pub use timer::{merge_timer, merge_timers};

use serde_json::Value;

use crate::model::{Id, Workspace};
use crate::problem::FieldError;
use crate::validate::{self, Checker};
use three_way::{Cx, Keyed, Merge};

/// The result of a merge.
#[derive(Debug, Clone, PartialEq)]
pub struct Merged {
    /// Valid, whatever the inputs were (if they were valid).
    pub workspace: Workspace,
    /// What was decided where both sides changed the same thing.
    pub conflicts: Vec<Conflict>,
    /// This window's copy, when no valid merge kept its changes.
    pub set_aside: Option<Workspace>,
}

/// Merges `ours` and `theirs`, both changed from `base` (see the module's note).
pub fn merge(base: &Workspace, ours: &Workspace, theirs: &Workspace) -> Merged {
    let mut cx = Cx::default();
    let mut workspace = Workspace::merge(base, ours, theirs, &mut cx);
    let mut conflicts = cx.conflicts;
    // Each pass replaces what one check found at fault; two are plenty for
    // the rare combination, the third gives up.
    for _ in 0..3 {
        let errors = match check(&workspace) {
            Ok(()) => {
                return Merged {
                    workspace,
                    conflicts,
                    set_aside: None,
                }
            }
            Err(errors) => errors,
        };
        let mut fixed = false;
        for error in &errors {
            fixed |= take_theirs(&mut workspace, ours, theirs, error, &mut conflicts);
        }
        if !fixed {
            break;
        }
    }
    if check(&workspace).is_ok() {
        return Merged {
            workspace,
            conflicts,
            set_aside: None,
        };
    }
    Merged {
        workspace: theirs.clone(),
        conflicts: Vec::new(),
        set_aside: Some(ours.clone()),
    }
}

fn check(workspace: &Workspace) -> Result<(), Vec<FieldError>> {
    let mut c = Checker::new("data");
    validate::workspace(&mut c, workspace);
    c.finish()
}

/// Replaces the top-level item an error is about with the other window's
/// version of it (this window's if only it has one), reported; false when
/// the error is not about one item or it already is theirs.
fn take_theirs(
    workspace: &mut Workspace,
    ours: &Workspace,
    theirs: &Workspace,
    error: &FieldError,
    conflicts: &mut Vec<Conflict>,
) -> bool {
    let Some(rest) = error.path.strip_prefix("data.") else {
        return false;
    };
    if rest.starts_with("settings") {
        if workspace.settings == theirs.settings {
            return false;
        }
        conflicts.push(Conflict {
            path: vec![Step::Field("settings")],
            clash: Clash::Replaced {
                mine: json(&ours.settings),
                kept: json(&theirs.settings),
            },
        });
        workspace.settings = theirs.settings.clone();
        return true;
    }
    let Some((list, index)) = list_index(rest) else {
        return false;
    };
    match list {
        "plans" => replace_item(
            &mut workspace.plans,
            &ours.plans,
            &theirs.plans,
            "plans",
            index,
            conflicts,
        ),
        "shows" => replace_item(
            &mut workspace.shows,
            &ours.shows,
            &theirs.shows,
            "shows",
            index,
            conflicts,
        ),
        "templates" => replace_item(
            &mut workspace.templates,
            &ours.templates,
            &theirs.templates,
            "templates",
            index,
            conflicts,
        ),
        "products" => replace_item(
            &mut workspace.products,
            &ours.products,
            &theirs.products,
            "products",
            index,
            conflicts,
        ),
        _ => false,
    }
}

/// `plans[3].name` → `("plans", 3)`.
fn list_index(path: &str) -> Option<(&str, usize)> {
    let (list, rest) = path.split_once('[')?;
    let (index, _) = rest.split_once(']')?;
    Some((list, index.parse().ok()?))
}

fn replace_item<T: Keyed>(
    items: &mut [T],
    ours: &[T],
    theirs: &[T],
    field: &'static str,
    index: usize,
    conflicts: &mut Vec<Conflict>,
) -> bool {
    let Some(item) = items.get_mut(index) else {
        return false;
    };
    let find = |list: &[T], key: &Id| list.iter().find(|x| x.key() == key).cloned();
    let Some(theirs_item) = find(theirs, item.key()) else {
        return false;
    };
    if *item == theirs_item {
        return false;
    }
    let mine = find(ours, item.key()).map_or(Value::Null, |x| json(&x));
    conflicts.push(Conflict {
        path: vec![
            Step::Field(field),
            Step::Item {
                key_field: T::KEY_FIELD,
                key: item.key().clone(),
                label: item.label(),
            },
        ],
        clash: Clash::Replaced {
            mine,
            kept: json(&theirs_item),
        },
    });
    *item = theirs_item;
    true
}

fn json<T: serde::Serialize>(value: &T) -> Value {
    serde_json::to_value(value).unwrap_or(Value::Null)
}
