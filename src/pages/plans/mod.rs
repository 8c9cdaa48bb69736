//! The plans section: the list of plans (`list`), and each plan's page
//! (`page`) with its tabs: overview and targets with the month's pace,
//! phases and their cadence, the month calendar, lineup, team, checklist,
//! risks and emergency plans, budget; and each show's own page (`show`).

mod budget;
mod calendar;
mod checklist;
mod lineup;
mod list;
mod overview;
mod page;
mod phases;
mod risks;
mod show;
mod team;

pub use list::PlansPage;
pub use page::PlanPage;
pub use show::ShowPage;

use leptos::prelude::*;
use livedesk_core::model::{Id, Plan};

use crate::components::status_line::Status;
use crate::i18n::use_i18n;
use crate::routes::Section;
use crate::state::use_app_state;

/// The tabs of a plan's page, in the order they are listed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanTab {
    Overview,
    Calendar,
    Phases,
    Lineup,
    Team,
    Checklist,
    Risks,
    Budget,
}

impl PlanTab {
    pub const ALL: [PlanTab; 8] = [
        PlanTab::Overview,
        PlanTab::Calendar,
        PlanTab::Phases,
        PlanTab::Lineup,
        PlanTab::Team,
        PlanTab::Checklist,
        PlanTab::Risks,
        PlanTab::Budget,
    ];

    /// The tab's segment in the address (`/plans/<id>/calendar`).
    pub fn slug(self) -> &'static str {
        match self {
            PlanTab::Overview => "",
            PlanTab::Calendar => "calendar",
            PlanTab::Phases => "phases",
            PlanTab::Lineup => "lineup",
            PlanTab::Team => "team",
            PlanTab::Checklist => "checklist",
            PlanTab::Risks => "risks",
            PlanTab::Budget => "budget",
        }
    }

    pub fn from_slug(slug: &str) -> Option<PlanTab> {
        PlanTab::ALL.into_iter().find(|tab| tab.slug() == slug)
    }
}

/// The link to a plan's tab.
pub fn plan_href(plan_id: &Id, tab: PlanTab) -> String {
    match tab {
        PlanTab::Overview => format!("{}/{plan_id}", Section::Plans.href()),
        tab => format!("{}/{plan_id}/{}", Section::Plans.href(), tab.slug()),
    }
}

/// The link to a show's page inside its plan.
pub fn show_href(plan_id: &Id, show_id: &Id) -> String {
    format!("{}/{plan_id}/show/{show_id}", Section::Plans.href())
}

/// What every tab of a plan's page shares: the plan and a way to change it.
#[derive(Clone, Copy)]
pub struct PlanContext {
    pub id: StoredValue<Id>,
    pub plan: Memo<Option<Plan>>,
    pub status: Status,
}

impl PlanContext {
    pub fn new(id: Id, status: Status) -> PlanContext {
        let state = use_app_state();
        let plan_id = id.clone();
        let plan = Memo::new(move |_| state.workspace.with(|ws| ws.plan(&plan_id).cloned()));
        PlanContext {
            id: StoredValue::new(id),
            plan,
            status,
        }
    }

    /// Changes the plan through the core's checked command; a refusal is
    /// shown in the status line and changes nothing.
    pub fn update(self, change: impl FnOnce(&mut Plan)) -> bool {
        let id = self.id.get_value();
        let result = use_app_state().try_change(|ws| ws.update_plan(&id, change));
        report(self.status, result.map(|()| None))
    }

    /// A value read from the plan (tracked), or the default once it is gone.
    pub fn read<T: Default>(self, pick: impl Fn(&Plan) -> T) -> T {
        self.plan
            .with(|plan| plan.as_ref().map(pick).unwrap_or_default())
    }
}

/// Shows a command's outcome: an optional message on success, the reason on
/// refusal. True when the command went through.
pub fn report<E>(status: Status, result: Result<Option<String>, E>) -> bool
where
    E: std::borrow::Borrow<livedesk_core::plans::edit::PlanError>,
{
    let i18n = use_i18n();
    match result {
        Ok(message) => {
            status.set(message.map(|text| (false, text)));
            true
        }
        Err(error) => {
            let text = (i18n.plans().plan_error)(error.borrow(), i18n.lang());
            status.set(Some((true, text)));
            false
        }
    }
}

/// One entry of a plan's list (a team member, a risk…), found by its id:
/// its current value, a checked change to it, and its removal.
pub struct PlanItem<T: Send + Sync + 'static> {
    pub value: Memo<Option<T>>,
    ctx: PlanContext,
    id: StoredValue<Id>,
    list_mut: fn(&mut Plan) -> &mut Vec<T>,
    key: fn(&T) -> &Id,
}

impl<T: Send + Sync + 'static> Clone for PlanItem<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for PlanItem<T> {}

impl<T: Clone + PartialEq + Send + Sync + 'static> PlanItem<T> {
    pub fn new(
        ctx: PlanContext,
        id: Id,
        list: fn(&Plan) -> &[T],
        list_mut: fn(&mut Plan) -> &mut Vec<T>,
        key: fn(&T) -> &Id,
    ) -> PlanItem<T> {
        let id = StoredValue::new(id);
        let value = Memo::new(move |_| {
            let id = id.get_value();
            ctx.plan.with(|plan| {
                plan.as_ref()
                    .and_then(|p| list(p).iter().find(|item| key(item) == &id).cloned())
            })
        });
        PlanItem {
            value,
            ctx,
            id,
            list_mut,
            key,
        }
    }

    /// A text read from the entry (tracked), empty once it is gone.
    pub fn text(self, read: fn(&T) -> String) -> impl Fn() -> String + Copy + Send + Sync {
        move || {
            self.value
                .with(|v| v.as_ref().map(read).unwrap_or_default())
        }
    }

    pub fn change(self, change: impl FnOnce(&mut T)) {
        let id = self.id.get_value();
        let (list_mut, key) = (self.list_mut, self.key);
        self.ctx.update(|plan| {
            if let Some(item) = list_mut(plan).iter_mut().find(|item| key(item) == &id) {
                change(item);
            }
        });
    }

    pub fn remove(self) {
        let id = self.id.get_value();
        let (list_mut, key) = (self.list_mut, self.key);
        self.ctx
            .update(|plan| list_mut(plan).retain(|item| key(item) != &id));
    }
}

/// The ids of a plan's list, for a keyed `<For>`.
pub fn item_ids<T>(ctx: PlanContext, list: fn(&Plan) -> &[T], key: fn(&T) -> &Id) -> Vec<Id> {
    ctx.read(|plan| list(plan).iter().map(|item| key(item).clone()).collect())
}

/// A plan's list as the tabs edit it: one row per entry, a line saying the
/// list is empty, and the button that adds an entry.
#[component]
pub fn EditableList<I, A, R, V>(
    ids: I,
    #[prop(into)] empty: Signal<&'static str>,
    #[prop(into)] add_label: Signal<&'static str>,
    on_add: A,
    row: R,
) -> impl IntoView
where
    I: Fn() -> Vec<Id> + Copy + Send + Sync + 'static,
    A: Fn() + 'static,
    R: Fn(Id) -> V + Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    view! {
        <Show when=move || !ids().is_empty() fallback=move || view! { <p class="muted">{move || empty.get()}</p> }>
            <ul class="item-list">
                <For each=ids key=|id| id.clone() children=row.clone() />
            </ul>
        </Show>
        <button type="button" class="button" on:click=move |_| on_add()>{move || add_label.get()}</button>
    }
}
