//! The list of every text the UI shows: one field each, so that a language
//! missing a text is a compile error, not a blank on the anchor's screen.

/// A page's heading, what it is for, and what it says while it is empty.
#[derive(Debug)]
pub struct PageTexts {
    pub title: &'static str,
    pub purpose: &'static str,
    pub empty: &'static str,
}

#[derive(Debug)]
pub struct Texts {
    pub app_name: &'static str,
    pub tagline: &'static str,
    /// Label of the language switch: names the language it switches *to*.
    pub switch_lang: &'static str,
    pub switch_lang_hint: &'static str,
    pub nav_label: &'static str,
    pub nav_home: &'static str,
    pub nav_plans: &'static str,
    pub nav_scripts: &'static str,
    pub nav_timer: &'static str,
    pub nav_kpi: &'static str,
    pub nav_data: &'static str,
    pub home: PageTexts,
    pub plans: PageTexts,
    pub scripts: PageTexts,
    pub timer: PageTexts,
    pub kpi: PageTexts,
    pub data: PageTexts,
    pub not_found: PageTexts,
    pub back_home: &'static str,
    pub open_section: &'static str,
}
