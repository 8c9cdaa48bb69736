//! A `<select>` over a fixed list of choices (segment kinds, roles…), with an
//! optional "none" entry; options are indices, so any Copy type can be a choice.
//! Given a `field_label`, it comes inside its own labelled form field.

use leptos::prelude::*;

#[component]
pub fn ChoiceSelect<T, L, P>(
    choices: &'static [T],
    /// The choice's name in the current language (called reactively).
    label: L,
    current: Signal<Option<T>>,
    /// The text of the empty entry; without it a choice is required.
    #[prop(optional)]
    none_label: Option<Signal<&'static str>>,
    on_pick: P,
    #[prop(optional, into)] class: Option<&'static str>,
    /// The field's label: the select then sits in a `<label class="field">`.
    #[prop(optional, into)]
    field_label: Option<Signal<&'static str>>,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
    L: Fn(T) -> &'static str + Copy + Send + Sync + 'static,
    P: Fn(Option<T>) + 'static,
{
    let select = view! {
        <select
            class=class.unwrap_or_default()
            on:change=move |ev| {
                let picked = event_target_value(&ev).parse::<usize>().ok().and_then(|i| choices.get(i).copied());
                on_pick(picked);
            }
        >
            {none_label.map(|text| view! {
                <option value="" selected=move || current.get().is_none()>{move || text.get()}</option>
            })}
            {choices
                .iter()
                .enumerate()
                .map(|(i, &choice)| view! {
                    <option value=i.to_string() selected=move || current.get() == Some(choice)>
                        {move || label(choice)}
                    </option>
                })
                .collect_view()}
        </select>
    };
    match field_label {
        Some(text) => view! {
            <label class="field">
                <span class="field-label">{move || text.get()}</span>
                {select}
            </label>
        }
        .into_any(),
        None => select.into_any(),
    }
}
