//! The small parts every question is built from, as in GOV.UK Frontend: the ids that tie a
//! control to its hint, error message and counter; the hint; the error message; the shell that
//! puts a label (or a group's legend), hint and error message around a control; and what every
//! control is given ([`Control`]).
//!
//! Parts without state of their own are functions that build markup, not components: a
//! component is a boundary Yew diffs and schedules on its own, and costs code for each kind;
//! the field they make up ([`super::field::Field`]) is the component.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::core::form::ids::{self, Part};
use crate::core::strings::{Key as Msg, Strings};

/// The ids of one field's parts, unique per widget instance ([`ids`]).
#[derive(Clone, Debug, PartialEq)]
pub struct FieldIds {
    /// The control (for radios, the group's name; each option adds its key).
    pub control: AttrValue,
    pub hint: AttrValue,
    pub error: AttrValue,
    /// The counter's hint ("You can enter up to 250 words").
    pub count: AttrValue,
    /// An example answer (the definition's `placeholder`), shown with the hint.
    pub example: AttrValue,
    /// A group of controls' legend.
    pub legend: AttrValue,
}

impl FieldIds {
    pub fn new(prefix: &str, key: &str) -> FieldIds {
        FieldIds {
            control: ids::control(prefix, key).into(),
            hint: ids::part(prefix, key, Part::Hint).into(),
            error: ids::part(prefix, key, Part::Error).into(),
            count: ids::part(prefix, key, Part::Count).into(),
            example: ids::part(prefix, key, Part::Example).into(),
            legend: ids::part(prefix, key, Part::Legend).into(),
        }
    }

    /// The control's `aria-describedby`: its hint, example, error message and counter, those
    /// it has.
    pub fn described_by(
        &self,
        hint: bool,
        example: bool,
        error: bool,
        counter: bool,
    ) -> Option<AttrValue> {
        let parts: Vec<&str> = [
            (hint, &self.hint),
            (example, &self.example),
            (error, &self.error),
            (counter, &self.count),
        ]
        .into_iter()
        .filter(|(has, _)| *has)
        .map(|(_, id)| id.as_str())
        .collect();
        (!parts.is_empty()).then(|| parts.join(" ").into())
    }
}

/// What every control is given: its ids and value, whether it is marked wrong, what
/// describes it, and where it reports a change (the new value) and that focus left it.
pub struct Control {
    pub ids: FieldIds,
    pub value: AttrValue,
    pub invalid: bool,
    pub described_by: Option<AttrValue>,
    pub on_change: Callback<String>,
    pub on_leave: Callback<()>,
}

impl Control {
    /// `aria-invalid` while an error shows.
    pub fn aria_invalid(&self) -> Option<&'static str> {
        self.invalid.then_some("true")
    }

    /// The leave callback for `focusout`.
    pub fn leave(&self) -> Callback<FocusEvent> {
        self.on_leave.reform(|_: FocusEvent| ())
    }
}

/// A handler for the control's `input` or `change` events that reports what `read` makes of
/// the input element.
pub fn reading<E: TargetCast + 'static>(
    on_change: &Callback<String>,
    read: fn(&HtmlInputElement) -> String,
) -> Callback<E> {
    let on_change = on_change.clone();
    Callback::from(move |e: E| {
        if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
            on_change.emit(read(&input));
        }
    })
}

/// Help under a label.
pub fn hint(id: &AttrValue, text: &AttrValue) -> Html {
    html! { <p id={id.clone()} class="hint">{ text.clone() }</p> }
}

/// An example answer, as hint text: "For example: ...", its line breaks kept (an example of
/// several lines starts on a line of its own).
pub fn example(id: &AttrValue, text: &AttrValue, s: &Strings) -> Html {
    let lines = text.contains('\n');
    html! {
        <p id={id.clone()} class="hint hint-example">
            { s.text(Msg::ExamplePrefix) }{ " " }
            <span class={classes!("hint-example-text", lines.then_some("hint-example-lines"))}>{ text.clone() }</span>
        </p>
    }
}

/// What is wrong and how to fix it, prefixed "Error:" for screen readers.
pub fn error_message(id: &AttrValue, message: &AttrValue, s: &Strings) -> Html {
    html! {
        <p id={id.clone()} class="error-message">
            <span class="visually-hidden">{ s.text(Msg::ErrorPrefix) }{ " " }</span>{ message.clone() }
        </p>
    }
}

/// What the shell around a control says: the question, its hint, an example answer and its
/// error.
pub struct Shell<'a> {
    /// The words around the question's own ("For example:", "Error:").
    pub strings: &'a Strings,
    pub ids: &'a FieldIds,
    pub label: AttrValue,
    pub hint: Option<AttrValue>,
    /// An example answer, shown under the hint as hint text ("For example: ..."), never inside
    /// the control: GOV.UK advises against placeholders, which vanish as the visitor types and
    /// are too faint to read.
    pub example: Option<AttrValue>,
    pub error: Option<AttrValue>,
}

impl Shell<'_> {
    fn class(&self) -> Classes {
        classes!("field", self.error.is_some().then_some("field-error"))
    }

    fn hint_and_error(&self) -> Html {
        html! {
            <>
                { for self.hint.as_ref().map(|text| hint(&self.ids.hint, text)) }
                { for self.example.as_ref().map(|text| example(&self.ids.example, text, self.strings)) }
                { for self.error.as_ref().map(|message| error_message(&self.ids.error, message, self.strings)) }
            </>
        }
    }

    /// Label, hint, error message, the control and what follows it (a counter).
    pub fn around(&self, control: Html, after: Html) -> Html {
        html! {
            <div class={self.class()}>
                <label class="label" for={self.ids.control.clone()}>{ self.label.clone() }</label>
                { self.hint_and_error() }
                { control }
                { after }
            </div>
        }
    }

    /// A group of options: a fieldset whose legend is the question, with its hint and error
    /// message, described by them, reporting when focus leaves the group.
    pub fn around_group(&self, options: Html, control: &Control) -> Html {
        html! {
            <div class={self.class()}>
                <fieldset class="fieldset" aria-describedby={control.described_by.clone()} onfocusout={control.leave()}>
                    <legend id={self.ids.legend.clone()} class="label">{ self.label.clone() }</legend>
                    { self.hint_and_error() }
                    { options }
                </fieldset>
            </div>
        }
    }
}
