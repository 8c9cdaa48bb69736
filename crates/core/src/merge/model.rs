//! How each stored type merges: which fields are merged as a whole, which
//! part by part, which lists by id and which as sets. Every impl names all
//! of its type's fields (a struct literal without `..`), so a field added to
//! the model does not compile until it is given a rule here.

use super::three_way::{Cx, Keyed, Merge};
use super::timer::merge_timer;
use crate::model::Id;
use crate::model::{
    BudgetLine, ChecklistItem, EmergencyPlan, LineupItem, Phase, Plan, Product, Risk,
    ScriptTemplate, Segment, Settings, Show, ShowActuals, ShowScript, Targets, TeamMember,
    Workspace,
};

/// `merge!(Type, cx, base, ours, theirs; rule field, …)`: the struct literal
/// of the merged value, each field by its rule: `keep` (an item's own id,
/// the same on all sides), `leaf`, `deep`, `optional`, `keyed`, `set` or `timer`.
macro_rules! merge {
    ($ty:ident, $cx:ident, $b:ident, $o:ident, $t:ident; $($rule:ident $field:ident),* $(,)?) => {
        $ty { $($field: merge!(@ $rule $field, $cx, $b, $o, $t)),* }
    };
    (@ keep $field:ident, $cx:ident, $b:ident, $o:ident, $t:ident) => { $t.$field.clone() };
    (@ timer $field:ident, $cx:ident, $b:ident, $o:ident, $t:ident) => {
        merge_timer($b.$field.as_ref(), $o.$field.as_ref(), $t.$field.as_ref())
    };
    (@ set $field:ident, $cx:ident, $b:ident, $o:ident, $t:ident) => {
        $cx.set(&$b.$field, &$o.$field, &$t.$field)
    };
    (@ $rule:ident $field:ident, $cx:ident, $b:ident, $o:ident, $t:ident) => {
        $cx.$rule(stringify!($field), &$b.$field, &$o.$field, &$t.$field)
    };
}

/// `keyed!(Type, key_field, |item| label)`: a list item known by its id.
macro_rules! keyed {
    ($ty:ident, $key:ident, |$item:ident| $label:expr) => {
        impl Keyed for $ty {
            const KEY_FIELD: &'static str = stringify!($key);
            fn key(&self) -> &Id {
                &self.$key
            }
            fn label(&self) -> String {
                let $item = self;
                $label
            }
        }
    };
}

impl Merge for Workspace {
    fn merge(b: &Self, o: &Self, t: &Self, cx: &mut Cx) -> Self {
        merge!(Workspace, cx, b, o, t;
            keyed plans, keyed shows, keyed templates, keyed products, deep settings)
    }
}

impl Merge for Settings {
    fn merge(b: &Self, o: &Self, t: &Self, cx: &mut Cx) -> Self {
        merge!(Settings, cx, b, o, t;
            leaf warning_seconds, leaf danger_seconds, leaf flash, leaf chime)
    }
}

impl Merge for Plan {
    fn merge(b: &Self, o: &Self, t: &Self, cx: &mut Cx) -> Self {
        merge!(Plan, cx, b, o, t;
            keep id, leaf name, leaf platform, deep targets, keyed phases, leaf themes,
            keyed team, keyed lineup, keyed checklist, keyed risks, keyed emergency_plans,
            keyed budget, leaf notes)
    }
}
keyed!(Plan, id, |plan| plan.name.clone());

impl Merge for Targets {
    fn merge(b: &Self, o: &Self, t: &Self, cx: &mut Cx) -> Self {
        merge!(Targets, cx, b, o, t;
            leaf monthly_gmv, leaf followers, leaf avg_viewers_per_show,
            leaf click_through_rate, leaf conversion_rate, leaf average_order_value,
            leaf favourability)
    }
}

impl Merge for Phase {
    fn merge(b: &Self, o: &Self, t: &Self, cx: &mut Cx) -> Self {
        merge!(Phase, cx, b, o, t;
            keep id, leaf kind, leaf name, leaf start, leaf end, leaf shows_per_week)
    }
}
keyed!(Phase, id, |phase| phase.name.clone());

impl Merge for TeamMember {
    fn merge(b: &Self, o: &Self, t: &Self, cx: &mut Cx) -> Self {
        merge!(TeamMember, cx, b, o, t; keep id, leaf name, leaf role, leaf contact)
    }
}
keyed!(TeamMember, id, |member| member.name.clone());

