//! The live-commerce metrics (domain.md §4), each a function with its unit
//! and its guard for a zero denominator: a metric whose denominator is zero
//! has no value (None), never 0, NaN or infinity. Where platforms count
//! differently (per order or per buyer, per exposure or per viewer, by count
//! or by amount), the variant is in the name.

use crate::model::{ShowActuals, Targets};

/// `numerator ÷ denominator`, or None when the denominator is not positive.
pub fn ratio(numerator: f64, denominator: f64) -> Option<f64> {
    (denominator > 0.0 && numerator.is_finite()).then(|| numerator / denominator)
}

/// GMV 成交金额 = orders × average order value (CNY).
pub fn gmv(orders: f64, average_order_value: f64) -> f64 {
    orders * average_order_value
}

/// AOV 客单价 per order = GMV ÷ orders (CNY).
pub fn aov_per_order(gmv: f64, orders: f64) -> Option<f64> {
    ratio(gmv, orders)
}

/// AOV 客单价 per paying buyer = GMV ÷ buyers (CNY); a buyer may place several orders.
pub fn aov_per_buyer(gmv: f64, buyers: f64) -> Option<f64> {
    ratio(gmv, buyers)
}

/// UV value UV价值 = GMV ÷ unique viewers (CNY per viewer).
pub fn uv_value(gmv: f64, viewers: f64) -> Option<f64> {
    ratio(gmv, viewers)
}

/// GPM 千次观看成交金额 = GMV ÷ views × 1,000 (CNY per thousand views).
pub fn gpm(gmv: f64, views: f64) -> Option<f64> {
    ratio(gmv * 1000.0, views)
}

/// Net GMV = GMV × (1 − return rate by amount) (CNY).
pub fn net_gmv(gmv: f64, return_rate: f64) -> f64 {
    gmv * (1.0 - return_rate)
}

/// ROI 投产比 = GMV ÷ spend (CNY of sales per CNY spent).
pub fn roi(gmv: f64, spend: f64) -> Option<f64> {
    ratio(gmv, spend)
}

/// Break-even ROI 保本ROI = 1 ÷ the share of GMV that is profit before
/// spend: gross margin less the platform fee, after returns. None when
/// nothing is left to cover spend (no ROI breaks even).
pub fn break_even_roi(gross_margin: f64, return_rate: f64, platform_fee: f64) -> Option<f64> {
    ratio(1.0, (1.0 - return_rate) * (gross_margin - platform_fee))
}

/// What a ROI calculation starts from. Rates are fractions of GMV.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RoiInput {
    pub spend: f64,
    pub gmv: f64,
    pub gross_margin: f64,
    /// Returns as a share of GMV (by amount).
    pub return_rate: f64,
    /// The platform's commission as a share of GMV.
    pub platform_fee: f64,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RoiResult {
    /// GMV ÷ spend.
    pub roi: Option<f64>,
    /// Net GMV (after returns) ÷ spend.
    pub net_roi: Option<f64>,
    pub break_even_roi: Option<f64>,
    pub net_gmv: f64,
    /// Net GMV × (margin − fee) − spend (CNY): negative is a loss.
    pub profit: f64,
}

pub fn roi_of(input: RoiInput) -> RoiResult {
    let net = net_gmv(input.gmv, input.return_rate);
    RoiResult {
        roi: roi(input.gmv, input.spend),
        net_roi: roi(net, input.spend),
        break_even_roi: break_even_roi(input.gross_margin, input.return_rate, input.platform_fee),
        net_gmv: net,
        profit: net * (input.gross_margin - input.platform_fee) - input.spend,
    }
}

/// The sales funnel one show runs through: GMV = viewers × CTR × conversion × AOV.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Funnel {
    pub viewers: f64,
    /// Product clicks ÷ viewers.
    pub click_through_rate: f64,
    /// Orders ÷ product clicks.
    pub conversion_rate: f64,
    /// GMV ÷ orders.
    pub average_order_value: f64,
}

/// One factor of the funnel.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Factor {
    Viewers,
    ClickThroughRate,
    ConversionRate,
    AverageOrderValue,
}

