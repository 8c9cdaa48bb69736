//! Scripts (直播脚本): a show broken into segments of about 15 minutes, each
//! with its product, selling points, lines, offer, owner and cue points.

use serde::{Deserialize, Serialize};

use super::{Id, Role};

/// A reusable script. Applying it to a show copies its segments, so later
/// edits of the template leave past shows as they were.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScriptTemplate {
    pub id: Id,
    pub name: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub segments: Vec<Segment>,
}

/// A show's own copy of a script.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ShowScript {
    /// The template it was copied from, if any (for information only).
    #[serde(default)]
    pub from_template: Option<Id>,
    #[serde(default)]
    pub segments: Vec<Segment>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SegmentKind {
    /// 开场: greet, theme, today's benefits; the first 5 minutes carry a hook.
    Opening,
    /// 产品讲解: demo, comparison, user cases; at most 8 minutes a product.
    ProductExplanation,
    /// 互动: lucky draw, Q&A, vote, like/share goals.
    Interaction,
    /// 逼单: limited time, limited stock, social proof.
    ClosingSale,
    /// 收尾: last call, preview of the next show.
    WrapUp,
    /// A pause (the anchor rests, the assistant host holds the room).
    Break,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InteractionKind {
    LuckyDraw,
    QAndA,
    Vote,
    LikeGoal,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Segment {
    pub id: Id,
    pub kind: SegmentKind,
    pub title: String,
    /// Planned length in seconds (15 minutes = 900).
    pub planned_seconds: u32,
    #[serde(default)]
    pub product_id: Option<Id>,
    #[serde(default)]
    pub interaction: Option<InteractionKind>,
    #[serde(default)]
    pub selling_points: Vec<String>,
    /// What to say (话术), one line each.
    #[serde(default)]
    pub lines: Vec<String>,
    /// The benefit or offer (福利) announced in this segment.
    #[serde(default)]
    pub offer: String,
    #[serde(default)]
    pub owner: Option<Role>,
    #[serde(default)]
    pub notes: String,
    /// Points inside the segment (e.g. interact from 8:00), in time order.
    #[serde(default)]
    pub cues: Vec<Cue>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CueKind {
    Explain,
    Interact,
    CloseSale,
    Offer,
    Other,
}

/// From `at_seconds` into the segment, do `label`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cue {
    pub at_seconds: u32,
    pub kind: CueKind,
    pub label: String,
}
