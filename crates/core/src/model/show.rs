//! A scheduled show: when and where it runs, its script, its checklist ticks
//! and, after it ran, the actual figures for the review.

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use super::{Id, Platform, Role, Segment, ShowScript};
use crate::timer::TimerState;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Show {
    pub id: Id,
    /// The plan it belongs to, if any.
    #[serde(default)]
    pub plan_id: Option<Id>,
    pub title: String,
    #[serde(default)]
    pub theme: String,
    pub platform: Platform,
    /// Local wall-clock start, as the team schedules it.
    pub starts_at: NaiveDateTime,
    /// Planned length in minutes.
    pub planned_minutes: u32,
    #[serde(default)]
    pub script: Option<ShowScript>,
    /// Ids of the plan's checklist items ticked for this show.
    #[serde(default)]
    pub checklist_done: Vec<Id>,
    /// Who does what in this show.
    #[serde(default)]
    pub assignments: Vec<Assignment>,
    /// What happened, entered after the show for the review.
    #[serde(default)]
    pub actuals: Option<ShowActuals>,
    #[serde(default)]
    pub review_notes: String,
    /// The segment timer's state and its log of actual segment runs
    /// (added in schema 2).
    #[serde(default)]
    pub timer: Option<TimerState>,
}

impl Show {
    /// The segments of its script; none without one.
    pub fn segments(&self) -> &[Segment] {
        self.script
            .as_ref()
            .map_or(&[], |script| script.segments.as_slice())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Assignment {
    pub member_id: Id,
    pub role: Role,
}

/// A show's actual figures. Counts are whole numbers; money is CNY.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ShowActuals {
    /// Unique viewers (观看人数).
    pub viewers: u64,
    /// Views, counting repeat entries (for GPM).
    pub views: u64,
    pub peak_online: u64,
    pub avg_watch_seconds: u64,
    pub new_followers: u64,
    pub product_exposures: u64,
    pub product_clicks: u64,
    pub orders: u64,
    pub buyers: u64,
    pub gmv: f64,
    pub interacting_viewers: u64,
    pub comments: u64,
    pub shares: u64,
    pub gift_value: f64,
    /// Traffic and promotion spend for this show.
    pub spend: f64,
    pub refunded_orders: u64,
    pub refund_amount: f64,
}
