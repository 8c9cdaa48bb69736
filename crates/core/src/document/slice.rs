//! The presenter's own read and write of the stored copy: one show at a time.
//! A tablet that opens a timer needs that show, its plan (for the emergency
//! plans), the products and the settings. Typing a team's whole workspace
//! first (every other show's script, every template) delayed its first frame
//! by the size of everything else: +150 ms at 4x CPU for a 200 KB workspace.
//! So the other items stay JSON text, and its one change, the show's timer,
//! is written into the stored text as found at that moment: whatever another
//! tab saved meanwhile stays as that tab saved it.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Deserializer, Serialize};
use serde_json::value::RawValue;

use super::quick::{envelope, validated, QuickRead, Stop};
use super::{Document, EnvelopeOut, Kind, Revision, FORMAT, SCHEMA};
use crate::model::{Id, Plan, Product, Settings, Show, Workspace};
use crate::timer::TimerState;

/// A stored workspace's data with each item left as its JSON text. `S` is a
/// show as read (its text) or as written back (its text, or the changed show).
#[derive(Deserialize, Serialize)]
#[serde(
    deny_unknown_fields,
    bound(deserialize = "S: Deserialize<'de>", serialize = "S: Serialize")
)]
struct Untyped<'a, S> {
    #[serde(default, borrow)]
    plans: Vec<&'a RawValue>,
    #[serde(default)]
    shows: Vec<S>,
    #[serde(default, borrow, skip_serializing_if = "Kept::is_absent")]
    templates: Kept<'a>,
    #[serde(default, borrow, skip_serializing_if = "Kept::is_absent")]
    products: Kept<'a>,
    #[serde(default, borrow, skip_serializing_if = "Kept::is_absent")]
    settings: Kept<'a>,
}

/// A key's value kept as its text, or `None` where the key is missing. Its
/// text is kept even when it is `null` (which the typed read refuses), so
/// "missing" and "null" stay apart.
#[derive(Default, Clone, Copy, Serialize)]
#[serde(transparent)]
struct Kept<'a>(Option<&'a RawValue>);

impl Kept<'_> {
    fn is_absent(&self) -> bool {
        self.0.is_none()
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for Kept<'a> {
    fn deserialize<D: Deserializer<'de>>(value: D) -> Result<Self, D::Error> {
        <&RawValue>::deserialize(value).map(|text| Kept(Some(text)))
    }
}

/// A show written back: as it was stored, or with this tab's timer.
#[derive(Serialize)]
#[serde(untagged)]
enum ShowOut<'a> {
    Kept(&'a RawValue),
    Changed(&'a Show),
}

/// Only the id of a plan or a show; the rest of its text is skipped.
#[derive(Deserialize)]
struct IdOnly {
    id: Id,
}

/// The one item of `items` with this id: `Ok(None)` if none has it, `Err`
/// if an item has no readable id or two have this one (the full read refuses both).
fn the_one<'a>(items: &[&'a RawValue], id: &Id) -> Result<Option<(usize, &'a RawValue)>, ()> {
    let mut found = None;
    for (index, item) in items.iter().enumerate() {
        let IdOnly { id: own } = serde_json::from_str(item.get()).map_err(|_| ())?;
        if &own == id {
            if found.is_some() {
                return Err(());
            }
            found = Some((index, *item));
        }
    }
    Ok(found)
}

fn typed<'a, T: Deserialize<'a>>(text: Option<&'a RawValue>) -> Result<Option<T>, ()> {
    text.map(|raw| serde_json::from_str(raw.get()).map_err(|_| ()))
        .transpose()
}

impl Untyped<'_, &RawValue> {
    /// The presenter's workspace: the show (none if it is not there), its
    /// plan, all products and the settings, typed; no templates, no other show or plan.
    fn slice(&self, show_id: &Id) -> Result<Workspace, ()> {
        let show: Option<Show> = typed(the_one(&self.shows, show_id)?.map(|(_, raw)| raw))?;
        let plan: Option<Plan> = match show.as_ref().and_then(|s| s.plan_id.as_ref()) {
            Some(plan_id) => typed(the_one(&self.plans, plan_id)?.map(|(_, raw)| raw))?,
            None => None,
        };
        Ok(Workspace {
            plans: plan.into_iter().collect(),
            shows: show.into_iter().collect(),
            templates: Vec::new(),
            products: typed::<Vec<Product>>(self.products.0)?.unwrap_or_default(),
            settings: typed::<Settings>(self.settings.0)?.unwrap_or_default(),
        })
    }
}

/// Why a timer could not be written into the stored text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unwritable {
    /// Written by a newer LiveDesk: must be left alone.
    Newer { found: u64 },
    /// Not a workspace this version wrote, or without this show (deleted in
    /// another tab): the whole app must look at it.
    NotHere,
}

impl Document {
    /// The presenter's read of a stored workspace: [`Workspace`] with only
    /// the show `show_id` (none if it is not there), its plan, the products
    /// and the settings, each checked as the full read checks it. A copy the
    /// quick read leaves to the full read is left to it here too.
    pub fn read_show_quickly(text: &str, show_id: &Id) -> QuickRead {
        let (saved_at, data) = match envelope::<Untyped<&RawValue>>(text, Kind::Workspace) {
            Ok(read) => read,
            Err(stop) => return stop.into(),
        };
        let Ok(workspace) = data.slice(show_id) else {
            return QuickRead::Explain;
        };
        validated(Document::workspace(saved_at, workspace))
    }

    /// The stored text `text` with the show `show_id`'s timer set to `timer`,
    /// saved at `saved_at` as `revision`; every other item as it was in `text`.
    pub fn with_show_timer(
        text: &str,
        show_id: &Id,
        timer: Option<&TimerState>,
        saved_at: DateTime<Utc>,
        revision: &Revision,
    ) -> Result<String, Unwritable> {
        let (_, data) =
            envelope::<Untyped<&RawValue>>(text, Kind::Workspace).map_err(|stop| match stop {
                Stop::Newer { found } => Unwritable::Newer { found },
                Stop::Explain => Unwritable::NotHere,
            })?;
        let (index, raw) = the_one(&data.shows, show_id)
            .ok()
            .flatten()
            .ok_or(Unwritable::NotHere)?;
        let mut show: Show = serde_json::from_str(raw.get()).map_err(|_| Unwritable::NotHere)?;
        show.timer = timer.cloned();
        let changed = Workspace {
            shows: vec![show],
            ..Workspace::default()
        };
        // Validated like everything else before it replaces anything.
        Document::workspace(saved_at, changed.clone())
            .validate()
            .map_err(|_| Unwritable::NotHere)?;
        let shows = data
            .shows
            .iter()
            .enumerate()
            .map(|(i, raw)| match i == index {
                true => ShowOut::Changed(&changed.shows[0]),
                false => ShowOut::Kept(raw),
            })
            .collect();
        let out = Untyped {
            plans: data.plans,
            shows,
            templates: data.templates,
            products: data.products,
            settings: data.settings,
        };
        let envelope = EnvelopeOut {
            format: FORMAT,
            kind: Kind::Workspace,
            schema: SCHEMA,
            saved_at: &saved_at,
            revision: Some(revision),
            data: &out,
        };
        // Text that was JSON and a show that serializes (finite numbers) always do.
        serde_json::to_string_pretty(&envelope).map_err(|_| Unwritable::NotHere)
    }
}
