//! Changing plans and their shows as commands on the workspace. Like script
//! edits, each command either leaves a workspace that passes the load checks
//! or changes nothing; and a show that has gone on air keeps its place in
//! the calendar, since its timer log and figures belong to that date.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};

use super::cadence;
use crate::limits::{MAX_LIST_ITEMS, MAX_SHOWS};
use crate::model::{Id, IdSource, Phase, Plan, Product, Show, ShowScript, Workspace};
use crate::problem::{FieldError, Problem};
use crate::scripts::edit::{fresh_copies, timer_started};
use crate::validate::{self, Checker};

#[derive(Debug, Clone, PartialEq)]
pub enum PlanError {
    /// The plan, phase or show is gone (deleted in another tab, say).
    NotFound,
    /// The show has gone on air (its timer started or its figures are in).
    ShowStarted,
    TooMany {
        max: usize,
    },
    /// The result would not pass the checks every load runs.
    Invalid(Vec<FieldError>),
}

/// A plan taken out of the workspace with its shows, kept for undo.
#[derive(Debug, Clone, PartialEq)]
pub struct RemovedPlan {
    pub index: usize,
    pub plan: Plan,
    /// The plan's shows with their places in the workspace's list.
    pub shows: Vec<(usize, Show)>,
}

/// A show taken out of the calendar, kept for undo.
#[derive(Debug, Clone, PartialEq)]
pub struct RemovedShow {
    pub index: usize,
    pub show: Show,
}

/// How a phase's cadence becomes shows: when they start, how long they run
/// and what they are called.
#[derive(Debug, Clone, PartialEq)]
pub struct ShowDefaults {
    pub time: NaiveTime,
    pub planned_minutes: u32,
    pub title: String,
}

impl Show {
    /// A new show of a plan: nothing prepared yet (no script, ticks or team).
    pub fn scheduled(
        id: Id,
        plan: &Plan,
        starts_at: NaiveDateTime,
        defaults: &ShowDefaults,
    ) -> Show {
        Show {
            id,
            plan_id: Some(plan.id.clone()),
            title: defaults.title.clone(),
            theme: String::new(),
            platform: plan.platform,
            starts_at,
            planned_minutes: defaults.planned_minutes,
            script: None,
            checklist_done: Vec::new(),
            assignments: Vec::new(),
            actuals: None,
            review_notes: String::new(),
            timer: None,
        }
    }
}

impl ShowDefaults {
    /// The usual evening slot: 20:00 for two hours.
    pub fn evening(title: String) -> ShowDefaults {
        ShowDefaults {
            time: NaiveTime::from_hms_opt(20, 0, 0).expect("20:00 is a time"),
            planned_minutes: 120,
            title,
        }
    }
}

fn check_plan(plan: &Plan) -> Result<(), PlanError> {
    let mut c = Checker::new("plan");
    validate::plan(&mut c, plan);
    c.finish().map_err(PlanError::Invalid)
}

/// A new entry's id must not be taken: the load checks refuse duplicates.
fn check_new_id<'a>(
    root: &str,
    id: &Id,
    mut taken: impl Iterator<Item = &'a Id>,
) -> Result<(), PlanError> {
    if taken.any(|other| other == id) {
        return Err(PlanError::Invalid(vec![FieldError {
            path: format!("{root}.id"),
            problem: Problem::DuplicateId(id.to_string()),
        }]));
    }
    Ok(())
}

fn check_product(product: &Product) -> Result<(), PlanError> {
    let mut c = Checker::new("product");
    validate::product(&mut c, product);
    c.finish().map_err(PlanError::Invalid)
}

fn check_show(show: &Show) -> Result<(), PlanError> {
    let mut c = Checker::new("show");
    validate::show(&mut c, show);
    c.finish().map_err(PlanError::Invalid)
}

/// Whether a show has gone on air: its timer left "ready" or its figures are in.
pub fn on_air(show: &Show) -> bool {
    timer_started(show) || show.actuals.is_some()
}

impl Workspace {
    pub fn add_plan(&mut self, plan: Plan) -> Result<(), PlanError> {
        if self.plans.len() >= MAX_LIST_ITEMS {
            return Err(PlanError::TooMany {
                max: MAX_LIST_ITEMS,
            });
        }
        check_plan(&plan)?;
        check_new_id("plan", &plan.id, self.plans.iter().map(|p| &p.id))?;
        self.plans.push(plan);
        Ok(())
    }

    /// Changes a plan through `change`, keeping the change only if the plan
    /// still passes the load checks.
    pub fn update_plan(
        &mut self,
        id: &Id,
        change: impl FnOnce(&mut Plan),
    ) -> Result<(), PlanError> {
        let plan = self
            .plans
            .iter_mut()
            .find(|p| &p.id == id)
            .ok_or(PlanError::NotFound)?;
        let mut changed = plan.clone();
        change(&mut changed);
        changed.id = plan.id.clone();
        check_plan(&changed)?;
        *plan = changed;
        Ok(())
    }

