//! One question of the form: its control, chosen by the field's kind, inside its label, hint
//! and error message. It emits domain values (`(FieldId, String)` on change, `FieldId` on
//! leave), never DOM events.

use yew::prelude::*;

use super::controls::checkboxes::checkbox;
use super::controls::date_input::date_input;
use super::controls::radios::radios;
use super::controls::text_input::{text_input, LineKind};
use super::controls::textarea::{textarea, WordCount};
use super::parts::{Control, FieldIds, Shell};
use crate::core::form::{ids, FieldSpec, Key, Kind};
use crate::platform::pointer::after_press;
use crate::view::shared::Shared;

#[derive(Properties, PartialEq)]
pub struct FieldProps {
    /// The field, shared with the form (made once per form definition: the same pointer is the
    /// same field).
    pub spec: Shared<FieldSpec>,
    pub value: AttrValue,
    pub error: Option<AttrValue>,
    /// Makes element ids unique per widget instance.
    pub prefix: AttrValue,
    pub on_edit: Callback<(Key, String)>,
    pub on_leave: Callback<Key>,
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
        Kind::Choice(choice) => match choice.options.first() {
            Some(first) => ids::option(prefix, &spec.key, &first.key),
            None => ids::control(prefix, &spec.key),
        },
        _ => ids::control(prefix, &spec.key),
    }
}

#[component]
pub fn Field(props: &FieldProps) -> Html {
    let spec = &props.spec.0;
    let key = spec.key.clone();
    let ids = FieldIds::new(&props.prefix, &key);
    // Leaving a field can show its error, which moves what is below it: never under a press
    // (see `platform::pointer`).
    let on_leave = {
        let leave = props.on_leave.clone();
        let key = key.clone();
        Callback::from(move |()| {
            let (leave, key) = (leave.clone(), key.clone());
            after_press(move || leave.emit(key))
        })
    };
    let max_words = match &spec.kind {
        Kind::Textarea(textarea) => textarea.max_words,
        _ => None,
    };
    let error = props.error.clone();
    let control = Control {
        described_by: ids.described_by(spec.hint.is_some(), error.is_some(), max_words.is_some()),
        invalid: error.is_some(),
        value: props.value.clone(),
        on_change: props.on_edit.reform(move |value| (key.clone(), value)),
        on_leave,
        ids: ids.clone(),
    };
    // Optional questions say so in their label, as GOV.UK does; required is the default.
    let label = if spec.required {
        spec.label.clone()
    } else {
        format!("{} (optional)", spec.label)
    };
    let shell = Shell {
        ids: &ids,
        label: label.into(),
        hint: spec.hint.clone().map(AttrValue::from),
        error,
    };
    // One control per kind.
    match &spec.kind {
        Kind::Choice(choice) => {
            let leave = control.leave();
            let described_by = control.described_by.clone();
            shell.around_group(
                radios(&control, &choice.options, props.reveals.as_ref()),
                described_by,
                leave,
            )
        }
        Kind::Acknowledgement(_) => {
            checkbox(control, spec.label.clone().into(), shell.error.as_ref())
        }
        Kind::Textarea(_) | Kind::List(_) => {
            let rows = if matches!(spec.kind, Kind::List(_)) {
                "4"
            } else {
                "5"
            };
            let counter = max_words.map(|max| html! {
                <WordCount id={ids.count.clone()} control={ids.control.clone()} value={props.value.clone()} {max} />
            });
            shell.around(
                textarea(control, rows, max_words),
                counter.unwrap_or_default(),
            )
        }
        Kind::Date(_) => shell.around(date_input(control, props.min.clone()), Html::default()),
        Kind::Email(_) => shell.around(
            text_input(control, LineKind::Email, spec.autocomplete.clone()),
            Html::default(),
        ),
        Kind::Number(_) => shell.around(
            text_input(control, LineKind::WholeNumber, spec.autocomplete.clone()),
            Html::default(),
        ),
        Kind::Text(_) => shell.around(
            text_input(control, LineKind::Text, spec.autocomplete.clone()),
            Html::default(),
        ),
    }
}
