//! The team's timer settings: warning and danger thresholds, flash and chime.

use leptos::prelude::*;

use crate::i18n::use_i18n;
use crate::state::use_app_state;

#[component]
pub fn TimerSettingsPanel() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let t = move || i18n.data();
    let settings = Memo::new(move |_| state.workspace.with(|ws| ws.settings.clone()));
    let set_thresholds = move |warning: Option<u32>, danger: Option<u32>| {
        state.workspace.update(|ws| {
            let s = &mut ws.settings;
            s.set_thresholds(
                warning.unwrap_or(s.warning_seconds),
                danger.unwrap_or(s.danger_seconds),
            );
        });
    };
    let number = |ev: leptos::ev::Event| event_target_value(&ev).trim().parse::<u32>().ok();
    view! {
        <div class="card timer-settings">
            <h2>{move || t().timer_settings_heading}</h2>
            <p class="muted">{move || t().timer_settings_hint}</p>
            <div class="settings-grid">
                <label>
                    <span>{move || t().warning_at}</span>
                    <input type="number" min="0" max="3600" step="5" inputmode="numeric"
                        prop:value=move || settings.with(|s| s.warning_seconds.to_string())
                        on:change=move |ev| set_thresholds(number(ev), None) />
                    <small>{move || t().seconds_left}</small>
                </label>
                <label>
                    <span>{move || t().danger_at}</span>
                    <input type="number" min="0" max="3600" step="5" inputmode="numeric"
                        prop:value=move || settings.with(|s| s.danger_seconds.to_string())
                        on:change=move |ev| set_thresholds(None, number(ev)) />
                    <small>{move || t().seconds_left}</small>
                </label>
            </div>
            <label class="choice">
                <input type="checkbox" prop:checked=move || settings.with(|s| s.flash)
                    on:change=move |ev| { let on = event_target_checked(&ev); state.workspace.update(|ws| ws.settings.flash = on); } />
                <span>{move || t().flash}</span>
            </label>
            <label class="choice">
                <input type="checkbox" prop:checked=move || settings.with(|s| s.chime)
                    on:change=move |ev| { let on = event_target_checked(&ev); state.workspace.update(|ws| ws.settings.chime = on); } />
                <span>{move || t().chime}</span>
            </label>
        </div>
    }
}