    /// Removes a plan and its shows.
    pub fn remove_plan(&mut self, id: &Id) -> Result<RemovedPlan, PlanError> {
        let index = self
            .plans
            .iter()
            .position(|p| &p.id == id)
            .ok_or(PlanError::NotFound)?;
        let plan = self.plans.remove(index);
        let mut shows = Vec::new();
        let mut position = 0;
        self.shows.retain(|show| {
            let keep = show.plan_id.as_ref() != Some(id);
            if !keep {
                shows.push((position, show.clone()));
            }
            position += 1;
            keep
        });
        Ok(RemovedPlan { index, plan, shows })
    }

    /// Puts a removed plan and its shows back where they were.
    pub fn restore_plan(&mut self, removed: RemovedPlan) {
        let index = removed.index.min(self.plans.len());
        self.plans.insert(index, removed.plan);
        for (position, show) in removed.shows {
            let position = position.min(self.shows.len());
            self.shows.insert(position, show);
        }
    }

    /// The shows of a plan, in the order they start.
    pub fn plan_shows(&self, plan_id: &Id) -> Vec<&Show> {
        let mut shows: Vec<&Show> = self
            .shows
            .iter()
            .filter(|s| s.plan_id.as_ref() == Some(plan_id))
            .collect();
        shows.sort_by_key(|s| s.starts_at);
        shows
    }

    /// The plan's first show starting at or after `now`.
    pub fn next_show(&self, plan_id: &Id, now: NaiveDateTime) -> Option<&Show> {
        self.plan_shows(plan_id)
            .into_iter()
            .find(|show| show.starts_at >= now)
    }

    pub fn add_show(&mut self, show: Show) -> Result<(), PlanError> {
        if self.shows.len() >= MAX_SHOWS {
            return Err(PlanError::TooMany { max: MAX_SHOWS });
        }
        check_show(&show)?;
        check_new_id("show", &show.id, self.shows.iter().map(|s| &s.id))?;
        self.shows.push(show);
        Ok(())
    }

    /// Changes a show through `change`, keeping the change only if the show
    /// still passes the load checks and, once on air, still starts when it did.
    pub fn update_show(
        &mut self,
        id: &Id,
        change: impl FnOnce(&mut Show),
    ) -> Result<(), PlanError> {
        let show = self
            .shows
            .iter_mut()
            .find(|s| &s.id == id)
            .ok_or(PlanError::NotFound)?;
        let mut changed = show.clone();
        change(&mut changed);
        changed.id = show.id.clone();
        if on_air(show) && changed.starts_at != show.starts_at {
            return Err(PlanError::ShowStarted);
        }
        check_show(&changed)?;
        *show = changed;
        Ok(())
    }

    /// Moves a show to another day, keeping its time of day.
    pub fn move_show(&mut self, id: &Id, day: NaiveDate) -> Result<(), PlanError> {
        self.update_show(id, |show| {
            show.starts_at = day.and_time(show.starts_at.time())
        })
    }

    /// Copies a show to another start: its title, theme, length, team and
    /// script (with fresh segment ids), but none of what happened on air:
    /// no checklist ticks, timer, figures or review.
    pub fn duplicate_show(
        &mut self,
        id: &Id,
        starts_at: NaiveDateTime,
        ids: &mut dyn IdSource,
    ) -> Result<Id, PlanError> {
        let original = self.show(id).ok_or(PlanError::NotFound)?;
        let copy = Show {
            id: ids.next_id(),
            starts_at,
            script: original.script.as_ref().map(|script| ShowScript {
                from_template: script.from_template.clone(),
                segments: fresh_copies(&script.segments, ids),
            }),
            checklist_done: Vec::new(),
            actuals: None,
            review_notes: String::new(),
            timer: None,
            ..original.clone()
        };
        let new_id = copy.id.clone();
        self.add_show(copy)?;
        Ok(new_id)
    }

    pub fn remove_show(&mut self, id: &Id) -> Result<RemovedShow, PlanError> {
        let index = self
            .shows
            .iter()
            .position(|s| &s.id == id)
            .ok_or(PlanError::NotFound)?;
        Ok(RemovedShow {
            index,
            show: self.shows.remove(index),
        })
    }

    pub fn restore_show(&mut self, removed: RemovedShow) {
        let index = removed.index.min(self.shows.len());
        self.shows.insert(index, removed.show);
    }

