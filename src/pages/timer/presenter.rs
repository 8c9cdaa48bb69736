//! The presenter screen: the anchor's view during a live show. A huge
//! countdown coloured by phase, the segment, its product and offer, the cue in
//! effect, the lines to say, what comes next, and the show's pace. Every
//! control action is saved at once; a tick only updates the displayed values.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;
use livedesk_core::model::{Segment, Show};
use livedesk_core::presenter::KeyAction;
use livedesk_core::timer::{Command, Phase, Status, TimerState};

use super::controls::{use_presenter_keys, Controls};
use super::face::{format_minute, Face};
use super::help::HelpOverlay;
use crate::clock;
use crate::components::chime::chime;
use crate::components::fullscreen::{toggle_fullscreen, use_fullscreen};
use crate::components::wake_lock::{use_wake_lock, WakeLockState};
use crate::i18n::use_i18n;
use crate::routes::Section;
use crate::state::use_app_state;

/// While the timer is not running the display changes only with the
/// expected end; a slow refresh is enough.
const IDLE_REFRESH_MS: u64 = 1000;

fn segments_of(show: &Show) -> &[Segment] {
    show.script
        .as_ref()
        .map_or(&[], |script| script.segments.as_slice())
}

#[component]
pub fn PresenterPage() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let params = use_params_map();
    let show_id = Memo::new(move |_| params.with(|p| p.get("show_id").unwrap_or_default()));
    let show = Memo::new(move |_| {
        let id = show_id.get();
        state
            .workspace
            .with(|ws| ws.shows.iter().find(|s| s.id.as_str() == id).cloned())
    });
    let settings = Memo::new(move |_| state.workspace.with(|ws| ws.settings.clone()));
    // Planned and added times are whole seconds, so every displayed value
    // (countdown, cue countdown) changes when the elapsed time crosses a whole
    // second: wake exactly then.
    let now = clock::ticking_now(move |now| {
        show.with_untracked(|show| {
            let timer = show.as_ref().and_then(|s| s.timer.as_ref());
            match timer {
                Some(timer) if timer.status == Status::Running => {
                    1000 - (timer.elapsed_ms(now) % 1000) as u64 + 1
                }
                _ => IDLE_REFRESH_MS,
            }
        })
    });
    let face = Memo::new(move |_| {
        let now = now.get();
        show.with(|show| {
            let show = show.as_ref()?;
            let idle = TimerState::new();
            let timer = show.timer.as_ref().unwrap_or(&idle);
            Some(settings.with(|settings| Face::at(timer, segments_of(show), settings, now)))
        })
    });

    let dispatch = Callback::new(move |command: Command| {
        let now = clock::now_epoch_ms();
        let id = show_id.get_untracked();
        state.update_and_save(|ws| {
            if let Some(Show { script, timer, .. }) =
                ws.shows.iter_mut().find(|s| s.id.as_str() == id)
            {
                let segments = script.as_ref().map_or(&[][..], |s| s.segments.as_slice());
                timer
                    .get_or_insert_with(TimerState::new)
                    .apply(command, segments, now);
            }
        });
    });

    let controls_hidden = RwSignal::new(false);
    let help_open = RwSignal::new(false);
    use_presenter_keys(move |action| match action {
        KeyAction::Timer(command) => dispatch.run(command),
        KeyAction::ToggleControls => controls_hidden.update(|h| *h = !*h),
        KeyAction::ToggleFullscreen => toggle_fullscreen(),
        KeyAction::ToggleHelp => help_open.update(|o| *o = !*o),
        KeyAction::Close => help_open.set(false),
    });

    // Each value the DOM shows is its own memo, so a tick that changes only
    // the seconds writes only the seconds.
    let status = Signal::from(Memo::new(move |_| {
        face.with(|f| f.as_ref().map_or(Status::Ready, |f| f.status))
    }));
    let phase =
        Memo::new(move |_| face.with(|f| f.as_ref().map_or("normal", |f| phase_name(f.phase))));
    let segment_count =
        Memo::new(move |_| show.with(|s| s.as_ref().map_or(0, |s| segments_of(s).len())));
    let index = Memo::new(move |_| face.with(|f| f.as_ref().map_or(0, |f| f.index)));
    let progress = Memo::new(move |_| face.with(|f| f.as_ref().map_or(0, |f| f.progress_permille)));
    let running = Signal::derive(move || status.get() == Status::Running);
    let wake = use_wake_lock(running);
    let fullscreen = use_fullscreen();
    let flash = RwSignal::new(false);
    alert_on_phase_change(face, settings, flash);

    let t = move || &i18n.t().timer_page;
    view! {
        <Show
            when=move || show.with(|s| s.as_ref().is_some_and(|s| !segments_of(s).is_empty()))
            fallback=move || view! {
                <section class="page">
                    <p class="empty-state">{move || if show.with(Option::is_some) { t().no_script } else { t().not_found }}</p>
                    <A href=Section::Timer.href()>{move || t().exit}</A>
                </section>
            }
        >
            <div
                class="presenter"
                class:controls-hidden=move || controls_hidden.get()
                class:flash=move || flash.get()
                data-phase=move || phase.get()
                data-status=move || format!("{:?}", status.get()).to_lowercase()
            >
                <header class="presenter-bar">
                    <A href=Section::Timer.href()>
                        <span class="button bar-button">"✕ " {move || t().exit}</span>
                    </A>
                    <span class="presenter-title">{move || show.with(|s| s.as_ref().map(|s| s.title.clone()))}</span>
                    <span class="segment-of">{move || (t().segment_of)(index.get() + 1, segment_count.get())}</span>
                    <Pace face=face />
                    <span class="wake-state" data-state=move || format!("{:?}", wake.get()).to_lowercase()>
                        {move || match wake.get() {
                            WakeLockState::On => t().wake_on,
                            WakeLockState::Off => t().wake_off,
                            WakeLockState::Unsupported => t().wake_unsupported,
                            WakeLockState::Refused => t().wake_refused,
                        }}
                    </span>
                    <span class="bar-actions">
                        <button type="button" class="button bar-button" on:click=move |_| help_open.set(true)>{move || t().help}</button>
                        <button type="button" class="button bar-button" aria-pressed=move || fullscreen.get().to_string() on:click=move |_| toggle_fullscreen()>{move || t().fullscreen}</button>
                        <button type="button" class="button bar-button" on:click=move |_| controls_hidden.set(true)>{move || t().hide_controls}</button>
                    </span>
                </header>
                <div class="progress" aria-hidden="true">
                    <div class="progress-fill" style:width=move || format!("{}%", progress.get() as f64 / 10.0)></div>
                </div>
                <CurrentSegment show=show face=face />
                <footer class="presenter-foot">
                    <NextUp show=show face=face />
                    <Controls status=status on_command=dispatch />
                </footer>
                <button type="button" class="button show-controls" on:click=move |_| controls_hidden.set(false)>{move || t().show_controls}</button>
                <HelpOverlay open=help_open />
            </div>
        </Show>
    }
}

