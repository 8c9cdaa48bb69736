//! The only code that reads the time. The core never does: it is handed these
//! values, so its rules stay testable with plain numbers.

use chrono::{DateTime, Local, NaiveDate, NaiveDateTime, Utc};

/// Now, for `saved_at` stamps.
pub fn now_utc() -> DateTime<Utc> {
    Utc::now()
}

/// Today's date on this device, for scheduling relative to today.
pub fn today_local() -> NaiveDate {
    Local::now().date_naive()
}

/// The wall-clock time on this device, as shows are scheduled.
pub fn now_local() -> NaiveDateTime {
    Local::now().naive_local()
}

/// Milliseconds since the Unix epoch: for the timer's state machine and for
/// naming recovery copies.
pub fn now_epoch_ms() -> i64 {
    js_sys::Date::now() as i64
}

/// A User Timing span (`performance.measure`), for the figures `make bench`
/// reads and for DevTools' performance panel; costs two calls when nobody looks.
pub struct Span(&'static str);

impl Span {
    /// Starts the span named `name` (e.g. `livedesk:save`).
    pub fn start(name: &'static str) -> Span {
        if let Some(performance) = performance() {
            let _ = performance.mark(&format!("{name}:start"));
        }
        Span(name)
    }

    /// Ends it: the measure appears under its name.
    pub fn end(self) {
        let name = self.0;
        self.end_as(name);
    }

    /// Ends it under another name, for a span whose kind is known only at
    /// its end (a merge, or taking a copy as it is).
    pub fn end_as(self, name: &'static str) {
        if let Some(performance) = performance() {
            let _ = performance.measure_with_start_mark(name, &format!("{}:start", self.0));
        }
    }
}

fn performance() -> Option<web_sys::Performance> {
    web_sys::window().and_then(|w| w.performance())
}

/// Runs `update(now)` now and then again whenever it says the display will
/// next change (its return value, in ms: e.g. at the next whole second of a
/// countdown), while the calling component lives. Waking only then keeps the
/// display exact to the millisecond it changes and costs one update per
/// change. `kick()` on the handle runs it at once (after a control action).
pub fn use_display_clock(update: impl Fn(i64) -> u64 + 'static) -> DisplayClock {
    use leptos::prelude::*;
    use std::rc::Rc;

    let pending = StoredValue::new_local(None::<TimeoutHandle>);
    // The tick reschedules itself through this handle, not through a
    // reference to itself, so dropping the handle on cleanup ends the chain.
    let tick = StoredValue::new_local(None::<Rc<dyn Fn()>>);
    tick.set_value(Some(Rc::new(move || {
        if let Some(handle) = pending.try_update_value(Option::take).flatten() {
            handle.clear();
        }
        let delay = update(now_epoch_ms()).clamp(1, 1000);
        let handle = set_timeout_with_handle(
            move || {
                if let Some(again) = tick.try_with_value(Clone::clone).flatten() {
                    again();
                }
            },
            std::time::Duration::from_millis(delay),
        );
        pending.set_value(handle.ok());
    })));
    on_cleanup(move || {
        if let Some(handle) = pending.try_update_value(Option::take).flatten() {
            handle.clear();
        }
        tick.try_update_value(Option::take);
    });
    DisplayClock { tick }
}

/// Handle of [`use_display_clock`].
#[derive(Clone, Copy)]
pub struct DisplayClock {
    tick:
        leptos::prelude::StoredValue<Option<std::rc::Rc<dyn Fn()>>, leptos::prelude::LocalStorage>,
}

impl DisplayClock {
    /// Updates the display now and reschedules.
    pub fn kick(self) {
        use leptos::prelude::*;
        if let Some(tick) = self.tick.try_with_value(Clone::clone).flatten() {
            tick();
        }
    }
}
