//! Range and consistency checks that serde's types cannot express: no negative
//! or infinite money, rates within 0–1, sane durations, bounded text and lists,
//! well-formed and unique ids. Runs on every document before it is used.

use chrono::{Datelike, NaiveDate};
use std::collections::HashSet;

use crate::limits::*;
use crate::model::*;
use crate::problem::{FieldError, Problem};
use crate::timer::TimerState;

/// Stop collecting after this many problems: the user fixes the first ones first.
const MAX_REPORTED: usize = 20;

#[derive(Debug, Clone, Copy)]
enum Seg {
    Field(&'static str),
    Index(usize),
}

/// Walks a document, remembering the path, and collects what is wrong.
pub(crate) struct Checker {
    path: Vec<Seg>,
    errors: Vec<FieldError>,
}

impl Checker {
    pub(crate) fn new(root: &'static str) -> Checker {
        Checker {
            path: vec![Seg::Field(root)],
            errors: Vec::new(),
        }
    }

    pub(crate) fn finish(self) -> Result<(), Vec<FieldError>> {
        if self.errors.is_empty() {
            Ok(())
        } else {
            Err(self.errors)
        }
    }

    fn path_text(&self) -> String {
        let mut text = String::new();
        for seg in &self.path {
            match seg {
                Seg::Field(name) => {
                    if !text.is_empty() {
                        text.push('.');
                    }
                    text.push_str(name);
                }
                Seg::Index(i) => text.push_str(&format!("[{i}]")),
            }
        }
        text
    }

    fn fail(&mut self, problem: Problem) {
        if self.errors.len() < MAX_REPORTED {
            let path = self.path_text();
            self.errors.push(FieldError { path, problem });
        }
    }

    pub(crate) fn at(&mut self, field: &'static str, check: impl FnOnce(&mut Checker)) {
        self.path.push(Seg::Field(field));
        check(self);
        self.path.pop();
    }

    fn list<T>(
        &mut self,
        field: &'static str,
        items: &[T],
        max: usize,
        mut each: impl FnMut(&mut Checker, &T),
    ) {
        self.at(field, |c| {
            if items.len() > max {
                c.fail(Problem::TooMany { max });
                return;
            }
            for (i, item) in items.iter().enumerate() {
                c.path.push(Seg::Index(i));
                each(c, item);
                c.path.pop();
            }
        });
    }

    fn chars(&mut self, field: &'static str, text: &str, max: usize) {
        // Byte length bounds the char count from above: skip counting short text.
        if text.len() > max && text.chars().count() > max {
            self.at(field, |c| c.fail(Problem::TooLong { max }));
        }
    }

    fn name(&mut self, field: &'static str, text: &str) {
        self.chars(field, text, MAX_NAME_CHARS);
    }

    fn text(&mut self, field: &'static str, text: &str) {
        self.chars(field, text, MAX_TEXT_CHARS);
    }

    fn texts(&mut self, field: &'static str, texts: &[String]) {
        self.list(field, texts, MAX_LIST_ITEMS, |c, t| {
            if t.len() > MAX_TEXT_CHARS && t.chars().count() > MAX_TEXT_CHARS {
                c.fail(Problem::TooLong {
                    max: MAX_TEXT_CHARS,
                });
            }
        });
    }

    fn number(&mut self, field: &'static str, value: f64, max: f64) {
        let problem = if !value.is_finite() {
            Some(Problem::NotFinite)
        } else if value < 0.0 {
            Some(Problem::Negative)
        } else if value > max {
            Some(Problem::OutOfRange { min: 0.0, max })
        } else {
            None
        };
        if let Some(problem) = problem {
            self.at(field, |c| c.fail(problem));
        }
    }

    fn money(&mut self, field: &'static str, value: f64) {
        self.number(field, value, MAX_MONEY);
    }

    fn ratio(&mut self, field: &'static str, value: f64) {
        self.number(field, value, 1.0);
    }

    fn count(&mut self, field: &'static str, value: u64) {
        if value > MAX_COUNT {
            self.at(field, |c| {
                c.fail(Problem::OutOfRange {
                    min: 0.0,
                    max: MAX_COUNT as f64,
                })
            });
        }
    }