impl Merge for LineupItem {
    fn merge(b: &Self, o: &Self, t: &Self, cx: &mut Cx) -> Self {
        merge!(LineupItem, cx, b, o, t;
            keep product_id, leaf tier, leaf expected_units_per_show)
    }
}
// Named by its product, which lives elsewhere; the id is what is at hand.
keyed!(LineupItem, product_id, |item| item.product_id.to_string());

impl Merge for ChecklistItem {
    fn merge(b: &Self, o: &Self, t: &Self, cx: &mut Cx) -> Self {
        merge!(ChecklistItem, cx, b, o, t;
            keep id, leaf category, leaf text, leaf days_before)
    }
}
keyed!(ChecklistItem, id, |item| item.text.clone());

impl Merge for Risk {
    fn merge(b: &Self, o: &Self, t: &Self, cx: &mut Cx) -> Self {
        merge!(Risk, cx, b, o, t;
            keep id, leaf category, leaf description, leaf owner, leaf mitigation)
    }
}
keyed!(Risk, id, |risk| risk.description.clone());

impl Merge for EmergencyPlan {
    fn merge(b: &Self, o: &Self, t: &Self, cx: &mut Cx) -> Self {
        merge!(EmergencyPlan, cx, b, o, t; keep id, leaf situation, leaf action, leaf owner)
    }
}
keyed!(EmergencyPlan, id, |plan| plan.action.clone());

impl Merge for BudgetLine {
    fn merge(b: &Self, o: &Self, t: &Self, cx: &mut Cx) -> Self {
        merge!(BudgetLine, cx, b, o, t;
            keep id, leaf category, leaf item, leaf planned, leaf spent)
    }
}
keyed!(BudgetLine, id, |line| line.item.clone());

impl Merge for Show {
    fn merge(b: &Self, o: &Self, t: &Self, cx: &mut Cx) -> Self {
        // Runs are facts: the timer has a rule of its own (see timer.rs).
        merge!(Show, cx, b, o, t;
            keep id, leaf plan_id, leaf title, leaf theme, leaf platform, leaf starts_at,
            leaf planned_minutes, optional script, set checklist_done, set assignments,
            optional actuals, leaf review_notes, timer timer)
    }
}
keyed!(Show, id, |show| show.title.clone());

impl Merge for ShowScript {
    fn merge(b: &Self, o: &Self, t: &Self, cx: &mut Cx) -> Self {
        merge!(ShowScript, cx, b, o, t; leaf from_template, keyed segments)
    }
}

impl Merge for ShowActuals {
    fn merge(b: &Self, o: &Self, t: &Self, cx: &mut Cx) -> Self {
        merge!(ShowActuals, cx, b, o, t;
            leaf viewers, leaf views, leaf peak_online, leaf avg_watch_seconds,
            leaf new_followers, leaf product_exposures, leaf product_clicks, leaf orders,
            leaf buyers, leaf gmv, leaf interacting_viewers, leaf comments, leaf shares,
            leaf gift_value, leaf spend, leaf refunded_orders, leaf refund_amount)
    }
}

impl Merge for ScriptTemplate {
    fn merge(b: &Self, o: &Self, t: &Self, cx: &mut Cx) -> Self {
        merge!(ScriptTemplate, cx, b, o, t;
            keep id, leaf name, leaf description, keyed segments)
    }
}
keyed!(ScriptTemplate, id, |template| template.name.clone());

impl Merge for Segment {
    fn merge(b: &Self, o: &Self, t: &Self, cx: &mut Cx) -> Self {
        merge!(Segment, cx, b, o, t;
            keep id, leaf kind, leaf title, leaf planned_seconds, leaf product_id,
            leaf interaction, leaf selling_points, leaf lines, leaf offer, leaf owner,
            leaf notes, leaf cues)
    }
}
keyed!(Segment, id, |segment| segment.title.clone());

impl Merge for Product {
    fn merge(b: &Self, o: &Self, t: &Self, cx: &mut Cx) -> Self {
        merge!(Product, cx, b, o, t;
            keep id, leaf name, leaf sku, leaf category, leaf price, leaf live_price,
            leaf stock, leaf margin_rate, leaf coupon, leaf selling_points,
            leaf compliance_note)
    }
}
keyed!(Product, id, |product| product.name.clone());
