//! Checkboxes: a group of boxes under one legend. Two kinds of question are such a group: a
//! `checkboxes` question, whose answer is the ticked options ([`boxes`], its fieldset the
//! question's shell), and an acknowledgements group, one box per expectation, each box a
//! question of its own ([`group`] around [`checkbox`]es, each with its error message above it).

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::super::parts::{error_message, reading, Control};
use super::radios::controls;
use crate::core::form::kinds::checkboxes::ticked;
use crate::core::form::{ids, Group, OptionSpec, TICKED};
use crate::core::strings::Strings;

/// A group of boxes among other questions: a fieldset of its own, labelled by the group.
pub fn group(group: &Group, prefix: &str, checkboxes: Html) -> Html {
    let hint_id = ids::group_hint(prefix, &group.key);
    html! {
        <fieldset class="fieldset field-group" key={&*group.key}
            aria-describedby={group.hint.is_some().then(|| hint_id.clone())}>
            <legend class="label">{ group.label.clone() }</legend>
            if let Some(hint) = &group.hint {
                <p id={hint_id} class="hint">{ hint.clone() }</p>
            }
            { checkboxes }
        </fieldset>
    }
}

/// A checkbox with its label, its error message above it. It emits [`TICKED`] or nothing.
pub fn checkbox(c: Control, label: AttrValue, error: Option<&AttrValue>, s: &Strings) -> Html {
    let changed = reading::<Event>(&c.on_change, |input| {
        if input.checked() { TICKED } else { "" }.to_owned()
    });
    let ids = &c.ids;
    html! {
        <div class={classes!("field", error.is_some().then_some("field-error"), "field-checkbox")}>
            { for error.map(|message| error_message(&ids.error, message, s)) }
            <div class="checkbox">
                <input class="checkbox-input" type="checkbox" id={ids.control.clone()} name={ids.control.clone()}
                    value={TICKED} checked={c.value == TICKED}
                    aria-describedby={c.described_by.clone()} aria-invalid={c.aria_invalid()}
                    onchange={changed} onfocusout={c.leave()} />
                <label class="checkbox-label" for={ids.control.clone()}>{ label }</label>
            </div>
        </div>
    }
}

/// The boxes of a `checkboxes` question (its fieldset is the question's shell): ticking one
/// emits the answer with it (the options' keys, in their order, joined by commas), unticking
/// one the answer without it. `reveals` lists, for each option that is showing other
/// questions, their ids (`aria-controls`).
pub fn boxes(c: &Control, options: &[OptionSpec], reveals: &[(AttrValue, AttrValue)]) -> Html {
    let chosen: Vec<String> = ticked(&c.value).map(str::to_owned).collect();
    html! {
        <div class="checkboxes">
            { for options.iter().map(|option| {
                let id = ids::option_of(&c.ids.control, &option.key);
                let on_change = {
                    let (on_change, chosen) = (c.on_change.clone(), chosen.clone());
                    let keys: Vec<String> = options.iter().map(|o| o.key.clone()).collect();
                    let key = option.key.clone();
                    Callback::from(move |e: Event| {
                        let Some(input) = e.target_dyn_into::<HtmlInputElement>() else {
                            return;
                        };
                        let on = input.checked();
                        let answer: Vec<&str> = keys
                            .iter()
                            .filter(|k| if **k == key { on } else { chosen.contains(k) })
                            .map(String::as_str)
                            .collect();
                        on_change.emit(answer.join(","));
                    })
                };
                html! {
                    <div class="checkbox">
                        <input class="checkbox-input" type="checkbox" id={id.clone()}
                            name={c.ids.control.clone()} value={option.key.clone()}
                            checked={chosen.contains(&option.key)}
                            aria-controls={controls(reveals, &option.key)}
                            onchange={on_change} />
                        <label class="checkbox-label" for={id}>{ option.label.clone() }</label>
                    </div>
                }
            }) }
        </div>
    }
}