    fn seconds(&mut self, field: &'static str, value: u32, min: u32, max: u32) {
        if !(min..=max).contains(&value) {
            self.at(field, |c| {
                c.fail(Problem::OutOfRange {
                    min: min.into(),
                    max: max.into(),
                })
            });
        }
    }

    /// A moment in ms since the epoch, within the years dates may fall in.
    fn instant(&mut self, field: &'static str, ms: i64) {
        if !(MIN_INSTANT_MS..=MAX_INSTANT_MS).contains(&ms) {
            self.at(field, |c| {
                c.fail(Problem::OutOfRange {
                    min: MIN_INSTANT_MS as f64,
                    max: MAX_INSTANT_MS as f64,
                })
            });
        }
    }

    /// A span of time in ms, from `min` up to a day.
    fn duration_ms(&mut self, field: &'static str, ms: i64, min: i64) {
        if !(min..=MAX_TIMER_SPAN_MS).contains(&ms) {
            let problem = if ms < 0 && min == 0 {
                Problem::Negative
            } else {
                Problem::OutOfRange {
                    min: min as f64,
                    max: MAX_TIMER_SPAN_MS as f64,
                }
            };
            self.at(field, |c| c.fail(problem));
        }
    }

    fn id(&mut self, field: &'static str, id: &Id) {
        if !Id::is_well_formed(id.as_str()) {
            self.at(field, |c| c.fail(Problem::BadId));
        }
    }

    fn date(&mut self, field: &'static str, date: NaiveDate) {
        if !YEARS.contains(&date.year()) {
            self.at(field, |c| c.fail(Problem::BadDate));
        }
    }

    /// Ids in one list must differ; reports the second of a pair.
    fn unique<'a>(&mut self, field: &'static str, ids: impl Iterator<Item = &'a Id>) {
        let mut seen = HashSet::new();
        self.at(field, |c| {
            for (i, id) in ids.enumerate() {
                if !seen.insert(id) {
                    c.path.push(Seg::Index(i));
                    c.fail(Problem::DuplicateId(id.to_string()));
                    c.path.pop();
                }
            }
        });
    }
}

pub(crate) fn workspace(c: &mut Checker, ws: &Workspace) {
    c.list("plans", &ws.plans, MAX_LIST_ITEMS, plan);
    c.unique("plans", ws.plans.iter().map(|p| &p.id));
    c.list("shows", &ws.shows, MAX_SHOWS, show);
    c.unique("shows", ws.shows.iter().map(|s| &s.id));
    c.list("templates", &ws.templates, MAX_LIST_ITEMS, template);
    c.unique("templates", ws.templates.iter().map(|t| &t.id));
    c.list("products", &ws.products, MAX_LIST_ITEMS, product);
    c.unique("products", ws.products.iter().map(|p| &p.id));
    c.at("settings", |c| settings(c, &ws.settings));
}

fn settings(c: &mut Checker, s: &Settings) {
    c.seconds(
        "warning_seconds",
        s.warning_seconds,
        0,
        MAX_THRESHOLD_SECONDS,
    );
    c.seconds(
        "danger_seconds",
        s.danger_seconds,
        0,
        s.warning_seconds.min(MAX_THRESHOLD_SECONDS),
    );
}

