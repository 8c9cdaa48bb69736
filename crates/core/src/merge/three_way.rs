//! The generic three-way rules every stored type is merged by: a field
//! changed on one side only takes that side, the same field changed on both
//! sides keeps the other window's (later) save and is reported, and lists of
//! things with ids merge item by item, keeping each side's additions where
//! that side put them.

use std::collections::{HashMap, HashSet};

use serde::Serialize;
use serde_json::Value;

use super::conflict::{Clash, Conflict, Step};
use crate::model::Id;

/// A type whose three versions merge into one.
pub(crate) trait Merge: Clone + PartialEq {
    /// `base`: the copy both sides started from; `ours`: this window's;
    /// `theirs`: the other window's later save.
    fn merge(base: &Self, ours: &Self, theirs: &Self, cx: &mut Cx) -> Self;
}

/// An item of a list merged by identity rather than by position.
pub(crate) trait Keyed: Merge + Serialize {
    /// The name of its identifying field in the stored format.
    const KEY_FIELD: &'static str;
    fn key(&self) -> &Id;
    /// What a person calls it (a name or title), for the conflict report.
    fn label(&self) -> String;
}

/// Where the merge is and what it has had to decide so far.
#[derive(Debug, Default)]
pub(crate) struct Cx {
    path: Vec<Step>,
    pub(crate) conflicts: Vec<Conflict>,
}

/// Which side changed a value, if only one did.
enum Change<'a, T> {
    /// Neither, or both alike: any side's value.
    Agreed(&'a T),
    /// Only one side did, or both differently: the two values.
    Both,
}

fn settle<'a, T: PartialEq>(base: &'a T, ours: &'a T, theirs: &'a T) -> Change<'a, T> {
    if ours == base {
        Change::Agreed(theirs)
    } else if theirs == base || ours == theirs {
        Change::Agreed(ours)
    } else {
        Change::Both
    }
}

fn json<T: Serialize>(value: &T) -> Value {
    // Model values (finite numbers, string keys) always serialize.
    serde_json::to_value(value).unwrap_or(Value::Null)
}

impl Cx {
    fn report(&mut self, clash: Clash) {
        self.conflicts.push(Conflict {
            path: self.path.clone(),
            clash,
        });
    }

    fn within<R>(&mut self, step: Step, run: impl FnOnce(&mut Cx) -> R) -> R {
        self.path.push(step);
        let result = run(self);
        self.path.pop();
        result
    }

    /// A value merged as a whole: text, a number, a choice, a list of lines.
    pub(crate) fn leaf<T: Clone + PartialEq + Serialize>(
        &mut self,
        field: &'static str,
        base: &T,
        ours: &T,
        theirs: &T,
    ) -> T {
        match settle(base, ours, theirs) {
            Change::Agreed(value) => value.clone(),
            Change::Both => {
                self.within(Step::Field(field), |cx| {
                    cx.report(Clash::Replaced {
                        mine: json(ours),
                        kept: json(theirs),
                    })
                });
                theirs.clone()
            }
        }
    }

    /// A value with parts of its own, merged part by part.
    pub(crate) fn deep<T: Merge>(
        &mut self,
        field: &'static str,
        base: &T,
        ours: &T,
        theirs: &T,
    ) -> T {
        match settle(base, ours, theirs) {
            Change::Agreed(value) => value.clone(),
            Change::Both => self.within(Step::Field(field), |cx| T::merge(base, ours, theirs, cx)),
        }
    }

    /// An optional value with parts: part by part while all three hold one,
    /// else as a whole.
    pub(crate) fn optional<T: Merge + Serialize>(
        &mut self,
        field: &'static str,
        base: &Option<T>,
        ours: &Option<T>,
        theirs: &Option<T>,
    ) -> Option<T> {
        match (base, ours, theirs) {
            (Some(b), Some(o), Some(t)) => Some(self.deep(field, b, o, t)),
            _ => self.leaf(field, base, ours, theirs),
        }
    }

    /// A set kept as a list (ticked checklist items, assignments): what
    /// either side added is in, what either side removed is out.
    pub(crate) fn set<T: Clone + PartialEq>(
        &mut self,
        base: &[T],
        ours: &[T],
        theirs: &[T],
    ) -> Vec<T> {
        if let Change::Agreed(value) = settle(&base, &ours, &theirs) {
            return value.to_vec();
        }
        let removed_by_ours = |x: &T| base.contains(x) && !ours.contains(x);
        let mut merged: Vec<T> = theirs
            .iter()
            .filter(|x| !removed_by_ours(x))
            .cloned()
            .collect();
        for x in ours {
            if !base.contains(x) && !merged.contains(x) {
                merged.push(x.clone());
            }
        }
        merged
    }

    /// A list of things with ids, merged item by item (see the module's note).
    pub(crate) fn keyed<T: Keyed>(
        &mut self,
        field: &'static str,
        base: &[T],
        ours: &[T],
        theirs: &[T],
    ) -> Vec<T> {
        if let Change::Agreed(value) = settle(&base, &ours, &theirs) {
            return value.to_vec();
        }
        self.within(Step::Field(field), |cx| cx.keyed_items(base, ours, theirs))
    }