impl Factor {
    pub const ALL: [Factor; 4] = [
        Factor::Viewers,
        Factor::ClickThroughRate,
        Factor::ConversionRate,
        Factor::AverageOrderValue,
    ];
}

impl Funnel {
    pub fn clicks(&self) -> f64 {
        self.viewers * self.click_through_rate
    }

    pub fn orders(&self) -> f64 {
        self.clicks() * self.conversion_rate
    }

    pub fn gmv(&self) -> f64 {
        gmv(self.orders(), self.average_order_value)
    }

    pub fn get(&self, factor: Factor) -> f64 {
        match factor {
            Factor::Viewers => self.viewers,
            Factor::ClickThroughRate => self.click_through_rate,
            Factor::ConversionRate => self.conversion_rate,
            Factor::AverageOrderValue => self.average_order_value,
        }
    }

    pub fn with(mut self, factor: Factor, value: f64) -> Funnel {
        match factor {
            Factor::Viewers => self.viewers = value,
            Factor::ClickThroughRate => self.click_through_rate = value,
            Factor::ConversionRate => self.conversion_rate = value,
            Factor::AverageOrderValue => self.average_order_value = value,
        }
        self
    }

    /// Whether this funnel brings `gmv_needed` in a show, and what share of it.
    pub fn reach(&self, gmv_needed: f64) -> Reach {
        let brings = self.gmv();
        Reach {
            brings,
            // Half a cent of float error still counts as reaching it.
            enough: brings + 0.005 >= gmv_needed,
            share: ratio(brings, gmv_needed).unwrap_or(1.0),
        }
    }

    /// The value `factor` must take, the other three staying as they are,
    /// for one show to bring `gmv_target`. None when another factor is 0.
    pub fn solve(&self, factor: Factor, gmv_target: f64) -> Option<f64> {
        let others = self.with(factor, 1.0).gmv();
        ratio(gmv_target, others)
    }
}

/// What a funnel brings against the GMV a show needs.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Reach {
    pub brings: f64,
    /// Brought ÷ needed (1 when nothing is needed).
    pub share: f64,
    pub enough: bool,
}

/// What each show must achieve for the month to reach its GMV target.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Decomposition {
    pub gmv_per_show: f64,
    pub orders_per_show: Option<f64>,
    pub clicks_per_show: Option<f64>,
    pub viewers_per_show: Option<f64>,
}

/// Splits a monthly GMV target over `shows` shows, then walks the funnel back
/// from GMV: orders = GMV ÷ AOV, clicks = orders ÷ conversion, viewers = clicks ÷ CTR.
pub fn decompose(
    monthly_gmv: f64,
    shows: u32,
    click_through_rate: f64,
    conversion_rate: f64,
    average_order_value: f64,
) -> Option<Decomposition> {
    let gmv_per_show = ratio(monthly_gmv, f64::from(shows))?;
    let orders = ratio(gmv_per_show, average_order_value);
    let clicks = orders.and_then(|o| ratio(o, conversion_rate));
    let viewers = clicks.and_then(|c| ratio(c, click_through_rate));
    Some(Decomposition {
        gmv_per_show,
        orders_per_show: orders,
        clicks_per_show: clicks,
        viewers_per_show: viewers,
    })
}

/// The review's four dimensions (四维数据分析模型).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Dimension {
    Traffic,
    Conversion,
    Interaction,
    Cost,
}

/// How a metric's value reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Unit {
    /// A whole count (viewers, orders).
    Count,
    /// CNY.
    Money,
    /// A fraction shown as a percentage.
    Rate,
    Seconds,
    /// CNY of sales per CNY spent ("3.2×").
    Times,
}

impl Unit {
    /// A value as a chart's axis plots it: rates in percent (5, not 0.05),
    /// everything rounded to two decimals so labels carry no float noise.
    pub fn axis_value(self, value: f64) -> f64 {
        let scaled = match self {
            Unit::Rate => value * 100.0,
            _ => value,
        };
        (scaled * 100.0).round() / 100.0
    }

    /// A value as the review shows it: "50,000", "¥15,000", "5%", "95 s", "3×".
    pub fn show(self, value: f64) -> String {
        use crate::format;
        match self {
            Unit::Count => format::grouped(value.max(0.0).round() as u64),
            Unit::Money => format::money(value),
            Unit::Rate => format::percent(value),
            Unit::Seconds => format!("{} s", format::grouped(value.max(0.0).round() as u64)),
            Unit::Times => format::times(value),
        }
    }
}

