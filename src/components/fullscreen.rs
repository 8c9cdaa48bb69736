//! Full screen for the presenter view, and whether it is on.

use leptos::prelude::*;

/// True while the page is in full screen; follows changes made with Esc too.
pub fn use_fullscreen() -> ReadSignal<bool> {
    let (on, set_on) = signal(document().fullscreen_element().is_some());
    let handle = window_event_listener(
        leptos::ev::Custom::<leptos::ev::Event>::new("fullscreenchange"),
        move |_| {
            set_on.set(document().fullscreen_element().is_some());
        },
    );
    on_cleanup(move || handle.remove());
    on
}

/// Enters or leaves full screen.
pub fn toggle_fullscreen() {
    let document = document();
    if document.fullscreen_element().is_some() {
        document.exit_fullscreen();
    } else if let Some(root) = document.document_element() {
        let _ = root.request_fullscreen();
    }
}
