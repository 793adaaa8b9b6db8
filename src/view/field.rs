//! One component renders every field of the form, whatever its kind. It emits domain values
//! (`(FieldId, String)` on change, `FieldId` on leave), never DOM events.
//!
//! Markup follows the GOV.UK Design System: label, hint, error message (prefixed "Error:" for
//! screen readers), then the control, which carries `aria-describedby` (hint, error, counter
//! hint) and `aria-invalid="true"` while an error shows.

use std::rc::Rc;

use gloo_timers::callback::Timeout;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::core::date::Date;
use crate::core::form::{FieldId, FieldSpec, Kind, TICKED, UNFINISHED_DATE};
use crate::core::text::{count_message, count_words, counter_visible};
use crate::embed::pointer::after_press;

#[derive(Properties, PartialEq)]
pub struct FieldProps {
    pub spec: Rc<FieldSpec>,
    pub value: AttrValue,
    pub error: Option<AttrValue>,
    /// Makes element ids unique per widget instance.
    pub prefix: AttrValue,
    pub on_edit: Callback<(FieldId, String)>,
    pub on_leave: Callback<FieldId>,
    /// For a choice: the option that is showing another question, and that question's id.
    #[prop_or_default]
    pub reveals: Option<(AttrValue, AttrValue)>,
    /// For a date: the earliest the picker offers (the rules still decide).
    #[prop_or_default]
    pub min: Option<AttrValue>,
}

/// The id of a field's control (for a choice, of its first option): what labels and error
/// summary links point at.
pub fn control_id(prefix: &str, spec: &FieldSpec) -> String {
    match &spec.kind {
        Kind::Choice(choices) => match choices.first() {
            Some(first) => format!("{prefix}-{}-{}", spec.id.key(), first.key),
            None => format!("{prefix}-{}", spec.id.key()),
        },
        _ => format!("{prefix}-{}", spec.id.key()),
    }
}

