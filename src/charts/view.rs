//! One chart on a page: a canvas that ECharts draws into, hidden from screen
//! readers, above the table that carries the same numbers for them (and for
//! copying into a spreadsheet).

use charming::{Chart, Echarts, WasmRenderer};
use js_sys::{Function, Reflect};
use leptos::ev;
use leptos::html::Div;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::{JsCast, JsValue};

use super::loader::echarts_ready;
use crate::i18n::use_i18n;

/// A captioned chart and its table (the children). `id` must be unique on
/// the page: charming finds the element by id. No chart (None) draws nothing.
#[component]
pub fn ChartView(
    id: &'static str,
    #[prop(into)] caption: Signal<String>,
    #[prop(into)] chart: Signal<Option<Chart>>,
    children: Children,
) -> impl IntoView {
    let i18n = use_i18n();
    let failed = RwSignal::new(false);
    let drawn: StoredValue<Option<Echarts>, LocalStorage> = StoredValue::new_local(None);
    let canvas = NodeRef::<Div>::new();

    Effect::new(move |_| {
        let chart = chart.get();
        if canvas.get().is_none() {
            return;
        }
        dispose(drawn);
        let Some(chart) = chart else {
            return;
        };
        spawn_local(async move {
            let ready = echarts_ready().await;
            // The page may have moved on while the script loaded.
            if drawn.is_disposed() {
                return;
            }
            failed.set(ready.is_err());
            if ready.is_ok() {
                dispose(drawn);
                // No size given: the chart fills its element (CSS sets it).
                match WasmRenderer::new_opt(None, None).render(id, &chart) {
                    Ok(echarts) => drawn.set_value(Some(echarts)),
                    Err(_) => failed.set(true),
                }
            }
        });
    });

    // A tablet turned on its side: redraw at the new width.
    let resize = window_event_listener(ev::resize, move |_| {
        drawn.with_value(|echarts| {
            if let Some(echarts) = echarts {
                echarts.resize(JsValue::UNDEFINED);
            }
        });
    });
    on_cleanup(move || {
        resize.remove();
        dispose(drawn);
    });

    view! {
        <figure class="chart-figure" data-chart=id>
            <figcaption>{move || caption.get()}</figcaption>
            <div
                id=id
                node_ref=canvas
                class="chart"
                class:hidden=move || chart.with(Option::is_none)
                aria-hidden="true"
            ></div>
            <Show when=move || failed.get()>
                <p class="chart-error" role="status">{move || i18n.kpi().chart_not_loaded}</p>
            </Show>
            {children()}
        </figure>
    }
}

/// Frees the chart's canvas and listeners (charming has no dispose).
fn dispose(drawn: StoredValue<Option<Echarts>, LocalStorage>) {
    let Some(Some(echarts)) = drawn.try_update_value(Option::take) else {
        return;
    };
    let dispose = Reflect::get(&echarts, &"dispose".into()).ok();
    if let Some(dispose) = dispose.and_then(|f| f.dyn_into::<Function>().ok()) {
        let _ = dispose.call0(&echarts);
    }
}