fn phase_name(phase: Phase) -> &'static str {
    match phase {
        Phase::Normal => "normal",
        Phase::Warning => "warning",
        Phase::Danger => "danger",
        Phase::Overtime => "overtime",
    }
}

/// Flash and/or chime (per the team's settings) when the phase changes
/// within a running segment: entering warning, danger and overtime.
fn alert_on_phase_change(
    face: Memo<Option<Face>>,
    settings: Memo<livedesk_core::model::Settings>,
    flash: RwSignal<bool>,
) {
    let key = Memo::new(move |_| face.with(|f| f.as_ref().map(|f| (f.phase, f.index, f.status))));
    Effect::new(move |previous: Option<Option<(Phase, usize, Status)>>| {
        let current = key.get();
        if let (Some(Some((before, index_before, _))), Some((after, index, Status::Running))) =
            (previous, current)
        {
            if before != after && index == index_before {
                let (do_flash, do_chime) = settings.with_untracked(|s| (s.flash, s.chime));
                if do_flash {
                    flash.set(true);
                    set_timeout(
                        move || flash.set(false),
                        std::time::Duration::from_millis(900),
                    );
                }
                if do_chime {
                    chime(if after == Phase::Overtime {
                        440.0
                    } else {
                        880.0
                    });
                }
            }
        }
        current
    });
}

/// Ahead/behind and the expected end.
#[component]
fn Pace(face: Memo<Option<Face>>) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || &i18n.t().timer_page;
    let behind = Memo::new(move |_| face.with(|f| f.as_ref().map(|f| f.behind_seconds)));
    let end_minute =
        Memo::new(move |_| face.with(|f| f.as_ref().and_then(|f| f.expected_end_minute)));
    let end = Memo::new(move |_| end_minute.get().and_then(format_minute));
    view! {
        <span class="pace">
            {move || behind.get().filter(|_| end.with(Option::is_some)).map(|seconds| {
                let text = livedesk_core::timer::format_clock(seconds.abs() * 1000);
                match seconds {
                    s if s > 30 => view! { <span class="behind">{t().behind} " " {text}</span> }.into_any(),
                    s if s < -30 => view! { <span class="ahead">{t().ahead} " " {text}</span> }.into_any(),
                    _ => view! { <span class="on-time">{t().on_time}</span> }.into_any(),
                }
            })}
            {move || end.get().map(|end| view! { <span class="expected-end">" · " {t().expected_end} " " {end}</span> })}
        </span>
    }
}

