//! The example workspace a new user starts with: something to learn from, not empty lists.

mod phases;
mod plan;
mod products;
mod templates;
#[cfg(test)]
mod tests;

use chrono::{Days, NaiveDate, NaiveTime};

use crate::model::{
    Assignment, IdSource, Plan, Platform, Segment, Show, ShowScript, Targets, Workspace,
};
use crate::Lang;

pub use templates::builtin_templates;

/// A new, empty plan: no targets, phases or lineup yet, but the pre-show
/// checklist and the emergency plans every team needs, ready to adapt.
pub fn new_plan(lang: Lang, name: String, platform: Platform, ids: &mut dyn IdSource) -> Plan {
    Plan {
        id: ids.next_id(),
        name,
        platform,
        targets: Targets::default(),
        phases: Vec::new(),
        themes: Vec::new(),
        team: Vec::new(),
        lineup: Vec::new(),
        checklist: plan::starter_checklist(lang, ids),
        risks: Vec::new(),
        emergency_plans: plan::starter_emergency_plans(lang, ids),
        budget: Vec::new(),
        notes: String::new(),
    }
}

/// A sample text in both languages: (Simplified Chinese, English). Every
/// sample text is such a pair; structure and numbers are shared, so the two
/// languages' workspaces differ only in their words.
type Text = (&'static str, &'static str);

/// The text of a pair in the given language.
fn pick(lang: Lang, text: Text) -> String {
    match lang {
        Lang::ZhCn => text.0,
        Lang::En => text.1,
    }
    .to_owned()
}

fn pick_all(lang: Lang, texts: &[Text]) -> Vec<String> {
    texts.iter().map(|&text| pick(lang, text)).collect()
}

/// The sample show is scheduled this many days after the first run, so the
/// checklist's 3-day warm-up starts today.
const SHOW_DAYS_AHEAD: u64 = 3;

/// What a new user sees on the first run: the sample products, one Douyin plan,
/// the built-in script templates and one upcoming show that uses the 2-hour
/// beauty template. `today` anchors every date (the core reads no clock).
pub fn first_run_workspace(lang: Lang, today: NaiveDate, ids: &mut dyn IdSource) -> Workspace {
    let products = products::catalogue(lang, ids);
    let plan = plan::douyin_plan(lang, today, ids, &products);
    let templates = builtin_templates(lang, ids);

    // The beauty template comes first; the show gets its own copy of the
    // segments, pointing at the sample products this time.
    let beauty = &templates[0];
    let segments = beauty
        .segments
        .iter()
        .zip(products::BEAUTY_SHOW_PRODUCTS)
        .map(|(segment, product)| Segment {
            id: ids.next_id(),
            product_id: product.map(|index| products[index].id.clone()),
            ..segment.clone()
        })
        .collect();

    let evening = NaiveTime::from_hms_opt(20, 0, 0).expect("20:00 is a valid time");
    let show = Show {
        id: ids.next_id(),
        plan_id: Some(plan.id.clone()),
        title: pick(
            lang,
            (
                "美妆护肤日 · 首场直播",
                "Beauty & skincare day · first show",
            ),
        ),
        theme: pick(lang, ("美妆护肤日", "Beauty & skincare day")),
        platform: Platform::Douyin,
        starts_at: (today + Days::new(SHOW_DAYS_AHEAD)).and_time(evening),
        planned_minutes: 120,
        script: Some(ShowScript {
            from_template: Some(beauty.id.clone()),
            segments,
        }),
        checklist_done: Vec::new(),
        assignments: plan
            .team
            .iter()
            .map(|member| Assignment {
                member_id: member.id.clone(),
                role: member.role,
            })
            .collect(),
        actuals: None,
        review_notes: String::new(),
        timer: None,
    };

    Workspace {
        plans: vec![plan],
        shows: vec![show],
        templates,
        products,
        settings: Default::default(),
    }
}
