//! The data model: plain serde types, no signals, no browser. What a user
//! keeps in LiveDesk is a [`Workspace`]; everything below hangs from it.

mod ids;
mod plan;
mod product;
mod script;
mod show;
mod workspace;

use serde::{Deserialize, Serialize};

pub use ids::{Id, IdSource, SequentialIds};
pub use plan::*;
pub use product::*;
pub use script::*;
pub use show::*;
pub use workspace::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Platform {
    Douyin,
    Kuaishou,
    TaobaoLive,
    WechatChannels,
    Other,
}

/// The roles of a live-stream team.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// 主播: reads the script and runs the timer.
    Anchor,
    /// 助播: fills gaps, puts links up and down, changes prices.
    AssistantHost,
    /// 场控/运营: plans, watches the numbers, calls changes.
    FloorControl,
    /// 客服: answers questions and after-sales in the comments.
    CustomerService,
}
