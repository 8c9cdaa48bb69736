//! The script checks the editor shows beside the segments, from the domain's
//! rules of thumb: the script fills the show, the first 5 minutes carry a hook,
//! a product is explained in at most 8 minutes and the sale closed right after,
//! no segment runs past the 15-minute node, and every lineup product gets its
//! turn: an explanation, or for a traffic driver (引流款) any slot that sells it,
//! since those are flash-sold rather than explained.

use crate::model::{CueKind, Id, LineupItem, Segment, SegmentKind, Tier};

use super::schedule;

/// The opening window that must carry a hook or flash sale (黄金开场).
pub const HOOK_WINDOW_SECONDS: u64 = 5 * 60;
/// The longest a product's explanation should run before the close.
pub const MAX_EXPLANATION_SECONDS: u32 = 8 * 60;
/// The script's node length; longer segments lose the room's attention.
pub const NODE_SECONDS: u32 = 15 * 60;

/// What a script is checked against besides itself.
#[derive(Debug, Clone, Copy, Default)]
pub struct Context<'a> {
    /// The show's planned length; templates have none.
    pub show_seconds: Option<u64>,
    /// The show's plan lineup; empty when there is no plan.
    pub lineup: &'a [LineupItem],
}

/// One thing a check found. Segment indices are positions in the script.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finding {
    /// The segments add up to more or less than the show's length.
    LengthMismatch {
        script_seconds: u64,
        show_seconds: u64,
    },
    /// Nothing in the first 5 minutes offers a flash sale, coupon or hook.
    NoOpeningHook,
    /// A product explanation runs longer than 8 minutes before it turns to
    /// interaction or the close.
    LongExplanation { index: usize, seconds: u32 },
    /// A product explanation without a close-the-sale cue inside it or a
    /// closing-the-sale segment right after it.
    NoCloseAfterExplanation { index: usize },
    /// A segment planned longer than the 15-minute node.
    LongSegment { index: usize, seconds: u32 },
    /// A lineup product that no segment explains (for a traffic driver:
    /// that no segment features at all).
    ProductNeverExplained { product_id: Id },
}

impl Finding {
    /// The segment the finding points at, if it is about one.
    pub fn segment(&self) -> Option<usize> {
        match self {
            Finding::LongExplanation { index, .. }
            | Finding::NoCloseAfterExplanation { index }
            | Finding::LongSegment { index, .. } => Some(*index),
            _ => None,
        }
    }
}

/// Every finding for a script, script-wide ones first, then by segment.
pub fn check(segments: &[Segment], context: Context<'_>) -> Vec<Finding> {
    let mut findings = Vec::new();
    if segments.is_empty() {
        return findings;
    }
    let total = schedule::total_seconds(segments);
    if let Some(show_seconds) = context.show_seconds {
        if total != show_seconds {
            findings.push(Finding::LengthMismatch {
                script_seconds: total,
                show_seconds,
            });
        }
    }
    if !has_opening_hook(segments) {
        findings.push(Finding::NoOpeningHook);
    }
    for item in context.lineup {
        let product_id = &item.product_id;
        let explained = segments.iter().any(|s| {
            s.product_id.as_ref() == Some(product_id)
                && (s.kind == SegmentKind::ProductExplanation || item.tier == Tier::TrafficDriver)
        });
        if !explained && !findings.contains(&never_explained(product_id)) {
            findings.push(never_explained(product_id));
        }
    }
    for (index, segment) in segments.iter().enumerate() {
        if segment.kind == SegmentKind::ProductExplanation {
            let seconds = explanation_seconds(segment);
            if seconds > MAX_EXPLANATION_SECONDS {
                findings.push(Finding::LongExplanation { index, seconds });
            }
            let next_closes = segments
                .get(index + 1)
                .is_some_and(|next| next.kind == SegmentKind::ClosingSale);
            let closes_inside = segment.cues.iter().any(|c| c.kind == CueKind::CloseSale);
            if !closes_inside && !next_closes {
                findings.push(Finding::NoCloseAfterExplanation { index });
            }
        }
        if segment.planned_seconds > NODE_SECONDS {
            findings.push(Finding::LongSegment {
                index,
                seconds: segment.planned_seconds,
            });
        }
    }
    findings
}

fn never_explained(product_id: &Id) -> Finding {
    Finding::ProductNeverExplained {
        product_id: product_id.clone(),
    }
}

/// A hook is an offer or a close-the-sale cue that falls in the first five
/// minutes, or a segment starting in them that announces an offer.
fn has_opening_hook(segments: &[Segment]) -> bool {
    let offsets = schedule::offsets(segments);
    segments
        .iter()
        .zip(offsets)
        .take_while(|(_, start)| *start < HOOK_WINDOW_SECONDS)
        .any(|(segment, start)| {
            let offer_announced = !segment.offer.trim().is_empty();
            let hook_cue = segment.cues.iter().any(|cue| {
                matches!(cue.kind, CueKind::Offer | CueKind::CloseSale)
                    && start + u64::from(cue.at_seconds) < HOOK_WINDOW_SECONDS
            });
            offer_announced || hook_cue
        })
}

/// How long the explanation part of a segment runs: until its first cue that
/// turns to interaction, an offer or the close, else the whole segment.
pub fn explanation_seconds(segment: &Segment) -> u32 {
    segment
        .cues
        .iter()
        .find(|cue| {
            cue.at_seconds > 0
                && matches!(
                    cue.kind,
                    CueKind::Interact | CueKind::CloseSale | CueKind::Offer
                )
        })
        .map_or(segment.planned_seconds, |cue| cue.at_seconds)
}