#[component]
pub fn Field(props: &FieldProps) -> Html {
    let spec = &props.spec;
    let id = spec.id;
    let base = format!("{}-{}", props.prefix, id.key());
    let hint_id = format!("{base}-hint");
    let error_id = format!("{base}-error");
    let count_id = format!("{base}-count-hint");

    // Leaving a field can show its error, which moves what is below it: never under a press
    // (see `embed::pointer`).
    let on_leave = {
        let cb = props.on_leave.clone();
        Callback::from(move |_: FocusEvent| {
            let cb = cb.clone();
            after_press(move || cb.emit(id))
        })
    };
    let is_date = matches!(spec.kind, Kind::Date);
    let on_input = {
        let cb = props.on_edit.clone();
        Callback::from(move |e: InputEvent| {
            let value = e
                .target_dyn_into::<HtmlTextAreaElement>()
                .map(|t| t.value())
                .or_else(|| {
                    e.target_dyn_into::<HtmlInputElement>().map(|i| {
                        if is_date {
                            date_value(&i)
                        } else {
                            i.value()
                        }
                    })
                });
            if let Some(value) = value {
                cb.emit((id, value));
            }
        })
    };
    // Typing part of a date into an empty date control fires no input event (its value stays
    // empty), so on leaving it the form learns that something unreadable is there; and a
    // restored unfinished date that now shows as empty becomes empty.
    let on_leave_date = {
        let edit = props.on_edit.clone();
        let leave = props.on_leave.clone();
        let held = props.value.clone();
        Callback::from(move |e: FocusEvent| {
            let now = e
                .target_dyn_into::<HtmlInputElement>()
                .map(|input| date_value(&input))
                .filter(|now| {
                    (now == UNFINISHED_DATE || held == UNFINISHED_DATE) && *now != held.as_str()
                });
            // The value at once (a press may be about to replace every answer: Undo, Load it);
            // only showing the message waits.
            if let Some(now) = now {
                edit.emit((id, now));
            }
            let leave = leave.clone();
            after_press(move || leave.emit(id))
        })
    };

    // Optional questions say so in their label, as GOV.UK does; required is the default.
    let label = if spec.required {
        spec.label.clone()
    } else {
        format!("{} (optional)", spec.label)
    };
    let hint = spec
        .hint
        .as_ref()
        .map(|hint| html! { <p id={hint_id.clone()} class="hint">{ hint.clone() }</p> });
    let error = props.error.as_ref().map(|message| {
        html! {
            <p id={error_id.clone()} class="error-message">
                <span class="visually-hidden">{ "Error: " }</span>{ message.clone() }
            </p>
        }
    });
    let mut described: Vec<&str> = Vec::new();
    if spec.hint.is_some() {
        described.push(&hint_id);
    }
    if props.error.is_some() {
        described.push(&error_id);
    }
    let max_words = match spec.kind {
        Kind::LongText { max_words } => Some(max_words),
        _ => None,
    };
    if max_words.is_some() {
        described.push(&count_id);
    }
    let described_by = (!described.is_empty()).then(|| AttrValue::from(described.join(" ")));
    let invalid = props.error.is_some().then_some(AttrValue::Static("true"));
    let group_class = classes!("field", props.error.is_some().then_some("field-error"));

    match &spec.kind {
        Kind::Choice(choices) => {
            let on_change = {
                let cb = props.on_edit.clone();
                Callback::from(move |e: Event| {
                    if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                        cb.emit((id, input.value()));
                    }
                })
            };
            let legend_id = format!("{base}-legend");
            html! {
                <div class={group_class}>
                    <fieldset class="fieldset" aria-describedby={described_by.clone()} onfocusout={on_leave}>
                        <legend id={legend_id} class="label">{ spec.label.clone() }</legend>
                        { hint }
                        { error }
                        <div class="radios">
                            { for choices.iter().map(|choice| {
                                let option_id = format!("{base}-{}", choice.key);
                                html! {
                                    <div class="radio">
                                        <input class="radio-input" type="radio" id={option_id.clone()}
                                            name={base.clone()} value={choice.key}
                                            checked={props.value.as_str() == choice.key}
                                            aria-invalid={invalid.clone()}
                                            aria-controls={props.reveals.as_ref()
                                                .filter(|(option, _)| option == choice.key)
                                                .map(|(_, id)| id.clone())}
                                            onchange={on_change.clone()} />
                                        <label class="radio-label" for={option_id}>{ choice.label }</label>
                                    </div>
                                }
                            }) }
                        </div>
                    </fieldset>
                </div>
            }
        }
        Kind::Checkbox => {
            let on_change = {
                let cb = props.on_edit.clone();
                Callback::from(move |e: Event| {
                    if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                        let value = if input.checked() { TICKED } else { "" };
                        cb.emit((id, value.to_owned()));
                    }
                })
            };
            html! {
                <div class={classes!(group_class, "field-checkbox")}>
                    { error }
                    <div class="checkbox">
                        <input class="checkbox-input" type="checkbox" id={base.clone()} name={base.clone()}
                            value={TICKED} checked={props.value.as_str() == TICKED}
                            aria-describedby={described_by} aria-invalid={invalid}
                            onchange={on_change} onfocusout={on_leave} />
                        <label class="checkbox-label" for={base.clone()}>{ spec.label.clone() }</label>
                    </div>
                </div>
            }
        }
        Kind::LongText { .. } | Kind::Lines { .. } => {
            let rows = if matches!(spec.kind, Kind::Lines { .. }) {
                "4"
            } else {
                "5"
            };
            let counter = max_words.map(|max| {
                html! { <WordCount id={count_id.clone()} control={base.clone()} value={props.value.clone()} max={max} /> }
            });
            // Over the limit is shown on the box at once, as GOV.UK's character count does,
            // even before the error message is due.
            let over = max_words.is_some_and(|max| count_words(&props.value) > max);
            html! {
                <div class={group_class}>
                    <label class="label" for={base.clone()}>{ label }</label>
                    { hint }
                    { error }
                    <textarea class={classes!("textarea", (props.error.is_some() || over).then_some("input-error"))}
                        id={base.clone()} name={base.clone()} rows={rows} spellcheck="true" dir="auto"
                        value={props.value.clone()}
                        aria-describedby={described_by} aria-invalid={invalid}
                        oninput={on_input} onfocusout={on_leave} />
                    { counter }
                </div>
            }
        }
        kind => {
            let (input_type, inputmode, width) = match kind {
                Kind::Email => ("email", None, "input-wide"),
                Kind::Date => ("date", None, "input-date"),
                Kind::WholeNumber { .. } => ("text", Some("numeric"), "input-number"),
                _ => ("text", None, "input-wide"),
            };
            let spellcheck = matches!(kind, Kind::Email | Kind::WholeNumber { .. } | Kind::Date)
                .then_some("false");
            // A date control holds only real dates: anything else (an unfinished date, an
            // impossible prefilled one) is shown as empty, and is never written into the
            // control, which would wipe what the user has typed there so far.
            let value = if is_date && Date::parse(&props.value).is_none() {
                AttrValue::Static("")
            } else {
                props.value.clone()
            };
            let on_leave = if is_date { on_leave_date } else { on_leave };
            html! {
                <div class={group_class}>
                    <label class="label" for={base.clone()}>{ label }</label>
                    { hint }
                    { error }
                    <input class={classes!("input", width, props.error.is_some().then_some("input-error"))}
                        type={input_type} id={base.clone()} name={base.clone()}
                        {value} inputmode={inputmode}
                        min={matches!(kind, Kind::Date).then(|| props.min.clone()).flatten()}
                        autocomplete={spec.autocomplete} spellcheck={spellcheck}
                        dir={matches!(kind, Kind::Text { .. }).then_some("auto")}
                        aria-describedby={described_by} aria-invalid={invalid}
                        oninput={on_input} onfocusout={on_leave} />
                </div>
            }
        }
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

#[derive(Properties, PartialEq)]
struct WordCountProps {
    id: AttrValue,
    /// The id of the text area it counts.
    control: String,
    value: AttrValue,
    max: usize,
}

/// The GOV.UK character-count behaviour, for words: a hint with the limit for screen readers;
/// from 75 % of the limit a visible count-down ("You have 12 words remaining", then "You have 3
/// words too many"); never blocks typing; a polite announcement after a second's pause, only
/// while the user is in the field (a restored draft or an import does not set four counters
/// talking at once).
#[component]
fn WordCount(props: &WordCountProps) -> Html {
    let words = count_words(&props.value);
    let message = count_message(words, props.max);
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
                // Focus inside a shadow root shows outside as its host element: follow it
                // down (the widget may sit in a host page's own shadow root).
                let mut active = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.active_element());
                while let Some(inner) = active
                    .as_ref()
                    .and_then(|a| a.shadow_root())
                    .and_then(|root| root.active_element())
                {
                    active = Some(inner);
                }
                let typing = active.is_some_and(|a| a.id() == control);
                announced.set(if typing { text } else { String::new() });
            });
            move || drop(timer)
        });
    }
    let over = words > props.max;
    html! {
        <>
            <p id={props.id.clone()} class="visually-hidden">
                { format!("You can enter up to {} words", props.max) }
            </p>
            if visible {
                <p class={classes!("count", over.then_some("count-over"))} aria-hidden="true">{ message }</p>
            }
            <p class="visually-hidden" aria-live="polite">{ (*announced).clone() }</p>
        </>
    }
}
