//! The presenter's buttons and its keyboard/clicker handling. Both turn input
//! into a core `Command` (or a screen action) and hand it to one dispatcher.

use leptos::prelude::*;
use livedesk_core::presenter::{key_action, KeyAction};
use livedesk_core::timer::{Command, Status};

use crate::i18n::use_i18n;

/// Routes every key press of the presenter screen to `on_action`.
pub fn use_presenter_keys(on_action: impl Fn(KeyAction) + 'static) {
    let down = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        if let Some(action) = key_action(&ev.key()) {
            // Space would scroll and Enter/Space would also click a focused button.
            ev.prevent_default();
            if !ev.repeat() {
                on_action(action);
            }
        }
    });
    let up = window_event_listener(leptos::ev::keyup, move |ev| {
        if matches!(ev.key().as_str(), " " | "Enter") {
            ev.prevent_default();
        }
    });
    on_cleanup(move || {
        down.remove();
        up.remove();
    });
}

/// The row of big buttons under the countdown.
#[component]
pub fn Controls(
    /// The timer's status, which decides the labels.
    status: Signal<Status>,
    /// Receives every command.
    on_command: Callback<Command>,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || &i18n.t().timer_page;
    let send = move |command: Command| move |_| on_command.run(command);
    let toggle_label = move || match status.get() {
        Status::Ready => t().start,
        Status::Running => t().pause,
        Status::Paused => t().resume,
        Status::Finished => t().status_finished,
    };
    let confirm_then = move |question: fn(&crate::i18n::TimerTexts) -> &'static str,
                             command: Command| {
        move |_| {
            if window()
                .confirm_with_message(question(t()))
                .unwrap_or(false)
            {
                on_command.run(command);
            }
        }
    };
    let live = move || status.get().on_air();
    view! {
        <div class="controls" role="toolbar">
            <button type="button" class="button control" on:click=send(Command::Previous) disabled=move || !live()>
                "◀ " {move || t().previous}
            </button>
            <Show
                when=move || status.get() != Status::Finished
                fallback=move || view! {
                    <button type="button" class="button control" on:click=confirm_then(|t| t.confirm_reset, Command::Reset)>
                        {move || t().reset}
                    </button>
                }
            >
                <button type="button" class="button control primary toggle" on:click=send(Command::Toggle)>
                    {toggle_label}
                </button>
            </Show>
            <button type="button" class="button control" on:click=send(Command::Next) disabled=move || status.get() == Status::Finished>
                {move || t().next} " ▶"
            </button>
            <button type="button" class="button control" on:click=send(Command::AddSeconds(-60)) disabled=move || !live()>
                {move || t().remove_minute}
            </button>
            <button type="button" class="button control" on:click=send(Command::AddSeconds(60)) disabled=move || !live()>
                {move || t().add_minute}
            </button>
            <button type="button" class="button control danger" on:click=confirm_then(|t| t.confirm_finish, Command::Finish) disabled=move || !live()>
                {move || t().finish}
            </button>
        </div>
    }
}
