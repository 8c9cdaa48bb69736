//! Loads the vendored ECharts build the first time a chart is shown, so that
//! screens without charts (the timer above all) never transfer it.

use std::cell::RefCell;

use js_sys::{Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::routes::base;

thread_local! {
    /// The one load in flight or done, shared by every chart on the page.
    static LOADING: RefCell<Option<Promise>> = const { RefCell::new(None) };
}

/// Resolves once the global `echarts` exists. A failed load (offline before
/// the file was cached, say) is forgotten, so the next chart tries again.
pub async fn echarts_ready() -> Result<(), JsValue> {
    let window = web_sys::window().ok_or_else(|| JsValue::from_str("no window"))?;
    if Reflect::has(&window, &"echarts".into())? {
        return Ok(());
    }
    let promise = LOADING.with(|loading| {
        loading
            .borrow_mut()
            .get_or_insert_with(|| Promise::new(&mut |resolve, reject| add_script(resolve, reject)))
            .clone()
    });
    let loaded = JsFuture::from(promise).await;
    if loaded.is_err() {
        LOADING.with(|loading| loading.borrow_mut().take());
    }
    loaded.map(|_| ())
}

fn add_script(resolve: js_sys::Function, reject: js_sys::Function) {
    let script = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| Some((d.create_element("script").ok()?, d.head()?)));
    let Some((script, head)) = script else {
        let _ = reject.call1(&JsValue::NULL, &"no document".into());
        return;
    };
    let Ok(script) = script.dyn_into::<web_sys::HtmlScriptElement>() else {
        let _ = reject.call1(&JsValue::NULL, &"no script element".into());
        return;
    };
    script.set_src(&format!("{}/echarts-kpi.min.js", base()));
    script.set_onload(Some(&resolve));
    script.set_onerror(Some(&reject));
    if head.append_child(&script).is_err() {
        let _ = reject.call1(&JsValue::NULL, &"script not added".into());
    }
}
