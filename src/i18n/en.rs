//! English, one switch away from the default Chinese.

use super::catalogue::{PageTexts, Texts};

pub static TEXTS: Texts = Texts {
    app_name: "LiveDesk",
    tagline: "Plans, scripts, a segment timer and reviews for live-commerce teams",
    switch_lang: "中文",
    switch_lang_hint: "Switch the interface to Chinese",
    nav_label: "Main navigation",
    nav_home: "Home",
    nav_plans: "Plans",
    nav_scripts: "Scripts",
    nav_timer: "Timer",
    nav_kpi: "KPIs",
    nav_data: "Data & settings",
    home: PageTexts {
        title: "LiveDesk",
        purpose: "Everything a show needs, from the plan to the review. Your data stays in this browser.",
        empty: "Start with any section below.",
    },
    plans: PageTexts {
        title: "Plans",
        purpose: "Targets, phases, the show calendar, the three-tier lineup, team roles, pre-show checklists, risks and budget.",
        empty: "No plans yet.",
    },
    scripts: PageTexts {
        title: "Scripts",
        purpose: "A show broken into 15-minute segments: opening, product explanation, interaction, closing the sale, wrap-up.",
        empty: "No scripts yet.",
    },
    timer: PageTexts {
        title: "Segment timer",
        purpose: "The big countdown the anchor reads on a tablet beside the camera: this segment, its lines, what comes next.",
        empty: "No show to time yet. Schedule a show in a plan and give it a script first.",
    },
    kpi: PageTexts {
        title: "KPIs",
        purpose: "GMV, UV value, the conversion funnel, target decomposition, ROI, and the post-show review against targets.",
        empty: "No show data yet.",
    },
    data: PageTexts {
        title: "Data & settings",
        purpose: "Export and import backup files (JSON), restore from a backup, set the timer's warnings.",
        empty: "Nothing to export yet.",
    },
    not_found: PageTexts {
        title: "Page not found",
        purpose: "The link may be out of date, or the address mistyped.",
        empty: "",
    },
    back_home: "Back to home",
    open_section: "Open",
};