/// A metric computed from a show's actual figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Metric {
    Viewers,
    PeakOnline,
    AverageWatchSeconds,
    /// New followers ÷ viewers.
    FollowRate,
    /// Product clicks ÷ viewers (the funnel's CTR).
    ClickThroughRate,
    /// Product clicks ÷ product exposures (the platforms' own CTR).
    ClickThroughPerExposure,
    /// Orders ÷ product clicks.
    ConversionRate,
    /// Buyers ÷ viewers.
    ViewerConversion,
    Orders,
    Gmv,
    AovPerOrder,
    AovPerBuyer,
    UvValue,
    Gpm,
    /// Interacting viewers ÷ viewers.
    InteractionRate,
    Comments,
    /// Shares ÷ viewers.
    ShareRate,
    GiftValue,
    Spend,
    /// Spend ÷ viewers: what a viewer cost.
    CostPerViewer,
    Roi,
    /// Refunded orders ÷ orders.
    ReturnRateByOrders,
    /// Refund amount ÷ GMV.
    ReturnRateByAmount,
}

impl Metric {
    /// Every metric, by dimension, in the order the review lists them.
    pub const ALL: [Metric; 23] = [
        Metric::Viewers,
        Metric::PeakOnline,
        Metric::AverageWatchSeconds,
        Metric::FollowRate,
        Metric::ClickThroughRate,
        Metric::ClickThroughPerExposure,
        Metric::ConversionRate,
        Metric::ViewerConversion,
        Metric::Orders,
        Metric::Gmv,
        Metric::AovPerOrder,
        Metric::AovPerBuyer,
        Metric::UvValue,
        Metric::Gpm,
        Metric::InteractionRate,
        Metric::Comments,
        Metric::ShareRate,
        Metric::GiftValue,
        Metric::Spend,
        Metric::CostPerViewer,
        Metric::Roi,
        Metric::ReturnRateByOrders,
        Metric::ReturnRateByAmount,
    ];

    pub fn dimension(self) -> Dimension {
        use Metric::*;
        match self {
            Viewers | PeakOnline | AverageWatchSeconds | FollowRate => Dimension::Traffic,
            ClickThroughRate
            | ClickThroughPerExposure
            | ConversionRate
            | ViewerConversion
            | Orders
            | Gmv
            | AovPerOrder
            | AovPerBuyer
            | UvValue
            | Gpm => Dimension::Conversion,
            InteractionRate | Comments | ShareRate | GiftValue => Dimension::Interaction,
            Spend | CostPerViewer | Roi | ReturnRateByOrders | ReturnRateByAmount => {
                Dimension::Cost
            }
        }
    }

    pub fn unit(self) -> Unit {
        use Metric::*;
        match self {
            Viewers | PeakOnline | Orders | Comments => Unit::Count,
            AverageWatchSeconds => Unit::Seconds,
            Gmv | AovPerOrder | AovPerBuyer | UvValue | Gpm | GiftValue | Spend | CostPerViewer => {
                Unit::Money
            }
            Roi => Unit::Times,
            FollowRate
            | ClickThroughRate
            | ClickThroughPerExposure
            | ConversionRate
            | ViewerConversion
            | InteractionRate
            | ShareRate
            | ReturnRateByOrders
            | ReturnRateByAmount => Unit::Rate,
        }
    }

    /// Whether more is better (false for costs and returns).
    pub fn higher_is_better(self) -> bool {
        !matches!(
            self,
            Metric::Spend
                | Metric::CostPerViewer
                | Metric::ReturnRateByOrders
                | Metric::ReturnRateByAmount
        )
    }

