//! Products the team sells, and their place in a plan's three-tier lineup.

use serde::{Deserialize, Serialize};

use super::Id;

/// A product in the workspace's catalogue. Prices are in CNY (yuan).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Product {
    pub id: Id,
    pub name: String,
    #[serde(default)]
    pub sku: String,
    #[serde(default)]
    pub category: String,
    /// The everyday (list) price.
    #[serde(default)]
    pub price: f64,
    /// The price in the live room.
    #[serde(default)]
    pub live_price: f64,
    /// Units available to sell.
    #[serde(default)]
    pub stock: u64,
    /// Gross margin as a fraction of the live price (0.35 = 35 %).
    #[serde(default)]
    pub margin_rate: f64,
    /// The coupon or deal offered with it, as the anchor says it.
    #[serde(default)]
    pub coupon: String,
    #[serde(default)]
    pub selling_points: Vec<String>,
    /// Compliance papers (food licence, cosmetics filing…), noted as text.
    #[serde(default)]
    pub compliance_note: String,
}

/// The three-tier lineup model (三层选品模型).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Tier {
    /// 引流款: cheap, high repurchase, lowers the decision threshold.
    TrafficDriver,
    /// 利润款: the main revenue, with a healthy margin.
    Profit,
    /// 战略款: sets the brand's tone (co-branded, limited editions).
    Strategic,
}

/// A product's place in a plan's lineup.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LineupItem {
    pub product_id: Id,
    pub tier: Tier,
    /// Units the plan expects to sell per show, for stock warnings.
    #[serde(default)]
    pub expected_units_per_show: u64,
}
