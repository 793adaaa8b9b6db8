//! `acknowledgements`: a group of checkboxes, one per baseline expectation, each of which must
//! be ticked. Each box is a field of its own ([`AcknowledgementField`], keyed `<key>-1`,
//! `<key>-2`, ...) so that each has its own answer and its own message; the group
//! ([`Group`]) is their fieldset, and in the document a `##` section with a task list.

use pulldown_cmark::{Event, Parser, TagEnd};

use super::{FieldKind, Kind, Shape};
use crate::content::Expectation;
use crate::date::Date;
use crate::form::compiler::Compiler;
use crate::form::definition::FieldDef;
use crate::form::{Condition, FieldSpec, FormSpec, Group, Key, Messages, Values, TICKED};
use crate::markdown::{escape_inline, not_provided, parser_options, Place, NOT_PROVIDED};
use crate::strings::{Key as Msg, Strings};
use crate::text::normalize_short;

/// The definition keys an acknowledgements group takes: fewer than a question's, since each
/// box says its own expectation and is always required.
pub const KEYS: &[&str] = &["key", "label", "hint", "docLabel", "showIf"];

/// One box of the group: the expectation titled `title`, which the team must agree to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AcknowledgementField {
    pub group: Key,
    pub title: String,
}

/// The group `def` defines: one required box per expectation, each pushed as a field.
pub(crate) fn compile(
    c: &mut Compiler,
    def: &FieldDef,
    key: &Key,
    label: String,
    doc_label: String,
    place: &str,
    shown_if: &[Condition],
) -> Group {
    let expectations: Vec<Expectation> = c.expectations().to_vec();
    let mut members = Vec::with_capacity(expectations.len());
    for (n, expectation) in expectations.iter().enumerate() {
        let Some(member) = c.key(Some(&format!("{key}-{}", n + 1)), &format!("{place}.key")) else {
            continue;
        };
        let title = expectation.title.clone();
        let spec = FieldSpec {
            key: member.clone(),
            label: expectation.acknowledgement.clone(),
            doc_label: expectation.acknowledgement.clone(),
            name: expectation.acknowledgement.clone(),
            kind: Kind::Acknowledgement(AcknowledgementField {
                group: key.clone(),
                title: title.clone(),
            }),
            required: true,
            hint: None,
            missing: c
                .strings
                .fill(Msg::ConfirmExpectation, &[("title", &title)]),
            messages: Messages::default(),
            placeholder: None,
            autocomplete: None,
            default: None,
            revealed_by: None,
            shown_if: shown_if.to_vec(),
        };
        c.push(spec, place);
        members.push(member);
    }
    Group {
        key: key.clone(),
        doc_label,
        label,
        hint: Some(def.hint.clone().unwrap_or_else(|| {
            let heading = normalize_short(c.strings.text(Msg::BaselineHeading));
            c.strings
                .fill(Msg::AcknowledgementsHint, &[("heading", &heading)])
        })),
        members,
        shown_if: shown_if.to_vec(),
    }
}

impl FieldKind for AcknowledgementField {
    fn shape(&self) -> Shape {
        Shape::Group
    }

    fn is_answered(&self, value: &str) -> bool {
        value == TICKED
    }

    fn check(
        &self,
        _field: &FieldSpec,
        _value: &str,
        _today: Date,
        _s: &Strings,
    ) -> Option<String> {
        None
    }

    fn prefill(&self, value: String) -> Result<String, String> {
        let yes = ["yes", "true", "1", "on", TICKED]
            .contains(&value.trim().to_ascii_lowercase().as_str());
        Ok(if yes { TICKED } else { "" }.to_owned())
    }
}

/// The group's section body: each expectation as a task, ticked or not.
pub fn body(spec: &FormSpec, group: &Group, values: &Values) -> String {
    let mut body = String::new();
    for member in group.members.iter().filter_map(|key| spec.field(key)) {
        let mark = if values.is_ticked(&member.key) {
            'x'
        } else {
            ' '
        };
        let text = escape_inline(&normalize_short(&member.label), Place::Inline);
        body.push_str(&format!("- [{mark}] {text}\n"));
    }
    if body.is_empty() {
        body.push_str(&not_provided(&spec.strings));
        body.push('\n');
    }
    body
}

/// Ticks the boxes whose text matches a ticked task item of the section's `body`, in order;
/// a task that names no box is reported in `unknown`.
pub fn read(
    spec: &FormSpec,
    group: &Group,
    body: &str,
    values: &mut Values,
    unknown: &mut Vec<String>,
) {
    let mut ticked: Option<bool> = None;
    let mut text = String::new();
    let mut items: Vec<(bool, String)> = Vec::new();
    for event in Parser::new_ext(body, parser_options()) {
        match event {
            Event::TaskListMarker(checked) => ticked = Some(checked),
            Event::Text(t) | Event::Code(t) => text.push_str(&t),
            Event::End(TagEnd::Item) => {
                items.push((ticked.take().unwrap_or(false), std::mem::take(&mut text)));
            }
            _ => {}
        }
    }
    // Two expectations may be acknowledged in the same words: each line takes the first box
    // with its words that no earlier line took, so the second line ticks the second box.
    let mut taken: Vec<&str> = Vec::new();
    for (checked, said) in items {
        let said = said.trim();
        let member = group
            .members
            .iter()
            .filter_map(|key| spec.field(key))
            .find(|a| a.label.eq_ignore_ascii_case(said) && !taken.contains(&&*a.key));
        match member {
            Some(ack) => {
                taken.push(&ack.key);
                if checked {
                    values.set(&ack.key, TICKED);
                }
            }
            None if said.is_empty()
                || said == NOT_PROVIDED.trim_matches('_')
                || said == normalize_short(spec.strings.text(Msg::NotProvided)) => {}
            None => unknown.push(
                spec.strings
                    .fill(Msg::UnknownExpectation, &[("text", said)]),
            ),
        }
    }
}
