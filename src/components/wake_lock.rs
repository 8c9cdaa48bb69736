//! Keeps the tablet's screen on while the timer runs (Screen Wake Lock API),
//! re-requesting the lock when the page becomes visible again (browsers drop
//! it when the tab is hidden), and reports its state for the screen to show.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WakeLockState {
    /// This browser has no Screen Wake Lock API (or the page is not secure).
    Unsupported,
    Off,
    On,
    /// The browser refused (e.g. battery saver).
    Refused,
}

impl WakeLockState {
    /// The name the presenter's markup carries (`data-state`).
    pub fn name(self) -> &'static str {
        match self {
            WakeLockState::Unsupported => "unsupported",
            WakeLockState::Off => "off",
            WakeLockState::On => "on",
            WakeLockState::Refused => "refused",
        }
    }
}

fn wake_lock_api() -> Option<JsValue> {
    let navigator = window().navigator();
    let api = js_sys::Reflect::get(&navigator, &"wakeLock".into()).ok()?;
    (!api.is_undefined() && !api.is_null()).then_some(api)
}

fn call(target: &JsValue, method: &str, args: &[JsValue]) -> Option<JsValue> {
    let function: js_sys::Function = js_sys::Reflect::get(target, &method.into())
        .ok()?
        .dyn_into()
        .ok()?;
    let args: js_sys::Array = args.iter().collect();
    function.apply(target, &args).ok()
}

/// Holds a wake lock whenever `wanted` is true.
pub fn use_wake_lock(wanted: Signal<bool>) -> ReadSignal<WakeLockState> {
    let initial = if wake_lock_api().is_some() {
        WakeLockState::Off
    } else {
        WakeLockState::Unsupported
    };
    let (state, set_state) = signal(initial);
    let sentinel = StoredValue::new_local(None::<JsValue>);

    let request = move || {
        let Some(api) = wake_lock_api() else { return };
        if sentinel.with_value(Option::is_some) {
            return;
        }
        let Some(promise) = call(&api, "request", &["screen".into()])
            .and_then(|p| p.dyn_into::<js_sys::Promise>().ok())
        else {
            set_state.set(WakeLockState::Refused);
            return;
        };
        wasm_bindgen_futures::spawn_local(async move {
            match wasm_bindgen_futures::JsFuture::from(promise).await {
                Ok(lock) => {
                    let on_release = Closure::<dyn FnMut()>::new(move || {
                        sentinel.set_value(None);
                        set_state.set(WakeLockState::Off);
                    });
                    let _ = call(
                        &lock,
                        "addEventListener",
                        &["release".into(), on_release.into_js_value()],
                    );
                    sentinel.set_value(Some(lock));
                    set_state.set(WakeLockState::On);
                }
                Err(_) => set_state.set(WakeLockState::Refused),
            }
        });
    };
    let release = move || {
        if let Some(lock) = sentinel.try_update_value(Option::take).flatten() {
            let _ = call(&lock, "release", &[]);
        }
    };

    Effect::new(move || {
        if wanted.get() {
            request();
        } else {
            release();
        }
    });
    let visible = window_event_listener(leptos::ev::visibilitychange, move |_| {
        if document().visibility_state() == web_sys::VisibilityState::Visible
            && wanted.get_untracked()
        {
            request();
        }
    });
    on_cleanup(move || {
        visible.remove();
        release();
    });
    state
}