    /// The metric's value for a show's figures; None when its denominator is 0.
    pub fn of(self, a: &ShowActuals) -> Option<f64> {
        let n = |v: u64| v as f64;
        let viewers = n(a.viewers);
        match self {
            Metric::Viewers => Some(viewers),
            Metric::PeakOnline => Some(n(a.peak_online)),
            Metric::AverageWatchSeconds => Some(n(a.avg_watch_seconds)),
            Metric::FollowRate => ratio(n(a.new_followers), viewers),
            Metric::ClickThroughRate => ratio(n(a.product_clicks), viewers),
            Metric::ClickThroughPerExposure => ratio(n(a.product_clicks), n(a.product_exposures)),
            Metric::ConversionRate => ratio(n(a.orders), n(a.product_clicks)),
            Metric::ViewerConversion => ratio(n(a.buyers), viewers),
            Metric::Orders => Some(n(a.orders)),
            Metric::Gmv => Some(a.gmv),
            Metric::AovPerOrder => aov_per_order(a.gmv, n(a.orders)),
            Metric::AovPerBuyer => aov_per_buyer(a.gmv, n(a.buyers)),
            Metric::UvValue => uv_value(a.gmv, viewers),
            Metric::Gpm => gpm(a.gmv, n(a.views)),
            Metric::InteractionRate => ratio(n(a.interacting_viewers), viewers),
            Metric::Comments => Some(n(a.comments)),
            Metric::ShareRate => ratio(n(a.shares), viewers),
            Metric::GiftValue => Some(a.gift_value),
            Metric::Spend => Some(a.spend),
            Metric::CostPerViewer => ratio(a.spend, viewers),
            Metric::Roi => roi(a.gmv, a.spend),
            Metric::ReturnRateByOrders => ratio(n(a.refunded_orders), n(a.orders)),
            Metric::ReturnRateByAmount => ratio(a.refund_amount, a.gmv),
        }
    }

    /// The plan's target for this metric in one show, where the plan sets
    /// one; `shows_in_month` spreads the monthly GMV target.
    pub fn target(self, t: &Targets, shows_in_month: usize) -> Option<f64> {
        match self {
            Metric::Viewers => t.avg_viewers_per_show.map(|v| v as f64),
            Metric::ClickThroughRate => t.click_through_rate,
            Metric::ConversionRate => t.conversion_rate,
            Metric::AovPerOrder => t.average_order_value,
            Metric::Gmv => t
                .monthly_gmv
                .and_then(|gmv| ratio(gmv, shows_in_month as f64)),
            Metric::Orders => {
                let viewers = t.avg_viewers_per_show? as f64;
                Some(viewers * t.click_through_rate? * t.conversion_rate?)
            }
            Metric::UvValue => {
                let gmv = Metric::Gmv.target(t, shows_in_month)?;
                uv_value(gmv, t.avg_viewers_per_show? as f64)
            }
            _ => None,
        }
    }
}

/// One line of a show's review: the actual value against the target.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ReviewLine {
    pub metric: Metric,
    pub actual: Option<f64>,
    pub target: Option<f64>,
}

impl ReviewLine {
    /// Actual ÷ target (for costs, target ÷ actual), so 1 or more is on target.
    pub fn attainment(&self) -> Option<f64> {
        let (actual, target) = (self.actual?, self.target?);
        if self.metric.higher_is_better() {
            ratio(actual, target)
        } else if actual <= 0.0 {
            // Nothing spent or returned: a cost target cannot be missed.
            Some(1.0)
        } else {
            ratio(target, actual)
        }
    }

    /// Whether the target was missed; None without an actual and a target.
    pub fn missed(&self) -> Option<bool> {
        self.attainment().map(|a| a < 1.0)
    }
}

/// Every metric of a show against its plan's targets.
pub fn review(actuals: &ShowActuals, targets: &Targets, shows_in_month: usize) -> Vec<ReviewLine> {
    Metric::ALL
        .iter()
        .map(|&metric| ReviewLine {
            metric,
            actual: metric.of(actuals),
            target: metric.target(targets, shows_in_month),
        })
        .collect()
}

/// Why a target is usually missed, and where to look first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Cause {
    /// Too few viewers: weak warm-up, no paid promotion, bad time slot.
    NotEnoughTraffic,
    /// Viewers did not click: weak product presentation or pinned link.
    WeakProductPresentation,
    /// Clicks did not buy: price not convincing, no urgency in the close.
    WeakClosing,
    /// Small baskets: no bundles, no tiered discounts.
    SmallBaskets,
}

