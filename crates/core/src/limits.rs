//! The bounds every stored or imported document must respect. They keep a
//! bad or hostile file from freezing the tab or filling localStorage, and
//! catch slips like a price typed with three extra zeros.

/// Largest file or stored copy read, in bytes (localStorage holds ~5 MB).
pub const MAX_FILE_BYTES: usize = 10 * 1024 * 1024;
/// A name or title, in characters.
pub const MAX_NAME_CHARS: usize = 200;
/// Any other text (lines, notes, descriptions), in characters.
pub const MAX_TEXT_CHARS: usize = 5_000;
/// Items in any list not listed below.
pub const MAX_LIST_ITEMS: usize = 1_000;
/// Shows in a workspace (years of daily shows).
pub const MAX_SHOWS: usize = 5_000;
/// Segments in one script (a 24-hour show of 5-minute segments fits).
pub const MAX_SEGMENTS: usize = 300;
/// Money in CNY: prices, GMV, budget lines.
pub const MAX_MONEY: f64 = 1e11;
/// Counts: viewers, orders, stock.
pub const MAX_COUNT: u64 = 100_000_000_000;
/// A segment or cue offset, in seconds (4 hours).
pub const MAX_SEGMENT_SECONDS: u32 = 4 * 3600;
/// A show's planned length, in minutes (24 hours).
pub const MAX_SHOW_MINUTES: u32 = 24 * 60;
/// Timer thresholds, in seconds (1 hour).
pub const MAX_THRESHOLD_SECONDS: u32 = 3600;
/// Shows a phase may plan per week (three a day).
pub const MAX_SHOWS_PER_WEEK: u8 = 21;
/// Years a date may fall in.
pub const YEARS: std::ops::RangeInclusive<i32> = 2000..=2100;
/// Segment runs in one show's timer log (going back and forth included).
pub const MAX_TIMER_RUNS: usize = 2_000;
/// Timer instants: 2000-01-01 to 2100-01-01, in ms since the Unix epoch.
pub const MIN_INSTANT_MS: i64 = 946_684_800_000;
pub const MAX_INSTANT_MS: i64 = 4_102_444_800_000;
/// A timer's paused or added time: at most a day either way.
pub const MAX_TIMER_SPAN_MS: i64 = 24 * 3600 * 1000;
