//! The form, as its definition says, assembled from small parts as GOV.UK Frontend does:
//! [`parts`] (ids, hint, error message, the shell around a control), the controls, one file
//! each ([`controls`]), one question ([`field`]), a titled part ([`section`]), guidance between
//! questions (rendered like the preview), and the error summary ([`summary`]).

pub mod controls;
pub mod field;
pub mod parts;
pub mod reveal;
pub mod section;
pub mod summary;

use std::rc::Rc;

use yew::prelude::*;

use crate::core::answers::Answers;
use crate::core::date::Date;
use crate::core::form::ids::{self, Part};
use crate::core::form::kinds::DateField;
use crate::core::form::{FieldSpec, FormSpec, Item, Key, Kind, OTHER};
use crate::core::strings::Key as Msg;
use crate::core::validate::FieldError;
use crate::view::markdown::render_markdown_from;
use crate::view::shared::Shared;
use controls::checkboxes::group;
use field::Field;
use reveal::Revealed;
use section::form_section;
use summary::error_summary;
pub use summary::SummaryItem;

/// What the form shows, and where it reports.
pub struct FormProps<'a> {
    pub spec: &'a Rc<FormSpec>,
    /// Every field, each shared with its question (made once per form definition).
    pub fields: &'a [Rc<FieldSpec>],
    pub answers: &'a Answers,
    pub today: Date,
    pub prefix: AttrValue,
    /// The one-pager's length in words, for the gentle warning.
    pub words: usize,
    pub on_edit: Callback<(Key, String)>,
    pub on_leave: Callback<Key>,
    /// "Check your one-pager".
    pub on_submit: Callback<()>,
    /// What the error summary lists.
    pub summary: Vec<SummaryItem>,
    /// The error summary, which takes focus when a check finds errors
    /// ([`crate::view::hooks::use_focus_when_asked`]).
    pub summary_ref: &'a NodeRef,
}

/// The error summary, every section's questions, a warning when the one-pager runs long, and
/// the check button.
pub fn form(props: &FormProps) -> Html {
    let fields = props.fields;
    let on_submit = props.on_submit.reform(|e: SubmitEvent| e.prevent_default());
    let spec = &props.spec;
    let s = &*spec.strings;
    let soft_limit = spec.soft_word_limit;
    let summary_title = format!("{}-summary-title", props.prefix);
    html! {
        <>
        { error_summary(&props.summary, &summary_title, props.summary_ref, s) }
        <form class="form" novalidate=true onsubmit={on_submit}>
            { for spec.sections.iter().enumerate().map(|(n, section)| {
                let values = &props.answers.values;
                // A section shown only while an earlier answer calls for it.
                if !spec.shows(section.shown_if.as_slice(), values) {
                    return Html::default();
                }
                let questions = |keys: &[Key]| -> Html {
                    keys.iter().map(|key| question(props, fields, key)).collect()
                };
                if let Some(only) = section.only_group() {
                    if !spec.shows(&only.shown_if, values) {
                        return Html::default();
                    }
                    return form_section(n, &section.heading, &props.prefix, Some(only.hint.as_deref()), questions(&only.members));
                }
                let items: Html = section.items.iter().map(|item| match item {
                    Item::Field(key) => question(props, fields, key),
                    Item::Group(g) if spec.shows(&g.shown_if, values) => {
                        group(g, &props.prefix, questions(&g.members))
                    }
                    Item::Guidance(g) if spec.shows(&g.shown_if, values) => html! {
                        // Its headings sit directly under the section's h4, whatever level
                        // they start at.
                        <div class="guidance">{ render_markdown_from(&g.text, 5, s) }</div>
                    },
                    Item::Group(_) | Item::Guidance(_) => Html::default(),
                }).collect();
                form_section(n, &section.heading, &props.prefix, None, items)
            }) }

            <Revealed shown={conditional_labels(props)} />

            if props.words > soft_limit {
                <div class="notice">
                    <p>{ spec.document.count(s, Msg::DocumentLong, props.words as u64, &[("limit", &soft_limit.to_string())]) }</p>
                </div>
            }

            <div class="form-actions">
                <button type="submit" class="button">{ spec.document.fill(s, Msg::CheckDocument, &[]) }</button>
            </div>
        </form>
        </>
    }
}

