//! The UI's words in both languages, and the reactive language in context.
//!
//! Why not `leptos_i18n`: its 0.6 line generates code from a `build.rs`, pulls in
//! leptos-use, leptos_meta and ICU locale data, and remembers the language in a
//! cookie, while LiveDesk keeps the choice with its other preferences through
//! `storage.rs`. A plain struct per language gives the same compile-time guarantee
//! (a language that misses a text does not compile) at no bundle or build cost.

mod en;
mod fields;
mod kpi;
mod plans;
mod scripts;
mod zh_cn;

use leptos::prelude::*;
use livedesk_core::Lang;

pub use catalogue::{AppLifeTexts, DataPageTexts, NoticeTexts, PageTexts, Texts, TimerTexts};
pub use fields::field_label;
pub use kpi::KpiTexts;
pub use plans::PlanTexts;
pub use scripts::ScriptTexts;

mod catalogue;

/// The texts of one language that more than one screen shows. Each other
/// screen's texts are a static of their own, reached through [`I18n`], so a
/// wasm without that screen (the presenter's) does not carry its words.
pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::ZhCn => &zh_cn::TEXTS,
        Lang::En => &en::TEXTS,
    }
}

/// The current UI language, shared through context by [`provide_i18n`].
#[derive(Debug, Clone, Copy)]
pub struct I18n {
    lang: RwSignal<Lang>,
}

impl I18n {
    /// The current language (tracked: views re-render when it changes).
    pub fn lang(self) -> Lang {
        self.lang.get()
    }

    /// The texts of the current language (tracked).
    pub fn t(self) -> &'static Texts {
        texts(self.lang.get())
    }

    /// The plans screens' texts (tracked).
    pub fn plans(self) -> &'static PlanTexts {
        match self.lang() {
            Lang::ZhCn => &plans::ZH_CN,
            Lang::En => &plans::EN,
        }
    }

    /// The scripts screens' texts (tracked).
    pub fn scripts(self) -> &'static ScriptTexts {
        match self.lang() {
            Lang::ZhCn => &scripts::ZH_CN,
            Lang::En => &scripts::EN,
        }
    }

    /// The KPI and review screens' texts (tracked).
    pub fn kpi(self) -> &'static KpiTexts {
        match self.lang() {
            Lang::ZhCn => &kpi::ZH_CN,
            Lang::En => &kpi::EN,
        }
    }

    /// The data page's texts (tracked).
    pub fn data(self) -> &'static DataPageTexts {
        match self.lang() {
            Lang::ZhCn => &zh_cn::DATA_PAGE,
            Lang::En => &en::DATA_PAGE,
        }
    }

    /// Switches the UI language.
    pub fn set_lang(self, lang: Lang) {
        self.lang.set(lang);
    }
}

/// Puts the language in context, starting from `initial`.
pub fn provide_i18n(initial: Lang) -> I18n {
    let i18n = I18n {
        lang: RwSignal::new(initial),
    };
    provide_context(i18n);
    i18n
}

/// The language context; panics only if the app forgot [`provide_i18n`].
pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}
