//! The app's root: language context, router and the list of routes.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::components::shell::Shell;
use crate::i18n::{provide_i18n, use_i18n};
use crate::pages::kpi::{review::ReviewPage, KpiPage};
use crate::pages::plans::{PlanPage, PlansPage, ShowPage};
use crate::pages::scripts::editor::{ShowScriptPage, TemplateEditorPage};
use crate::pages::scripts::print::{PrintShowPage, PrintTemplatePage};
use crate::pages::scripts::ScriptsPage;
use crate::pages::timer::{presenter::PresenterPage, TimerIndex};
use crate::pages::{data::DataPage, home::HomePage, not_found::NotFoundPage};
use crate::routes::base;
use crate::state::AppState;
use crate::storage;

#[component]
pub fn App() -> impl IntoView {
    let lang = storage::load_prefs().lang;
    provide_i18n(lang);
    AppState::provide(lang);
    sync_document_language();

    view! {
        <Router base=base()>
            <Shell>
                <Routes fallback=NotFoundPage>
                    <Route path=path!("/") view=HomePage />
                    <Route path=path!("/plans") view=PlansPage />
                    <Route path=path!("/plans/:id") view=PlanPage />
                    <Route path=path!("/plans/:id/:tab") view=PlanPage />
                    <Route path=path!("/plans/:id/show/:show_id") view=ShowPage />
                    <Route path=path!("/scripts") view=ScriptsPage />
                    <Route path=path!("/scripts/template/:id") view=TemplateEditorPage />
                    <Route path=path!("/scripts/template/:id/print") view=PrintTemplatePage />
                    <Route path=path!("/scripts/show/:id") view=ShowScriptPage />
                    <Route path=path!("/scripts/show/:id/print") view=PrintShowPage />
                    <Route path=path!("/timer") view=TimerIndex />
                    <Route path=path!("/timer/:show_id") view=PresenterPage />
                    <Route path=path!("/kpi") view=KpiPage />
                    <Route path=path!("/kpi/review/:show_id") view=ReviewPage />
                    <Route path=path!("/data") view=DataPage />
                </Routes>
            </Shell>
        </Router>
    }
}

/// Keeps `<html lang>` and the window title in the UI language, so screen
/// readers pronounce the text right and the tab reads in the user's language.
fn sync_document_language() {
    let i18n = use_i18n();
    Effect::new(move || {
        let lang = i18n.lang();
        let document = document();
        if let Some(root) = document.document_element() {
            let _ = root.set_attribute("lang", lang.tag());
        }
        document.set_title(i18n.t().app_name);
    });
}
