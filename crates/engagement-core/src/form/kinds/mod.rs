//! The field types, one home each: a type's file holds everything the core knows of it (the
//! definition keys it takes, how it is compiled and checked, its rules and messages, how its
//! answer is written into the document and read back on import, how a prefilled link's value is
//! taken, and whether a saved answer belongs to it). This file only dispatches.
//!
//! | host writes        | kind                            | shape in the document         |
//! |--------------------|---------------------------------|-------------------------------|
//! | `text`             | [`Kind::Text`]                  | a line of the key-value block |
//! | `email`            | [`Kind::Email`]                 | a line (an autolink)          |
//! | `textarea`         | [`Kind::Textarea`]              | a `##` section of its own     |
//! | `list`             | [`Kind::List`]                  | a section, as a list          |
//! | `date`             | [`Kind::Date`]                  | a line ("11 January 2027")    |
//! | `number`           | [`Kind::Number`]                | a line ("10 weeks")           |
//! | `choice`           | [`Kind::Choice`]                | a line (the option's name)    |
//! | `checkboxes`       | [`Kind::Checkboxes`]            | a line (the options' names)   |
//! | `acknowledgements` | [`Kind::Acknowledgement`] each  | the group's task list         |
//! | `markdown`         | guidance ([`super::Item::Guidance`]), not a question         ||

pub mod acknowledgements;
pub mod checkboxes;
pub mod choice;
pub mod date;
pub mod email;
pub mod list;
pub mod number;
pub mod options;
pub mod text;
pub mod textarea;

use serde_json::Value;

use super::compiler::Compiler;
use super::definition::{FieldDef, FieldType};
use super::{FieldSpec, Key, Values};
use crate::date::Date;
use crate::markdown::reverse::field_text;
use crate::markdown::{escape_inline, sanitize_block, Place};
use crate::strings::{Key as Msg, Strings};
use crate::text::is_blank;

pub use acknowledgements::AcknowledgementField;
pub use checkboxes::CheckboxesField;
pub use choice::ChoiceField;
pub use date::DateField;
pub use email::EmailField;
pub use list::ListField;
pub use number::NumberField;
pub use options::OptionSpec;
pub use text::TextField;
pub use textarea::TextareaField;

/// Where a field's answer stands in the document.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Shape {
    /// A line of the key-value block under the title ("- **Team:** Payments").
    Line,
    /// A `##` section of its own.
    Section,
    /// One box of a group, written with the group (the acknowledgements' task list).
    Group,
}

/// What kind of question a field is, with what belongs to its type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Kind {
    Text(TextField),
    Email(EmailField),
    Textarea(TextareaField),
    List(ListField),
    Date(DateField),
    Number(NumberField),
    Choice(ChoiceField),
    Checkboxes(CheckboxesField),
    /// One box of an `acknowledgements` group: a checkbox that must be ticked.
    Acknowledgement(AcknowledgementField),
}

/// What every field type knows, each in its own file. Only what differs from the usual is
/// written there: a one-line text with no rule of its own takes every default.
pub trait FieldKind {
    /// Where its answer stands in the document.
    fn shape(&self) -> Shape;

    // ---- Compiling

    /// Whether the type itself asks for an answer, whatever `required` says (a list with
    /// `minItems` above 0).
    fn asks_for_answer(&self) -> bool {
        false
    }

    /// The message for a missing answer, made from the label ("Enter service name"), when the
    /// definition gives none.
    fn missing(&self, label: &str, s: &Strings) -> String {
        s.with_label(Msg::EnterLabel, label, &[])
    }

    /// The hint shown when the definition gives none (a string of the catalogue).
    fn default_hint(&self) -> Option<Msg> {
        None
    }

    /// The answer a fresh form starts with, from the definition's `default` (text, unless the
    /// type says otherwise); or what is wrong with it.
    fn default(&self, given: &Value) -> Result<String, String> {
        given
            .as_str()
            .map(str::to_owned)
            .ok_or_else(|| "must be text".to_owned())
    }

    /// The options a choice or checkboxes offer (a condition names them); `None` for other
    /// types.
    fn options(&self) -> Option<&[OptionSpec]> {
        None
    }

    /// Whether `value` has `option` chosen (for a condition, or the "Other" field).
    fn selects(&self, _value: &str, _option: &str) -> bool {
        false
    }

    // ---- Rules

    /// Whether `value` is an answer at all (a blank one is none).
    fn is_answered(&self, value: &str) -> bool {
        !is_blank(value)
    }

    /// What is wrong with an answer, in words that say how to fix it.
    fn check(&self, field: &FieldSpec, value: &str, today: Date, s: &Strings) -> Option<String>;

    // ---- The document

    /// A line's answer as the document's text, before escaping ("11 January 2027", "10
    /// weeks"), from the answer as one line (`value`) and the form's other `values`. Empty
    /// when there is none yet.
    fn text(&self, value: String, _values: &Values, _s: &Strings) -> String {
        value
    }

    /// A line's text as Markdown that shows exactly that text.
    fn markdown(&self, text: &str) -> String {
        escape_inline(text, Place::Inline)
    }

    /// Whether the answer counts towards the document's length (the soft word limit): prose
    /// does, code and logs do not.
    fn counts_in_length(&self) -> bool {
        self.shape() == Shape::Section
    }

    /// A section's body: the answer as Markdown that cannot break the document.
    fn body(&self, value: &str) -> String {
        sanitize_block(value)
    }