    /// The shows a phase's cadence still lacks: for each of its show days,
    /// as many new shows as that day is short of (so running it twice adds
    /// nothing the second time). Returns how many were added.
    pub fn schedule_phase(
        &mut self,
        plan_id: &Id,
        phase_id: &Id,
        defaults: &ShowDefaults,
        ids: &mut dyn IdSource,
    ) -> Result<usize, PlanError> {
        let plan = self.plan(plan_id).ok_or(PlanError::NotFound)?;
        let phase = plan
            .phases
            .iter()
            .find(|p| &p.id == phase_id)
            .ok_or(PlanError::NotFound)?;
        let new_shows = self.missing_shows(plan, phase, defaults, ids);
        if self.shows.len() + new_shows.len() > MAX_SHOWS {
            return Err(PlanError::TooMany { max: MAX_SHOWS });
        }
        for (n, show) in new_shows.iter().enumerate() {
            check_show(show)?;
            let earlier = new_shows[..n].iter().map(|s| &s.id);
            check_new_id(
                "show",
                &show.id,
                self.shows.iter().map(|s| &s.id).chain(earlier),
            )?;
        }
        let added = new_shows.len();
        self.shows.extend(new_shows);
        Ok(added)
    }

    /// How many shows [`Workspace::schedule_phase`] would add.
    pub fn phase_shortfall(&self, plan_id: &Id, phase_id: &Id) -> usize {
        let Some(plan) = self.plan(plan_id) else {
            return 0;
        };
        let Some(phase) = plan.phases.iter().find(|p| &p.id == phase_id) else {
            return 0;
        };
        let mut taken = self.shows_per_day(plan_id);
        cadence::show_dates(phase)
            .into_iter()
            .filter(|day| !take_one(&mut taken, *day))
            .count()
    }

    fn missing_shows(
        &self,
        plan: &Plan,
        phase: &Phase,
        defaults: &ShowDefaults,
        ids: &mut dyn IdSource,
    ) -> Vec<Show> {
        let mut taken = self.shows_per_day(&plan.id);
        let theme = |n: usize| {
            if plan.themes.is_empty() {
                String::new()
            } else {
                plan.themes[n % plan.themes.len()].clone()
            }
        };
        cadence::show_dates(phase)
            .into_iter()
            .filter(|day| !take_one(&mut taken, *day))
            .enumerate()
            .map(|(n, day)| Show {
                theme: theme(n),
                ..Show::scheduled(ids.next_id(), plan, day.and_time(defaults.time), defaults)
            })
            .collect()
    }

    /// How many of the plan's shows fall on each day.
    fn shows_per_day(&self, plan_id: &Id) -> Vec<(NaiveDate, usize)> {
        let mut days: Vec<(NaiveDate, usize)> = Vec::new();
        for show in self
            .shows
            .iter()
            .filter(|s| s.plan_id.as_ref() == Some(plan_id))
        {
            let day = show.starts_at.date();
            match days.iter_mut().find(|(d, _)| *d == day) {
                Some((_, count)) => *count += 1,
                None => days.push((day, 1)),
            }
        }
        days
    }

    /// Adds a product to the catalogue (a lineup can only name catalogue products).
    pub fn add_product(&mut self, product: Product) -> Result<(), PlanError> {
        if self.products.len() >= MAX_LIST_ITEMS {
            return Err(PlanError::TooMany {
                max: MAX_LIST_ITEMS,
            });
        }
        check_product(&product)?;
        check_new_id("product", &product.id, self.products.iter().map(|p| &p.id))?;
        self.products.push(product);
        Ok(())
    }

    /// Changes a catalogue product, keeping the change only if it passes the load checks.
    pub fn update_product(
        &mut self,
        id: &Id,
        change: impl FnOnce(&mut Product),
    ) -> Result<(), PlanError> {
        let product = self
            .products
            .iter_mut()
            .find(|p| &p.id == id)
            .ok_or(PlanError::NotFound)?;
        let mut changed = product.clone();
        change(&mut changed);
        changed.id = product.id.clone();
        check_product(&changed)?;
        *product = changed;
        Ok(())
    }

    /// Ticks or unticks one checklist item for a show.
    pub fn tick_checklist(
        &mut self,
        show_id: &Id,
        item_id: &Id,
        done: bool,
    ) -> Result<(), PlanError> {
        self.update_show(show_id, |show| {
            show.checklist_done.retain(|id| id != item_id);
            if done {
                show.checklist_done.push(item_id.clone());
            }
        })
    }
}

/// Uses up one existing show on `day`, if there is one left.
fn take_one(taken: &mut [(NaiveDate, usize)], day: NaiveDate) -> bool {
    match taken.iter_mut().find(|(d, count)| *d == day && *count > 0) {
        Some((_, count)) => {
            *count -= 1;
            true
        }
        None => false,
    }
}