/// The likely cause of a missed target, for the metrics that have one.
pub fn likely_cause(metric: Metric) -> Option<Cause> {
    match metric {
        Metric::Viewers | Metric::UvValue => Some(Cause::NotEnoughTraffic),
        Metric::ClickThroughRate => Some(Cause::WeakProductPresentation),
        Metric::ConversionRate | Metric::Orders => Some(Cause::WeakClosing),
        Metric::AovPerOrder => Some(Cause::SmallBaskets),
        _ => None,
    }
}

/// One figure a team enters after a show (or reads from the platform's export).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Figure {
    Viewers,
    Views,
    PeakOnline,
    AverageWatchSeconds,
    NewFollowers,
    ProductExposures,
    ProductClicks,
    Orders,
    Buyers,
    Gmv,
    InteractingViewers,
    Comments,
    Shares,
    GiftValue,
    Spend,
    RefundedOrders,
    RefundAmount,
}

impl Figure {
    pub const ALL: [Figure; 17] = [
        Figure::Viewers,
        Figure::Views,
        Figure::PeakOnline,
        Figure::AverageWatchSeconds,
        Figure::NewFollowers,
        Figure::ProductExposures,
        Figure::ProductClicks,
        Figure::Orders,
        Figure::Buyers,
        Figure::Gmv,
        Figure::InteractingViewers,
        Figure::Comments,
        Figure::Shares,
        Figure::GiftValue,
        Figure::Spend,
        Figure::RefundedOrders,
        Figure::RefundAmount,
    ];

    /// CNY (may have cents) rather than a whole count.
    pub fn is_money(self) -> bool {
        matches!(
            self,
            Figure::Gmv | Figure::GiftValue | Figure::Spend | Figure::RefundAmount
        )
    }

    pub fn get(self, a: &ShowActuals) -> f64 {
        let count = match self {
            Figure::Gmv => return a.gmv,
            Figure::GiftValue => return a.gift_value,
            Figure::Spend => return a.spend,
            Figure::RefundAmount => return a.refund_amount,
            Figure::Viewers => a.viewers,
            Figure::Views => a.views,
            Figure::PeakOnline => a.peak_online,
            Figure::AverageWatchSeconds => a.avg_watch_seconds,
            Figure::NewFollowers => a.new_followers,
            Figure::ProductExposures => a.product_exposures,
            Figure::ProductClicks => a.product_clicks,
            Figure::Orders => a.orders,
            Figure::Buyers => a.buyers,
            Figure::InteractingViewers => a.interacting_viewers,
            Figure::Comments => a.comments,
            Figure::Shares => a.shares,
            Figure::RefundedOrders => a.refunded_orders,
        };
        count as f64
    }

    /// Sets the figure; counts are rounded to whole numbers, negatives to 0.
    pub fn set(self, a: &mut ShowActuals, value: f64) {
        let value = value.max(0.0);
        match self {
            Figure::Gmv => a.gmv = value,
            Figure::GiftValue => a.gift_value = value,
            Figure::Spend => a.spend = value,
            Figure::RefundAmount => a.refund_amount = value,
            count => *count.count_mut(a) = value.round() as u64,
        }
    }

    fn count_mut(self, a: &mut ShowActuals) -> &mut u64 {
        match self {
            Figure::Viewers => &mut a.viewers,
            Figure::Views => &mut a.views,
            Figure::PeakOnline => &mut a.peak_online,
            Figure::AverageWatchSeconds => &mut a.avg_watch_seconds,
            Figure::NewFollowers => &mut a.new_followers,
            Figure::ProductExposures => &mut a.product_exposures,
            Figure::ProductClicks => &mut a.product_clicks,
            Figure::Orders => &mut a.orders,
            Figure::Buyers => &mut a.buyers,
            Figure::InteractingViewers => &mut a.interacting_viewers,
            Figure::Comments => &mut a.comments,
            Figure::Shares => &mut a.shares,
            Figure::RefundedOrders => &mut a.refunded_orders,
            Figure::Gmv | Figure::GiftValue | Figure::Spend | Figure::RefundAmount => {
                unreachable!("money figures are not counts")
            }
        }
    }
}