    // ---- Import

    /// Sets the answer from a line's text in the document. False when the text cannot be an
    /// answer to it (a choice with no such option and no "Other").
    fn read(&self, key: &Key, text: &str, values: &mut Values, _s: &Strings) -> bool {
        values.set(key, text);
        true
    }

    /// The answer a section's body was written from.
    fn read_body(&self, body: &str) -> String {
        field_text(body)
    }

    // ---- Prefill and drafts

    /// The answer a prefilled link (or the host) gives, control characters taken out; or why
    /// it cannot be one ("not one of its options (high, low)").
    fn prefill(&self, value: String) -> Result<String, String> {
        Ok(value)
    }

    /// Whether a saved answer still has its place in the form (an option the form no longer
    /// offers has none).
    fn belongs(&self, _value: &str) -> bool {
        true
    }

    /// A saved answer split in what has its place in the form and what is set aside for the
    /// visitor (all of it, or none, unless the type can keep a part).
    fn sort_out(&self, value: &str) -> (String, String) {
        if self.belongs(value) {
            (value.to_owned(), String::new())
        } else {
            (String::new(), value.to_owned())
        }
    }

    /// `value` with an answer set aside (`aside`) put back where it has room: where there is
    /// no answer (unless the type can hold both).
    fn with_aside(&self, value: &str, aside: &str) -> String {
        if value.trim().is_empty() {
            aside.to_owned()
        } else {
            value.to_owned()
        }
    }
}

impl Kind {
    /// The type's own rules.
    pub fn rules(&self) -> &dyn FieldKind {
        match self {
            Kind::Text(k) => k,
            Kind::Email(k) => k,
            Kind::Textarea(k) => k,
            Kind::List(k) => k,
            Kind::Date(k) => k,
            Kind::Number(k) => k,
            Kind::Choice(k) => k,
            Kind::Checkboxes(k) => k,
            Kind::Acknowledgement(k) => k,
        }
    }

    /// Where the answer stands in the document.
    pub fn shape(&self) -> Shape {
        self.rules().shape()
    }

    /// The type's name, as hosts write it.
    pub fn type_name(&self) -> &'static str {
        match self {
            Kind::Text(_) => "text",
            Kind::Email(_) => "email",
            Kind::Textarea(_) => "textarea",
            Kind::List(_) => "list",
            Kind::Date(_) => "date",
            Kind::Number(_) => "number",
            Kind::Choice(_) => "choice",
            Kind::Checkboxes(_) => "checkboxes",
            Kind::Acknowledgement(_) => "acknowledgements",
        }
    }
}

/// Whether a field of type `t` takes the definition key `name`: every question takes
/// [`QUESTION_KEYS`], and each type its own (listed in its file).
pub fn accepts(t: FieldType, name: &str) -> bool {
    let own = match t {
        FieldType::Text => text::KEYS,
        FieldType::Email => email::KEYS,
        FieldType::Textarea => textarea::KEYS,
        FieldType::List => list::KEYS,
        FieldType::Date => date::KEYS,
        FieldType::Number => number::KEYS,
        FieldType::Choice => choice::KEYS,
        FieldType::Checkboxes => checkboxes::KEYS,
        // Not questions like the others: only their own keys.
        FieldType::Acknowledgements => return acknowledgements::KEYS.contains(&name),
        FieldType::Markdown => return ["value", "showIf"].contains(&name),
    };
    QUESTION_KEYS.contains(&name) || own.contains(&name)
}

/// The keys every question takes (acknowledgements take fewer: see their file).
pub const QUESTION_KEYS: &[&str] = &[
    "key", "label", "hint", "required", "docLabel", "name", "messages", "default", "showIf",
];

/// Why a type does not take a key, where there is more to say than that it does not.
pub fn refusal(t: FieldType, name: &str) -> Option<&'static str> {
    match (t, name) {
        (FieldType::Acknowledgements, "default") => {
            Some("an acknowledgement is never ticked for the visitor: each box is theirs to tick")
        }
        _ => None,
    }
}

/// The field `def` defines, its kind checked, and the "Other" field a choice reveals. (Not
/// for acknowledgements and guidance, which are not one field: see [`Compiler::item`].)
pub(super) fn compile(
    c: &mut Compiler,
    def: &FieldDef,
    key: &Key,
    label: &str,
    place: &str,
) -> (Kind, Option<FieldSpec>) {
    let kind = match def.kind {
        FieldType::Text => Kind::Text(TextField::compile(c, def, place)),
        FieldType::Email => Kind::Email(EmailField),
        FieldType::Textarea => Kind::Textarea(TextareaField::compile(c, def, place)),
        FieldType::List => Kind::List(ListField::compile(c, def, place)),
        FieldType::Date => Kind::Date(DateField::compile(def)),
        FieldType::Number => Kind::Number(NumberField::compile(c, def, place)),
        FieldType::Choice => {
            let (choice, other) = ChoiceField::compile(c, def, key, label, place);
            return (Kind::Choice(choice), other);
        }
        FieldType::Checkboxes => {
            let (boxes, other) = CheckboxesField::compile(c, def, key, label, place);
            return (Kind::Checkboxes(boxes), other);
        }
        // Not one field (see `Compiler::item`): never asked for.
        FieldType::Acknowledgements | FieldType::Markdown => {
            Kind::Text(TextField::compile(c, def, place))
        }
    };
    (kind, None)
}
