//! A modal card over the screen (the presenter's key help, its emergency
//! plans): a heading, what it shows, and one big button to close it.

use leptos::prelude::*;

#[component]
pub fn Dialog(
    open: RwSignal<bool>,
    /// The heading's element id, which names the dialog for screen readers.
    id: &'static str,
    #[prop(into)] title: Signal<&'static str>,
    #[prop(into)] close_label: Signal<&'static str>,
    #[prop(optional)] class: &'static str,
    children: ChildrenFn,
) -> impl IntoView {
    view! {
        <Show when=move || open.get()>
            <div class="help-overlay" role="dialog" aria-modal="true" aria-labelledby=id>
                <div class=format!("help-card {class}")>
                    <h2 id=id>{move || title.get()}</h2>
                    {children()}
                    <button type="button" class="button primary" on:click=move |_| open.set(false)>
                        {move || close_label.get()}
                    </button>
                </div>
            </div>
        </Show>
    }
}