    fn keyed_items<T: Keyed>(&mut self, base: &[T], ours: &[T], theirs: &[T]) -> Vec<T> {
        let index = |items: &[T]| -> HashMap<Id, usize> {
            items
                .iter()
                .enumerate()
                .map(|(i, x)| (x.key().clone(), i))
                .collect()
        };
        let (in_base, in_ours, in_theirs) = (index(base), index(ours), index(theirs));
        let mut merged: HashMap<Id, T> = HashMap::new();
        for key in ours.iter().chain(theirs).chain(base).map(Keyed::key) {
            if merged.contains_key(key) {
                continue;
            }
            let b = in_base.get(key).map(|&i| &base[i]);
            let o = in_ours.get(key).map(|&i| &ours[i]);
            let t = in_theirs.get(key).map(|&i| &theirs[i]);
            if let Some(item) = self.keyed_item(b, o, t) {
                merged.insert(key.clone(), item);
            }
        }
        let order = self.order(base, ours, theirs, &merged);
        order
            .into_iter()
            .filter_map(|key| merged.remove(&key))
            .collect()
    }

    /// One item by its three versions (`None` where a side does not hold it).
    fn keyed_item<T: Keyed>(&mut self, b: Option<&T>, o: Option<&T>, t: Option<&T>) -> Option<T> {
        let step = |item: &T| Step::Item {
            key_field: T::KEY_FIELD,
            key: item.key().clone(),
            label: item.label(),
        };
        match (b, o, t) {
            (_, None, None) => None,
            (None, Some(o), None) => Some(o.clone()),
            (None, None, Some(t)) => Some(t.clone()),
            // The same new id on both sides: a whole-item choice, theirs kept.
            (None, Some(o), Some(t)) if o == t => Some(t.clone()),
            (None, Some(o), Some(t)) => {
                self.within(step(t), |cx| {
                    cx.report(Clash::Replaced {
                        mine: json(o),
                        kept: json(t),
                    })
                });
                Some(t.clone())
            }
            (Some(b), Some(o), Some(t)) => match settle(b, o, t) {
                Change::Agreed(value) => Some(value.clone()),
                Change::Both => Some(self.within(step(t), |cx| T::merge(b, o, t, cx))),
            },
            // Deleted on one side: gone, unless the other side changed it,
            // whose change would otherwise be lost for good.
            (Some(b), None, Some(t)) if t == b => None,
            (Some(b), Some(o), None) if o == b => None,
            (Some(_), None, Some(t)) => {
                self.within(step(t), |cx| {
                    cx.report(Clash::KeptEdited { deleted_here: true })
                });
                Some(t.clone())
            }
            (Some(_), Some(o), None) => {
                self.within(step(o), |cx| {
                    cx.report(Clash::KeptEdited {
                        deleted_here: false,
                    })
                });
                Some(o.clone())
            }
        }
    }

    /// The merged list's order: the common items in the order of the side
    /// that changed it (theirs if both did, reported), then each side's own
    /// items after the item they follow on that side.
    fn order<T: Keyed>(
        &mut self,
        base: &[T],
        ours: &[T],
        theirs: &[T],
        kept: &HashMap<Id, T>,
    ) -> Vec<Id> {
        let keys_of =
            |items: &[T]| -> HashSet<Id> { items.iter().map(|x| x.key().clone()).collect() };
        let (ours_keys, theirs_keys) = (keys_of(ours), keys_of(theirs));
        let common = |items: &[T]| -> Vec<Id> {
            items
                .iter()
                .map(|x| x.key())
                .filter(|k| {
                    kept.contains_key(*k) && ours_keys.contains(*k) && theirs_keys.contains(*k)
                })
                .cloned()
                .collect()
        };
        let (base_order, ours_order, theirs_order) = (common(base), common(ours), common(theirs));
        let skeleton = if ours_order == theirs_order || ours_order == base_order {
            theirs_order
        } else if theirs_order == base_order {
            ours_order
        } else {
            self.report(Clash::Reordered {
                key_field: T::KEY_FIELD,
                mine: ours_order,
            });
            theirs_order
        };
        // Each item only one side holds goes after its nearest predecessor
        // on that side (or first); theirs before ours after the same item.
        let placed: HashSet<&Id> = skeleton.iter().collect();
        let mut after: HashMap<Option<Id>, Vec<Id>> = HashMap::new();
        for (side, other) in [(theirs, &ours_keys), (ours, &theirs_keys)] {
            let mut previous: Option<Id> = None;
            for item in side {
                let key = item.key();
                if !kept.contains_key(key) {
                    continue;
                }
                if !other.contains(key) && !placed.contains(key) {
                    after.entry(previous.clone()).or_default().push(key.clone());
                }
                previous = Some(key.clone());
            }
        }
        let mut order = Vec::with_capacity(kept.len());
        emit_after(&mut after, None, &mut order);
        for key in skeleton {
            order.push(key.clone());
            emit_after(&mut after, Some(key), &mut order);
        }
        order
    }
}

/// Appends the items placed after `anchor`, each followed by its own (a
/// stack rather than recursion: a side may add thousands in a row).
fn emit_after(after: &mut HashMap<Option<Id>, Vec<Id>>, anchor: Option<Id>, order: &mut Vec<Id>) {
    let mut stack: Vec<Id> = after.remove(&anchor).unwrap_or_default();
    stack.reverse();
    while let Some(key) = stack.pop() {
        order.push(key.clone());
        if let Some(mut children) = after.remove(&Some(key)) {
            children.reverse();
            stack.extend(children);
        }
    }
}
