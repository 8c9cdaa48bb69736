//! Where each screen lives, and the base path the app is hosted under.
//!
//! leptos_router resolves absolute links from the site root, so every link is
//! built here with the base prepended (e.g. `/livedesk/plans` when the app is
//! hosted under `/livedesk/`).

use crate::i18n::Texts;

/// The sub-path the app is hosted under, without its trailing slash: empty at
/// the root, `/livedesk` under `/livedesk/`. Read once from index.html's
/// `<base href>`, which the build sets (scripts/site/finish.mjs) and a copy
/// for another path rewrites (scripts/site/rebase.mjs), so one wasm serves any path.
pub fn base() -> &'static str {
    thread_local! {
        static BASE: &'static str = Box::leak(read_base().into_boxed_str());
    }
    BASE.with(|base| *base)
}

fn read_base() -> String {
    let href = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("base[href]").ok().flatten())
        .and_then(|base| base.get_attribute("href"))
        .unwrap_or_default();
    href.trim_end_matches('/').to_owned()
}

/// The app's top-level screens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Home,
    Plans,
    Scripts,
    Timer,
    Kpi,
    Data,
}

impl Section {
    /// The sections the main navigation lists, in order.
    pub const NAV: [Section; 5] = [
        Section::Plans,
        Section::Scripts,
        Section::Timer,
        Section::Kpi,
        Section::Data,
    ];

    /// The path inside the app, without the base.
    pub fn path(self) -> &'static str {
        match self {
            Section::Home => "/",
            Section::Plans => "/plans",
            Section::Scripts => "/scripts",
            Section::Timer => "/timer",
            Section::Kpi => "/kpi",
            Section::Data => "/data",
        }
    }

    /// The link to this section, base included.
    pub fn href(self) -> String {
        format!("{}{}", base(), self.path())
    }

    /// The section's heading, purpose and empty-state texts.
    pub fn texts(self, t: &'static Texts) -> &'static crate::i18n::PageTexts {
        match self {
            Section::Home => &t.home,
            Section::Plans => &t.plans,
            Section::Scripts => &t.scripts,
            Section::Timer => &t.timer,
            Section::Kpi => &t.kpi,
            Section::Data => &t.data,
        }
    }

    /// The name the navigation shows.
    pub fn label(self, t: &Texts) -> &'static str {
        match self {
            Section::Home => t.nav_home,
            Section::Plans => t.nav_plans,
            Section::Scripts => t.nav_scripts,
            Section::Timer => t.nav_timer,
            Section::Kpi => t.nav_kpi,
            Section::Data => t.nav_data,
        }
    }

    /// A short glyph shown beside the label, so the narrow layout stays scannable.
    pub fn icon(self) -> &'static str {
        match self {
            Section::Home => "⌂",
            Section::Plans => "▦",
            Section::Scripts => "☰",
            Section::Timer => "◷",
            Section::Kpi => "↗",
            Section::Data => "⇅",
        }
    }
}

/// The show a presenter address names: `<base>/timer/<show id>`, nothing
/// after it. The presenter's own wasm starts only at such an address (the
/// loader in scripts/site/finish.mjs picks it with the same rule).
pub fn presenter_show_id<'a>(pathname: &'a str, base: &str) -> Option<&'a str> {
    let id = pathname
        .strip_prefix(base)?
        .strip_prefix(Section::Timer.path())?
        .strip_prefix('/')?;
    (!id.is_empty() && !id.contains('/')).then_some(id)
}

#[cfg(test)]
mod tests {
    use super::presenter_show_id;

    #[test]
    fn a_presenter_address_names_its_show_and_nothing_else_does() {
        assert_eq!(presenter_show_id("/timer/show-1", ""), Some("show-1"));
        assert_eq!(
            presenter_show_id("/livedesk/timer/show-1", "/livedesk"),
            Some("show-1")
        );
        for other in [
            "/timer",
            "/timer/",
            "/timer/show-1/",
            "/timer/a/b",
            "/timers/x",
            "/plans/x",
        ] {
            assert_eq!(presenter_show_id(other, ""), None, "{other}");
        }
        assert_eq!(presenter_show_id("/timer/show-1", "/livedesk"), None);
    }
}