pub(crate) fn plan(c: &mut Checker, p: &Plan) {
    c.id("id", &p.id);
    c.name("name", &p.name);
    c.at("targets", |c| targets(c, &p.targets));
    c.list("phases", &p.phases, MAX_LIST_ITEMS, |c, ph| {
        c.id("id", &ph.id);
        c.name("name", &ph.name);
        c.date("start", ph.start);
        c.date("end", ph.end);
        if ph.end < ph.start {
            c.at("end", |c| c.fail(Problem::EndBeforeStart));
        }
        if ph.shows_per_week > MAX_SHOWS_PER_WEEK {
            c.at("shows_per_week", |c| {
                c.fail(Problem::OutOfRange {
                    min: 0.0,
                    max: MAX_SHOWS_PER_WEEK.into(),
                })
            });
        }
    });
    c.unique("phases", p.phases.iter().map(|x| &x.id));
    c.list("themes", &p.themes, MAX_LIST_ITEMS, |c, t| {
        if t.chars().count() > MAX_NAME_CHARS {
            c.fail(Problem::TooLong {
                max: MAX_NAME_CHARS,
            });
        }
    });
    c.list("team", &p.team, MAX_LIST_ITEMS, |c, m| {
        c.id("id", &m.id);
        c.name("name", &m.name);
        c.name("contact", &m.contact);
    });
    c.unique("team", p.team.iter().map(|x| &x.id));
    c.list("lineup", &p.lineup, MAX_LIST_ITEMS, |c, item| {
        c.id("product_id", &item.product_id);
        c.count("expected_units_per_show", item.expected_units_per_show);
    });
    c.unique("lineup", p.lineup.iter().map(|x| &x.product_id));
    c.list("checklist", &p.checklist, MAX_LIST_ITEMS, |c, item| {
        c.id("id", &item.id);
        c.text("text", &item.text);
        if item.days_before > 366 {
            c.at("days_before", |c| {
                c.fail(Problem::OutOfRange {
                    min: 0.0,
                    max: 366.0,
                })
            });
        }
    });
    c.unique("checklist", p.checklist.iter().map(|x| &x.id));
    c.list("risks", &p.risks, MAX_LIST_ITEMS, |c, r| {
        c.id("id", &r.id);
        c.text("description", &r.description);
        c.name("owner", &r.owner);
        c.text("mitigation", &r.mitigation);
    });
    c.unique("risks", p.risks.iter().map(|x| &x.id));
    c.list(
        "emergency_plans",
        &p.emergency_plans,
        MAX_LIST_ITEMS,
        |c, e| {
            c.id("id", &e.id);
            c.text("action", &e.action);
        },
    );
    c.unique("emergency_plans", p.emergency_plans.iter().map(|x| &x.id));
    c.list("budget", &p.budget, MAX_LIST_ITEMS, |c, b| {
        c.id("id", &b.id);
        c.name("item", &b.item);
        c.money("planned", b.planned);
        c.money("spent", b.spent);
    });
    c.unique("budget", p.budget.iter().map(|x| &x.id));
    c.text("notes", &p.notes);
}

fn targets(c: &mut Checker, t: &Targets) {
    if let Some(v) = t.monthly_gmv {
        c.money("monthly_gmv", v);
    }
    if let Some(v) = t.average_order_value {
        c.money("average_order_value", v);
    }
    for (field, rate) in [
        ("click_through_rate", t.click_through_rate),
        ("conversion_rate", t.conversion_rate),
        ("favourability", t.favourability),
    ] {
        if let Some(v) = rate {
            c.ratio(field, v);
        }
    }
    for (field, count) in [
        ("followers", t.followers),
        ("avg_viewers_per_show", t.avg_viewers_per_show),
    ] {
        if let Some(v) = count {
            c.count(field, v);
        }
    }
}

pub(crate) fn show(c: &mut Checker, s: &Show) {
    c.id("id", &s.id);
    if let Some(plan_id) = &s.plan_id {
        c.id("plan_id", plan_id);
    }
    c.name("title", &s.title);
    c.name("theme", &s.theme);
    c.date("starts_at", s.starts_at.date());
    c.seconds("planned_minutes", s.planned_minutes, 1, MAX_SHOW_MINUTES);
    if let Some(script) = &s.script {
        c.at("script", |c| segments(c, &script.segments));
    }
    c.list(
        "checklist_done",
        &s.checklist_done,
        MAX_LIST_ITEMS,
        |c, id| c.id("id", id),
    );
    c.list("assignments", &s.assignments, MAX_LIST_ITEMS, |c, a| {
        c.id("member_id", &a.member_id)
    });
    if let Some(actuals) = &s.actuals {
        c.at("actuals", |c| show_actuals(c, actuals));
    }
    c.text("review_notes", &s.review_notes);
    if let Some(timer) = &s.timer {
        let segments = s.script.as_ref().map_or(0, |script| script.segments.len());
        c.at("timer", |c| timer_state(c, timer, segments));
    }
}

