//! A short-lived "deleted … Undo" bar: deleting is one tap, and so is taking
//! it back, instead of a confirmation before every delete.

use leptos::prelude::*;

/// What the bar offers to undo: its message and the action that undoes it
/// (a closure, so the signal holding it is a local, not a thread-safe, one).
#[derive(Clone)]
pub struct Undoable {
    pub message: String,
    pub undo: std::rc::Rc<dyn Fn()>,
}

/// The bar; empty while there is nothing to undo.
#[component]
pub fn UndoBar(
    pending: RwSignal<Option<Undoable>, LocalStorage>,
    undo_label: Signal<&'static str>,
) -> impl IntoView {
    move || {
        pending.get().map(|item| {
            let undo = item.undo.clone();
            view! {
                <div class="undo-bar" role="status">
                    <span>{item.message.clone()}</span>
                    <button
                        type="button"
                        class="button"
                        on:click=move |_| {
                            undo();
                            pending.set(None);
                        }
                    >
                        {undo_label}
                    </button>
                </div>
            }
        })
    }
}
