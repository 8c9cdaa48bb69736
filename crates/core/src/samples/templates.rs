//! The built-in script templates. They are shared across workspaces (the
//! template library offers them too), so no segment names a product.

mod beauty;
mod clothing_home;

use super::{pick, pick_all, Text};
use crate::model::CueKind::{CloseSale, Explain, Interact};
use crate::model::{
    Cue, CueKind, IdSource, InteractionKind, Role, ScriptTemplate, Segment, SegmentKind,
};
use crate::Lang;

/// One node of a script, as data: every text in both languages.
struct SegmentSpec {
    kind: SegmentKind,
    title: Text,
    seconds: u32,
    interaction: Option<InteractionKind>,
    selling_points: &'static [Text],
    lines: &'static [Text],
    offer: Text,
    owner: Role,
    notes: Text,
    /// (seconds into the segment, kind, label), in time order.
    cues: &'static [(u32, CueKind, Text)],
}

struct TemplateSpec {
    name: Text,
    description: Text,
    segments: &'static [SegmentSpec],
}

/// The script's nodes are 15 minutes long.
const NODE: u32 = 15 * 60;
/// A product's explanation ends by this point of its node (8 minutes).
const EXPLAIN_UNTIL: u32 = 8 * 60;
/// The close of the sale starts here (12 minutes), leaving 3 for the countdown.
const CLOSE_AT: u32 = 12 * 60;

/// The built-in templates, in this order: the 2-hour beauty & skincare show,
/// the 90-minute clothing show, the 60-minute home-goods show and the
/// single-product block.
pub fn builtin_templates(lang: Lang, ids: &mut dyn IdSource) -> Vec<ScriptTemplate> {
    [
        &beauty::BEAUTY,
        &clothing_home::CLOTHING,
        &clothing_home::HOME,
        &SINGLE_PRODUCT,
    ]
    .into_iter()
    .map(|spec| ScriptTemplate {
        id: ids.next_id(),
        name: pick(lang, spec.name),
        description: pick(lang, spec.description),
        segments: spec
            .segments
            .iter()
            .map(|segment| build_segment(lang, ids, segment))
            .collect(),
    })
    .collect()
}

fn build_segment(lang: Lang, ids: &mut dyn IdSource, spec: &SegmentSpec) -> Segment {
    Segment {
        id: ids.next_id(),
        kind: spec.kind,
        title: pick(lang, spec.title),
        planned_seconds: spec.seconds,
        product_id: None,
        interaction: spec.interaction,
        selling_points: pick_all(lang, spec.selling_points),
        lines: pick_all(lang, spec.lines),
        offer: pick(lang, spec.offer),
        owner: Some(spec.owner),
        notes: pick(lang, spec.notes),
        cues: spec
            .cues
            .iter()
            .map(|&(at_seconds, kind, label)| Cue {
                at_seconds,
                kind,
                label: pick(lang, label),
            })
            .collect(),
    }
}

/// The explain → interact → close rhythm of one product's node.
const PRODUCT_CUES: &[(u32, CueKind, Text)] = &[
    (
        0,
        Explain,
        ("使用场景 + 现场演示", "Moment of use + live demo"),
    ),
    (
        240,
        Explain,
        ("对比和用户反馈", "Comparison and user feedback"),
    ),
    (EXPLAIN_UNTIL, Interact, ("评论区答疑", "Q&A from comments")),
    (
        CLOSE_AT,
        CloseSale,
        (
            "限时限量，倒计时逼单",
            "Limited time and stock: countdown to close",
        ),
    ),
];

/// A block to drop into any script for one product.
const SINGLE_PRODUCT: TemplateSpec = TemplateSpec {
    name: ("单品讲解模块（15 分钟）", "Single-product block (15 min)"),
    description: (
        "一个 15 分钟节点：讲解不超过 8 分钟，接着互动答疑，最后限时逼单。可插入任何脚本。",
        "One 15-minute node: explain for at most 8 minutes, then take questions, then close with a time-limited deal. Fits into any script.",
    ),
    segments: &[SegmentSpec {
        kind: SegmentKind::ProductExplanation,
        title: (
            "单品：演示 → 互动 → 逼单",
            "Product: demo → interact → close",
        ),
        seconds: NODE,
        interaction: Some(InteractionKind::QAndA),
        selling_points: &[
            (
                "从一个使用场景讲起，不念参数表",
                "Start from a moment of use, not a spec sheet",
            ),
            (
                "用之前和用之后对比，或和普通款对比",
                "Before and after, or against an ordinary product",
            ),
            (
                "真实买家的反馈和回购",
                "What real buyers said, and who bought again",
            ),
        ],
        lines: &[
            (
                "先想一下，你平时什么时候最需要它？",
                "Think of the moment in your day when you need this most.",
            ),
            (
                "我现场用给你们看，镜头拉近一点。",
                "Let me use it right here; camera, come closer.",
            ),
            (
                "有问题直接打在评论区，我挨个回答。",
                "Type your questions in the comments and I'll take them one by one.",
            ),
            (
                "这个价格只在这一轮，倒计时结束就恢复原价。",
                "This price is for this round only; when the countdown ends it goes back up.",
            ),
        ],
        offer: ("限时直播价", "Time-limited live price"),
        owner: Role::Anchor,
        notes: (
            "讲解到第 8 分钟必须转入互动。",
            "Move on to questions by minute 8 at the latest.",
        ),
        cues: PRODUCT_CUES,
    }],
};
