//! The operations plan (工作计划): targets, phases, team, lineup, checklist,
//! risks, emergency plans and budget. Shows live beside plans in the workspace
//! and point at their plan.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{Id, LineupItem, Platform, Role};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    pub id: Id,
    pub name: String,
    pub platform: Platform,
    #[serde(default)]
    pub targets: Targets,
    #[serde(default)]
    pub phases: Vec<Phase>,
    /// Show themes, e.g. "beauty & skincare day".
    #[serde(default)]
    pub themes: Vec<String>,
    #[serde(default)]
    pub team: Vec<TeamMember>,
    #[serde(default)]
    pub lineup: Vec<LineupItem>,
    /// The pre-show checklist template; each show ticks its own copy.
    #[serde(default)]
    pub checklist: Vec<ChecklistItem>,
    #[serde(default)]
    pub risks: Vec<Risk>,
    #[serde(default)]
    pub emergency_plans: Vec<EmergencyPlan>,
    #[serde(default)]
    pub budget: Vec<BudgetLine>,
    #[serde(default)]
    pub notes: String,
}

/// The plan's targets (目标设定). Every one is optional: a plan may track only some.
/// Rates are fractions (0.05 = 5 %); money is CNY.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Targets {
    #[serde(default)]
    pub monthly_gmv: Option<f64>,
    #[serde(default)]
    pub followers: Option<u64>,
    #[serde(default)]
    pub avg_viewers_per_show: Option<u64>,
    /// Product click-through rate: product clicks ÷ viewers.
    #[serde(default)]
    pub click_through_rate: Option<f64>,
    /// Click-to-order conversion: orders ÷ product clicks.
    #[serde(default)]
    pub conversion_rate: Option<f64>,
    /// Average order value, per order.
    #[serde(default)]
    pub average_order_value: Option<f64>,
    #[serde(default)]
    pub favourability: Option<f64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PhaseKind {
    /// 筹备期: team, equipment, product list, anchor training (1–2 weeks).
    Preparation,
    /// 试播期: 3–5 trial shows in about a month.
    Trial,
    /// 稳定期: 3–4 shows a week for 3–6 months.
    Stable,
    /// 冲刺期: around 618 and Double 11, a show a day.
    Sprint,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Phase {
    pub id: Id,
    pub kind: PhaseKind,
    #[serde(default)]
    pub name: String,
    pub start: NaiveDate,
    pub end: NaiveDate,
    /// The cadence this phase implies (0 for preparation).
    #[serde(default)]
    pub shows_per_week: u8,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TeamMember {
    pub id: Id,
    pub name: String,
    pub role: Role,
    #[serde(default)]
    pub contact: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChecklistCategory {
    Team,
    Equipment,
    Stock,
    Coupons,
    WarmUp,
    Other,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChecklistItem {
    pub id: Id,
    pub category: ChecklistCategory,
    pub text: String,
    /// How many days before the show it must be done (warm-up: 3).
    #[serde(default)]
    pub days_before: u16,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RiskCategory {
    Stock,
    Logistics,
    PublicOpinion,
    Policy,
    Other,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Risk {
    pub id: Id,
    pub category: RiskCategory,
    pub description: String,
    #[serde(default)]
    pub owner: String,
    #[serde(default)]
    pub mitigation: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Emergency {
    NetworkDrop,
    HostileComments,
    MisspokenPrice,
    AnchorUnwell,
    EquipmentFailure,
    StockOut,
    Other,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EmergencyPlan {
    pub id: Id,
    pub situation: Emergency,
    pub action: String,
    #[serde(default)]
    pub owner: Option<Role>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BudgetCategory {
    /// Salaries and training.
    People,
    /// Buying or renting equipment.
    Equipment,
    /// Short-video warm-up, influencers, paid promotion.
    Traffic,
    /// Coupons, gifts, warehousing and shipping.
    Marketing,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BudgetLine {
    pub id: Id,
    pub category: BudgetCategory,
    pub item: String,
    #[serde(default)]
    pub planned: f64,
    #[serde(default)]
    pub spent: f64,
}
