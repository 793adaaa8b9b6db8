//! One question of the form: its control, chosen by the field's kind, inside its label, hint
//! and error message. It emits domain values (`(FieldId, String)` on change, `FieldId` on
//! leave), never DOM events.

use yew::prelude::*;

use super::controls::checkboxes::{boxes, checkbox};
use super::controls::date_input::date_input;
use super::controls::radios::radios;
use super::controls::select::{select, use_select_value};
use super::controls::text_input::{text_input, LineKind};
use super::controls::textarea::{textarea, WordCount, Writing};
use super::parts::{Control, FieldIds, Shell};
use crate::core::form::kinds::TextareaField;
use crate::core::form::{ids, FieldSpec, Key, Kind};
use crate::core::strings::Key as Msg;
use crate::platform::pointer::after_press;
use crate::view::shared::Shared;
use crate::view::strings::use_strings;

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
    /// For a choice or checkboxes: each option that is showing other questions, and their
    /// ids (space-separated).
    #[prop_or_default]
    pub reveals: Vec<(AttrValue, AttrValue)>,
    /// For a date: the earliest the picker offers (the rules still decide).
    #[prop_or_default]
    pub min: Option<AttrValue>,
}

/// The id of a field's control (for radios or checkboxes, of the first option; for a
/// checkboxes question with a box that must be ticked, of that box): what labels and error
/// summary links point at.
pub fn control_id(prefix: &str, spec: &FieldSpec) -> String {
    let first = match &spec.kind {
        Kind::Choice(choice) if !choice.dropdown => choice.options.first(),
        Kind::Checkboxes(boxes) => boxes
            .options
            .iter()
            .find(|o| o.required)
            .or(boxes.options.first()),
        _ => None,
    };
    match first {
        Some(option) => ids::option(prefix, &spec.key, &option.key),
        None => ids::control(prefix, &spec.key),
    }
}

#[component]
pub fn Field(props: &FieldProps) -> Html {
    let spec = &props.spec.0;
    let key = spec.key.clone();
    let select_node = use_node_ref();
    use_select_value(select_node.clone(), props.value.clone());
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
        described_by: ids.described_by(
            spec.hint.is_some(),
            spec.placeholder.is_some(),
            error.is_some(),
            max_words.is_some(),
        ),
        invalid: error.is_some(),
        value: props.value.clone(),
        on_change: props.on_edit.reform(move |value| (key.clone(), value)),
        on_leave,
        ids: ids.clone(),
    };
    // Optional questions say so in their label, as GOV.UK does; required is the default.
    let s = use_strings();
    let label = if spec.required {
        spec.label.clone()
    } else {
        s.fill(Msg::OptionalLabel, &[("Label", &spec.label)])
    };
    let shell = Shell {
        strings: &s,
        ids: &ids,
        label: label.into(),
        hint: spec.hint.clone().map(AttrValue::from),
        example: spec.placeholder.clone().map(AttrValue::from),
        error,
    };
    // One control per kind.
    match &spec.kind {
        Kind::Choice(choice) if choice.dropdown => shell.around(
            select(&control, &choice.options, &props.reveals, &select_node, &s),
            Html::default(),
        ),
        Kind::Choice(choice) => {
            shell.around_group(radios(&control, &choice.options, &props.reveals), &control)
        }
        Kind::Checkboxes(checkboxes) => shell.around_group(
            boxes(&control, &checkboxes.options, &props.reveals),
            &control,
        ),
        Kind::Acknowledgement(_) => {
            checkbox(control, spec.label.clone().into(), shell.error.as_ref(), &s)
        }
        Kind::Textarea(_) | Kind::List(_) => {
            let (rows, writing) = match &spec.kind {
                Kind::List(_) => ("4", Writing::Prose),
                Kind::Textarea(TextareaField {
                    render: Some(_), ..
                }) => ("8", Writing::Code),
                _ => ("5", Writing::Prose),
            };
            let counter = max_words.map(|max| html! {
                <WordCount id={ids.count.clone()} control={ids.control.clone()} value={props.value.clone()} {max} />
            });
            shell.around(
                textarea(control, rows, max_words, writing),
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
