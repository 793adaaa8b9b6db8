//! Radio buttons: one option of a choice.

use yew::prelude::*;

use super::super::parts::{reading, Control};
use crate::core::form::{ids, OptionSpec};

/// The radio buttons of a choice (its fieldset is the field's shell). `reveals` lists, for
/// each option that is showing other questions, their ids: the option points at them
/// (`aria-controls`), as GOV.UK's conditional reveal does.
pub fn radios(c: &Control, choices: &[OptionSpec], reveals: &[(AttrValue, AttrValue)]) -> Html {
    let changed = reading::<Event>(&c.on_change, |input| input.value());
    let name = &c.ids.control;
    html! {
        <div class="radios">
            { for choices.iter().map(|choice| {
                let option_id = ids::option_of(name, &choice.key);
                html! {
                    <div class="radio">
                        <input class="radio-input" type="radio" id={option_id.clone()}
                            name={name.clone()} value={choice.key.clone()}
                            checked={c.value.as_str() == choice.key.as_str()}
                            aria-invalid={c.aria_invalid()}
                            aria-controls={controls(reveals, &choice.key)}
                            onchange={changed.clone()} />
                        <label class="radio-label" for={option_id}>{ choice.label.clone() }</label>
                    </div>
                }
            }) }
        </div>
    }
}

/// The ids of the questions `option` is showing, for its `aria-controls`.
pub fn controls(reveals: &[(AttrValue, AttrValue)], option: &str) -> Option<AttrValue> {
    reveals
        .iter()
        .find(|(key, _)| key.as_str() == option)
        .map(|(_, ids)| ids.clone())
}
