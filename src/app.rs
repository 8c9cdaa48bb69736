//! The app's roots: the whole app, and the presenter alone, which the anchor's
//! tablet loads when it opens a timer directly (a wasm of its own with no
//! router, no sample data and only the quick reader of the stored copy: see
//! `src/bin/presenter.rs` and scripts/site/finish.mjs). Both set up the same
//! language, state and app life, so a show runs the same in either.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::app_life;
use crate::components::notices::Notices;
use crate::components::shell::Shell;
use crate::components::update_offer::UpdateOffer;
use crate::i18n::{provide_i18n, use_i18n};
use crate::pages::kpi::{review::ReviewPage, KpiPage};
use crate::pages::plans::{PlanPage, PlansPage, ShowPage};
use crate::pages::scripts::editor::{ShowScriptPage, TemplateEditorPage};
use crate::pages::scripts::print::{PrintShowPage, PrintTemplatePage};
use crate::pages::scripts::ScriptsPage;
use crate::pages::timer::{presenter::Presenter, PresenterRoute, TimerIndex};
use crate::pages::{data::DataPage, home::HomePage, not_found::NotFoundPage};
use crate::routes::{base, presenter_show_id};
use crate::state::AppState;
use crate::storage;
use livedesk_core::model::Id;
use livedesk_core::Lang;

#[component]
pub fn App() -> impl IntoView {
    provide_everything();
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
                    <Route path=path!("/timer/:show_id") view=PresenterRoute />
                    <Route path=path!("/kpi") view=KpiPage />
                    <Route path=path!("/kpi/review/:show_id") view=ReviewPage />
                    <Route path=path!("/data") view=DataPage />
                </Routes>
            </Shell>
        </Router>
    }
}

/// The presenter screen alone, with no router: its links load the whole app.
/// The whole app also starts in its place when the presenter cannot start
/// alone: nothing stored yet, storage blocked, a stored copy that needs the
/// full reader (unreadable, older or newer), or no such show with a script.
/// It hands over the same way when the show or its script goes later (deleted
/// in another tab): the whole app has the styles of its "not found" screen.
#[component]
pub fn PresenterApp() -> impl IntoView {
    provide_language();
    let start = || {
        let pathname = window().location().pathname().ok()?;
        let show_id = presenter_show_id(&pathname, base())?.to_owned();
        let state = AppState::provide_show(&Id::new(show_id.as_str())?)?;
        untrack(|| presentable(state, &show_id)).then_some((state, show_id))
    };
    let Some((state, show_id)) = start() else {
        load_whole_app_here();
        return ().into_any();
    };
    let watched = show_id.clone();
    Effect::new(move || {
        if !presentable(state, &watched) {
            load_whole_app_here();
        }
    });
    app_life::provide();
    view! {
        <main class="shell-main" id="main">
            <UpdateOffer />
            <Notices on_data_page=false />
            <Presenter show_id=show_id />
        </main>
    }
    .into_any()
}

/// The workspace has this show, with a script to run.
fn presentable(state: AppState, show_id: &str) -> bool {
    state.workspace.with(|ws| {
        Id::new(show_id)
            .and_then(|id| ws.show(&id))
            .is_some_and(|show| !show.segments().is_empty())
    })
}

/// Loads this address in the whole app: `?app` tells the loader
/// (scripts/site/finish.mjs) not to pick the presenter, so this cannot loop.
fn load_whole_app_here() {
    let location = window().location();
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    let _ = location.replace(&format!("{path}?app{hash}"));
}

fn provide_everything() {
    let lang = provide_language();
    AppState::provide(lang);
    app_life::provide();
}

/// The UI language from this device's preferences, in context, and kept on
/// the document.
fn provide_language() -> Lang {
    let lang = storage::load_prefs().lang;
    provide_i18n(lang);
    sync_document_language();
    lang
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
