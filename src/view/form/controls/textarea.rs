//! Long answers: a text area that accepts Markdown, and the word counter under it.

use gloo_timers::callback::Timeout;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use super::super::parts::Control;
use crate::core::strings::Key as Msg;
use crate::core::text::{count_words, counter_visible};
use crate::view::focus::focused_id;
use crate::view::strings::use_strings;

/// How a text area is written in.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Writing {
    /// Prose, which accepts Markdown: spell-checked, in the reader's direction.
    Prose,
    /// Code or a log (a `render` answer): plain text in a monospace box, left to right, not
    /// spell-checked.
    Code,
}

/// A text area of `rows` rows. Over `max_words`, it is marked at once, as GOV.UK's character
/// count does, even before the error message is due.
pub fn textarea(
    c: Control,
    rows: &'static str,
    max_words: Option<usize>,
    writing: Writing,
) -> Html {
    let on_input = {
        let on_change = c.on_change.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(area) = e.target_dyn_into::<HtmlTextAreaElement>() {
                on_change.emit(area.value());
            }
        })
    };
    let over = max_words.is_some_and(|max| count_words(&c.value) > max);
    let marked = c.invalid || over;
    let code = writing == Writing::Code;
    html! {
        <textarea class={classes!("textarea", code.then_some("textarea-code"), marked.then_some("input-error"))}
            id={c.ids.control.clone()} name={c.ids.control.clone()} rows={if code { "8" } else { rows }}
            spellcheck={if code { "false" } else { "true" }} dir={if code { "ltr" } else { "auto" }}
            autocapitalize={code.then_some("off")} value={c.value.clone()}
            aria-describedby={c.described_by.clone()} aria-invalid={c.aria_invalid()}
            oninput={on_input} onfocusout={c.leave()} />
    }
}

#[derive(Properties, PartialEq)]
pub struct WordCountProps {
    pub id: AttrValue,
    /// The id of the text area it counts.
    pub control: AttrValue,
    pub value: AttrValue,
    pub max: usize,
}

/// The GOV.UK character-count behaviour, for words: a hint with the limit for screen readers;
/// from 75 % of the limit a visible count-down ("You have 12 words remaining", then "You have 3
/// words too many"); never blocks typing; a polite announcement after a second's pause, only
/// while the user is in the field (a restored draft or an import does not set four counters
/// talking at once).
#[component]
pub fn WordCount(props: &WordCountProps) -> Html {
    let s = use_strings();
    let words = count_words(&props.value);
    let message = s.words_left(words, props.max);
    let visible = counter_visible(words, props.max);
    let announced = use_state_eq(String::new);
    {
        let announced = announced.setter();
        let control = props.control.clone();
        let text = if visible {
            message.clone()
        } else {
            String::new()
        };
        use_effect_with(text, move |text| {
            let text = text.clone();
            let timer = Timeout::new(1000, move || {
                let typing = focused_id().is_some_and(|id| id == control.as_str());
                announced.set(if typing { text } else { String::new() });
            });
            move || drop(timer)
        });
    }
    let over = words > props.max;
    html! {
        <>
            <p id={props.id.clone()} class="visually-hidden">
                { s.count(Msg::TextareaDescription, props.max as u64, &[]) }
            </p>
            if visible {
                <p class={classes!("count", over.then_some("count-over"))} aria-hidden="true">{ message }</p>
            }
            <p class="visually-hidden" aria-live="polite">{ (*announced).clone() }</p>
        </>
    }
}
