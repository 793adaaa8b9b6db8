//! A dropdown: one option of a choice from a `<select>`, for long lists. Its first entry,
//! "Select one", is no answer: a required dropdown starts with nothing chosen.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::super::parts::Control;
use crate::core::form::OptionSpec;
use crate::core::strings::{Key as Msg, Strings};

/// The dropdown of `options`; `reveals` lists the ids of the questions each option is showing
/// (the select points at those its chosen option shows). `node` is the select, whose value
/// [`use_select_value`] keeps to the answer.
pub fn select(
    c: &Control,
    options: &[OptionSpec],
    reveals: &[(AttrValue, AttrValue)],
    node: &NodeRef,
    s: &Strings,
) -> Html {
    let on_change = {
        let on_change = c.on_change.clone();
        Callback::from(move |e: Event| {
            if let Some(select) = e.target_dyn_into::<HtmlSelectElement>() {
                on_change.emit(select.value());
            }
        })
    };
    let controls = reveals
        .iter()
        .find(|(option, _)| option.as_str() == c.value.as_str())
        .map(|(_, ids)| ids.clone());
    let known = options.iter().any(|o| o.key.as_str() == c.value.as_str());
    html! {
        <select ref={node.clone()} class={classes!("select", c.invalid.then_some("input-error"))}
            id={c.ids.control.clone()} name={c.ids.control.clone()}
            aria-describedby={c.described_by.clone()} aria-invalid={c.aria_invalid()}
            aria-controls={controls}
            onchange={on_change} onfocusout={c.leave()}>
            <option value="" selected={!known}>{ s.text(Msg::SelectOne) }</option>
            { for options.iter().map(|option| html! {
                <option value={option.key.clone()} selected={option.key.as_str() == c.value.as_str()}>
                    { option.label.clone() }
                </option>
            }) }
        </select>
    }
}

/// Keeps a dropdown's chosen option to the answer `value` after each change of it: the
/// options' `selected` attributes only set what the browser shows before the visitor has
/// chosen, so an answer replaced later (an import, Start over, another tab's draft) would not
/// show. Does nothing where `node` is not a select.
#[hook]
pub fn use_select_value(node: NodeRef, value: AttrValue) {
    use_effect_with(value, move |value| {
        if let Some(select) = node.cast::<HtmlSelectElement>() {
            if select.value() != value.as_str() {
                select.set_value(value);
                // An answer that is no option (kept aside): "Select one".
                if select.selected_index() < 0 {
                    select.set_value("");
                }
            }
        }
    });
}
