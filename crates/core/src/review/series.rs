//! The numbers behind the review's charts and their tables: one show's
//! metrics against its targets and its funnel, and one metric across a
//! plan's shows. The app draws these; it computes none of them.

use chrono::NaiveDateTime;

use crate::kpi::{ratio, review, Metric, ReviewLine};
use crate::model::{Id, Show, ShowActuals, Targets, Workspace};
use crate::plans::pace::shows_in_month;

/// Every metric of a show against its plan's per-show targets; None until
/// the show has figures. A show without a plan is reviewed without targets.
pub fn show_review(workspace: &Workspace, show: &Show) -> Option<Vec<ReviewLine>> {
    let actuals = show.actuals.as_ref()?;
    let (targets, in_month) = plan_targets(workspace, show);
    Some(review(actuals, &targets, in_month))
}

/// The plan's targets and the number of its shows in the show's month (which
/// spreads the monthly GMV target).
fn plan_targets(workspace: &Workspace, show: &Show) -> (Targets, usize) {
    let Some(plan_id) = &show.plan_id else {
        return (Targets::default(), 0);
    };
    let targets = workspace
        .plan(plan_id)
        .map(|plan| plan.targets.clone())
        .unwrap_or_default();
    let in_month = shows_in_month(workspace.plan_shows(plan_id), show.starts_at.date());
    (targets, in_month)
}

/// A step of the sales funnel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    Viewers,
    Clicks,
    Orders,
}

/// One step of a show's funnel: how many reached it, and what share of the
/// step before did (None for the first step, or when the step before is 0).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FunnelStage {
    pub stage: Stage,
    pub count: u64,
    pub from_previous: Option<f64>,
}

/// Viewers → product clicks → orders, with each step's rate (the CTR per
/// viewer, then the conversion per click).
pub fn funnel(actuals: &ShowActuals) -> [FunnelStage; 3] {
    let counts = [
        (Stage::Viewers, actuals.viewers),
        (Stage::Clicks, actuals.product_clicks),
        (Stage::Orders, actuals.orders),
    ];
    let mut previous: Option<u64> = None;
    counts.map(|(stage, count)| {
        let from_previous = previous.and_then(|p| ratio(count as f64, p as f64));
        previous = Some(count);
        FunnelStage {
            stage,
            count,
            from_previous,
        }
    })
}

/// One reviewed show on a trend line.
#[derive(Debug, Clone, PartialEq)]
pub struct TrendPoint {
    pub show_id: Id,
    pub title: String,
    pub starts_at: NaiveDateTime,
    /// None where the show's figures cannot give this metric (a 0 denominator).
    pub actual: Option<f64>,
    /// The plan's per-show target for that show, where it sets one.
    pub target: Option<f64>,
}

/// `metric` in each of a plan's shows that has figures, in start order.
pub fn trend(workspace: &Workspace, plan_id: &Id, metric: Metric) -> Vec<TrendPoint> {
    workspace
        .plan_shows(plan_id)
        .into_iter()
        .filter_map(|show| {
            let actuals = show.actuals.as_ref()?;
            let (targets, in_month) = plan_targets(workspace, show);
            Some(TrendPoint {
                show_id: show.id.clone(),
                title: show.title.clone(),
                starts_at: show.starts_at,
                actual: metric.of(actuals),
                target: metric.target(&targets, in_month),
            })
        })
        .collect()
}
