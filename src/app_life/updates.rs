//! Registers `sw.js` and tells when a new version has installed beside the
//! running one. Activating it reloads the page, so it happens only when the
//! user asks (`AppUpdate::apply`), and the offer stays hidden while a timer
//! is on air (see `components::update_offer`).

use js_sys::Reflect;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    RegistrationOptions, ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState,
};

use crate::routes::base;

/// The message `sw.js` answers with `skipWaiting()`.
const ACTIVATE: &str = "livedesk-activate";

#[derive(Debug, Clone, Copy)]
pub struct AppUpdate {
    /// A new version has installed and waits for the user's go-ahead.
    pub ready: RwSignal<bool>,
    /// Set by `apply`: only then does a change of worker reload the page (the
    /// first install also changes it, and must not).
    asked: StoredValue<bool>,
    registration: StoredValue<Option<ServiceWorkerRegistration>, LocalStorage>,
}

pub fn use_app_update() -> AppUpdate {
    expect_context::<AppUpdate>()
}

pub(super) fn provide() {
    let update = AppUpdate {
        ready: RwSignal::new(false),
        asked: StoredValue::new(false),
        registration: StoredValue::new_local(None),
    };
    provide_context(update);
    // A debug build (`make run`) changes on every save: caching it would
    // serve stale code.
    if !cfg!(debug_assertions) {
        if let Some(container) = container() {
            // After the first frame is painted: installing downloads the
            // whole app, which should not compete with the first screen.
            request_animation_frame(move || {
                set_timeout(
                    move || update.register(container),
                    std::time::Duration::ZERO,
                )
            });
        }
    }
}

impl AppUpdate {
    /// Activates the waiting version; the page reloads once it controls it.
    pub fn apply(self) {
        let waiting = self
            .registration
            .with_value(|r| r.as_ref().and_then(ServiceWorkerRegistration::waiting));
        if let Some(worker) = waiting {
            self.asked.set_value(true);
            let _ = worker.post_message(&ACTIVATE.into());
        }
    }

    fn register(self, container: ServiceWorkerContainer) {
        let reload = Closure::<dyn FnMut()>::new(move || {
            if self.asked.get_value() {
                let _ = window().location().reload();
            }
        });
        container.set_oncontrollerchange(Some(reload.as_ref().unchecked_ref()));
        // Listeners for the app's whole life.
        reload.forget();

        let options = RegistrationOptions::new();
        options.set_scope(&format!("{}/", base()));
        let registering = container.register_with_options(&format!("{}/sw.js", base()), &options);
        wasm_bindgen_futures::spawn_local(async move {
            let Ok(registration) = JsFuture::from(registering).await else {
                return;
            };
            let registration: ServiceWorkerRegistration = registration.unchecked_into();
            self.registration.set_value(Some(registration.clone()));
            self.watch(&container, &registration);
        });
    }

    /// Marks the update ready when a new worker has installed while an older
    /// one controls this page, now or later; checks for one when the tablet
    /// wakes, since a presenter screen may stay open for days.
    fn watch(self, container: &ServiceWorkerContainer, registration: &ServiceWorkerRegistration) {
        let controlled = {
            let container = container.clone();
            move || container.controller().is_some()
        };
        if registration.waiting().is_some() && controlled() {
            self.ready.set(true);
        }
        let found = {
            let registration = registration.clone();
            Closure::<dyn FnMut()>::new(move || {
                let Some(installing) = registration.installing() else {
                    return;
                };
                let worker = installing.clone();
                let controlled = controlled.clone();
                let changed = Closure::<dyn FnMut()>::new(move || {
                    if worker.state() == ServiceWorkerState::Installed && controlled() {
                        self.ready.set(true);
                    }
                });
                installing.set_onstatechange(Some(changed.as_ref().unchecked_ref()));
                changed.forget();
            })
        };
        registration.set_onupdatefound(Some(found.as_ref().unchecked_ref()));
        found.forget();

        let registration = registration.clone();
        let woke = Closure::<dyn FnMut()>::new(move || {
            if document().visibility_state() == web_sys::VisibilityState::Visible {
                let _ = registration.update();
            }
        });
        let _ = document()
            .add_event_listener_with_callback("visibilitychange", woke.as_ref().unchecked_ref());
        woke.forget();
    }
}

/// The page's service worker container; None where there is none (an
/// insecure origin, or a browser without service workers).
fn container() -> Option<ServiceWorkerContainer> {
    let navigator = window().navigator();
    Reflect::has(&navigator, &"serviceWorker".into())
        .unwrap_or(false)
        .then(|| navigator.service_worker())
}