/// The countdown, the segment, its product, cue, lines and selling points.
#[component]
fn CurrentSegment(show: Memo<Option<Show>>, face: Memo<Option<Face>>) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let t = move || &i18n.t().timer_page;
    let index = Memo::new(move |_| face.with(|f| f.as_ref().map_or(0, |f| f.index)));
    let segment = Memo::new(move |_| {
        show.with(|s| {
            s.as_ref()
                .and_then(|s| segments_of(s).get(index.get()).cloned())
        })
    });
    let product = Memo::new(move |_| {
        let id = segment.with(|s| s.as_ref().and_then(|s| s.product_id.clone()))?;
        state.workspace.with(|ws| {
            ws.products
                .iter()
                .find(|p| p.id == id)
                .map(|p| (p.name.clone(), p.live_price, p.coupon.clone()))
        })
    });
    let remaining = Memo::new(move |_| {
        face.with(|f| f.as_ref().map(|f| f.remaining.clone()).unwrap_or_default())
    });
    let status = Memo::new(move |_| face.with(|f| f.as_ref().map_or(Status::Ready, |f| f.status)));
    let cue_now = Memo::new(move |_| face.with(|f| f.as_ref().and_then(|f| f.cue_now.clone())));
    let cue_next = Memo::new(move |_| face.with(|f| f.as_ref().and_then(|f| f.cue_next.clone())));
    let field = move |get: fn(&Segment) -> Vec<String>| {
        move || segment.with(|s| s.as_ref().map(get).unwrap_or_default())
    };
    let lines = field(|s| s.lines.clone());
    let points = field(|s| s.selling_points.clone());
    view! {
        <div class="presenter-body">
            <section class="clock-panel">
                <div class="segment-kind">{move || segment.with(|s| s.as_ref().map(|s| (i18n.t().segment_kind)(s.kind)))}</div>
                <h1 class="segment-title">{move || segment.with(|s| s.as_ref().map(|s| s.title.clone()))}</h1>
                <Show
                    when=move || status.get() != Status::Finished
                    fallback=move || view! { <div class="countdown finished">{move || t().finished_title}</div> }
                >
                    <div class="countdown" role="timer" aria-atomic="true">{move || remaining.get()}</div>
                </Show>
                <div class="timer-status">
                    {move || match status.get() {
                        Status::Ready => t().status_ready,
                        Status::Running => "",
                        Status::Paused => t().status_paused,
                        Status::Finished => "",
                    }}
                </div>
                {move || product.get().map(|(name, price, coupon)| view! {
                    <div class="product-line">
                        <strong class="product-name">{name}</strong>
                        <span class="price">{t().live_price} " ¥" {format_price(price)}</span>
                        {(!coupon.is_empty()).then(|| view! { <span class="coupon">{coupon}</span> })}
                    </div>
                })}
                {move || segment.with(|s| s.as_ref().map(|s| s.offer.clone())).filter(|o| !o.is_empty()).map(|offer| view! {
                    <div class="offer"><span class="label">{t().offer}</span> {offer}</div>
                })}
            </section>
            <section class="script-panel">
                <div class="cue">
                    {move || cue_now.get().map(|label| view! {
                        <div class="cue-now"><span class="label">{t().cue_now}</span> <strong>{label}</strong></div>
                    })}
                    {move || cue_next.get().map(|(label, until)| view! {
                        <div class="cue-next"><span class="label">{t().cue_next}</span> {label} <span class="cue-countdown">{until}</span></div>
                    })}
                </div>
                <div class="script-text">
                    <Show when=move || !lines().is_empty()>
                        <h2>{move || t().lines}</h2>
                        <ul class="lines">{move || lines().into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                    </Show>
                    <Show when=move || !points().is_empty()>
                        <h2>{move || t().selling_points}</h2>
                        <ul class="points">{move || points().into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
                    </Show>
                </div>
            </section>
        </div>
    }
}

fn format_price(price: f64) -> String {
    if price.fract() == 0.0 {
        format!("{price:.0}")
    } else {
        format!("{price:.2}")
    }
}

/// The next segment's kind, title and planned length.
#[component]
fn NextUp(show: Memo<Option<Show>>, face: Memo<Option<Face>>) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || &i18n.t().timer_page;
    let index = Memo::new(move |_| face.with(|f| f.as_ref().map_or(0, |f| f.index)));
    let next = Memo::new(move |_| {
        show.with(|s| {
            s.as_ref()
                .and_then(|s| segments_of(s).get(index.get() + 1).cloned())
        })
    });
    view! {
        <div class="next-up">
            <span class="label">{move || t().next_up}</span>
            {move || match next.get() {
                Some(segment) => view! {
                    <span class="next-title">
                        {(i18n.t().segment_kind)(segment.kind)} " · " {segment.title.clone()} " · "
                        {livedesk_core::timer::format_clock(i64::from(segment.planned_seconds) * 1000)}
                    </span>
                }.into_any(),
                None => view! { <span class="next-title">{t().last_segment}</span> }.into_any(),
            }}
        </div>
    }
}
