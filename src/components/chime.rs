//! A short, soft tone for phase changes and segment ends, made with Web Audio
//! so no sound file has to be shipped.

use web_sys::{AudioContext, OscillatorType};

/// Plays a tone at `hz` for about a third of a second. Silently does nothing
/// where audio is unavailable (or not yet allowed by a user gesture).
pub fn chime(hz: f32) {
    let _ = try_chime(hz);
}

fn try_chime(hz: f32) -> Option<()> {
    let context = AudioContext::new().ok()?;
    let oscillator = context.create_oscillator().ok()?;
    let gain = context.create_gain().ok()?;
    oscillator.set_type(OscillatorType::Sine);
    oscillator.frequency().set_value(hz);
    let now = context.current_time();
    gain.gain().set_value_at_time(0.0001, now).ok()?;
    gain.gain()
        .exponential_ramp_to_value_at_time(0.3, now + 0.02)
        .ok()?;
    gain.gain()
        .exponential_ramp_to_value_at_time(0.0001, now + 0.35)
        .ok()?;
    oscillator.connect_with_audio_node(&gain).ok()?;
    gain.connect_with_audio_node(&context.destination()).ok()?;
    oscillator.start().ok()?;
    oscillator.stop_with_when(now + 0.4).ok()?;
    Some(())
}
