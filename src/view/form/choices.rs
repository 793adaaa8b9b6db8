//! Controls that pick: radio buttons for a choice, and a checkbox that must be ticked.

use yew::prelude::*;

use super::parts::{error_message, reading, Control};
use crate::core::form::{ids, Choice, TICKED};

/// The radio buttons of a choice (its fieldset is the field's shell). `reveals` names the
/// option that is showing another question, and that question's id: the option points at it
/// (`aria-controls`), as GOV.UK's conditional reveal does.
pub fn radios(c: &Control, choices: &[Choice], reveals: Option<&(AttrValue, AttrValue)>) -> Html {
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

/// A checkbox with its label, its error message above it. It emits [`TICKED`] or nothing.
pub fn checkbox(c: Control, label: AttrValue, error: Option<&AttrValue>) -> Html {
    let changed = reading::<Event>(&c.on_change, |input| {
        if input.checked() { TICKED } else { "" }.to_owned()
    });
    let ids = &c.ids;
    html! {
        <div class={classes!("field", error.is_some().then_some("field-error"), "field-checkbox")}>
            { for error.map(|message| error_message(&ids.error, message)) }
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
