//! The checks panel above the segments: what the core's script checks found,
//! each segment finding naming its segment (the card shows it too).

use leptos::prelude::*;
use livedesk_core::scripts::checks::Finding;

use super::editor::EditorContext;
use crate::i18n::use_i18n;
use crate::state::use_app_state;

/// A finding in words, with the name of the product it is about, if any.
pub fn finding_text(finding: &Finding) -> String {
    let i18n = use_i18n();
    let product = match finding {
        Finding::ProductNeverExplained { product_id } => use_app_state().workspace.with(|ws| {
            ws.product(product_id)
                .map_or_else(|| product_id.to_string(), |p| p.name.clone())
        }),
        _ => String::new(),
    };
    (i18n.scripts().finding)(finding, &product)
}

#[component]
pub fn ChecksPanel(ctx: EditorContext) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.scripts();
    let rows = move || {
        ctx.findings
            .get()
            .into_iter()
            .map(|finding| {
                let place = finding.segment().map(|index| {
                    let title = ctx
                        .segments
                        .with(|s| s.get(index).map(|s| s.title.clone()).unwrap_or_default());
                    format!("#{} {title}: ", index + 1)
                });
                let text = finding_text(&finding);
                view! { <li class="finding">{place}{text}</li> }
            })
            .collect_view()
    };
    view! {
        <div class="card checks" role="region" aria-label=move || t().checks_heading>
            <h2>{move || t().checks_heading}</h2>
            <Show
                when=move || !ctx.findings.with(Vec::is_empty)
                fallback=move || view! { <p class="ok checks-ok">{move || t().checks_ok}</p> }
            >
                <ul class="findings">{rows}</ul>
            </Show>
        </div>
    }
}
