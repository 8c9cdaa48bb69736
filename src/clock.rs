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
