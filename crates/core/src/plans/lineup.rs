//! What a plan's three-tier lineup lacks: no traffic driver to pull viewers in,
//! no profit product to earn on, products missing from the catalogue, or less
//! stock than one show is expected to sell.

use crate::model::{Id, LineupItem, Product, Tier};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LineupWarning {
    Empty,
    NoTrafficDriver,
    NoProfitProduct,
    /// The lineup names a product the catalogue no longer has.
    UnknownProduct {
        product_id: Id,
    },
    /// Fewer units in stock than one show is expected to sell.
    StockBelowOneShow {
        product_id: Id,
        stock: u64,
        expected: u64,
    },
}

pub fn warnings(lineup: &[LineupItem], products: &[Product]) -> Vec<LineupWarning> {
    if lineup.is_empty() {
        return vec![LineupWarning::Empty];
    }
    let mut found = Vec::new();
    let has = |tier: Tier| lineup.iter().any(|item| item.tier == tier);
    if !has(Tier::TrafficDriver) {
        found.push(LineupWarning::NoTrafficDriver);
    }
    if !has(Tier::Profit) {
        found.push(LineupWarning::NoProfitProduct);
    }
    for item in lineup {
        match products.iter().find(|p| p.id == item.product_id) {
            None => found.push(LineupWarning::UnknownProduct {
                product_id: item.product_id.clone(),
            }),
            Some(product) if product.stock < item.expected_units_per_show => {
                found.push(LineupWarning::StockBelowOneShow {
                    product_id: item.product_id.clone(),
                    stock: product.stock,
                    expected: item.expected_units_per_show,
                })
            }
            Some(_) => {}
        }
    }
    found
}
