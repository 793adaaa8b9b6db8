//! Radio buttons: one option of a choice.

use yew::prelude::*;

use super::super::parts::{reading, Control};
use crate::core::form::{ids, OptionSpec};

/// The radio buttons of a choice (its fieldset is the field's shell). `reveals` names the
/// option that is showing another question, and that question's id: the option points at it
/// (`aria-controls`), as GOV.UK's conditional reveal does.
pub fn radios(
    c: &Control,
    choices: &[OptionSpec],
    reveals: Option<&(AttrValue, AttrValue)>,
) -> Html {
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
                            aria-controls={reveals
                                .filter(|(option, _)| option.as_str() == choice.key.as_str())
                                .map(|(_, id)| id.clone())}
                            onchange={changed.clone()} />
                        <label class="radio-label" for={option_id}>{ choice.label.clone() }</label>
                    </div>
                }
            }) }
        </div>
    }
}
