//! Return on spend: ROI, net ROI after returns, the break-even ROI and the
//! profit, from spend, GMV, margin, returns and the platform's fee.

use leptos::prelude::*;
use livedesk_core::format;
use livedesk_core::kpi::{roi_of, RoiInput};

use super::NumberField;
use crate::components::status_line::Status;
use crate::i18n::use_i18n;

/// ROI as it is said ("3.2×"); a dash without spend.
fn times(value: Option<f64>) -> String {
    value.map_or_else(|| "—".to_owned(), format::times)
}

#[component]
pub fn RoiCalculator(status: Status) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || i18n.kpi();
    let spend = RwSignal::new(10_000.0);
    let gmv = RwSignal::new(50_000.0);
    let margin = RwSignal::new(0.4);
    let returns = RwSignal::new(0.2);
    let fee = RwSignal::new(0.05);
    let result = Memo::new(move |_| {
        roi_of(RoiInput {
            spend: spend.get(),
            gmv: gmv.get(),
            gross_margin: margin.get(),
            return_rate: returns.get(),
            platform_fee: fee.get(),
        })
    });
    view! {
        <div class="card roi" data-testid="roi">
            <h2>{move || t().roi_heading}</h2>
            <p class="hint">{move || t().roi_hint}</p>
            <div class="form-grid">
                <NumberField label=Signal::derive(move || t().spend) value=spend status />
                <NumberField label=Signal::derive(move || t().gmv) value=gmv status />
                <NumberField label=Signal::derive(move || t().margin) value=margin shown_per_stored=100.0 status />
                <NumberField label=Signal::derive(move || t().return_rate) value=returns shown_per_stored=100.0 status />
                <NumberField label=Signal::derive(move || t().platform_fee) value=fee shown_per_stored=100.0 status />
            </div>
            <table class="figures">
                <tbody>
                    <tr><th scope="row">{move || t().roi}</th><td data-testid="roi-value">{move || times(result.get().roi)}</td></tr>
                    <tr><th scope="row">{move || t().net_roi}</th><td>{move || times(result.get().net_roi)}</td></tr>
                    <tr>
                        <th scope="row">{move || t().break_even_roi}</th>
                        <td data-testid="break-even">
                            {move || match result.get().break_even_roi {
                                Some(v) => times(Some(v)),
                                None => t().never_breaks_even.to_owned(),
                            }}
                        </td>
                    </tr>
                    <tr><th scope="row">{move || t().net_gmv}</th><td>{move || format::money(result.get().net_gmv)}</td></tr>
                    <tr class="total" class:over=move || result.get().profit < 0.0>
                        <th scope="row">{move || t().profit}</th>
                        <td data-testid="profit">
                            {move || {
                                let profit = result.get().profit;
                                let verdict = if profit < 0.0 { t().loss } else { t().profitable };
                                format!("{} · {verdict}", format::money(profit))
                            }}
                        </td>
                    </tr>
                </tbody>
            </table>
        </div>
    }
}
