//! The only code that reads the time. The core never does: it is handed these
//! values, so its rules stay testable with plain numbers.

use chrono::{DateTime, Local, NaiveDate, Utc};

/// Now, for `saved_at` stamps.
pub fn now_utc() -> DateTime<Utc> {
    Utc::now()
}

/// Today's date on this device, for scheduling relative to today.
pub fn today_local() -> NaiveDate {
    Local::now().date_naive()
}

/// Milliseconds since the Unix epoch, for the timer and for naming recovery copies.
pub fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

/// Milliseconds since the Unix epoch, as the timer's state machine takes them.
pub fn now_epoch_ms() -> i64 {
    js_sys::Date::now() as i64
}

/// A signal of the current time, refreshed when `next_change_ms(now)` says
/// the display will next change (e.g. at the next whole second of a countdown),
/// while the calling component lives. Waking only then keeps the display exact
/// to the millisecond it changes and costs one update per change.
pub fn ticking_now(
    next_change_ms: impl Fn(i64) -> u64 + 'static,
) -> leptos::prelude::ReadSignal<i64> {
    use leptos::prelude::*;
    use std::rc::Rc;

    let (now, set_now) = signal(now_epoch_ms());
    let pending = StoredValue::new_local(None::<TimeoutHandle>);
    // The tick reschedules itself through this handle, not through a
    // reference to itself, so dropping the handle on cleanup ends the chain.
    let tick = StoredValue::new_local(None::<Rc<dyn Fn()>>);
    tick.set_value(Some(Rc::new(move || {
        let at = now_epoch_ms();
        set_now.set(at);
        let delay = std::time::Duration::from_millis(next_change_ms(at).clamp(1, 1000));
        let handle = set_timeout_with_handle(
            move || {
                if let Some(again) = tick.try_with_value(Clone::clone).flatten() {
                    again();
                }
            },
            delay,
        );
        pending.set_value(handle.ok());
    })));
    if let Some(first) = tick.with_value(Clone::clone) {
        first();
    }
    on_cleanup(move || {
        if let Some(handle) = pending.try_update_value(Option::take).flatten() {
            handle.clear();
        }
        tick.try_update_value(Option::take);
    });
    now
}
