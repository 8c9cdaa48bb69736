//! Entry point of the presenter-only wasm: what a tablet loads when it opens
//! `/timer/<show>` directly. Mounts and does nothing else.

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(livedesk::app::PresenterApp);
}
