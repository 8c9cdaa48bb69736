//! The KPI section's words: the calculators (target decomposition, what-if,
//! ROI) and the metric names. One struct, filled once per language.

mod en;
mod zh_cn;

use livedesk_core::kpi::Factor;

pub use en::TEXTS as EN;
pub use zh_cn::TEXTS as ZH_CN;

#[derive(Debug)]
pub struct KpiTexts {
    pub decompose_heading: &'static str,
    pub decompose_hint: &'static str,
    pub from_plan: &'static str,
    pub no_plan: &'static str,
    pub monthly_gmv: &'static str,
    pub shows_per_month: &'static str,
    pub ctr: &'static str,
    pub conversion: &'static str,
    pub aov: &'static str,
    pub per_show_heading: &'static str,
    pub gmv_per_show: &'static str,
    pub orders_per_show: &'static str,
    pub clicks_per_show: &'static str,
    pub viewers_per_show: &'static str,
    pub cannot_compute: &'static str,
    /// "At 50,000 viewers a show, these rates bring ¥15,000 (5% of what a show needs)."
    pub targets_disagree: fn(&str, &str, &str) -> String,
    pub targets_agree: fn(&str) -> String,
    pub whatif_heading: &'static str,
    pub whatif_hint: &'static str,
    pub viewers: &'static str,
    pub gmv_result: fn(&str, &str) -> String,
    pub solve_for: &'static str,
    /// "To bring ¥312,500 a show, viewers must be 1,041,667."
    pub solved: fn(&str, &str, &str) -> String,
    pub unsolvable: &'static str,
    pub factor: fn(Factor) -> &'static str,
    pub roi_heading: &'static str,
    pub roi_hint: &'static str,
    pub spend: &'static str,
    pub gmv: &'static str,
    pub margin: &'static str,
    pub return_rate: &'static str,
    pub platform_fee: &'static str,
    pub roi: &'static str,
    pub net_roi: &'static str,
    pub break_even_roi: &'static str,
    pub net_gmv: &'static str,
    pub profit: &'static str,
    pub profitable: &'static str,
    pub loss: &'static str,
    pub never_breaks_even: &'static str,
    pub not_a_number: &'static str,
}
