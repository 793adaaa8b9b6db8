//! A one-line input: text, an email address or a whole number.

use yew::prelude::*;

use super::super::parts::{reading, Control};

/// What a one-line control is for.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum LineKind {
    Text,
    Email,
    WholeNumber,
}

/// A text, email or number input.
pub fn text_input(c: Control, kind: LineKind, autocomplete: Option<String>) -> Html {
    let (input_type, inputmode, width) = match kind {
        LineKind::Email => ("email", None, "input-wide"),
        LineKind::WholeNumber => ("text", Some("numeric"), "input-number"),
        LineKind::Text => ("text", None, "input-wide"),
    };
    let on_input = reading::<InputEvent>(&c.on_change, |input| input.value());
    let text = kind == LineKind::Text;
    html! {
        <input class={classes!("input", width, c.invalid.then_some("input-error"))}
            type={input_type} id={c.ids.control.clone()} name={c.ids.control.clone()}
            value={c.value.clone()} inputmode={inputmode}
            autocomplete={autocomplete} spellcheck={(!text).then_some("false")}
            dir={text.then_some("auto")}
            aria-describedby={c.described_by.clone()} aria-invalid={c.aria_invalid()}
            oninput={on_input} onfocusout={c.leave()} />
    }
}
