//! A date: the browser's date control.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::super::parts::{reading, Control};
use crate::core::date::Date;
use crate::core::form::UNFINISHED_DATE;

/// A date control, `min` the earliest the picker offers (the rules still decide). It holds
/// only real dates: anything else (an unfinished date, an impossible prefilled one) is shown as
/// empty, and is never written into the control, which would wipe what the user has typed
/// there so far.
pub fn date_input(c: Control, min: Option<AttrValue>) -> Html {
    let on_input = reading::<InputEvent>(&c.on_change, date_value);
    // Typing part of a date into an empty date control fires no input event (its value stays
    // empty), so on leaving it the form learns that something unreadable is there; and a
    // restored unfinished date that now shows as empty becomes empty.
    let on_leave = {
        let (on_change, on_leave, held) =
            (c.on_change.clone(), c.on_leave.clone(), c.value.clone());
        Callback::from(move |e: FocusEvent| {
            let now = e
                .target_dyn_into::<HtmlInputElement>()
                .map(|i| date_value(&i));
            // The value at once (a press may be about to replace every answer: Undo, Load it);
            // only showing the message waits (see the field's leave).
            if let Some(now) = now.filter(|now| {
                (now == UNFINISHED_DATE || held == UNFINISHED_DATE) && *now != held.as_str()
            }) {
                on_change.emit(now);
            }
            on_leave.emit(());
        })
    };
    let value = match Date::parse(&c.value) {
        Some(_) => c.value.clone(),
        None => AttrValue::Static(""),
    };
    html! {
        <input class={classes!("input", "input-date", c.invalid.then_some("input-error"), c.value.is_empty().then_some("input-empty"))}
            type="date" id={c.ids.control.clone()} name={c.ids.control.clone()}
            {value} min={min} spellcheck="false"
            aria-describedby={c.described_by.clone()} aria-invalid={c.aria_invalid()}
            oninput={on_input} onfocusout={on_leave} />
    }
}

/// What a date control holds: its `YYYY-MM-DD` value, or [`UNFINISHED_DATE`] when the browser
/// has input it cannot read as a date (part of one, or 31 February).
fn date_value(input: &HtmlInputElement) -> String {
    let value = input.value();
    if value.is_empty() && input.validity().bad_input() {
        UNFINISHED_DATE.to_owned()
    } else {
        value
    }
}