/// Every field of `spec`, each in an `Rc` to share with its question.
pub fn shared_fields(spec: &FormSpec) -> Vec<Rc<FieldSpec>> {
    spec.fields().iter().cloned().map(Rc::new).collect()
}

/// The error summary's entries for `errors`: each links to its field's control.
pub fn summary_items(spec: &FormSpec, errors: &[FieldError], prefix: &str) -> Vec<SummaryItem> {
    errors
        .iter()
        .map(|error| SummaryItem {
            key: AttrValue::from(error.field.clone()),
            target: spec
                .field(&error.field)
                .map(|field| field::control_id(prefix, field))
                .unwrap_or_default()
                .into(),
            message: error.message.clone().into(),
        })
        .collect()
}

/// The labels of the questions an earlier answer is showing now (its "Other" field, or a
/// question with a `showIf`), in form order.
fn conditional_labels(props: &FormProps) -> Vec<(AttrValue, AttrValue)> {
    let values = &props.answers.values;
    props
        .spec
        .fields()
        .iter()
        .filter(|f| f.revealed_by.is_some() || !f.shown_if.is_empty())
        .filter(|f| props.spec.is_active(&f.key, values))
        .map(|f| {
            (
                AttrValue::from(f.key.clone()),
                AttrValue::from(f.label.clone()),
            )
        })
        .collect()
}

/// For each option of the choice or checkboxes `key` that is showing other questions now, the
/// ids of their boxes, space-separated: the option points at them (`aria-controls`), as GOV.UK's
/// conditional reveal does.
fn revealed_by(props: &FormProps, key: &Key) -> Vec<(AttrValue, AttrValue)> {
    let (spec, values) = (props.spec, &props.answers.values);
    let mut reveals: Vec<(AttrValue, Vec<String>)> = Vec::new();
    let mut add = |option: &str, revealed: &Key| {
        let id = ids::part(&props.prefix, revealed, Part::Reveal);
        match reveals.iter_mut().find(|(o, _)| o.as_str() == option) {
            Some((_, ids)) => ids.push(id),
            None => reveals.push((AttrValue::from(option.to_owned()), vec![id])),
        }
    };
    for field in spec.fields() {
        if !spec.is_active(&field.key, values) {
            continue;
        }
        if field.revealed_by.as_ref() == Some(key) {
            add(OTHER, &field.key);
        }
        for condition in field.shown_if.iter().filter(|c| c.field == *key) {
            for option in &condition.any_of {
                add(option, &field.key);
            }
        }
    }
    reveals
        .into_iter()
        .map(|(option, ids)| (option, AttrValue::from(ids.join(" "))))
        .collect()
}

/// One question as it stands: shown only while it is part of the form, with its error when
/// one is due; a question revealed by an option sits in its own container, which that option
/// points at.
fn question(props: &FormProps, fields: &[Rc<FieldSpec>], key: &Key) -> Html {
    let Some(spec) = fields.iter().find(|f| f.key == *key) else {
        return Html::default();
    };
    let (answers, prefix) = (&props.answers, &props.prefix);
    if !props.spec.is_active(key, &answers.values) {
        return Html::default();
    }
    let error = answers
        .visible_error(props.spec, key, props.today)
        .map(AttrValue::from);
    let reveal_id = |revealed: &str| ids::part(prefix, revealed, Part::Reveal);
    // Only a question with options (a choice, checkboxes) can show others.
    let reveals = if spec.kind.rules().options().is_some() {
        revealed_by(props, key)
    } else {
        Vec::new()
    };
    let min = matches!(spec.kind, Kind::Date(DateField { from_today: true }))
        .then(|| AttrValue::from(props.today.to_string()));
    let field = html! {
        <Field key={&**key} spec={Shared(spec.clone())}
            value={AttrValue::from(answers.values.get(key).to_owned())}
            {error} prefix={prefix.clone()} {reveals} {min}
            on_edit={props.on_edit.clone()} on_leave={props.on_leave.clone()} />
    };
    // A question an answer calls for sits in its own box, which the option points at.
    if spec.revealed_by.is_some() || !spec.shown_if.is_empty() {
        html! { <div class="conditional" id={reveal_id(key)} key={reveal_id(key)}>{ field }</div> }
    } else {
        field
    }
}