fn timer_state(c: &mut Checker, t: &TimerState, segments: usize) {
    if t.current > segments {
        c.at("current", |c| {
            c.fail(Problem::OutOfRange {
                min: 0.0,
                max: segments as f64,
            })
        });
    }
    for (field, instant) in [
        ("show_started_at_ms", t.show_started_at_ms),
        ("finished_at_ms", t.finished_at_ms),
        ("paused_at_ms", t.paused_at_ms),
    ] {
        if let Some(ms) = instant {
            c.instant(field, ms);
        }
    }
    c.list("log", &t.log, MAX_TIMER_RUNS, |c, run| {
        c.id("segment_id", &run.segment_id);
        c.instant("started_at_ms", run.started_at_ms);
        if let Some(end) = run.ended_at_ms {
            c.instant("ended_at_ms", end);
        }
        c.duration_ms("paused_ms", run.paused_ms, 0);
        c.duration_ms("added_ms", run.added_ms, -MAX_TIMER_SPAN_MS);
        if run.ended_at_ms.is_some_and(|end| end < run.started_at_ms) {
            c.at("ended_at_ms", |c| c.fail(Problem::EndBeforeStart));
        }
    });
}

fn show_actuals(c: &mut Checker, a: &ShowActuals) {
    for (field, count) in [
        ("viewers", a.viewers),
        ("views", a.views),
        ("peak_online", a.peak_online),
        ("avg_watch_seconds", a.avg_watch_seconds),
        ("new_followers", a.new_followers),
        ("product_exposures", a.product_exposures),
        ("product_clicks", a.product_clicks),
        ("orders", a.orders),
        ("buyers", a.buyers),
        ("interacting_viewers", a.interacting_viewers),
        ("comments", a.comments),
        ("shares", a.shares),
        ("refunded_orders", a.refunded_orders),
    ] {
        c.count(field, count);
    }
    for (field, money) in [
        ("gmv", a.gmv),
        ("gift_value", a.gift_value),
        ("spend", a.spend),
        ("refund_amount", a.refund_amount),
    ] {
        c.money(field, money);
    }
}

pub(crate) fn template(c: &mut Checker, t: &ScriptTemplate) {
    c.id("id", &t.id);
    c.name("name", &t.name);
    c.text("description", &t.description);
    segments(c, &t.segments);
}

fn segments(c: &mut Checker, segments: &[Segment]) {
    c.list("segments", segments, MAX_SEGMENTS, |c, s| {
        c.id("id", &s.id);
        c.name("title", &s.title);
        c.seconds("planned_seconds", s.planned_seconds, 1, MAX_SEGMENT_SECONDS);
        if let Some(product_id) = &s.product_id {
            c.id("product_id", product_id);
        }
        c.texts("selling_points", &s.selling_points);
        c.texts("lines", &s.lines);
        c.text("offer", &s.offer);
        c.text("notes", &s.notes);
        let last_second = s.planned_seconds.saturating_sub(1);
        c.list("cues", &s.cues, MAX_LIST_ITEMS, |c, cue| {
            // A cue belongs inside its segment.
            c.seconds("at_seconds", cue.at_seconds, 0, last_second);
            c.name("label", &cue.label);
        });
        if s.cues.windows(2).any(|w| w[1].at_seconds < w[0].at_seconds) {
            c.at("cues", |c| c.fail(Problem::OutOfOrder));
        }
    });
    c.unique("segments", segments.iter().map(|s| &s.id));
}

pub(crate) fn product(c: &mut Checker, p: &Product) {
    c.id("id", &p.id);
    c.name("name", &p.name);
    c.name("sku", &p.sku);
    c.name("category", &p.category);
    c.money("price", p.price);
    c.money("live_price", p.live_price);
    c.count("stock", p.stock);
    c.ratio("margin_rate", p.margin_rate);
    c.text("coupon", &p.coupon);
    c.texts("selling_points", &p.selling_points);
    c.text("compliance_note", &p.compliance_note);
}

/// Checks a script's segments on their own, as an edit produces them
/// (paths read `script.segments[3].title`).
pub fn script_segments(segments: &[Segment]) -> Result<(), Vec<FieldError>> {
    let mut c = Checker::new("script");
    self::segments(&mut c, segments);
    c.finish()
}

/// Checks one template on its own, before it joins the workspace.
pub fn one_template(t: &ScriptTemplate) -> Result<(), Vec<FieldError>> {
    let mut c = Checker::new("template");
    template(&mut c, t);
    c.finish()
}
