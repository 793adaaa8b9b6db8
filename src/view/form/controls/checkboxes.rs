//! Checkboxes: a group of boxes under one legend, and each box with its label (its error
//! message above it). An acknowledgements group is such a group, one box per expectation,
//! each box a question of its own.

use yew::prelude::*;

use super::super::parts::{error_message, reading, Control};
use crate::core::form::{ids, Group, TICKED};

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
