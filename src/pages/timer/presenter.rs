//! The presenter screen: the anchor's view during a live show. A huge
//! countdown coloured by phase, the segment, its product and offer, the cue in
//! effect, the lines to say, what comes next, and the show's pace. Every
//! control action is saved at once; a tick only updates the displayed values.

use leptos::prelude::*;
use livedesk_core::model::{Segment, Show};
use livedesk_core::presenter::KeyAction;
use livedesk_core::timer::{Command, Phase, Status, TimerState};

use super::controls::{use_presenter_keys, Controls};
use super::emergency::{emergency_plans, EmergencyOverlay};
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

/// The presenter of one show. Its links are plain anchors: in the whole app
/// the router takes them, in the presenter's own wasm (no router) they load
/// the whole app.
#[component]
pub fn Presenter(#[prop(into)] show_id: Signal<String>) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let show = Memo::new(move |_| {
        let id = show_id.get();
        state
            .workspace
            .with(|ws| ws.shows.iter().find(|s| s.id.as_str() == id).cloned())
    });
    let settings = Memo::new(move |_| state.workspace.with(|ws| ws.settings.clone()));
    // Everything but the per-second values; set only when one changed.
    let face = RwSignal::new(None::<Face>);
    let countdown = NodeRef::<leptos::html::Div>::new();
    let cue_in = NodeRef::<leptos::html::Span>::new();
    let progress_fill = NodeRef::<leptos::html::Div>::new();
    // What the bar shows, so a tick that leaves it unchanged leaves its style alone.
    let shown_progress = StoredValue::new(None::<u32>);
    let display = clock::use_display_clock(move |now| {
        // One read of the show per tick: the face and when it next changes.
        let Some((full, next_change_ms)) = show.with_untracked(|show| {
            let show = show.as_ref()?;
            let idle = TimerState::new();
            let timer = show.timer.as_ref().unwrap_or(&idle);
            let face =
                settings.with_untracked(|settings| Face::at(timer, show.segments(), settings, now));
            // Planned and added times are whole seconds, so the countdown and
            // the cue countdown change when the elapsed time crosses a whole second.
            let next_change_ms = match timer.status {
                Status::Running => 1000 - (timer.elapsed_ms(now) % 1000) as u64 + 1,
                _ => IDLE_REFRESH_MS,
            };
            Some((face, next_change_ms))
        }) else {
            return IDLE_REFRESH_MS;
        };
        if let Some(node) = countdown.get_untracked() {
            write_text(&node, &full.remaining);
        }
        if let Some(node) = cue_in.get_untracked() {
            write_text(&node, full.cue_next_in.as_deref().unwrap_or_default());
        }
        if let Some(node) = progress_fill.get_untracked() {
            if shown_progress.get_value() != Some(full.progress_permille) {
                shown_progress.set_value(Some(full.progress_permille));
                write_progress(&node, full.progress_permille);
            }
        }
        let slow = full.without_seconds();
        if face.with_untracked(|f| f.as_ref() != Some(&slow)) {
            face.set(Some(slow));
        }
        next_change_ms
    });
    // A control action (or a reload from another tab) changes the show: redraw now.
    Effect::new(move || {
        show.track();
        settings.track();
        countdown.track();
        display.kick();
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
    let emergency_open = RwSignal::new(false);
    let emergencies = emergency_plans(show);
    use_presenter_keys(move |action| match action {
        KeyAction::Timer(command) => dispatch.run(command),
        KeyAction::ToggleControls => controls_hidden.update(|h| *h = !*h),
        KeyAction::ToggleFullscreen => toggle_fullscreen(),
        KeyAction::ToggleHelp => help_open.update(|o| *o = !*o),
        KeyAction::Close => {
            help_open.set(false);
            emergency_open.set(false);
        }
    });

    // Status and segment change only on control actions: they derive from
    // the stored timer, not from the ticking face, so a tick wakes nothing
    // that depends on them (controls, segment text, product, lines).
    let status = Memo::new(move |_| {
        show.with(|s| {
            s.as_ref()
                .and_then(|s| s.timer.as_ref())
                .map_or(Status::Ready, |t| t.status)
        })
    });
    let segment_count =
        Memo::new(move |_| show.with(|s| s.as_ref().map_or(0, |s| s.segments().len())));
    let index = Memo::new(move |_| {
        let current = show.with(|s| {
            s.as_ref()
                .and_then(|s| s.timer.as_ref())
                .map_or(0, |t| t.current)
        });
        current.min(segment_count.get().saturating_sub(1))
    });
    let phase =
        Memo::new(move |_| face.with(|f| f.as_ref().map_or("normal", |f| phase_name(f.phase))));
    let running = Signal::derive(move || status.get() == Status::Running);
    let status = Signal::from(status);
    let wake = use_wake_lock(running);
    let fullscreen = use_fullscreen();
    let flash = RwSignal::new(false);
    alert_on_phase_change(face, settings, flash);

    let t = move || &i18n.t().timer_page;
    view! {
        <Show
            when=move || show.with(|s| s.as_ref().is_some_and(|s| !s.segments().is_empty()))
            fallback=move || view! {
                <section class="page">
                    <p class="empty-state">{move || if show.with(Option::is_some) { t().no_script } else { t().not_found }}</p>
                    <div class="button-row">
                        {move || show.with(Option::is_some).then(|| view! {
                            <a href=format!("{}/show/{}", Section::Scripts.href(), show_id.get()) class="button primary">
                                {move || i18n.t().edit_script}
                            </a>
                        })}
                        <a href=Section::Timer.href() class="button">{move || t().exit}</a>
                    </div>
                </section>
            }
        >
            <div
                class="presenter"
                class:controls-hidden=move || controls_hidden.get()
                class:flash=move || flash.get()
                data-phase=move || phase.get()
                data-status=move || status.get().name()
            >
                <header class="presenter-bar">
                    <a href=Section::Timer.href()>
                        <span class="button bar-button">"✕ " {move || t().exit}</span>
                    </a>
                    <span class="presenter-title">{move || show.with(|s| s.as_ref().map(|s| s.title.clone()))}</span>
                    <span class="segment-of">{move || (t().segment_of)(index.get() + 1, segment_count.get())}</span>
                    <Pace face=face />
                    <span class="wake-state" data-state=move || wake.get().name()>
                        {move || match wake.get() {
                            WakeLockState::On => t().wake_on,
                            WakeLockState::Off => t().wake_off,
                            WakeLockState::Unsupported => t().wake_unsupported,
                            WakeLockState::Refused => t().wake_refused,
                        }}
                    </span>
                    // The storage banners sit under the presenter: say it here.
                    <Show when=move || state.saving_fails()>
                        <span class="save-state" role="alert">{move || t().not_saved}</span>
                    </Show>
                    <span class="bar-actions">
                        <Show when=move || !emergencies.with(Vec::is_empty)>
                            <button type="button" class="button bar-button emergency-button" on:click=move |_| emergency_open.set(true)>
                                {move || i18n.t().emergency_heading}
                            </button>
                        </Show>
                        <button type="button" class="button bar-button" on:click=move |_| help_open.set(true)>{move || t().help}</button>
                        <button type="button" class="button bar-button" aria-pressed=move || fullscreen.get().to_string() on:click=move |_| toggle_fullscreen()>{move || t().fullscreen}</button>
                        <button type="button" class="button bar-button" on:click=move |_| controls_hidden.set(true)>{move || t().hide_controls}</button>
                    </span>
                </header>
                <div class="progress" aria-hidden="true">
                    <div class="progress-fill" node_ref=progress_fill></div>
                </div>
                <CurrentSegment show=show face=face index=index status=status countdown=countdown cue_in=cue_in />
                <footer class="presenter-foot">
                    <NextUp show=show index=index />
                    <Controls status=status on_command=dispatch />
                </footer>
                <button type="button" class="button show-controls" on:click=move |_| controls_hidden.set(false)>{move || t().show_controls}</button>
                <HelpOverlay open=help_open />
                <EmergencyOverlay open=emergency_open plans=emergencies />
            </div>
        </Show>
    }
}

/// Sets an element's text by changing its text node in place: cheaper than
/// replacing the node (`textContent`), and screen readers see one node change.
fn write_text(element: &web_sys::Element, text: &str) {
    match element.first_child() {
        Some(node) if node.node_type() == web_sys::Node::TEXT_NODE => {
            node.set_node_value(Some(text))
        }
        // Empty, or holding the renderer's placeholder comment: make the text node.
        _ => element.set_text_content(Some(text)),
    }
}

/// Scales the bar rather than sizing it: a transform is composited, so the
/// bar's transition costs no style or layout work on the main thread.
fn write_progress(element: &web_sys::HtmlElement, permille: u32) {
    let scale = f64::from(permille.min(1000)) / 1000.0;
    let _ = element
        .style()
        .set_property("transform", &format!("scaleX({scale})"));
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
    face: RwSignal<Option<Face>>,
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

/// Ahead/behind and the expected end. Text and class are bound separately,
/// so a late show updates one text node a second, not the markup.
#[component]
fn Pace(face: RwSignal<Option<Face>>) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || &i18n.t().timer_page;
    let behind = Memo::new(move |_| face.with(|f| f.as_ref().map(|f| f.behind_seconds)));
    let end_minute =
        Memo::new(move |_| face.with(|f| f.as_ref().and_then(|f| f.expected_end_minute)));
    let end = Memo::new(move |_| end_minute.get().and_then(format_minute));
    // Within half a minute of plan counts as on time.
    let pace = Memo::new(move |_| match behind.get() {
        Some(s) if s > 30 => "behind",
        Some(s) if s < -30 => "ahead",
        _ => "on-time",
    });
    let text = move || {
        let seconds = behind.get().unwrap_or(0);
        let amount = livedesk_core::timer::format_clock(seconds.abs() * 1000);
        match pace.get() {
            "behind" => format!("{} {amount}", t().behind),
            "ahead" => format!("{} {amount}", t().ahead),
            _ => t().on_time.to_owned(),
        }
    };
    view! {
        <span class="pace" hidden=move || end.with(Option::is_none)>
            <span class=move || pace.get()>{text}</span>
            <span class="expected-end">" · " {move || t().expected_end} " " {move || end.get()}</span>
        </span>
    }
}

/// The countdown, the segment, its product, cue, lines and selling points.
#[component]
fn CurrentSegment(
    show: Memo<Option<Show>>,
    face: RwSignal<Option<Face>>,
    index: Memo<usize>,
    status: Signal<Status>,
    /// Where the tick writes the countdown.
    countdown: NodeRef<leptos::html::Div>,
    /// Where the tick writes the time to the next cue.
    cue_in: NodeRef<leptos::html::Span>,
) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let t = move || &i18n.t().timer_page;
    let segment = Memo::new(move |_| {
        show.with(|s| {
            s.as_ref()
                .and_then(|s| s.segments().get(index.get()).cloned())
        })
    });
    let product = Memo::new(move |_| {
        let id = segment.with(|s| s.as_ref().and_then(|s| s.product_id.clone()))?;
        state.workspace.with(|ws| {
            ws.product(&id)
                .map(|p| (p.name.clone(), p.live_price, p.coupon.clone()))
        })
    });
    let cue_now = Memo::new(move |_| face.with(|f| f.as_ref().and_then(|f| f.cue_now.clone())));
    let cue_next_label =
        Memo::new(move |_| face.with(|f| f.as_ref().and_then(|f| f.cue_next_label.clone())));
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
                // Always in the DOM, so the tick's node reference stays valid.
                <div class="countdown" role="timer" aria-atomic="true" node_ref=countdown
                    hidden=move || status.get() == Status::Finished></div>
                <Show when=move || status.get() == Status::Finished>
                    <div class="countdown finished">{move || t().finished_title}</div>
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
                    <div class="cue-next" hidden=move || cue_next_label.with(Option::is_none)>
                        <span class="label">{move || t().cue_next}</span> {move || cue_next_label.get()}
                        <span class="cue-countdown" node_ref=cue_in></span>
                    </div>
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
fn NextUp(show: Memo<Option<Show>>, index: Memo<usize>) -> impl IntoView {
    let i18n = use_i18n();
    let t = move || &i18n.t().timer_page;
    let next = Memo::new(move |_| {
        show.with(|s| {
            s.as_ref()
                .and_then(|s| s.segments().get(index.get() + 1).cloned())
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
