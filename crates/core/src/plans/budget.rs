//! The plan's budget in its four categories (people, equipment, traffic,
//! marketing): what was planned, what is spent, and what a show costs.

use crate::model::{BudgetCategory, BudgetLine};

pub const CATEGORIES: [BudgetCategory; 4] = [
    BudgetCategory::People,
    BudgetCategory::Equipment,
    BudgetCategory::Traffic,
    BudgetCategory::Marketing,
];

#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Amounts {
    pub planned: f64,
    pub spent: f64,
}

impl Amounts {
    /// Planned minus spent: negative when over budget.
    pub fn remaining(&self) -> f64 {
        self.planned - self.spent
    }

    /// Spent as a share of planned; None when nothing was planned.
    pub fn used(&self) -> Option<f64> {
        (self.planned > 0.0).then(|| self.spent / self.planned)
    }

    pub fn over(&self) -> bool {
        self.spent > self.planned
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct BudgetSummary {
    /// One entry per category, in [`CATEGORIES`] order.
    pub by_category: [(BudgetCategory, Amounts); 4],
    pub total: Amounts,
    /// The planned total spread over the plan's scheduled shows.
    pub planned_per_show: Option<f64>,
    /// What was spent so far, spread over the shows already held.
    pub spent_per_held_show: Option<f64>,
}

/// Sums a plan's budget; `scheduled` counts its shows, `held` those already on air.
pub fn summary(lines: &[BudgetLine], scheduled: usize, held: usize) -> BudgetSummary {
    let by_category = CATEGORIES.map(|category| {
        let amounts = lines.iter().filter(|line| line.category == category).fold(
            Amounts::default(),
            |sum, line| Amounts {
                planned: sum.planned + line.planned,
                spent: sum.spent + line.spent,
            },
        );
        (category, amounts)
    });
    let total = by_category
        .iter()
        .fold(Amounts::default(), |sum, (_, a)| Amounts {
            planned: sum.planned + a.planned,
            spent: sum.spent + a.spent,
        });
    let per = |amount: f64, shows: usize| (shows > 0).then(|| amount / shows as f64);
    BudgetSummary {
        by_category,
        total,
        planned_per_show: per(total.planned, scheduled),
        spent_per_held_show: per(total.spent, held),
    }
}
