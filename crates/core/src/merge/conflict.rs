//! What a merge had to decide, said so a person can check it and undo it:
//! where (a path of fields and named items), what this window had, what was
//! kept, and how to put this window's value back.

use serde_json::Value;

use crate::document::Document;
use crate::model::{Id, Workspace};
use crate::problem::ReadError;

/// One step of a path into the workspace.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// A field, by its name in the stored format.
    Field(&'static str),
    /// An item of a list, by its id (`key_field` names the id's field).
    Item {
        key_field: &'static str,
        key: Id,
        /// Its name or title when the merge ran.
        label: String,
    },
}

/// What happened where both windows had changed the same thing.
#[derive(Debug, Clone, PartialEq)]
pub enum Clash {
    /// The same field changed in both: the other window's later save was
    /// kept, this window's value (`mine`) replaced.
    Replaced { mine: Value, kept: Value },
    /// Both reordered the list: the other window's order was kept.
    Reordered {
        key_field: &'static str,
        mine: Vec<Id>,
    },
    /// Deleted in one window and changed in the other: kept with the change.
    /// `deleted_here`: this window had deleted it.
    KeptEdited { deleted_here: bool },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Conflict {
    pub path: Vec<Step>,
    pub clash: Clash,
}

/// Why a conflict's value could not be put back.
#[derive(Debug, Clone, PartialEq)]
pub enum PutBackError {
    /// The item it belonged to is gone (deleted since).
    Gone,
    /// Nothing of this window's was replaced: there is nothing to put back.
    NothingToPutBack,
    /// The workspace with it back would not be valid (e.g. a limit).
    Invalid(ReadError),
}

impl Conflict {
    /// The names of the items on its path, outermost first (e.g. the plan's
    /// name, then a phase's).
    pub fn item_labels(&self) -> impl Iterator<Item = &str> {
        self.path.iter().filter_map(|step| match step {
            Step::Item { label, .. } => Some(label.as_str()),
            Step::Field(_) => None,
        })
    }

    /// The last field on its path, if the conflict is about a field.
    pub fn field(&self) -> Option<&'static str> {
        match self.path.last() {
            Some(Step::Field(name)) => Some(name),
            _ => None,
        }
    }

    /// Whether [`Conflict::put_back`] has something to do.
    pub fn can_put_back(&self) -> bool {
        !matches!(
            self.clash,
            Clash::KeptEdited {
                deleted_here: false
            }
        )
    }

    /// The workspace with this window's side of the conflict restored: the
    /// replaced value set again, its order again, or its deletion done again.
    /// Validated like any import before it is returned.
    pub fn put_back(&self, workspace: &Workspace) -> Result<Workspace, PutBackError> {
        let mut root = serde_json::to_value(workspace).map_err(|_| PutBackError::Gone)?;
        let (last, parents) = self.path.split_last().ok_or(PutBackError::Gone)?;
        let mut at = &mut root;
        for step in parents {
            at = enter(at, step).ok_or(PutBackError::Gone)?;
        }
        match (&self.clash, last) {
            (Clash::Replaced { mine, .. }, step) => {
                *enter(at, step).ok_or(PutBackError::Gone)? = mine.clone();
            }
            (Clash::Reordered { key_field, mine }, step) => {
                let list = enter(at, step)
                    .and_then(Value::as_array_mut)
                    .ok_or(PutBackError::Gone)?;
                reorder(list, key_field, mine);
            }
            (Clash::KeptEdited { deleted_here: true }, Step::Item { key_field, key, .. }) => {
                let list = at.as_array_mut().ok_or(PutBackError::Gone)?;
                let position = find(list, key_field, key).ok_or(PutBackError::Gone)?;
                list.remove(position);
            }
            (Clash::KeptEdited { .. }, _) => return Err(PutBackError::NothingToPutBack),
        }
        let restored: Workspace = serde_json::from_value(root).map_err(|_| PutBackError::Gone)?;
        Document::workspace(chrono::DateTime::UNIX_EPOCH, restored.clone())
            .validate()
            .map_err(PutBackError::Invalid)?;
        Ok(restored)
    }
}

fn find(list: &[Value], key_field: &str, key: &Id) -> Option<usize> {
    list.iter()
        .position(|item| item.get(key_field).and_then(Value::as_str) == Some(key.as_str()))
}

fn enter<'a>(at: &'a mut Value, step: &Step) -> Option<&'a mut Value> {
    match step {
        Step::Field(name) => at.as_object_mut()?.get_mut(*name),
        Step::Item { key_field, key, .. } => {
            let list = at.as_array_mut()?;
            let position = find(list, key_field, key)?;
            list.get_mut(position)
        }
    }
}

/// Puts the items named in `order` in that order, the others after them as they were.
fn reorder(list: &mut Vec<Value>, key_field: &str, order: &[Id]) {
    let mut rest = std::mem::take(list);
    for key in order {
        if let Some(position) = find(&rest, key_field, key) {
            list.push(rest.remove(position));
        }
    }
    list.append(&mut rest);
}

/// A value as a person reads it in a one-line report: text as it is
/// (shortened), numbers plainly, lists joined, an item by its name.
pub fn brief(value: &Value) -> String {
    const MAX_CHARS: usize = 60;
    let text = match value {
        Value::Null => "—".to_owned(),
        Value::String(text) => text.clone(),
        Value::Array(items) => items.iter().map(brief).collect::<Vec<_>>().join(" / "),
        Value::Object(fields) => ["name", "title", "item", "text", "description", "action"]
            .iter()
            .find_map(|key| fields.get(*key).and_then(Value::as_str))
            .unwrap_or("…")
            .to_owned(),
        other => other.to_string(),
    };
    match text.char_indices().nth(MAX_CHARS) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text,
    }
}
